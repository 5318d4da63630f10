"""Backtracking classics: n-queens, sudoku and subset sums."""


def n_queens(n):
    solutions = []
    cols, diag1, diag2 = set(), set(), set()
    placement = []

    def place(row):
        if row == n:
            solutions.append(tuple(placement))
            return
        for col in range(n):
            if col in cols or row - col in diag1 or row + col in diag2:
                continue
            cols.add(col); diag1.add(row - col); diag2.add(row + col)
            placement.append(col)
            place(row + 1)
            placement.pop()
            cols.remove(col); diag1.remove(row - col); diag2.remove(row + col)

    place(0)
    return solutions


for n in range(1, 9):
    print(n, len(n_queens(n)))
first = n_queens(6)[0]
for col in first:
    print(" ".join("Q" if c == col else "." for c in range(6)))

PUZZLE = """
53..7....
6..195...
.98....6.
8...6...3
4..8.3..1
7...2...6
.6....28.
...419..5
....8..79
"""


def parse(text):
    return [[0 if ch == "." else int(ch) for ch in line] for line in text.split()]


def candidates(grid, r, c):
    used = set(grid[r]) | {grid[i][c] for i in range(9)}
    br, bc = 3 * (r // 3), 3 * (c // 3)
    used |= {grid[i][j] for i in range(br, br + 3) for j in range(bc, bc + 3)}
    return [d for d in range(1, 10) if d not in used]


calls = 0


def solve(grid):
    global calls
    calls += 1
    empties = [(r, c) for r in range(9) for c in range(9) if not grid[r][c]]
    if not empties:
        return True
    r, c = min(empties, key=lambda rc: len(candidates(grid, *rc)))
    for d in candidates(grid, r, c):
        grid[r][c] = d
        if solve(grid):
            return True
    grid[r][c] = 0
    return False


grid = parse(PUZZLE)
print(sum(row.count(0) for row in grid), "blanks")
print(solve(grid), "after", calls, "calls")
for i, row in enumerate(grid):
    line = " | ".join(" ".join(map(str, row[k:k + 3])) for k in (0, 3, 6))
    print(line)
    if i in (2, 5):
        print("-" * len(line))
print(all(sorted(row) == list(range(1, 10)) for row in grid),
      all(sorted(col) == list(range(1, 10)) for col in zip(*grid)))


def subset_sums(numbers, target):
    found = []

    def walk(i, chosen, total):
        if total == target:
            found.append(chosen[:])
            return
        if i == len(numbers) or total > target:
            return
        chosen.append(numbers[i])
        walk(i + 1, chosen, total + numbers[i])
        chosen.pop()
        walk(i + 1, chosen, total)

    walk(0, [], 0)
    return found


print(subset_sums([3, 34, 4, 12, 5, 2], 9))
print(subset_sums([1, 2, 3, 4, 5, 6], 10))

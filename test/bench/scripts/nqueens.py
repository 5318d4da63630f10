# N-queens by recursive backtracking: many small function calls with few allocations that
# survive (a call per candidate square, a helper call per safety check).
def safe(cols, row, col):
    for r in range(row):
        c = cols[r]
        if c == col or c - col == r - row or c - col == row - r:
            return False
    return True


def place(n, row, cols):
    if row == n:
        return 1
    count = 0
    for col in range(n):
        if safe(cols, row, col):
            cols[row] = col
            count += place(n, row + 1, cols)
    return count


total = 0
for _ in range(10):
    total += place(8, 0, [0] * 8)
print(total)

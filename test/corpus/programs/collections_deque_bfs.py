# BFS over a small grid with collections.deque; deque sizes and operations.
import sys
from collections import deque

GRID = [
    "S.#.....",
    ".##.###.",
    "....#...",
    ".##...#.",
    "...#.#.E",
]


def bfs(grid):
    rows, cols = len(grid), len(grid[0])
    start = end = None
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] == "S":
                start = (r, c)
            elif grid[r][c] == "E":
                end = (r, c)
    dist = {start: 0}
    queue = deque([start])
    peak = 0
    while queue:
        peak = max(peak, len(queue))
        r, c = queue.popleft()
        for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            nr, nc = r + dr, c + dc
            if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] != "#" and (nr, nc) not in dist:
                dist[(nr, nc)] = dist[(r, c)] + 1
                queue.append((nr, nc))
    return dist.get(end), len(dist), peak


print("bfs", bfs(GRID))

print("empty", sys.getsizeof(deque()))
for n in (1, 10, 63, 64, 100, 200):
    print("range", n, sys.getsizeof(deque(range(n))))
d = deque()
for i in range(200):
    d.append(i)
print("appended 200", sys.getsizeof(d))
for i in range(150):
    d.popleft()
print("after popleft 150", len(d), sys.getsizeof(d))
d.clear()
print("cleared", len(d), bool(d), sys.getsizeof(d))

d = deque([1, 2, 3])
d.appendleft(0)
d.extend([4, 5])
d.extendleft([-1, -2])
print(d, len(d), d[0], d[-1], 3 in d, 9 in d)
d.rotate(2)
print("rotate 2", d)
d.rotate(-3)
print("rotate -3", d)
print("count", d.count(3), "index", d.index(4))
d.remove(3)
print("removed", d, d.pop(), d.popleft(), d)
print(list(d), [x * 2 for x in d], d == deque(list(d)), d == list(d))

bounded = deque(range(10), maxlen=3)
print(bounded, bounded.maxlen, deque().maxlen)
bounded.append(10)
bounded.appendleft(-1)
print(bounded, sys.getsizeof(bounded))

e = deque()
try:
    e.pop()
except IndexError as exc:
    print("IndexError:", exc)
try:
    e.popleft()
except IndexError as exc:
    print("IndexError:", exc)
try:
    d[10]
except IndexError as exc:
    print("IndexError:", exc)
try:
    d.index(99)
except ValueError as exc:
    print("ValueError:", exc)
it = iter(d)
print(sys.getsizeof(it), next(it))
d.append(1)
try:
    next(it)
except RuntimeError as exc:
    print("RuntimeError:", exc)

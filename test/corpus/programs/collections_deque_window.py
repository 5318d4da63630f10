# Sliding windows with collections.deque(maxlen=...): moving averages, a recent-history buffer,
# the rest of the deque API (insert, reverse, copy, + * += *=, ordering, del/assign by index),
# and what the block chain costs as it grows.
import sys
import gc
from collections import deque

readings = [12, 15, 11, 19, 22, 18, 25, 30, 28, 26, 24, 31]
window = deque(maxlen=4)
for r in readings:
    window.append(r)
    if len(window) == window.maxlen:
        print(f"{r:>3} avg={sum(window) / len(window):6.2f} max={max(window)}")
print(window, "dropped", len(readings) - len(window))

history = deque(["ls", "cd src", "make"], maxlen=5)
for cmd in ["make test", "git status", "git diff", "git commit"]:
    history.append(cmd)
print(list(history), history[0], history[-1])
history.appendleft("oldest")
print(history)

def is_palindrome(word):
    letters = deque(c for c in word.lower() if c.isalpha())
    while len(letters) > 1:
        if letters.popleft() != letters.pop():
            return False
    return True

print([w for w in ["Racecar", "deque", "A man, a plan, a canal: Panama", "noon"] if is_palindrome(w)])

d = deque("abcde")
d.insert(2, "X")
d.insert(-1, "Y")
d.rotate(2)
print(d, d.index("X"), d.count("a"))
d.reverse()
d[0] = "first"
del d[1]
print(d, len(d))
e = d.copy()
e.remove("X")
print(e == d, e < d, deque([1, 2]) < deque([1, 2, 0]), deque([3]) > deque([2, 9]))
print(deque([1, 2]) + deque([3]), deque([0]) * 3, 2 * deque("ab"))
acc = deque([1])
acc += range(2, 5)
acc *= 2
print(acc, len(acc))
try:
    deque([1], maxlen=1).insert(0, 2)
except IndexError as err:
    print("IndexError:", err)
try:
    deque() + [1]
except TypeError as err:
    print("TypeError:", err)

big = deque()
sizes = []
for n in (0, 1, 62, 63, 64, 127, 128, 300):
    while len(big) < n:
        big.append(n)
    sizes.append(sys.getsizeof(big))
print("growth", sizes)
print("copy", sys.getsizeof(big.copy()), "times 2", sys.getsizeof(big * 2), "bounded", sys.getsizeof(deque(range(1000), maxlen=10)))
print("tracked", gc.is_tracked(deque()), gc.is_tracked(window))
item = object()
ring = deque([item] * 3, maxlen=3)
print("refcount", sys.getrefcount(item))
ring.append(None)
print("after drop", sys.getrefcount(item))

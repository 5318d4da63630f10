# Set algebra: operators and methods, frozensets as keys, and set sizes as they grow.
import sys

evens = {n for n in range(20) if n % 2 == 0}
threes = set(range(0, 20, 3))
print(evens & threes, evens | threes == threes | evens, sorted(evens - threes), sorted(evens ^ threes))
print(evens.isdisjoint({1, 3}), {0, 6} <= evens, evens > {0}, threes.issubset(range(20)))

s = set()
last = sys.getsizeof(s)
print("empty set:", last)
for i in range(40):
    s.add(i)
    if sys.getsizeof(s) != last:
        last = sys.getsizeof(s)
        print(f"{len(s):3} items: {last} bytes")

pairs = {frozenset({"a", "b"}): 1, frozenset({"b", "c"}): 2}
print(pairs[frozenset({"b", "a"})], frozenset() in pairs, len(pairs))
colours = {"red", "green", "blue"}
colours.discard("green")
colours.update(["cyan", "red"])
print(sorted(colours), len(colours), "red" in colours)
u = frozenset([3, 1, 2])
print(u, u | {9}, {9} | u, u.union([4]), u & {1, 7})
fixed = {1, 2, 3}
fixed -= {2}
fixed |= {10}
print(fixed, fixed.pop(), fixed)
try:
    fixed.remove(99)
except KeyError as e:
    print("KeyError", e)
try:
    {[]}
except TypeError as e:
    print(e)
print(sorted({(1, 2), (2, 1), (1, 2)}), hash((1, 2)) == hash((1, 2)), len({1, 1.0, True}))

# Grouping words by first letter with collections.defaultdict(list).
import sys
from collections import defaultdict

words = "the quick brown fox jumps over the lazy dog then barks twice".split()
groups = defaultdict(list)
for w in words:
    groups[w[0]].append(w)
print(groups)
print(groups.default_factory, len(groups))
print(sorted((k, len(v)) for k, v in groups.items()))

counts = defaultdict(int)
for w in words:
    counts[w] += 1
print(counts)
print(defaultdict, isinstance(counts, dict))

plain = defaultdict()
try:
    plain["missing"]
except KeyError as e:
    print("KeyError", e)
print(plain)
print("getsizeof empty defaultdict", sys.getsizeof(defaultdict()))
print("getsizeof empty dict", sys.getsizeof({}))

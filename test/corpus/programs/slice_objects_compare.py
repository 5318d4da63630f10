# slice objects as values: equality as (start, stop, step) tuples, ordering, and hashing
# (slices became hashable in 3.12, so they can key a memo of "views" into a sequence).
import sys

window = slice(2)
print(window == slice(None, 2), window == slice(None, 2, None), slice(1, 2) != slice(1, 3), slice(1, 2) == (1, 2))
print(slice(1, 2) < slice(1, 3), slice(1, 2, 3) <= slice(1, 2, 3), slice(2) > slice(1), slice(0, 5) >= slice(0, 4))
print(sorted([slice(3), slice(1), slice(2)]), max(slice(0, 9, 2), slice(0, 9, 1)))
print(slice(1, 2).__eq__(slice(1, 2)), slice(1, 2).__eq__(3), slice(1, 2) in [slice(0, 1), slice(1, 2)])
try:
    print(slice(None) < slice(1))
except TypeError as e:
    print("TypeError", e)
try:
    print(slice(1) < (1,))
except TypeError as e:
    print("TypeError", e)

data = list(range(20))
for s in [slice(1, 2), slice(2), slice(None), slice(1, 2, 3), slice(-1, None, -1), slice(1.5, 2), slice(True, 3)]:
    try:
        print(s, hash(s), data[int(s.start or 0):s.stop:s.step][:3])
    except TypeError as e:
        print(s, "TypeError", e)
try:
    hash(slice([], 1))
except TypeError as e:
    print("TypeError", e)

memo = {}
for s in [slice(0, 5), slice(None, 5), slice(0, 5), slice(5, None)]:
    try:
        memo[s] = memo.get(s, 0) + 1
    except TypeError as e:
        print("cannot memoize:", e)
        break
print(memo, slice.__hash__ is None, sys.getsizeof(slice(1)))

# A bounded lru_cache whose keys share a hash: hash(-1) == hash(-2) in CPython, so the
# argument tuples (-1, 0) and (-2, 0) hash alike but are different keys with their own
# places in the recency order.
from functools import lru_cache

print(hash(-1) == hash(-2), hash((-1, 0)) == hash((-2, 0)))


@lru_cache(maxsize=2)
def grid_value(x, y):
    print("  compute", x, y)
    return x * 10 + y


for point in [(-1, 0), (-2, 0), (5, 0), (-1, 0), (-2, 0), (7, 1), (-1, 0), (-2, 0), (-2, 0)]:
    print(point, "->", grid_value(*point))
print(grid_value.cache_info())


@lru_cache(maxsize=3)
def label(n):
    print("  label", n)
    return f"#{n}"


for n in [-1, -2, 3, -1, 4, -2, -1]:
    print(n, label(n))
print(label.cache_info())

# lru_cache with user-defined keys: which calls hash the arguments, and what a full cache evicts.
# A bounded cache hashes each call's key once; evicting the oldest entry reuses its stored hash,
# so __hash__ is not called again for the evicted key.
from functools import lru_cache


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __hash__(self):
        print(f"  hash({self.x}, {self.y})")
        return hash((self.x, self.y))

    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)


@lru_cache(maxsize=2)
def distance2(p):
    print(f"  computing for ({p.x}, {p.y})")
    return p.x * p.x + p.y * p.y


for x, y in [(1, 2), (3, 4), (1, 2), (5, 6), (3, 4), (1, 2)]:
    print("call", (x, y))
    print(" ->", distance2(Point(x, y)))
print(distance2.cache_info())


@lru_cache(maxsize=2)
def scaled(p, factor=1):
    return (p.x * factor, p.y * factor)


print(scaled(Point(1, 1), factor=2))
print(scaled(Point(1, 1), factor=3))
print(scaled(Point(2, 2)))
print(scaled(Point(1, 1), factor=2))
print(scaled.cache_info())
distance2.cache_clear()
print(distance2.cache_info())

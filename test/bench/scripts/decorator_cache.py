# Decorators and caches: a logging wrapper forwarding *args/**kwargs, a hand-written memoizer
# keyed by argument tuples, and functools.lru_cache with a cache too small for the recursion
# (every call builds keys, most miss and evict).
from functools import lru_cache, wraps


def counted(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return func(*args, **kwargs)
    wrapper.calls = 0
    return wrapper


def memoize(func):
    cache = {}

    def wrapper(*args):
        if args in cache:
            return cache[args]
        val = func(*args)
        cache[args] = val
        return val
    return wrapper


@counted
def area(w, h, scale=1):
    return w * h * scale


@memoize
def paths(r, c):
    if r == 0 or c == 0:
        return 1
    return paths(r - 1, c) + paths(r, c - 1)


@lru_cache(maxsize=2)
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


total = 0
for i in range(60000):
    total += area(i, i + 1, scale=2)
print(total, area.calls)
print(paths(120, 120) % 1000007)
print(fib(38), fib.cache_info())

# A memoized fibonacci: functools.lru_cache's wrapper keeps results in a dict keyed by the
# argument (mirrors _functoolsmodule.c's infinite_lru_cache_wrapper and _make_key's fast path).
import sys
from functools import lru_cache


@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(90))
print(fib.cache_info())
print(fib(50) == fib(48) + fib(49))
print(fib.cache_info().hits, fib.__name__)


@lru_cache(maxsize=2)
def square(x):
    return x * x


for v in [1, 2, 1, 3, 2, 1]:
    square(v)
print(square.cache_info())
square.cache_clear()
print(square.cache_info(), sys.getsizeof(square) > 0)

# How deep can a memoized recursive function go before RecursionError?
# Each call through lru_cache's C wrapper (or an object's __call__) counts
# against the recursion budget in 3.11 and 3.12; functools.partial only does
# in 3.12; 3.13 counts Python frames alone.
import functools
import traceback


@functools.lru_cache(maxsize=None)
def count_down(n):
    calls[0] += 1
    return 0 if n == 0 else 1 + count_down(n - 1)


calls = [0]
print('small:', count_down(100), count_down.cache_info())
calls[0] = 0
try:
    count_down(5000)
except RecursionError as e:
    print('lru_cache depth', calls[0], '-', e)
print('after the error:', count_down(150), count_down.cache_info().currsize)


@functools.cache
def stairs(n):
    return 1 if n < 2 else stairs(n - 1) + stairs(n - 2)


# Warming the cache bottom-up avoids the deep recursion entirely.
for k in range(0, 3000, 200):
    stairs(k)
print('stairs(3000) has', len(str(stairs(3000))), 'digits')


class Memo:
    def __init__(self, f):
        self.f = f
        self.seen = {}
        self.depth = 0

    def __call__(self, n):
        self.depth += 1
        if n not in self.seen:
            self.seen[n] = self.f(n)
        return self.seen[n]


@Memo
def tri(n):
    return n if n < 1 else n + tri(n - 1)


try:
    tri(10_000)
except RecursionError as e:
    print('__call__ depth', tri.depth, '-', e)
tri.depth = 0
print('tri(300) =', tri(300))


def walk(n, step):
    steps[0] += 1
    return step(n + 1)


steps = [0]
step = functools.partial(walk, step=None)
step = functools.partial(walk, step=step)


def forever(n):
    steps[0] += 1
    return again(n + 1)


again = functools.partial(forever)
try:
    again(0)
except RecursionError as e:
    print('partial depth', steps[0], '-', e)


@functools.lru_cache
def deep(n):
    return deep(n + 1)


try:
    deep(0)
except RecursionError:
    lines = traceback.format_exc().splitlines()
    print([line.strip() for line in lines if 'repeated' in line])

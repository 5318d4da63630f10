"""RecursionError depth of a recursive function called through a C callable per version:
lru_cache, cache, partial, a class with __call__, map. The numbers the simulation
models in vm/callDispatch.ts (3.11 shared limit, 3.12 C budget, 3.13 frames only);
test/corpus/programs/c_call_recursion_depth.py checks them.

    for v in 3.11.7 3.12.1 3.13.0; do PYENV_VERSION=$v python3 test/oracle/cCallRecursionProbe.py; done
"""
import functools, operator, sys, traceback, io


def depth(name, make):
    n = [0]
    f = make(n)
    try:
        f(0)
    except RecursionError as e:
        print(name, n[0], e)


def lru(n):
    @functools.lru_cache(maxsize=None)
    def f(k):
        n[0] += 1
        return f(k + 1)
    return f


def lru_small(n):
    @functools.lru_cache(maxsize=8)
    def f(k):
        n[0] += 1
        return f(k + 1)
    return f


def cache(n):
    @functools.cache
    def f(k):
        n[0] += 1
        return f(k + 1)
    return f


def partial(n):
    def g(k):
        n[0] += 1
        return p(k + 1)
    p = functools.partial(g)
    return p


def callobj(n):
    class C:
        def __call__(self, k):
            n[0] += 1
            return c(k + 1)
    c = C()
    return c


def mapper(n):
    def f(k):
        n[0] += 1
        return list(map(f, [k + 1]))
    return f


for name, mk in [('lru_cache', lru), ('lru_cache8', lru_small), ('cache', cache), ('partial', partial), ('__call__', callobj), ('map', mapper)]:
    depth(name, mk)


def repeated(make):
    f = make([0])
    try:
        f(0)
    except RecursionError:
        s = io.StringIO()
        traceback.print_exc(file=s)
        print([l.strip() for l in s.getvalue().splitlines() if 'repeated' in l])


repeated(lru)
repeated(partial)

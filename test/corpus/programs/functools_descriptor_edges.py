"""singledispatch registration errors, cached_property caching and its errors, partialmethod chains:
what a script sees of functools' descriptors."""
from functools import singledispatch, singledispatchmethod, cached_property, partialmethod
@singledispatch
def f(x): return 'base'
@f.register
def _(x: int): return 'int'
@f.register(list)
def _(x): return 'list'
f.register(float, lambda x: 'float')
print(f(1), f([1]), f(2.0), f('s'), sorted(k.__name__ for k in f.registry))
for bad in [lambda: f.register(3, lambda x: 1), lambda: f()]:
    try: bad()
    except TypeError as e: print('TypeError', e)
def g(x: 'int|str'): pass
try:
    f.register(int | str)(lambda x: 'u'); print(f('q'))
except Exception as e: print(type(e).__name__, e)
class S:
    __slots__ = ('a',)
    @cached_property
    def v(self): return 1
try: S().v
except TypeError as e: print(e)
class A:
    def scale(self, k, offset=1): return k + offset
    double = partialmethod(scale, 2)
    twice = partialmethod(double, offset=5)
    @cached_property
    def heavy(self):
        print('compute'); return 42
    @singledispatchmethod
    def m(self, x): return 'gen'
    @m.register
    def _(self, x: int): return 'int'
a = A()
print(a.double(), a.double(offset=3), a.twice(), A.double.__qualname__, A.twice.__name__)
print(a.heavy, a.heavy, A.heavy.attrname, A.heavy.__module__, vars(a))
print(a.m(1), a.m('x'), A.m.__isabstractmethod__, A.__dict__['m'].__isabstractmethod__)
c = cached_property(lambda s: 1)
class B: x = c
try:
    class D: y = c
except Exception as e: print(type(e).__name__, e, e.__cause__)
try: partialmethod(3)
except TypeError as e: print(e)
print(sorted(vars(A.__dict__['heavy'])))
import sys
print(sys.getsizeof(A.__dict__['heavy']))

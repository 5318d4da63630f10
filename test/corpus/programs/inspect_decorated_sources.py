# inspect on decorated functions, one-liners, lambdas, nested classes and hand-built signatures.
import inspect
import functools
def deco(f):
    @functools.wraps(f)
    def wrapper(*a, **k):
        return f(*a, **k)
    return wrapper
@deco
def add(a: int, b: int = 0) -> int:
    return a + b
print(inspect.signature(add), add.__wrapped__ is not None)
print(inspect.getsource(add), end='')
def one(): return 1
print(inspect.getsource(one), end='')
sq = lambda x: x * x
print(inspect.getsource(sq), end='')
class Outer:
    class Inner:
        def m(self, x, *, y): pass
print(inspect.getsource(Outer.Inner), end='')
print(inspect.signature(Outer.Inner.m), inspect.getsourcelines(Outer.Inner.m)[1])
print(inspect.getfile(add) == __file__)
p = inspect.Parameter('x', inspect.Parameter.KEYWORD_ONLY, default=3)
print(p, p.kind, repr(p.kind), inspect.Signature([p]))
print(inspect.Parameter.empty, inspect.Signature.empty is inspect.Parameter.empty)
try:
    inspect.signature(lambda a, /, b: 0).bind(a=1, b=2)
except TypeError as e:
    print(e)
def kw(*, x): pass
try:
    inspect.signature(kw).bind()
except TypeError as e:
    print(e)
print(inspect.signature(lambda *args, x=1, **kw: 0))
print(inspect.isabstract(int), inspect.getdoc(one))
import abc
class Base(abc.ABC):
    @abc.abstractmethod
    def run(self): ...
print(inspect.isabstract(Base))

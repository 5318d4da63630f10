# What a class statement charges to its own line under tracemalloc, per shape (classLines.sh writes
# classLines.runner.VERSION.json with media/python/tracemallocRunner.py; classLines.test.ts compares).
class A: pass
class B:
    """A docstring of thirty-seven chars."""
class C(Exception): pass
class K(A): pass
class L(B): pass
class O:
    def f(self): return __class__
class P:
    @property
    def p(self): return 1
class R:
    def __repr__(self): return 'R'
    def __len__(self): return 0
class S(C): pass
class T(ValueError):
    """Doc."""
class S2(C):
    """Ünïcode doc: UTF-8 bytes, not characters."""
class V:
    x: int = 1
    y: str
class W(A, B): pass
x = 1
# Built-in bases: their subclasses dict grows (builtinSubclassDicts.py measures its fill).
class D(dict): pass
class F(float): pass
class I1(int): pass
class I2(int): pass
class T2(tuple): pass

"""The allocation requests (what tracemalloc records) of creating one object of each built-in
type from a single line: the object itself (pre-header + GC head + basic size + items) and any
separate buffer it owns."""
import sys

from oracleFacts import emit, traced

SETUP = """
import types, weakref
one = len(sys.argv)
lst = [one, one]
def f(): pass
def g():
    yield one
class K:
    def m(self): pass
o = K()
"""
CASES = {
    "float": "x = 1.5 * one",
    "complex": "x = complex(one, 2)",
    "bytes.10": "x = b'a' * (10 * one)",
    "tuple.2": "x = (one, one)",
    "tuple.3": "x = (one, one, one)",
    "range": "x = range(one)",
    "set.literal1": "x = {one}",
    "dict.literal1": "x = {'a': one}",
    "lambda": "x = lambda: 0",
    "method": "x = o.m",
    "listIterator": "x = iter(lst)",
    "enumerate": "x = enumerate(lst)",
    "generator": "x = g()",
    "exception": "x = ValueError()",
    "weakref": "x = weakref.ref(K())",
    "property": "x = property(f)",
    "staticmethod": "x = staticmethod(f)",
    "classmethod": "x = classmethod(f)",
    "bytearray.3": "x = bytearray(b'abc')",
    "object": "x = object()",
    "simpleNamespace": "x = types.SimpleNamespace()",
}
emit({k: traced(src, SETUP) for k, src in CASES.items()})

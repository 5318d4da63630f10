# What a module knows about itself: the script's own globals at startup, and the file,
# package and repr of the standard-library modules it imports.
print(list(globals()))
print(__name__, __spec__, __package__, __cached__)
print(__file__)

import sys
import collections

import json
import functools
import math
import gc
import itertools

print(sys.modules[__name__] is sys.modules["__main__"], globals()["__spec__"])
print(repr(sys.modules[__name__]))
for m in (collections, json, functools, math, gc, itertools, sys):
    print(repr(m))
    print("  file:", getattr(m, "__file__", None))
    print("  package:", repr(m.__package__), "cached:", getattr(m, "__cached__", None))
    print("  package path:", getattr(m, "__path__", None))
print(__builtins__, type(__builtins__).__name__)
print(type(sys).__name__, isinstance(math, type(sys)))

math.golden = (1 + 5 ** 0.5) / 2
print(round(math.golden, 6))
del math.golden
try:
    del math.golden
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(math, "golden"))

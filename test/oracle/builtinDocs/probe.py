# __doc__ / __text_signature__ of built-in functions, methods, types and their descriptors, each
# read making a new str (expected.json: python3 test/oracle/numberConversions/generate.py test/oracle/builtinDocs).
import sys
import tracemalloc

for obj in (len, print, str.upper, "x".upper, list.__len__, [].__len__, int.real, dict.fromkeys, {}.get,
            str, int, object, type, ValueError, range.start, bytearray.__alloc__, divmod, iter, type(None)):
    print(repr(obj.__doc__)[:70], repr(getattr(obj, "__text_signature__", "-")))
print(type(len.__doc__).__name__, len.__doc__ is len.__doc__, str.__doc__ is str.__doc__, sys.getrefcount(len.__doc__))
print(repr(vars(str)["__doc__"])[:40], vars(str)["__doc__"] == str.__doc__)


class Mine(dict):
    """Mine."""


print(Mine.__doc__, Mine.fromkeys.__doc__[:30], Mine().get.__doc__[:30])
tracemalloc.start()
before = tracemalloc.get_traced_memory()[0]
d = len.__doc__
print(tracemalloc.get_traced_memory()[0] - before, sys.getsizeof(d))

"""What one class statement allocates (KNOWN-DIFFERENCES 'GC counts of class creation'): the
generation-0 count it adds, the sizes of the type and its namespace, and tracemalloc's bytes and
blocks for the class line. Run under each version: PYENV_VERSION=3.12.1 python3 test/oracle/classCreationProbe.py"""
import gc
import sys

gc.disable()


def count():
    return gc.get_count()[0]


c = count()
class First:
    pass
first = count() - c

c = count()
class Second:
    pass
second = count() - c

c = count()
class WithMethod:
    def f(self):
        pass
method = count() - c

c = count()
class Child(Second):
    pass
child = count() - c

c = count()
class Slotted:
    __slots__ = ("a",)
slotted = count() - c

print(sys.version.split()[0], "gen0 added: first", first, "second", second, "with a method", method,
      "subclass", child, "__slots__", slotted)
print("getsizeof: class", sys.getsizeof(Second), "slotted class", sys.getsizeof(Slotted),
      "__dict__ proxy", sys.getsizeof(Second.__dict__), "__mro__", sys.getsizeof(Second.__mro__),
      "__bases__", sys.getsizeof(Second.__bases__))
print("tracked:", gc.is_tracked(Second), gc.is_tracked(Second.__mro__), gc.is_tracked(Second.__bases__),
      "getset", type(Second.__dict__["__dict__"]).__name__, gc.is_tracked(Second.__dict__["__dict__"]))

try:
    import tracemalloc
except ImportError:  # the simulation has no tracemalloc module: its runner traces per line
    tracemalloc = None
if tracemalloc:
    tracemalloc.start()
    snap0 = tracemalloc.take_snapshot()
    class Traced:
        pass
    snap1 = tracemalloc.take_snapshot()
    tracemalloc.stop()
    line = Traced.__init__  # keep the class alive
    for stat in snap1.compare_to(snap0, "lineno"):
        if stat.traceback[0].filename == __file__ and stat.size_diff > 0:
            print("tracemalloc line", stat.traceback[0].lineno, "+%d B in %d blocks" % (stat.size_diff, stat.count_diff))

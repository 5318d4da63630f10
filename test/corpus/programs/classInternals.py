"""What a class statement allocates, seen from Python: the class's own dict (behind a read-only
mappingproxy), its __bases__ and __mro__ tuples, the __dict__/__weakref__ descriptors, and the
generation-0 count each kind of class statement adds. The free lists are drained first, so every
dict and small tuple below is a fresh allocation in every version."""
import gc
import sys

gc.disable()
drained_dicts = [{} for _ in range(100)]
drained_tuples = [(i,) for i in range(100)] + [(i, i) for i in range(100)] + [(i, i, i) for i in range(100)]


def count():
    return gc.get_count()[0]


added = {}

c = count()
class Point:
    pass
added["plain"] = count() - c

c = count()
class Vector:
    def length(self):
        return 0
added["with a method"] = count() - c

c = count()
class Point3D(Point):
    pass
added["subclass"] = count() - c

c = count()
class Slotted:
    __slots__ = ("x", "y")
added["__slots__"] = count() - c

c = count()
class Money:
    def __eq__(self, other):
        return True
added["__eq__ only"] = count() - c

for kind, n in added.items():
    print(f"gen0 +{n} for a class statement ({kind})")

print("Point.__dict__ is a", type(Point.__dict__).__name__, "of", sys.getsizeof(Point.__dict__), "bytes")
print("names:", [k for k in Point.__dict__ if not k.startswith("__f") and not k.startswith("__s")])
print("Vector:", [k for k in vars(Vector) if not k.startswith("__f") and not k.startswith("__s")])
print("Slotted:", [k for k in Slotted.__dict__ if not k.startswith("__f") and not k.startswith("__static")])
print(Point.__dict__["__dict__"], Slotted.__dict__["x"])
print("Money.__hash__ is", Money.__dict__["__hash__"])
print("length" in Vector.__dict__, "area" in Vector.__dict__, Vector.__dict__.get("area", "-"))
try:
    Point.__dict__["z"] = 1
except TypeError as e:
    print("TypeError:", e)
print("proxies are new each time:", Point.__dict__ is Point.__dict__, Point.__dict__ == Point.__dict__)

print("__bases__", Point3D.__bases__, sys.getsizeof(Point.__bases__), "bytes, tracked", gc.is_tracked(Point.__bases__))
print("__mro__", Point3D.__mro__, sys.getsizeof(Point.__mro__), sys.getsizeof(Point3D.__mro__), "bytes")
print("same tuple every time:", Point.__mro__ is Point.__mro__)
print("subclasses of Point:", Point.__subclasses__())
print("class sizes", sys.getsizeof(Point), sys.getsizeof(Slotted) - sys.getsizeof(Point))
print("refcounts", sys.getrefcount(Point), sys.getrefcount(Point3D), sys.getrefcount(Slotted))

gc.enable()
gc.collect()
# A class is in a cycle with its own __mro__ (and its descriptors): only the collector frees it.
class Tmp:
    pass
del Tmp
print("plain class: gc.collect() found", gc.collect(), "objects")
class Tmp:
    def f(self):
        pass
del Tmp
print("class with a method:", gc.collect())
class Tmp(Point):
    pass
print("while alive:", Point.__subclasses__())
del Tmp
print("subclass:", gc.collect())
class Tmp:
    __slots__ = ("a",)
del Tmp
print("class with __slots__:", gc.collect())
print("subclasses of Point:", Point.__subclasses__())

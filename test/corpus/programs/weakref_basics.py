# weakref.ref: the callback-less ref is shared, refs with callbacks are separate and their
# callbacks run newest first when the referent dies (after its __del__); lists, dicts, tuples,
# ints and strs cannot be weakly referenced, nor instances of __slots__ classes without
# __weakref__. A weakref object is 64 bytes plus the GC head.
import gc, sys, weakref
class A:
    def __init__(self, name): self.name = name
class D:
    def __init__(self, name): self.name = name
    def __del__(self): print("del", self.name)
a = A("a")
r = weakref.ref(a)
print(sys.getsizeof(r), r() is a, weakref.ref(a) is r)
r2 = weakref.ref(a, lambda w: print("cb2", w() is None))
r3 = weakref.ref(a, lambda w: print("cb3", w() is None))
print(r2 is r, weakref.getweakrefcount(a), a.__weakref__ is r)
print(gc.is_tracked(r), gc.is_tracked(r2))
del a
print("after del", r(), r2())
d = D("d")
rd = weakref.ref(d, lambda w: print("cb d"))
del d
print("---")
s = {1}
rs = weakref.ref(s)
def f(): pass
rf = weakref.ref(f)
print(rs() == {1}, rf() is f)
for x in ([], {}, (1,), 1, "s"):
    try: weakref.ref(x)
    except TypeError as e: print(e)
class S:
    __slots__ = ("x",)
try: weakref.ref(S())
except TypeError as e: print(e)
class SW:
    __slots__ = ("x", "__weakref__")
print(weakref.ref(SW())() is None)
print(sys.getsizeof(A("x")), sys.getsizeof(SW()))

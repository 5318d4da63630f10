"""A registry of live objects with weakref.WeakSet / WeakKeyDictionary: entries vanish when the
objects die, without the registry keeping them alive."""
import gc
import sys
import weakref


class Widget:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Widget({self.name!r})"


live = weakref.WeakSet()
meta = weakref.WeakKeyDictionary()
a, b, c = Widget("a"), Widget("b"), Widget("c")
for w in (a, b, c):
    live.add(w)
    meta[w] = len(w.name) * 10
print("registered:", len(live), sorted(w.name for w in live))
print("membership:", a in live, Widget("z") in live, 1 in live)
print("meta:", meta[a], meta.get(b), len(meta), sorted(v for v in meta.values()))
print("instance sizes:", sys.getsizeof(live) == sys.getsizeof(meta), gc.is_tracked(live), gc.is_tracked(meta))
print("ref size:", sys.getsizeof(next(iter(live.data))))

del b
print("after del b:", len(live), sorted(w.name for w in live), len(meta))

others = weakref.WeakSet([c, Widget("tmp")])
print("temporary gone:", len(others))
d = Widget("d")
others.add(d)
print("union:", sorted(w.name for w in live | others), type(live | others).__name__)
print("intersection:", sorted(w.name for w in live & others))
print("difference:", sorted(w.name for w in live - others), sorted(w.name for w in others - live))
print("symmetric:", sorted(w.name for w in live ^ others))
print("subset:", weakref.WeakSet([c]) <= live, live <= others, live == weakref.WeakSet([a, c]))
print("disjoint:", live.isdisjoint([d]), live.isdisjoint(others))

live.discard(a)
live.discard(a)
try:
    live.remove(a)
except KeyError:
    print("remove missing: KeyError")
try:
    live.add(42)
except TypeError as e:
    print("TypeError:", e)
popped = live.pop()
print("popped:", popped, len(live))
try:
    live.pop()
except KeyError as e:
    print("KeyError:", e)
print("empty repr:", repr(live))

cache = weakref.WeakValueDictionary()
cache["c"] = c
cache["d"] = d
del d
gc.collect()
print("value cache:", sorted(cache.keys()), "c" in cache, cache.get("d", "gone"))
del a, c
print("all gone:", len(meta), len(cache), len(others))

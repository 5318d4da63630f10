"""gc.get_count() deltas of getattr(o, name, default) / hasattr misses (objects/quietAttrMiss.ts):
run with PYENV_VERSION=3.11.7 / 3.12.1 / 3.13.0 python3 test/oracle/getattrMissProbe.py. A delta of 1 is
the lambda call itself; 2 means an AttributeError object was made."""
import gc, sys
class C:
    pass
class S:
    __slots__ = ('x',)
class G:
    def __getattr__(self, name):
        raise AttributeError(name)
c, s, g = C(), S(), G()
def delta(f):
    gc.collect()
    before = gc.get_count()[0]
    f()
    return gc.get_count()[0] - before
for name, f in [
    ("getattr inst", lambda: getattr(c, "missing", None)),
    ("hasattr inst", lambda: hasattr(c, "missing")),
    ("getattr slots", lambda: getattr(s, "x", None)),
    ("getattr type", lambda: getattr(C, "missing", None)),
    ("getattr int", lambda: getattr(5, "missing", None)),
    ("getattr module", lambda: getattr(sys, "missing", None)),
    ("hasattr module", lambda: hasattr(sys, "missing")),
    ("getattr __getattr__", lambda: getattr(g, "missing", None)),
    ("hasattr __getattr__", lambda: hasattr(g, "missing")),
    ("getattr found", lambda: getattr(c, "__class__", None)),
    ("try/except", lambda: (lambda: [c.missing for _ in ()])()),
]:
    print(name, delta(f))

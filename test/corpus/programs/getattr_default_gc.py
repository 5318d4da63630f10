# getattr(obj, name, default) and hasattr() on a missing attribute: does CPython build an
# AttributeError object just to throw it away? gc.get_count() tells (exceptions are GC-tracked).
import gc
import sys


class Config:
    debug = False

    def __init__(self):
        self.name = "app"


class Slotted:
    __slots__ = ("x", "y")

    def __init__(self):
        self.x = 1


class Lazy:
    def __getattr__(self, name):
        if name.startswith("opt_"):
            return None
        raise AttributeError(name)


def tracked_delta(fn):
    gc.collect()
    before = gc.get_count()[0]
    fn()
    return gc.get_count()[0] - before


cfg, slotted, lazy = Config(), Slotted(), Lazy()
cases = {
    "instance miss": lambda: getattr(cfg, "verbose", None),
    "instance hit": lambda: getattr(cfg, "name", None),
    "class miss": lambda: getattr(Config, "verbose", None),
    "int miss": lambda: getattr(42, "verbose", None),
    "hasattr miss": lambda: hasattr(cfg, "verbose"),
    "hasattr hit": lambda: hasattr(cfg, "debug"),
    "__getattr__ miss": lambda: getattr(lazy, "color", "red"),
    "hasattr __getattr__": lambda: hasattr(lazy, "color"),
    "empty slot": lambda: getattr(slotted, "x", None),
}
for label, fn in cases.items():
    print(f"{label:20} {tracked_delta(fn)}")

# The same lookups in a loop: a missed lookup that made exceptions would trigger collections.
flags = [getattr(cfg, f"flag_{i}", False) for i in range(1000)]
print("flags:", sum(flags), "hasattr:", sum(hasattr(cfg, f"flag_{i}") for i in range(1000)))
print("default returned is the default:", getattr(cfg, "missing", flags) is flags)
print("refcount of default:", sys.getrefcount(flags))
try:
    getattr(cfg, "missing")
except AttributeError as e:
    print("two-argument form raises:", e)

# A class that overrides __getattribute__ to log every attribute access: the pattern people use
# to trace what their code touches, and a memory-curious look at what the hook costs.
import sys
import gc


class Traced:
    def __init__(self, name, size):
        self.name = name
        self.size = size

    def __getattribute__(self, attr):
        print(f"  get {attr!r}")
        return super().__getattribute__(attr)

    def describe(self):
        return f"{self.name} ({self.size})"


t = Traced("buffer", 64)
print("reading name:", t.name)
print("calling describe:", t.describe())
print("dict:", t.__dict__)
print("getattr builtin:", getattr(t, "size"))
print("hasattr missing:", hasattr(t, "colour"))
print("sizeof:", sys.getsizeof(t))
print("len of dict:", len(vars(t)))


class WithFallback:
    """__getattribute__ raising AttributeError falls back to __getattr__."""

    def __init__(self):
        self.real = 1

    def __getattribute__(self, attr):
        if attr.startswith("virtual_"):
            raise AttributeError(attr)
        return object.__getattribute__(self, attr)

    def __getattr__(self, attr):
        return f"computed {attr}"


w = WithFallback()
print(w.real, w.virtual_x, w.other)
try:
    object.__getattribute__(w, "nope")
except AttributeError as e:
    print("generic lookup does not call __getattr__:", e)


class Strict:
    def __getattribute__(self, attr):
        if attr == "secret":
            raise AttributeError("no secrets here")
        return object.__getattribute__(self, attr)


s = Strict()
try:
    s.secret
except AttributeError as e:
    print("AttributeError:", e)


class Counting:
    """Counts lookups in a class attribute without recursing through the hook."""
    lookups = 0

    def __init__(self):
        self.value = 10

    def __getattribute__(self, attr):
        cls = object.__getattribute__(self, "__class__")
        cls.lookups += 1
        return object.__getattribute__(self, attr)


c = Counting()
total = 0
for _ in range(5):
    total += c.value
print("total", total, "lookups", Counting.lookups)
del t, w, s, c
print("collected:", gc.collect())

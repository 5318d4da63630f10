# Which subclasses of built-in types can be weakly referenced: a variable-size base (int, tuple,
# bytes) leaves no room for a weakref list, so its subclasses get no __weakref__ either.
import sys
import weakref


class Meters(int):
    """A length in whole meters."""


class Pair(tuple):
    pass


class Blob(bytes):
    pass


class Label(str):
    pass


class Reading(float):
    pass


for cls, value in ((Meters, 5), (Pair, (1, 2)), (Blob, b"ab"), (Label, "ab"), (Reading, 2.5)):
    obj = cls(value)
    try:
        ref = weakref.ref(obj)
        outcome = "weakref ok, alive: " + str(ref() is obj)
    except TypeError as exc:
        outcome = str(exc)
    print(f"{cls.__name__:7} size={sys.getsizeof(obj):3} __weakref__ in dict: {'__weakref__' in cls.__dict__!s:5} {outcome}")
print(Meters.__doc__)

"""A class with and without __slots__.

An ordinary instance can take any attribute, so it needs somewhere to keep a name -> value mapping.
Since 3.11 CPython stores the values in an array beside the object (3.11, 3.12) or inside it (3.13)
and shares the keys with every instance of the class; a real per-instance dict is only created when
something asks for `__dict__` or the attributes stop matching the shared keys.

A class with __slots__ reserves one pointer per named attribute in the instance itself: no dict
ever, no room for new attributes, and no `__weakref__` slot unless you list it.
"""
import sys


class PointDict:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class PointSlots:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


plain = PointDict(1, 2)
slotted = PointSlots(1, 2)

# getsizeof counts the object alone: not the values array an ordinary instance owns (3.11/3.12),
# and not the GC header in front of it.
print("PointDict instance:", sys.getsizeof(plain), "bytes")
print("PointSlots instance:", sys.getsizeof(slotted), "bytes")
print("PointDict has __dict__:", hasattr(plain, "__dict__"))
print("PointSlots has __dict__:", hasattr(slotted, "__dict__"))

# That hasattr() asked for __dict__, so the plain instance now owns a real dict: a separate heap
# object, larger than the instance itself.
print("plain.__dict__:", plain.__dict__, sys.getsizeof(plain.__dict__), "bytes")

# A fresh instance has not materialised its dict yet; watch the heap in the inspector to see the
# difference between `fresh` and `plain`.
fresh = PointDict(3, 4)

# Slots fix the set of attributes.
plain.z = 3
try:
    slotted.z = 3
except AttributeError as error:
    print("slotted.z = 3 ->", type(error).__name__)

# Many small objects is where the difference adds up: compare the two lines' footprints.
many_plain = [PointDict(i, i) for i in range(1000)]
many_slots = [PointSlots(i, i) for i in range(1000)]
print("built", len(many_plain), "PointDict and", len(many_slots), "PointSlots instances")

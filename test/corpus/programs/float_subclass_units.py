"""Units of measure as float subclasses: arithmetic falls back to plain floats unless a unit says otherwise."""
import gc
import sys


class Quantity(float):
    """A float that remembers its unit symbol (a class attribute, so no per-instance dict)."""

    __slots__ = ()
    unit = "?"

    def __new__(cls, value):
        return super().__new__(cls, round(value, 3))

    def __repr__(self):
        return f"{float(self):g} {self.unit}"

    def __add__(self, other):
        if isinstance(other, Quantity) and type(other) is not type(self):
            raise TypeError(f"cannot add {other.unit} to {self.unit}")
        return type(self)(float(self) + float(other))

    __radd__ = __add__

    def __sub__(self, other):
        return type(self)(float(self) - float(other))

    def __mul__(self, k):
        return type(self)(float(self) * k)

    __rmul__ = __mul__


class Meters(Quantity):
    __slots__ = ()
    unit = "m"

    def to(self, other_cls):
        return other_cls(float(self) / other_cls.per_meter)


class Feet(Meters):
    __slots__ = ()
    unit = "ft"
    per_meter = 0.3048


class Celsius(Quantity):
    __slots__ = ()
    unit = "°C"

    def fahrenheit(self):
        return float(self) * 9 / 5 + 32


legs = [Meters(120.5), Meters(80.25), Meters(42.125)]
total = sum(legs)
print(total, repr(total), type(total).__name__, isinstance(total, float))
print(total.to(Feet), total * 2, 3 * Meters(1.5), total - 42.875, round(total), int(total))
print(Meters(2) / 4, type(Meters(2) / 4).__name__, Meters(2) ** 2, -Meters(3), abs(Meters(-4.5)), Meters(7) // 2)
t = Celsius(21.4567)
print(t, f"{t:.1f}", f"{t.fahrenheit():.2f}F", t > 20, t == 21.457, hash(t) == hash(21.457), sorted([Celsius(3), 1.5, Celsius(-2)]))
try:
    Meters(1) + Celsius(1)
except TypeError as e:
    print("TypeError:", e)
print(float(t), type(float(t)).__name__, str(Meters(5)), max(legs), min(legs), Meters(0.1) + Meters(0.2))
print(Meters.__mro__)
readings = {Celsius(20): "cool", 25.0: "warm"}
print(readings[20.0], readings[Celsius(25)], len({Meters(1), 1.0, 1}))
print(sys.getsizeof(t), sys.getsizeof(Meters(1)), gc.is_tracked(t), gc.is_tracked(1.5), hasattr(t, "__dict__"))

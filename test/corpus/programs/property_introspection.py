"""Introspecting a class: which attributes are properties, static or class methods.

property, staticmethod and classmethod are classes, so isinstance() and type() work on what a
class body stored.
"""


class Temperature:
    scale = "C"

    def __init__(self, celsius):
        self._c = celsius

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._c = value

    fahrenheit = property(lambda self: self._c * 9 / 5 + 32)

    @staticmethod
    def valid(value):
        return value >= -273.15

    @classmethod
    def freezing(cls):
        return cls(0)

    def describe(self):
        return f"{self._c:.1f} {self.scale}"


def kinds(cls):
    out = {}
    for name, value in vars(cls).items():
        if name.startswith("__"):
            continue
        for kind in (property, staticmethod, classmethod):
            if isinstance(value, kind):
                out[name] = kind.__name__
                break
        else:
            out[name] = type(value).__name__
    return out


print(kinds(Temperature))
t = Temperature.freezing()
t.celsius = 21.5
print(t.describe(), t.fahrenheit, Temperature.valid(-300))
prop = vars(Temperature)["celsius"]
print(type(prop) is property, prop.fset is not None, vars(Temperature)["fahrenheit"].fset)
print(property, staticmethod, classmethod, type(property).__name__)
try:
    t.fahrenheit = 1
except AttributeError as e:
    print("AttributeError:", type(e).__name__)
try:
    t.celsius = -500
except ValueError as e:
    print("ValueError:", e)

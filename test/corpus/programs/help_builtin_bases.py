# help() on the classes of a small geometry course: abstract base classes, a
# metaclass that registers shapes, and classes built on list, dict, int and
# other built-in types (pydoc lists what they inherit, with its docstrings).
from abc import ABC, abstractmethod


class Registry(type):
    """Remembers every class made with it."""

    classes = []

    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        mcls.classes.append(name)
        return cls


class Shape(ABC):
    """A shape in the plane."""

    @abstractmethod
    def area(self):
        """The area, in square units."""

    def describe(self):
        return f"{type(self).__name__} of area {self.area()}"


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2


class Unit(metaclass=Registry):
    scale = 1


class Path(list):
    """Points visited in order."""

    def length(self):
        return len(self) - 1


class Tally(dict):
    def add(self, key):
        self[key] = self.get(key, 0) + 1


class Meters(int):
    """A distance in meters."""

    def __str__(self):
        return f"{int(self)} m"


class Pair(tuple):
    pass


class Celsius(float):
    pass


print(Square(3).describe(), Registry.classes, Path([1, 2, 3]).length(), str(Meters(5)))
for cls in (Shape, Square, Unit, Path, Tally, Meters, Pair, Celsius):
    help(cls)

# An instance without a docstring of its own is documented by its class.
help(Meters(12))

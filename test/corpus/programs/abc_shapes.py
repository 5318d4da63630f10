"""An abstract Shape hierarchy with abc: abstract methods and properties, the TypeError for an
incomplete subclass, virtual subclasses through register, __subclasshook__, and sizes."""
import abc
import math
import sys
from abc import ABC, ABCMeta, abstractmethod


class Shape(ABC):
    @property
    @abstractmethod
    def name(self):
        ...

    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        ...

    @classmethod
    @abstractmethod
    def unit(cls):
        ...

    def describe(self):
        return f"{self.name:<8} area={self.area():8.3f} perimeter={self.perimeter():7.3f}"


class Circle(Shape):
    name = "circle"

    def __init__(self, r):
        self.r = r

    def area(self):
        return math.pi * self.r ** 2

    def perimeter(self):
        return 2 * math.pi * self.r

    @classmethod
    def unit(cls):
        return cls(1)


class Rectangle(Shape):
    name = "rect"

    def __init__(self, w, h):
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)

    @classmethod
    def unit(cls):
        return cls(1, 1)


class Square(Rectangle):
    name = "square"

    def __init__(self, side):
        super().__init__(side, side)


class Triangle(Shape):
    """Forgot perimeter and unit."""
    name = "triangle"

    def area(self):
        return 0.5


shapes = [Circle(1.5), Rectangle(2, 3), Square(4), Circle.unit(), Rectangle.unit()]
for s in sorted(shapes, key=lambda s: s.area()):
    print(s.describe())
print("total area:", round(sum(s.area() for s in shapes), 3))

for cls in (Shape, Triangle):
    try:
        cls()
    except TypeError as e:
        print("TypeError:", e)
print("abstract:", sorted(Shape.__abstractmethods__), sorted(Triangle.__abstractmethods__), sorted(Square.__abstractmethods__))
print(type(Shape) is ABCMeta, isinstance(Shape, type), Shape.area.__isabstractmethod__)


class Drawable(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Drawable:
            return hasattr(C, "draw")
        return NotImplemented


class Sprite:
    def draw(self):
        return "*"


class Wall:
    pass


print(isinstance(Sprite(), Drawable), isinstance(Wall(), Drawable), issubclass(Sprite, Drawable))


class LegacyPolygon:
    """An old class that cannot inherit from Shape, registered as a virtual subclass."""

    def area(self):
        return 7


token = abc.get_cache_token()
print(Shape.register(LegacyPolygon) is LegacyPolygon, abc.get_cache_token() - token)
print(isinstance(LegacyPolygon(), Shape), issubclass(LegacyPolygon, Shape), LegacyPolygon in Shape.__mro__)
print(isinstance(Wall(), Shape), issubclass(Square, Shape), issubclass(Square, Circle))
try:
    Square.register(Shape)
except RuntimeError as e:
    print("RuntimeError:", e)


class PlainRect:
    def __init__(self, w, h):
        self.w, self.h = w, h


# An ABC's instances cost what any instance costs; the class carries an _abc_impl object.
print(sys.getsizeof(Rectangle(2, 3)) == sys.getsizeof(PlainRect(2, 3)), sys.getsizeof(Rectangle(2, 3)))
print(sys.getsizeof(Shape) == sys.getsizeof(PlainRect), type(Shape._abc_impl).__name__, sys.getsizeof(Shape._abc_impl))

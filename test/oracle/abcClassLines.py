"""An ABC and its subclass under the Compare runner (abcClassLines.test.ts beside abcModule.ts).

usage: PYENV_VERSION=3.12.1 python3 media/python/tracemallocRunner.py OUT.json test/oracle/abcClassLines.py
(OUT.json lists each line's retained bytes and blocks; the class line is line 8)
"""
from abc import ABC, ABCMeta, abstractmethod

class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    def describe(self):
        return "shape"


class Unit(Shape):
    def area(self):
        return 1


print(Unit().area())


class Drawable(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        return hasattr(C, "draw")


print(isinstance(Unit(), Drawable))

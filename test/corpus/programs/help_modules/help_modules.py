"""help() on modules: one imported from the script's folder and the script itself.

Classes and functions of other modules are left out; data is listed whatever its origin.
"""
import shapes
from shapes import Square, PI2


class Base:
    pass


class Child(Base, Square):
    """A child."""


class Leaf(Child):
    pass


def top(a, b=2):
    return a


LIMIT = 10
names = ['a'] * 30
_private = 1
help(shapes)
import __main__
help(__main__)

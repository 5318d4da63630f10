"""Shapes for the tests.

A second paragraph.
"""
import math

PI2 = 6.28
_hidden = 1
__version__ = '1.0'


class Square:
    """A square."""
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2


def circle_area(r):
    """Area of a circle."""
    return math.pi * r * r

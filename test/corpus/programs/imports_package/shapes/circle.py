import math

from .square import Square


class Circle:
    name = "circle"

    def __init__(self, r):
        self.r = r

    def area(self):
        return round(math.pi * self.r ** 2, 2)

    def bounding_square(self):
        return Square(2 * self.r)

"""Small geometry helpers shared by the course's scripts."""
import math

PRECISION = 3
created = []


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y
        created.append(self)

    def distance(self, other):
        return round(math.hypot(self.x - other.x, self.y - other.y), PRECISION)

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


def perimeter(points):
    total = 0
    for a, b in zip(points, points[1:] + points[:1]):
        total += a.distance(b)
    return round(total, PRECISION)


def centroid(points):
    n = len(points)
    return Point(sum(p.x for p in points) / n, sum(p.y for p in points) / n)


print("geometry loaded as", __name__)

if __name__ == "__main__":
    print("running geometry's self-test")

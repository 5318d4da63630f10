from . import registry


def total_area(shapes):
    return sum(s.area() for s in shapes)


def known():
    return sorted(registry)

"""A tiny shapes package."""
from .square import Square
from . import circle

registry = {}


def register(shape):
    registry[shape.name] = shape
    return shape


print("shapes package ready:", __name__, __package__)

# help() on the functions and methods of a small teaching module: pydoc's plain-text page
# (signature with defaults, annotations, keyword-only and positional-only markers, and the
# cleaned-up docstring), written to stdout.
from __future__ import annotations


def area(width, height=2, *args, scale: float = 1.0, **options) -> float:
    """Return the area of a rectangle.

    The result is multiplied by *scale*.
    """
    return width * height * scale


def clamp(value, lo=0, hi=10, /):
	"""Clamp value into [lo, hi].

	Tabs in the docstring are expanded."""
	return max(lo, min(hi, value))


def no_doc(a, b=None, *, key=len):
    return a


class Stack:
    """A LIFO stack."""

    def __init__(self):
        self.items = []

    def push(self, item: int) -> None:
        """Push *item* on top."""
        self.items.append(item)

    @classmethod
    def of(cls, *items):
        """Build a stack holding *items*."""
        s = cls()
        for i in items:
            s.push(i)
        return s

    @staticmethod
    def describe(kind="stack"):
        """Say what this is."""
        return kind


help(area)
help(clamp)
help(no_doc)
help(Stack.push)
help(Stack().push)
help(Stack.describe)
help(Stack.of)
help(lambda x, y=1: x + y)
print(area.__doc__.splitlines()[0], help(no_doc) is None)

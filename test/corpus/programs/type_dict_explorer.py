"""Exploring what built-in types and modules are made of: the kinds of objects in a type's
__dict__, number attributes, a module's namespace, and a plugin-style dispatch through getattr."""
import math
import sys
from collections import Counter


def kinds(cls):
    """How many of each kind of object a class's own __dict__ holds (its doc string aside)."""
    return dict(sorted(Counter(type(v).__name__ for k, v in vars(cls).items() if k != "__doc__").items()))


for cls in (int, list, dict, str, range):
    print(f"{cls.__name__:6}", kinds(cls))

print(type(vars(int)["from_bytes"]).__name__, type(int.from_bytes).__name__, int.from_bytes(b"\x01\x00", "big"))
print(int.real, range.start, type(vars(range)["start"]).__name__)
n = 42
print(n.real, n.imag, n.numerator, n.denominator, True.real, (2.5).real, (2.5).imag)
r = range(10, 0, -3)
print(r.start, r.stop, r.step, list(r))

# A module's namespace is a dict too.
public = {k: v for k, v in vars(math).items() if not k.startswith("_")}
funcs = sorted(k for k, v in public.items() if callable(v))
consts = sorted(k for k, v in public.items() if not callable(v))
print(type(math.__dict__).__name__, vars(math) is math.__dict__, consts[:4], "sqrt" in funcs)


class Shapes:
    """Commands dispatched by name, as a small command-line tool would."""

    def cmd_square(self, x):
        return x * x

    def cmd_circle(self, r):
        return round(math.pi * r * r, 2)


def run(obj, command, arg):
    handler = getattr(obj, "cmd_" + command, None)
    if handler is None:
        options = [name[4:] for name in dir(obj) if name.startswith("cmd_")]
        return f"unknown {command!r}; try one of {options}"
    return handler(arg)


tool = Shapes()
for command, arg in [("square", 7), ("circle", 2), ("hexagon", 1)]:
    print(command, "->", run(tool, command, arg))

# Every access to a slot wrapper through an instance makes a new method-wrapper.
words = ["a", "b"]
m1, m2 = words.__len__, words.__len__
print(m1 is m2, m1 == m2, m1(), sys.getsizeof(m1), type(m1).__name__, m1.__self__ is words)
print(list.__dict__["append"] is list.append, [].append == [].append, callable(vars(list)["sort"]))

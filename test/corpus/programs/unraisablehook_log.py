# Errors nobody can catch (in __del__, a weakref callback, a generator's cleanup) go to
# sys.unraisablehook: a script can collect them instead of letting them print.
import sys
import weakref

print(sys.unraisablehook is sys.__unraisablehook__, sys.unraisablehook)
problems = []


def collect(unraisable):
    problems.append(unraisable)
    print("caught:", type(unraisable).__name__, unraisable.exc_type.__name__, unraisable.exc_value,
          unraisable.err_msg, type(unraisable.exc_traceback).__name__, len(unraisable))


sys.unraisablehook = collect


class TempFile:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        raise OSError(f"cannot remove {self.name}")


f = TempFile("report.tmp")
del f


def lines():
    try:
        yield "first"
        yield "second"
    finally:
        raise RuntimeError("cleanup failed")


g = lines()
print(next(g))
del g


class Node:
    pass


n = Node()
w = weakref.ref(n, lambda ref: [][0])
del n
print(len(problems), [p.exc_type.__name__ for p in problems])
problems.clear()


def strict(unraisable):
    raise ValueError("hook refuses " + unraisable.exc_type.__name__)


sys.unraisablehook = strict
f = TempFile("second.tmp")
del f
sys.unraisablehook = sys.__unraisablehook__
f = TempFile("third.tmp")
del f
print("done")

# Run by media/python/tracemallocRunner.py (test/oracle/decoratorLines.sh): what a decorator
# allocates is charged to its `@` line, and classmethod/staticmethod copy the function's
# __module__, __name__, __qualname__, __doc__ and __annotations__ into their own __dict__.
class Shape:
    @classmethod
    def unit(cls):
        return cls()

    @staticmethod
    def scale(x):
        return 2 * x


def twice(f):
    return classmethod(f)


class Box:
    @twice
    def make(cls):
        return cls()

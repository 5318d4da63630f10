# Exploring functions and classes with inspect, as a teacher shows how Python sees code.
import inspect


def area(width: float, height: float = 1.0, *, unit: str = "m") -> str:
    """Area of a rectangle.

    The result is formatted with its unit.
    """
    return f"{width * height} {unit}^2"


def log(message, /, *args, level=20, **extra):
    return message, args, level, extra


def countdown(n):
    while n:
        yield n
        n -= 1


async def fetch(url):
    return url


class Shape:
    """A shape with a name."""

    sides = 0

    def __init__(self, name, color="red"):
        self.name = name
        self.color = color

    def describe(self):
        """Say what the shape is."""
        return f"{self.name} ({self.color})"

    @staticmethod
    def unit():
        return "cm"

    @classmethod
    def make(cls, name):
        return cls(name)


class Square(Shape):
    sides = 4

    def describe(self):
        return "square " + super().describe()


print(inspect.isfunction(area), inspect.isfunction(len), inspect.isbuiltin(len), inspect.isclass(Shape))
print(inspect.ismethod(Shape("a").describe), inspect.ismethod(Shape.describe), inspect.ismodule(inspect))
print(inspect.isgeneratorfunction(countdown), inspect.isgenerator(countdown(3)), inspect.isgeneratorfunction(area))
print(inspect.iscoroutinefunction(fetch), inspect.iscoroutinefunction(countdown))
print(inspect.isroutine(area), inspect.isroutine(Shape.make), inspect.isroutine(42))
print(inspect.getmro(Square))

sig = inspect.signature(area)
print(sig)
for name, param in sig.parameters.items():
    print(" ", name, param.kind, param.kind.description, param.default, param.annotation)
print(sig.return_annotation, sig.parameters["height"].default)
print(inspect.signature(log))
print(inspect.signature(Shape))
print(inspect.signature(Shape("b").describe), inspect.signature(Shape.make))
print(repr(sig.parameters["unit"]), str(sig.parameters["width"]))

bound = sig.bind(3, unit="cm")
print(bound.arguments, bound.args, bound.kwargs)
bound.apply_defaults()
print(bound.arguments)
print(inspect.signature(log).bind("hi", 1, 2, level=10, user="ann").arguments)
for args, kwargs in [((), {}), ((1, 2, 3), {}), ((1,), {"width": 2}), ((1,), {"color": 3})]:
    try:
        sig.bind(*args, **kwargs)
    except TypeError as e:
        print("TypeError:", e)
print(sig.bind_partial(unit="in").arguments)

print(inspect.getdoc(area))
print(inspect.getdoc(Square))
print(inspect.getdoc(Square.describe))
print(inspect.cleandoc("""
    First line.
      indented
    last
"""))

print(inspect.getsource(Shape.describe), end="")
lines, start = inspect.getsourcelines(countdown)
print(start, len(lines))
print(inspect.getsource(Square), end="")
print(inspect.getfile(area) == __file__)

members = inspect.getmembers(Shape, inspect.isfunction)
print([name for name, _ in members])
print([name for name, value in inspect.getmembers(Square("s")) if not name.startswith("__")])


def where_am_i():
    frame = inspect.currentframe()
    return frame.f_code.co_name, inspect.stack()[0].function, inspect.stack()[1].function


print(where_am_i())

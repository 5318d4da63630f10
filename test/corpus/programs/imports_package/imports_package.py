# A package beside the script: shapes/__init__.py, submodules, relative imports.
import shapes
import shapes.stats
from shapes import circle, Square
from shapes.circle import Circle

shapes.register(Square)
shapes.register(Circle)
print(shapes.stats.known())

items = [Square(2), Circle(1), Circle(2).bounding_square()]
print([type(s).__name__ for s in items])
print(shapes.stats.total_area(items))
print(circle.Circle is Circle, shapes.circle is circle)
print(sorted(n for n in vars(shapes) if not n.startswith("__")))
print(shapes.__path__[0].endswith("shapes"), shapes.__file__.endswith("__init__.py"))
print(shapes.square.__package__, shapes.__doc__)

try:
    import shapes.triangle
except ModuleNotFoundError as e:
    print(e)
try:
    import circle
except ModuleNotFoundError as e:
    print(e)
try:
    import shapes.square.edges
except ModuleNotFoundError as e:
    print(e)

# A script split over files: geometry.py and counters.py live beside it.
import sys
import geometry
from geometry import Point, perimeter as perim
import counters as c

print(geometry.__name__, geometry.__file__.endswith("geometry.py"), geometry.__package__ == "")
print(geometry.Point is Point, geometry.perimeter is perim)

square = [Point(0, 0), Point(3, 0), Point(3, 3), Point(0, 3)]
print("perimeter", perim(square))
print("centroid", geometry.centroid(square))
print("points made", len(geometry.created))
print(sys.getsizeof(square[0]), sys.getsizeof(geometry.created))

# A second import runs nothing: the module object is cached.
import geometry as again
print(again is geometry)

geometry.PRECISION = 1
print("rounded", square[0].distance(Point(1, 1)))

for _ in range(3):
    c.bump()
print(c.describe())

try:
    import nonexistent_plotting_lib
except ImportError as e:
    print(type(e).__name__, e, e.name)

try:
    from geometry import area
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])

print(sorted(k for k in vars(counters) if not k.startswith("__")) if "counters" in dir() else "counters is bound as c")
print(type(geometry).__name__, callable(geometry.perimeter))

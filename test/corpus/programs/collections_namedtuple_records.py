# Points and records with collections.namedtuple: fields, defaults, _make/_replace/_asdict,
# and what an instance costs (exactly a tuple: the class has __slots__ = ()).
import sys
import gc
from collections import namedtuple

Point = namedtuple("Point", "x y")
p = Point(3, 4)
print(p, p.x, p.y, p[0], p[-1], len(p))
x, y = p
print("distance^2:", x * x + y * y, p == (3, 4), isinstance(p, tuple))
print(Point._fields, Point.__doc__, Point.__match_args__)

Employee = namedtuple("Employee", ["name", "dept", "salary", "remote"], defaults=[False])
rows = [("Ada", "eng", 120, True), ("Grace", "eng", 110), ("Linus", "ops", 95)]
staff = [Employee._make(r) if len(r) == 4 else Employee(*r) for r in rows]
for e in sorted(staff, key=lambda e: e.salary, reverse=True):
    print(f"{e.name:<6} {e.dept} {e.salary:>4} remote={e.remote}")
print(Employee._field_defaults)
raise_ = staff[1]._replace(salary=staff[1].salary + 10)
print(raise_, staff[1].salary, raise_._asdict())

path = [Point(i, i * i) for i in range(5)]
print(max(path), min(path, key=lambda q: q.y - q.x), sum(q.y for q in path))
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
print(dict(zip(Point._fields, Point(7, 8))), Point(y=1, x=2), p.count(3), p.index(4))

print(namedtuple("Row", "id, class, _hidden, id", rename=True)._fields)
for bad in ("Bad x", "x _y", "x x"):
    try:
        namedtuple("Bad", bad)
    except ValueError as err:
        print("ValueError:", err)
try:
    Point(1)
except TypeError as err:
    print("TypeError:", err)
try:
    p.x = 10
except AttributeError as err:
    print("AttributeError:", err)

print("hasattr __dict__:", hasattr(p, "__dict__"), Point.__slots__)
print("getsizeof Point", sys.getsizeof(p), "tuple", sys.getsizeof((3, 4)))
print("getsizeof Employee", sys.getsizeof(staff[0]))
print("tracked", gc.is_tracked(p), gc.is_tracked(Point("a", "b")))
print("refcount", sys.getrefcount(p), sys.getrefcount(staff[0]))

class Vector(Point):
    __slots__ = ()
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
v = Vector(6, 8)
print(v, abs(v), sys.getsizeof(v))

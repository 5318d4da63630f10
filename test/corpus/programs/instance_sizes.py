"""Instance memory: getsizeof of instances and their __dict__, slots, classes, id reuse."""
import sys


class Empty:
    pass


class Grow:
    pass


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class NoSlots:
    __slots__ = ()


print("class:", sys.getsizeof(Empty), sys.getsizeof(Point))
e = Empty()
print("instance:", sys.getsizeof(e), "dict:", sys.getsizeof(e.__dict__))
for k in range(20):
    g = Grow()
    for j in range(k):
        setattr(g, f"a{j}", j)
    print(k, sys.getsizeof(g), sys.getsizeof(g.__dict__), len(g.__dict__))

p = Point(1, 2)
print("slots:", sys.getsizeof(p), sys.getsizeof(NoSlots()), hasattr(p, "__dict__"), p.x + p.y)
try:
    p.z = 1
except AttributeError:
    print("no z")
del p.x
try:
    print(p.x)
except AttributeError as err:
    print("AttributeError:", err)


class Temp:
    def __init__(self, n):
        self.n = n


a = Temp(1)
first = id(a)
del a
b = Temp(2)
print("id reused:", id(b) == first)
objs = [Temp(i) for i in range(5)]
ids = [id(o) for o in objs]
del objs
again = [Temp(i) for i in range(5)]
print("reused in reverse:", [id(o) for o in again] == ids[::-1])
d = Temp(3).__dict__
print(d, sys.getsizeof(d))
e2 = Empty()
e2.__dict__["k"] = 1
e2.__dict__[1] = 2
print(sys.getsizeof(e2.__dict__), e2.k)

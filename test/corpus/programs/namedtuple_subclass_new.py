# A 2-D vector built on a namedtuple: its own __new__ converts through super().__new__, and its
# __add__ declines non-vectors, so `v + 'x'` is "unsupported operand" (tuple's concatenation is
# gone once a class defines __add__).
import sys
from collections import namedtuple


class Vec(namedtuple('Vec', 'x y')):
    __slots__ = ()

    def __new__(cls, x=0, y=0):
        return super().__new__(cls, float(x), float(y))

    def __add__(self, other):
        if isinstance(other, Vec):
            return Vec(self.x + other.x, self.y + other.y)
        return NotImplemented

    def __str__(self):
        return 'Vec(%g, %g)' % self


a = Vec(1, 2)
b = Vec(y=5)
print(a, b, repr(a + b), Vec())
print(a._replace(x=9), a._asdict(), Vec._make([3, 4]))
print(sys.getsizeof(a), len(a), a == (1.0, 2.0), Vec.__slots__)
for other in ('x', (3, 4), 7):
    try:
        a + other
    except TypeError as e:
        print('TypeError:', e)
c = a
c += Vec(1, 1)
print(c, a)


class Tagged(tuple):
    def __add__(self, other):
        return NotImplemented


try:
    Tagged((1,)) + (2,)
except TypeError as e:
    print('TypeError:', e)
print(tuple.__add__(Tagged((1,)), (2,)))

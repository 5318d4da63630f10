# Rounding a price list: the numeric types' own __round__/__floor__/__ceil__/__trunc__, called as
# methods, through round()/math, and a class of our own that defines them.
import math
import sys

prices = [2.5, 3.5, -2.5, 2.675, 19.999, 1e16 + 1.0]
for p in prices:
    print(p, p.__round__(), p.__round__(2), p.__round__(-1), p.__floor__(), p.__ceil__(), p.__trunc__())
    assert p.__round__() == round(p) and p.__floor__() == math.floor(p) and p.__ceil__() == math.ceil(p)

counts = [7, 15, 25, -35, 2**70 + 5, True]
for n in counts:
    print(n, n.__round__(), n.__round__(-1), n.__floor__(), n.__ceil__(), n.__trunc__(), type(n.__round__()).__name__)

# A half-cent rounds half to even: 0.125 is exact in binary, 0.1 is not.
print((0.125).__round__(2), (0.375).__round__(2), (0.1).__round__(20), (2.5).__round__(None))


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __round__(self, ndigits=None):
        return Money(round(self.cents, -2 if ndigits is None else ndigits))

    def __floor__(self):
        return self.cents // 100

    def __ceil__(self):
        return -(-self.cents // 100)

    def __trunc__(self):
        return int(self.cents / 100)

    def __repr__(self):
        return f'Money({self.cents})'


m = Money(1250)
print(round(m), round(m, -3), math.floor(m), math.ceil(m), math.trunc(Money(-1250)))


class Percent(float):
    def __round__(self, ndigits=None):
        return f'{float(self):.{ndigits or 0}f}%'


print(round(Percent(12.345)), round(Percent(12.345), 1), math.floor(Percent(12.9)), Percent(2.5).__floor__())
print(int.__round__, float.__floor__, bool.__ceil__ is int.__ceil__)

for bad in [lambda: (7).__round__(None), lambda: (7).__round__(1, 2), lambda: (7.5).__floor__(1),
            lambda: float('nan').__round__(), lambda: float('inf').__ceil__(), lambda: float.__trunc__(3),
            lambda: (1.5).__round__('2'), lambda: (1e308).__round__(-308) * 10]:
    try:
        print(bad())
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)

r = (2.675).__round__(2)
print(sys.getsizeof(r), sys.getsizeof((10**30).__round__(-5)), sys.getrefcount(r))

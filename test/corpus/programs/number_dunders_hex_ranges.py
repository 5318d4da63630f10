# What the operators call underneath: int and float dunder methods called by hand, hex float
# round trips, and searching ranges without building lists.
import sys

n = 1000
print((-n).__abs__(), n.__neg__(), n.__invert__(), n.__float__(), (7).__divmod__(2), (7).__rdivmod__(30))
print(n.__pos__() is n, n.__index__() is n, n.__abs__() is n, True.__int__(), True.__neg__())
x = 2.75
print(x.__neg__(), x.__int__(), (-x).__int__(), x.__abs__(), x.__pos__() is x, x.__abs__() is x)
print((8).__rshift__(2), (1).__lshift__(10), (9.5).__divmod__(2), (3).__divmod__(2.0))
print(sys.getsizeof(n.__float__()), sys.getsizeof((10**30).__neg__()))

# Hex floats: exact round trips, which decimal text cannot promise.
for v in [0.1, 1 / 3, 2.5e-310, -1e300]:
    h = v.hex()
    back = float.fromhex(h)
    print(h, back == v, back)
print(float.fromhex("0x1.8p3"), float.fromhex("  -0x.4p-2 "), float.fromhex("INF"), float.fromhex("0x1p-1075"))
for bad in ["0x1.2q", "", "0x1p2000"]:
    try:
        float.fromhex(bad)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)

# range answers count/index arithmetically for ints, by walking for anything else.
big = range(0, 10**18, 7)
print(big.index(7 * 12345), big.count(700), big.count(701), range(10).count(3.0), range(10).index(4.0))
evens = range(0, 50, 2)
print([evens.index(k) for k in (0, 24, 48)], evens.count(True))
for probe in (25, "x"):
    try:
        evens.index(probe)
    except ValueError as e:
        print("ValueError:", e)

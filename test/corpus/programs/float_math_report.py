# A numerical-methods homework: compound interest, a trig table, projectile ranges, decibels,
# geometric growth and distances. Every digit printed comes from libm (exp, log, pow, sin...),
# so a last-bit difference from CPython's glibc shows up here.
import math
import statistics

print("compound interest, 1000 at 3.7% for n years")
for years in (1, 5, 10, 30):
    print(f"  {years:2d}y yearly={1000 * 1.037 ** years!r} continuous={1000 * math.exp(0.037 * years)!r}")

print("trig table")
for deg in range(0, 361, 30):
    r = math.radians(deg)
    print(f"  {deg:3d} sin={math.sin(r)!r} cos={math.cos(r)!r} tan={math.tan(r) if deg % 180 != 90 else 'inf'!r}")

print("projectile range at 20 m/s")
g = 9.81
for angle in (15, 30, 45, 60, 75):
    v = 20.0
    r = v ** 2 * math.sin(2 * math.radians(angle)) / g
    t = 2 * v * math.sin(math.radians(angle)) / g
    print(f"  {angle}deg range={r!r} flight={t!r} peak={(v * math.sin(math.radians(angle))) ** 2 / (2 * g)!r}")

print("decibels")
for ratio in (2, 10, 0.5, 1234.5, 1e-6):
    print(f"  {ratio!r}: {10 * math.log10(ratio)!r} dB, ln={math.log(ratio)!r}, log2={math.log2(ratio)!r}")

print("growth")
prices = [101.5, 99.25, 103.75, 110.0, 108.5, 115.25]
returns = [b / a for a, b in zip(prices, prices[1:])]
print("  returns", returns)
print("  geometric mean", statistics.geometric_mean(returns))
print("  annualised", statistics.geometric_mean(returns) ** 12 - 1)
print("  half-life of 7%/y decay", math.log(2) / -math.log(0.93))

print("distances")
points = [(0.0, 0.0), (3.0, 4.0), (1.5, -2.25), (-7.125, 0.5), (10.0, 10.0)]
for p in points:
    print(f"  {p}: |p|={math.hypot(*p)!r} angle={math.degrees(math.atan2(p[1], p[0]))!r}")
print("  path", sum(math.dist(a, b) for a, b in zip(points, points[1:])))

print("roots and powers")
for x in (2, 3, 10, 0.1, 1e10):
    print(f"  {x!r}: sqrt={math.sqrt(x)!r} cbrt={math.cbrt(x)!r} x**1.5={x ** 1.5!r} x**-0.25={x ** -0.25!r} exp2={math.exp2(x) if x < 100 else 'big'!r}")
print("  rounding", [round(v, 2) for v in (2.675, 1.005, 0.125, -3.14159, 1234.5678)], round(1234.5678, -2))
print("  gamma", math.gamma(0.5) ** 2, math.lgamma(100.5), math.gamma(5.5))
print("  hyperbolic", math.sinh(1.5), math.cosh(1.5), math.tanh(0.3), math.asinh(2.0), math.acosh(3.0))
try:
    print(1.5 ** 2000)
except OverflowError as e:
    print("  overflow", repr(e), e.args)

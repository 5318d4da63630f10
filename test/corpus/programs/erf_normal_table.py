"""A standard normal table from math.erf / math.erfc, as a statistics teacher would print it."""
import math


def phi(z):
    return 0.5 * (1.0 + math.erf(z / math.sqrt(2.0)))


def upper_tail(z):
    return 0.5 * math.erfc(z / math.sqrt(2.0))


print(" z     Phi(z)              P(Z > z)")
for k in range(0, 31, 2):
    z = k / 10
    print(f"{z:3.1f}  {phi(z)!r:20} {upper_tail(z)!r}")

for sigma in (1, 2, 3, 6):
    inside = math.erf(sigma / math.sqrt(2))
    print(f"within {sigma} sigma: {inside:.12f}  outside: {math.erfc(sigma / math.sqrt(2)):.6e}")

xs = [-3.5, -1.25, -0.5, -1e-9, 0.0, 1e-9, 0.3, 0.84375, 1.0, 2.857, 5.9, 6.0, 26.5, 27.3, 30.0]
for x in xs:
    print(x, math.erf(x), math.erfc(x), math.erf(x) + math.erfc(x) == 1.0)
print(math.erf(math.inf), math.erf(-math.inf), math.erfc(-math.inf), math.isnan(math.erf(math.nan)))
total = sum(math.erf(i / 100) for i in range(-500, 501))
print("sum of erf over a symmetric grid:", total)
try:
    math.erf("1")
except TypeError as e:
    print("TypeError:", e)

# sum() of floats: 3.12 added Neumaier compensation, 3.11 adds plainly.
print(sum([0.1] * 10), sum([1e100, 1.0, -1e100]), sum([0.1, 0.2, 0.3], start=1))

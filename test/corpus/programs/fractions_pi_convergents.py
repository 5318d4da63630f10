# Rational approximations of pi: continued-fraction convergents and limit_denominator.
import math
from fractions import Fraction

pi = Fraction(math.pi)
print("pi as a fraction:", pi)
print("exact float?", float(pi) == math.pi, pi.denominator == 2**48)

def convergents(x, count):
    terms = []
    for _ in range(count):
        a = math.floor(x)
        terms.append(a)
        frac = x - a
        if frac == 0:
            break
        x = 1 / frac
    out = []
    h0, h1, k0, k1 = 0, 1, 1, 0
    for a in terms:
        h0, h1 = h1, a * h1 + h0
        k0, k1 = k1, a * k1 + k0
        out.append(Fraction(h1, k1))
    return terms, out

terms, approx = convergents(pi, 8)
print("continued fraction:", terms)
for c in approx:
    err = abs(c - pi)
    print(f"{str(c):>16}  {float(c):.12f}  error {float(err):.3e}")

for limit in (10, 100, 1000, 10**5, 10**7):
    best = pi.limit_denominator(limit)
    print(limit, best, best < pi, f"{float(abs(best - pi)):.2e}")

print(Fraction(355, 113) - Fraction(22, 7), Fraction(22, 7) ** 2, Fraction(2, 3) ** -2)
print(Fraction(1, 4) ** 0.5, 2 ** Fraction(3), Fraction(7, 3) // Fraction(1, 2), Fraction(7, 3) % Fraction(1, 2))
print(divmod(Fraction(22, 7), 1), math.floor(Fraction(-22, 7)), math.ceil(Fraction(-22, 7)), math.trunc(Fraction(-22, 7)))
print(Fraction(1, 3) < 0.34, Fraction(1, 2) == 0.5, Fraction(1, 3) == 1 / 3, sorted([Fraction(1, 3), 0.25, 1, Fraction(-1, 2)]))
print(-Fraction(3, 4), abs(Fraction(-3, 4)), +Fraction(3, 4), Fraction(3, 4) + 1.0, 1 - Fraction(1, 3))
print(Fraction.from_float(0.1), Fraction(0.1).limit_denominator(), Fraction(123456, 1000).limit_denominator(7))

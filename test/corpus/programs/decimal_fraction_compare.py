# Checking a Decimal price list against exact Fraction thresholds:
# Decimal compares exactly with Fractions, but refuses to add them.
from decimal import Decimal
from fractions import Fraction

third = Fraction(1, 3)
prices = [Decimal("0.33"), Decimal("0.3333333333333333333333333334"), Decimal("1E-1"), Decimal("-Infinity")]
for p in prices:
    print(f"{p!s:>32}  <1/3: {p < third!s:5}  >=1/3: {p >= third!s:5}  ==1/3: {p == third}")
print(Decimal("0.5") == Fraction(1, 2), Fraction(1, 2) == Decimal("0.5"), Fraction(2, 3) > Decimal("0.5"))
print(sorted([Fraction(1, 4), Decimal("0.2"), Fraction(3, 10)]))
print(Decimal("NaN") == Fraction(1, 2), Decimal("NaN") != Fraction(1, 2))
for a, b in ((Fraction(1, 2), Decimal("0.5")), (Decimal("0.5"), Fraction(1, 2)), (Decimal("1"), "x")):
    try:
        a + b
    except TypeError as e:
        print("TypeError:", e)

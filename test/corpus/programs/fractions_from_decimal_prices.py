# Exact money arithmetic: prices arrive as Decimal strings, shares are computed
# with Fractions so nothing is lost when splitting a bill three ways.
import sys
from decimal import Decimal
from fractions import Fraction

prices = [Decimal("19.99"), Decimal("5.25"), Decimal("0.10"), Decimal("1E2")]
total = Fraction(0)
for p in prices:
    f = Fraction(p)
    print(f"{p!s:>7} -> {f}  (ratio {p.as_integer_ratio()})")
    total += f
print("total:", total, "=", float(total))

share = total / 3
print("each of 3 pays:", share, "~", round(float(share), 2))
print("from_decimal:", Fraction.from_decimal(Decimal("-0.125")), Fraction.from_decimal(7))
print("negative zero:", Fraction(Decimal("-0.000")))
print("size of a Fraction:", sys.getsizeof(share))

for bad in ("NaN", "Infinity", "-Infinity", "sNaN"):
    try:
        Fraction(Decimal(bad))
    except (ValueError, OverflowError) as e:
        print(f"Fraction(Decimal({bad!r})) -> {type(e).__name__}: {e}")

try:
    Fraction.from_decimal(1.5)
except TypeError as e:
    print("TypeError:", e)
try:
    Fraction(Decimal("1.5"), 2)
except TypeError as e:
    print("TypeError:", e)

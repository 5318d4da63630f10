# Fraction.__format__ (3.12+): exact float-style formatting; 3.11 has none.
from fractions import Fraction

values = [Fraction(1, 3), Fraction(-2, 3), Fraction(5, 2), Fraction(0), Fraction(123456789, 1000), Fraction(10**20, 7)]
specs = [".2f", "10.3f", "<12.1e", "+.3e", ".3g", "g", "#g", ".1%", ",.2f", "_.1f", "012.3f", "E", ".0f"]
for v in values:
    cells = []
    for spec in specs:
        try:
            cells.append(format(v, spec))
        except (TypeError, ValueError) as e:
            cells.append(type(e).__name__)
    print(str(v).rjust(24), "|".join(cells))
print(format(Fraction(7, 2)), f"{Fraction(7, 2)!s:>6}|{Fraction(7, 2)!r}")
for spec in (">8", "d", ".2"):
    try:
        print(repr(format(Fraction(1, 3), spec)))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

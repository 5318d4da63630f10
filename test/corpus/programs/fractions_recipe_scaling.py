# Scaling a recipe exactly with fractions.Fraction: no 0.30000000000000004 in the shopping list.
import sys
from fractions import Fraction

recipe = {
    "flour (cups)": Fraction("2 1/4".split()[0]) + Fraction("1/4"),
    "sugar (cups)": Fraction(3, 4),
    "butter (cups)": Fraction("0.5"),
    "eggs": Fraction(2),
    "vanilla (tsp)": Fraction(3, 2),
    "salt (tsp)": Fraction(1, 8),
}

def scale(ingredients, servings_from, servings_to):
    factor = Fraction(servings_to, servings_from)
    return {name: amount * factor for name, amount in ingredients.items()}

def mixed(q):
    whole, rest = divmod(q, 1)
    if rest == 0:
        return str(whole)
    return f"{whole} {rest}" if whole else str(rest)

for target in (4, 6, 12, 3):
    scaled = scale(recipe, 8, target)
    print(f"-- {target} servings --")
    for name, amount in scaled.items():
        print(f"  {name:<14} {mixed(amount):>8}  ({float(amount):.3f})")
    print("  total cups:", sum(v for k, v in scaled.items() if "cups" in k))

third = Fraction(1, 3)
print(repr(third), str(third), third.numerator, third.denominator, third.as_integer_ratio())
print(third + third + third == 1, 0.1 + 0.1 + 0.1 == 0.3, Fraction(1, 10) * 3 == Fraction(3, 10))
print(sys.getsizeof(third), sys.getsizeof(Fraction(10**30, 7)))
print(Fraction(-6, -8), Fraction(6, -8), Fraction(" -7/21 "), Fraction("1e-3"), Fraction(2.5))
print(round(Fraction(7, 2)), round(Fraction(5, 2)), round(Fraction(22, 7), 3), int(Fraction(-7, 2)))
print(hash(Fraction(1, 2)) == hash(0.5), hash(Fraction(1, 3)), {Fraction(1, 2): "half"}[0.5])
for bad in ("3/0", "abc", "1/2/3"):
    try:
        Fraction(bad)
    except (ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
try:
    Fraction(1, 3) / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)

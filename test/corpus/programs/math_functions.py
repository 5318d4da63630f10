# math (Modules/mathmodule.c): exact integer functions, fsum's exact partials, errors.
import math
from math import pi, sqrt

print(sqrt(2), pi, math.e, math.tau, math.inf, -math.inf)
print(math.floor(-2.5), math.ceil(2.1), math.trunc(-7.9), math.factorial(30))
print(math.gcd(84, 36, 120), math.lcm(4, 6, 10), math.isqrt(10 ** 30 + 1), math.comb(40, 20), math.perm(6, 2))
print(math.fsum([0.1] * 10), math.prod(range(1, 11)), math.prod([0.5, 4]))
print(math.log(1024, 2), math.log10(1000), math.log2(2 ** 70), math.log(10 ** 500))
print(math.exp(1), math.sin(1), math.atan2(1, 1), math.hypot(3, 4), math.degrees(pi))
print(math.isclose(0.1 + 0.2, 0.3), math.isnan(math.nan), math.isinf(math.inf), math.modf(-3.5), math.frexp(48.0))
for bad in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.exp(1000), lambda: math.factorial(-3)]:
    try:
        bad()
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)

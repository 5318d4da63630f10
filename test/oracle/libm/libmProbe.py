"""Float math results, one line per call: `function index repr(result)` (or the exception's name).
libm.test.ts runs this script on the simulation and compares it line for line with what CPython
printed (test/oracle/libm/expected.txt, written by test/oracle/libm/generate.py from 3.11.7, 3.12.1
and 3.13.0, which agree). Inputs come from random.Random(seed).random() scaled by math.ldexp, so
building them needs no libm call; `python3 test/oracle/libm/compare.py` counts the differing
lines per function."""
import math
import random

rng = random.Random(20240611)
N = 120


def unit():
    return [rng.random() for _ in range(N)]


def near_one():
    return [1.0 + (rng.random() - 0.5) * math.ldexp(1.0, -rng.randrange(1, 50)) for _ in range(N)]


def wide(lo, hi, signed=False):
    out = []
    for _ in range(N):
        x = math.ldexp(rng.random() + 0.5, rng.randrange(lo, hi))
        out.append(-x if signed and rng.random() < 0.5 else x)
    return out


def ints_as_floats():
    return [float(rng.randrange(1, 10 ** rng.randrange(1, 16))) for _ in range(N)]


def show(name, f, inputs):
    for i, args in enumerate(inputs):
        try:
            r = repr(f(*args))
        except Exception as e:  # the exception's type is the result
            r = type(e).__name__
        print(name, i, r)


def one(xs):
    return [(x,) for x in xs]


positive = unit() + near_one() + wide(-1060, 1020) + ints_as_floats()
signed = wide(-30, 30, True) + [x - 0.5 for x in unit()]
angles = [(rng.random() - 0.5) * 8 for _ in range(N)] + wide(-20, 40, True)
small = [(rng.random() - 0.5) * 1400 for _ in range(N)] + wide(-60, 4, True)
trig_domain = [rng.random() * 2 - 1 for _ in range(N)] + [1 - math.ldexp(rng.random(), -rng.randrange(1, 40)) for _ in range(N)]

for name in ["log", "log2", "log10", "sqrt", "cbrt", "lgamma"]:
    show(name, getattr(math, name, None), one(positive))
for name in ["exp", "exp2", "expm1", "sinh", "cosh", "tanh", "erf", "erfc"]:
    show(name, getattr(math, name, None), one(small))
show("log1p", math.log1p, one(unit() + wide(-60, 0, True)))
for name in ["sin", "cos", "tan", "atan", "asinh"]:
    show(name, getattr(math, name), one(angles + signed))
for name in ["asin", "acos", "atanh"]:
    show(name, getattr(math, name), one(trig_domain))
show("acosh", math.acosh, one([1 + x for x in positive[:3 * N]]))
show("gamma", getattr(math, "gamma", None), one([(rng.random() - 0.3) * 60 for _ in range(N)]))
show("atan2", math.atan2, list(zip(signed, angles)))
show("hypot2", math.hypot, list(zip(signed, wide(-40, 40))))
show("hypot3", math.hypot, [(rng.random(), rng.random() * 1e3, rng.random() * 1e-3) for _ in range(N)])
show("hypotN", math.hypot, [tuple(rng.random() for _ in range(1 + i % 7)) for i in range(N)])
show("dist", math.dist, [([rng.random() for _ in range(3)], [rng.random() for _ in range(3)]) for _ in range(N)])
show("fsum", math.fsum, [([rng.random() * 10 ** (i % 9) - 5 for _ in range(1 + i % 20)],) for i in range(N)])
show("prod", math.prod, [([rng.random() * 3 for _ in range(1 + i % 12)],) for i in range(N)])
show("logb", math.log, list(zip(positive[:2 * N], [1.5 + rng.random() * 20 for _ in range(2 * N)])))
show("log_base10", math.log, [(x, 10) for x in positive])
show("log_base2", math.log, [(x, 2) for x in positive[:2 * N]])

# pow: float ** float, float ** int, int ** negative int (all C pow()), math.pow.
bases = unit() + near_one() + wide(-30, 30) + ints_as_floats()
exps = [(rng.random() - 0.5) * 40 for _ in range(len(bases))]
show("powff", lambda x, y: x ** y, list(zip(bases, exps)))
show("powfi", lambda x, n: x ** n, [(x, rng.randrange(-40, 40)) for x in bases])
show("pownegi", lambda x, n: x ** n, [(-x, rng.randrange(-30, 30)) for x in bases[:2 * N]])
show("powhalf", lambda x: x ** 0.5, one(positive))
show("pow10neg", lambda k: 10 ** -k, one(range(0, 330)))
show("pow10f", lambda k: 10.0 ** k, one(range(-330, 310)))
show("pow2", lambda k: 2.0 ** k, one(range(-1080, 1030, 7)))
show("powint", lambda a, b: a ** b, [(rng.randrange(2, 1000), -rng.randrange(1, 20)) for _ in range(N)])
show("mathpow", math.pow, list(zip(bases[:2 * N], exps)))
show("powbig", lambda x, y: x ** y, [(x, y * 400) for x, y in zip(bases[:N], exps)])
show("round", round, [(x, rng.randrange(-3, 12)) for x in signed + wide(-20, 60)])
show("fmod", math.fmod, list(zip(signed, [x + 0.1 for x in unit()])))
show("remainder", math.remainder, list(zip(signed, [x + 0.1 for x in unit()])))

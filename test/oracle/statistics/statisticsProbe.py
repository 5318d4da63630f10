"""statistics on many random int, float and Fraction datasets: run under each CPython and under
`node out/cli.js run ... --python 3.1x`; the outputs must be identical digit for digit."""
import random
import statistics as st
from fractions import Fraction

random.seed(12345)
FUNCS = ["mean", "fmean", "geometric_mean", "harmonic_mean", "median", "median_low", "median_high",
         "median_grouped", "mode", "multimode", "quantiles", "pstdev", "pvariance", "stdev", "variance"]

def datasets():
    for size in (1, 2, 3, 5, 8, 13):
        yield [random.randint(1, 100) for _ in range(size)]
        yield [random.randint(-50, 50) for _ in range(size)]
        yield [random.random() * 100 for _ in range(size)]
        yield [round(random.uniform(0.5, 20), 2) for _ in range(size)]
        yield [Fraction(random.randint(1, 40), random.randint(1, 12)) for _ in range(size)]
        yield [random.choice([1, 2, 2, 3, 3, 3]) for _ in range(size)]
    yield []
    yield [1, 2.5, Fraction(1, 3)]
    yield [10**20, 10**20 + 1, 3]

for data in datasets():
    row = []
    for name in FUNCS:
        try:
            row.append(repr(getattr(st, name)(data)))
        except Exception as e:
            row.append(f"{type(e).__name__}: {e}")
    print(data)
    print("   ", " | ".join(row))

for _ in range(8):
    n = random.randint(2, 9)
    x = [random.randint(0, 30) for _ in range(n)]
    y = [random.random() * 10 for _ in range(n)]
    for name in ("covariance", "correlation", "linear_regression"):
        try:
            print(name, repr(getattr(st, name)(x, y)))
        except Exception as e:
            print(name, type(e).__name__, e)
print(st.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], n=10), st.quantiles([1.5, 2, 7, 9], n=3, method="inclusive"))
print(st.linear_regression([1, 2, 3], [2, 4, 6.5], proportional=True))
for bad in ([], [1]):
    for name in ("variance", "stdev", "pvariance", "mean", "median", "mode", "quantiles"):
        try:
            print(name, repr(getattr(st, name)(bad)))
        except st.StatisticsError as e:
            print(name, "StatisticsError", e)
print(st.stdev([1, 2, 3], xbar=2), st.pvariance([1.5, 2.5], mu=2), st.fmean([1, 2, 3], weights=[3, 2, 1]))
print(st.mode(["red", "blue", "red", "green", "blue"]), st.multimode("aabbbcccc"), st.multimode([]))
print(st.median_grouped([52, 52, 53, 54], interval=2), st.median_grouped([1, 3, 3, 5, 7]))

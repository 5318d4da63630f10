# A teacher's grade report with the statistics module: exact means and spreads for int, float and
# Fraction marks, medians, modes, quartiles, and a regression of final marks on homework.
import statistics as st
from fractions import Fraction

grades = {
    "Ada": [88, 92, 79, 95],
    "Ben": [72, 65, 80, 70],
    "Cleo": [91, 91, 85, 99],
    "Dev": [55, 70, 62, 68],
    "Eve": [83, 77, 90, 88],
    "Finn": [60, 75, 70, 65],
}

for name, marks in grades.items():
    print(f"{name:<5} mean={st.mean(marks)!r:<6} median={st.median(marks)!r:<6} stdev={st.stdev(marks):.4f} range={max(marks) - min(marks)}")

everyone = [m for marks in grades.values() for m in marks]
print("class mean:", st.mean(everyone), "fmean:", st.fmean(everyone))
print("median low/high:", st.median_low(everyone), st.median_high(everyone), "grouped:", st.median_grouped(everyone, interval=5))
print("variance:", st.variance(everyone), "pvariance:", st.pvariance(everyone))
print("stdev:", st.stdev(everyone), "pstdev:", st.pstdev(everyone))
print("quartiles:", st.quantiles(everyone), "deciles:", st.quantiles(everyone, n=10, method="inclusive"))
print("mode:", st.mode(everyone), "multimode:", st.multimode(everyone))
print("letter mode:", st.mode("ABBCABBAC"), st.multimode(["pass", "fail", "pass", "fail"]))

weights = [Fraction(1, 4), Fraction(1, 4), Fraction(1, 5), Fraction(3, 10)]
weighted = {name: sum(w * m for w, m in zip(weights, marks)) for name, marks in grades.items()}
for name, score in weighted.items():
    print(f"{name:<5} weighted={score!s:>7} ~ {float(score):.2f}")
print("mean of weighted:", st.mean(weighted.values()), "variance:", st.variance(weighted.values()))
print("stdev of weighted:", st.stdev(weighted.values()), "harmonic:", st.harmonic_mean(weighted.values()))

decimals = [2.5, 3.25, 4.0, 3.75, 2.75, 3.5]
print("float data:", st.mean(decimals), st.median(decimals), st.variance(decimals), st.stdev(decimals))
print("harmonic mean of speeds:", st.harmonic_mean([40, 60]), st.harmonic_mean([2.5, 3, 10]))
print("ints stay ints:", st.mean([1, 2, 3]), st.variance([0, 0, 0, 2]), st.median([1, 3]), st.median([1, 2, 3]))

homework = [sum(m) / 4 for m in grades.values()]
final = [88, 71, 93, 61, 84, 68]
print("covariance:", st.covariance(homework, final))
print("correlation:", st.correlation(homework, final))
fit = st.linear_regression(homework, final)
print(fit)
print("predicted for 80:", round(fit.slope * 80 + fit.intercept, 2))

for bad in ([], [42]):
    for name in ("mean", "median", "mode", "variance", "stdev", "pstdev"):
        try:
            print(name, bad, "->", getattr(st, name)(bad))
        except st.StatisticsError as e:
            print(name, bad, "-> StatisticsError:", e)
print(issubclass(st.StatisticsError, ValueError))

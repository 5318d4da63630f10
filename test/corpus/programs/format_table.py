# Formatting: format specs in f-strings, format(), str.format and % on ints, floats and strs.
rows = [("alpha", 1, 0.5), ("beta", 1234, 2.675), ("gamma", -56789, 1e-7), ("delta", 10**9, 12345.6789)]
print(f"{'name':<8}{'n':>12}{'x':>14}{'x%':>10}")
for name, n, x in rows:
    print(f"{name:<8}{n:>12,}{x:>14.4g}{x:>10.1%}")
for name, n, x in rows:
    print("{0:^9}|{1:+08d}|{2:.3e}|{3}".format(name, n, x, format(n, "_x")))
for name, n, x in rows:
    print("%-7s %10d %12.3f %r" % (name, n, x, name))
print(format(255, "#010b"), format(255, "o"), format(3.0, ".0f"), format(2.5, ".0f"), format(0.125, ".2f"))
print(f"{1/3:.10f} {2/3:g} {1e21:,.0f} {-0.0:.1f} {-0.0:z.1f} {123.456:.2e} {0.000123:.3g}")
print(f"{'left':<10}|{'right':>10}|{'mid':^10}|{'fill':-^11}|{42:=+8}")
w, p = 12, 3
print(f"{3.14159265:{w}.{p}f}|", "{:{}.{}f}|".format(2.71828, w, p), "{:>{w}}|".format("x", w=5))
print("%(a)s=%(b).2f" % {"a": "pi", "b": 3.14159}, "%5.1f%%" % 99.44, "%c%c" % (72, "i"), "%x/%X/%o" % (3054, 3054, 8))
total = rows[1][1] + rows[3][1]
print(f"total={total:,} avg={total / 2:,.2f} {chr(65)}{ord('B')} {divmod(17, 5)} {pow(2, 10)} {pow(3, 4, 5)}")
try:
    format("abc", "d")
except ValueError as e:
    print(e)
try:
    "%d" % "x"
except TypeError as e:
    print(e)

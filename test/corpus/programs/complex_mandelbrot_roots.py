"""Complex numbers in a teaching script: quadratic roots with cmath, a Mandelbrot ASCII render,
and what a complex costs in memory."""
import cmath
import gc
import sys


def quadratic_roots(a, b, c):
    """Both roots of a*x**2 + b*x + c, complex when the discriminant is negative."""
    disc = cmath.sqrt(b * b - 4 * a * c)
    return (-b + disc) / (2 * a), (-b - disc) / (2 * a)


for coeffs in [(1, -3, 2), (1, 2, 5), (2, 0, 8), (1, 1, 1), (3, -6, 3)]:
    r1, r2 = quadratic_roots(*coeffs)
    check = [coeffs[0] * r * r + coeffs[1] * r + coeffs[2] for r in (r1, r2)]
    print(f"{coeffs}: {r1} {r2}  residuals ~0: {all(abs(v) < 1e-12 for v in check)}")
    print(f"   formatted: {r1:.3f} and {r2:.3f}; conjugates: {r1.conjugate() == r2}")


def mandelbrot_rows(width=48, height=16, max_iter=30):
    chars = " .:-=+*#%@"
    rows = []
    for y in range(height):
        im = 1.2 - 2.4 * y / (height - 1)
        line = []
        for x in range(width):
            c = complex(-2.1 + 2.7 * x / (width - 1), im)
            z = 0j
            n = 0
            while abs(z) <= 2 and n < max_iter:
                z = z * z + c
                n += 1
            line.append(chars[n * (len(chars) - 1) // max_iter])
        rows.append("".join(line))
    return rows


for row in mandelbrot_rows():
    print(row.rstrip())

# Arithmetic facts a student checks by hand.
z = 3 + 4j
w = 1 - 2j
print(z + w, z - w, z * w, z / w, z ** 2, z ** -1, abs(z), -z, z.real, z.imag)
print(1j ** 2, (1 + 1j) ** 8, 2 + 3j == complex(2, 3), complex("1.5-2j"), complex(2), hash(2 + 0j) == hash(2))
print(repr(-0j), repr(complex(-0.0, -1.0)), repr(0j), sum([1j, 2, 0.5 + 1j]), f"{z:>12}|{z:<12.1f}|{w:+.2e}")
for bad in [lambda: z < w, lambda: z // 2, lambda: z / 0, lambda: complex("1 + 2j"), lambda: 0j ** -1]:
    try:
        bad()
    except (TypeError, ZeroDivisionError, ValueError) as e:
        print(type(e).__name__ + ":", e)

# Memory: a complex is a 32-byte object the GC never tracks; it has no free list, so a new one
# takes the block the last dead one left.
values = [complex(i, -i) for i in range(1000)]
print(sys.getsizeof(values[0]), gc.is_tracked(values[0]), sys.getsizeof(1.5), len(values))
a = complex(7, 8)
old = id(a)
del a
b = complex(9, 10)
print("block reused:", id(b) == old)

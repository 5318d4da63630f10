# complex on CPython 3.11/3.12/3.13: sizes, GC tracking, id reuse (no free list), repr, arithmetic
# bits, errors, hashing, format and cmath. Run with each interpreter and diff:
#   for v in 3.11.7 3.12.1 3.13.0; do PYENV_VERSION=$v python3 test/oracle/complex/complexProbe.py; done
import sys, gc, cmath
def bits(z): return ''  # repr round-trips: equal reprs are equal bits
print(sys.getsizeof(1j), sys.getsizeof(complex(1, 2)), gc.is_tracked(1j))
a = complex(1.5, 2.5); ia = id(a); del a
b = complex(3.5, 4.5); print('id reused', id(b) == ia)
f = 1.5 + 0.0; fi = id(f); del f
c = complex(9.0, 1.0); print('float block reused by complex', id(c) == fi)
for z in [1j, 2+3j, -0j, 0j, complex(-0.0, -1.0), complex(0.0, -0.0), complex(float('nan'), float('inf')), complex(1e300, -1e-300), 1.5j, complex(-1, 0), complex(1e16, 2), complex(float('-inf'), float('nan'))]:
    print(repr(z), str(z), bits(z))
print(repr(-0j), repr(-(0j)), repr(0j * -1), repr(-1j), repr(1 - 1j))
x, y = 3 + 4j, 1 - 2j
for r in [x + y, x - y, x * y, x / y, x ** 2, x ** 3, x ** -2, x ** 0.5, x ** y, 2 ** x, x ** 1j, (1+1j) ** 100, abs(x), abs(-2.5j), x * 2, 2.5 * x, x / 2, 1 / x, x + True, -x, +x, x.conjugate(), (0.1+0.2j) / (0.3+0.7j), (1e308+1e308j) / (1e308+1e308j), (1+2j) ** 17, (1.1+2.2j) ** 0.0, 0j ** 0, 0j ** 0j, (1+2j) ** -3]:
    print(repr(r), bits(r) if isinstance(r, complex) else '')
print(x == 3 + 4j, x != y, x == 3, (3 + 0j) == 3, (3 + 0j) == 3.0, 1j == 1, 0j == False)
print(hash(1j), hash(3 + 4j), hash(complex(2, 0)) == hash(2), hash(-1 + 0j), hash(complex(1.5, -2.25)), hash(complex(float('inf'), 1)))
print(x.real, x.imag, (2j).real, type(x.real), (5).real, (5).imag, (5).conjugate(), (2.5).conjugate(), True.conjugate(), isinstance(x, complex), bool(0j), bool(1j))
print(complex(), complex(2), complex(2.5), complex(1, 2), complex(1j, 1j), complex(1+2j), complex('1+2j'), complex(' 3-4.5j '), complex('j'), complex('-j'), complex('(1+2j)'), complex('1e3j'), complex('inf-nanj'), complex('2'), complex(real=1, imag=3), complex(imag=2))
for bad in ['1+2', 'abc', '1+2jj', '', '( 1+2j', '1 + 2j', '(1+2j))']:
    try: complex(bad)
    except ValueError as e: print('ValueError', e)
for thunk in [lambda: complex('1', 2), lambda: complex(1, '2'), lambda: complex([]), lambda: complex(1, []), lambda: 1j < 2j, lambda: 1j > 1, lambda: 1j // 2, lambda: 1j % 2, lambda: divmod(1j, 2), lambda: int(1j), lambda: float(1j), lambda: round(1j), lambda: 1j / 0, lambda: 1j / 0j, lambda: 1 / 0j, lambda: 0j ** -1, lambda: 0j ** (-1+1j), lambda: 0j ** 1j, lambda: (1e300+1e300j) ** 5, lambda: (1+1j) ** 10000.5, lambda: pow(1j, 2, 3), lambda: sorted([1j, 2j]), lambda: math_sqrt(-1)]:
    try: print('ok', thunk())
    except Exception as e: print(type(e).__name__, e)
import math
def math_sqrt(v): return math.sqrt(v)
print(sum([1j, 2, 3.5, 1 + 1j]), sum([1j, 2j], 0j), pow(2j, 2), pow(1+1j, -1), (1+1j) ** 2.0, 2 ** (0.5j))
for spec in ['', '.2f', '10.3f', '<20', '^20.2f', '+.1e', 'g', '.3g', '*>24', 'e', 'E', 'G', 'F', '0.1f', ',.2f', '_.1f']:
    try: print(repr(format(3.14159+2.71828j, spec)), repr(format(-1j, spec)), repr(format(complex(1e20, 1e-5), spec)))
    except Exception as e: print(type(e).__name__, e)
for spec in ['=10', '010', 'd', 'x', '%']:
    try: print(repr(format(1+2j, spec)))
    except Exception as e: print(type(e).__name__, e)
print(f'{1+2j}', f'{1+2j!r}', f'{1.5j:.3f}', '%s %r' % (1j, 2+1j), str(1j))
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nan, cmath.nanj)
for fn in ['sqrt', 'exp', 'log', 'log10', 'sin', 'cos', 'tan', 'asin', 'acos', 'atan', 'sinh', 'cosh', 'tanh', 'asinh', 'acosh', 'atanh']:
    for z in [1+2j, -4, 0.5-0.25j, -1j, 2]:
        try: r = getattr(cmath, fn)(z); print(fn, repr(r), bits(r))
        except Exception as e: print(fn, type(e).__name__, e)
print(cmath.phase(-1), cmath.phase(1+1j), cmath.phase(complex(-1, -0.0)), cmath.polar(1+1j), cmath.polar(-2), cmath.rect(2, cmath.pi / 4), cmath.rect(1, 0))
print(cmath.log(8, 2), cmath.log(1j, 10), cmath.isclose(1+1j, 1+1.0000000001j), cmath.isclose(1j, 1.1j, rel_tol=0.2), cmath.isfinite(1j), cmath.isinf(cmath.infj), cmath.isnan(cmath.nanj))
for thunk in [lambda: cmath.log(0), lambda: cmath.sqrt('a'), lambda: cmath.exp(1000), lambda: cmath.phase('x'), lambda: cmath.log(1, 0)]:
    try: print('ok', thunk())
    except Exception as e: print(type(e).__name__, e)
print(complex.__name__, type(1j), repr(complex), (1+2j).__class__, 1j.__class__)

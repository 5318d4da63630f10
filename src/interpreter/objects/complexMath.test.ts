/**
 * complex against CPython 3.11.7, 3.12.1 and 3.13.0 (the same script printed the same lines on all
 * three; test/oracle/complex/complexProbe.py re-measures more), and `libmHypot` against glibc's
 * `hypot` as `abs(complex(a, b))` returned it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RunSession } from '../session/runSession';
import { checkHeapSelf } from '../session/heapSelfCheck';
import { cPow, cQuot, libmHypot } from './complexMath';

const SCRIPT = "import sys, gc\nprint(sys.getsizeof(2+3j), gc.is_tracked(1j), 2+3j, -(0j), complex(0.0, -0.0), complex(float('nan'), float('inf')))\na = complex(1.5, 2.5); ia = id(a); del a\nb = complex(3.5, 4.5); print(id(b) == ia)\nx, y = 3 + 4j, 1 - 2j\nprint(x + y, x - y, x * y, x / y, x ** 2, x ** -2, x ** 0.5, 2 ** x, abs(x), (1e308+1e308j) / (1e308+1e308j), (1+2j) ** 17)\nprint(x == 3 + 4j, (3 + 0j) == 3, 1j == 1, hash(1j), hash(3 + 4j), hash(complex(2, 0)) == hash(2), hash(complex(1.5, -2.25)), {2: 'a', 2+0j: 'b'})\nprint(x.real, x.imag, x.conjugate(), (5).conjugate(), (2.5).conjugate(), isinstance(x, complex), bool(0j), (-8) ** 0.5, sum([1j, 2, 3.5]))\nprint(complex('1+2j'), complex(' (3-4.5j) '), complex('-j'), complex('inf-nanj'), complex(1j, 1j), complex(imag=2), complex(real=1, imag=3))\nfor f in [lambda: complex('1 + 2j'), lambda: complex('1', 2), lambda: complex([]), lambda: 1j < 2j, lambda: 1j // 2, lambda: 1j / 0, lambda: 0j ** -1, lambda: (1+1j) ** 10000.5, lambda: pow(1j, 2, 3), lambda: int(1j)]:\n    try: f()\n    except Exception as e: print(type(e).__name__, e)\nfor spec in ['', '.2f', '^20.2f', '+.1e', 'g', '*>24', ',.2f', '010', '=10', 'd']:\n    try: print(repr(format(3.14159+2.71828j, spec)), repr(format(-1j, spec)))\n    except Exception as e: print(type(e).__name__, e)\n";

const EXPECTED = "32 False (2+3j) (-0-0j) -0j (nan+infj)\nTrue\n(4+2j) (2+6j) (11-2j) (-1+2j) (-7+24j) (-0.0112-0.0384j) (2+1j) (-7.461496614688569+2.885492725513448j) 5.0 (nan+0j) (873121-24478j)\nTrue True False 1000003 4000015 True -576460752305423493 {2: 'b'}\n3.0 4.0 (3-4j) 5 2.5 True False (1.7319121124709868e-16+2.8284271247461903j) (5.5+1j)\n(1+2j) (3-4.5j) -1j (inf+nanj) (-1+1j) 2j (1+3j)\nValueError complex() arg is a malformed string\nTypeError complex() can't take second arg if first is a string\nTypeError complex() first argument must be a string or a number, not 'list'\nTypeError '<' not supported between instances of 'complex' and 'complex'\nTypeError unsupported operand type(s) for //: 'complex' and 'int'\nZeroDivisionError complex division by zero\nZeroDivisionError 0.0 to a negative or complex power\nOverflowError complex exponentiation\nValueError complex modulo\nTypeError int() argument must be a string, a bytes-like object or a real number, not 'complex'\n'(3.14159+2.71828j)' '(-0-1j)'\n'3.14+2.72j' '-0.00-1.00j'\n'     3.14+2.72j     ' '    -0.00-1.00j     '\n'+3.1e+00+2.7e+00j' '-0.0e+00-1.0e+00j'\n'3.14159+2.71828j' '-0-1j'\n'******(3.14159+2.71828j)' '*****************(-0-1j)'\n'3.14+2.72j' '-0.00-1.00j'\nValueError Zero padding is not allowed in complex format specifier\nValueError '=' alignment flag is not allowed in complex format specifier\nValueError Unknown format code 'd' for object of type 'complex'\n";

test('complex: size, id reuse, arithmetic bits, hash, parsing, errors and format, per version', () => {
  for (const version of ['3.11', '3.12', '3.13'] as const) {
    const s = new RunSession({ source: SCRIPT, filename: 'script.py', version, maxSteps: 1_000_000 });
    s.continue();
    checkHeapSelf(s);
    assert.equal(s.stdout + (s.error ?? ''), EXPECTED, version);
  }
});

// abs(complex(a, b)) on CPython 3.12.1 / glibc 2.36, where V8's Math.hypot is an ulp away.
const HYPOT: [number, number, number][] = [
  [0.00008446499933308339, 0.06806962410453356, 0.06806967650921082],
  [0.002979491062738484, -773.5880706937113, 773.5880706994491],
  [-72246.51632021937, -0.0011032862772495716, 72246.51632021938],
  [0.009202542004349994, 0.7448155308736037, 0.7448723795455635],
  [0.0025146039135425548, 0.08819520021759981, 0.0882310408771455],
  [3.558684990953825, -8.679550988978457, 9.380769916969339],
  [9.81318919023618, -26763.10483162789, 26763.10663072182],
  [682.4681909245012, -0.00906545762602117, 682.468190984711],
  [0.02474260621544701, -0.076195888585245, 0.08011248341942562],
  [859.3106391950421, -3.112363738939761, 859.3162755597239],
  [0.7854221839413317, 0.0005512060293979906, 0.7854223773583598],
  [-0.00013404662987887602, -5830.332139024059, 5830.332139024061],
];

test('libmHypot rounds as glibc hypot does', () => {
  for (const [a, b, h] of HYPOT) assert.equal(libmHypot(a, b), h, `hypot(${a}, ${b})`);
  assert.equal(libmHypot(1e308, 1e308), 1.4142135623730951e308);
  assert.equal(libmHypot(3e-320, 4e-320), 5e-320);
  assert.equal(libmHypot(-Infinity, NaN), Infinity);
});

test('Smith division and c_powi match CPython bit for bit', () => {
  assert.deepEqual(cQuot({ re: 0.1, im: 0.2 }, { re: 0.3, im: 0.7 }), { re: 0.2931034482758621, im: -0.017241379310344817 });
  assert.deepEqual(cPow({ re: 1, im: 2 }, { re: -3, im: 0 }), { re: -0.08800000000000001, im: 0.016 });
  assert.throws(() => cQuot({ re: 1, im: 0 }, { re: 0, im: 0 }), /complex division by zero/);
});

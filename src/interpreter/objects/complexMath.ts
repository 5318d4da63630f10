/**
 * `Py_complex` arithmetic as CPython 3.11-3.13 computes it (Objects/complexobject.c `_Py_c_sum`,
 * `_Py_c_diff`, `_Py_c_prod`, `_Py_c_quot`, `_Py_c_pow`, `c_powi`, `_Py_c_abs`), operation for
 * operation so results are bit-identical. Pure: the interpreter and the constant folder share it.
 *
 * Obscurity: in these versions an int or float operand is first converted to `complex(x, 0)`, so
 * `complex(inf, 0) * 2` is `(inf+nanj)` (inf * 0 in the cross term); 3.14 changed that.
 */
import { crExp, crLog, crPow } from '../builtins/libm/expLog';
import { crAtan2, crCos, crSin } from '../builtins/libm/trig';

/** A `Py_complex` value. */
export interface Complex { re: number; im: number }

/** What a complex operation raised: the exception type and CPython's message. */
export class ComplexMathError extends Error {
  constructor(readonly excType: 'ZeroDivisionError' | 'OverflowError' | 'ValueError', message: string) {
    super(message);
  }
}

/** `_Py_c_prod`. */
export function cProd(a: Complex, b: Complex): Complex {
  return { re: a.re * b.re - a.im * b.im, im: a.re * b.im + a.im * b.re };
}

/**
 * `_Py_c_quot`: Smith's algorithm, scaling by the larger of |b.re| and |b.im|; null when b is 0
 * (CPython's errno EDOM). NaNs in both parts of b give nan+nanj.
 */
export function cQuotOrNull(a: Complex, b: Complex): Complex | null {
  const absRe = Math.abs(b.re);
  const absIm = Math.abs(b.im);
  if (absRe >= absIm) {
    if (absRe === 0) return null;
    const ratio = b.im / b.re;
    const denom = b.re + b.im * ratio;
    return { re: (a.re + a.im * ratio) / denom, im: (a.im - a.re * ratio) / denom };
  }
  if (absIm >= absRe) {
    const ratio = b.re / b.im;
    const denom = b.re * ratio + b.im;
    return { re: (a.re * ratio + a.im) / denom, im: (a.im * ratio - a.re) / denom };
  }
  return { re: NaN, im: NaN };
}

/** `a / b`, raising CPython's "complex division by zero". */
export function cQuot(a: Complex, b: Complex): Complex {
  const q = cQuotOrNull(a, b);
  if (!q) throw new ComplexMathError('ZeroDivisionError', 'complex division by zero');
  return q;
}

/** `c_powu`: binary exponentiation by squaring, lowest bit first. */
function cPowu(x: Complex, n: number): Complex {
  let r: Complex = { re: 1, im: 0 };
  let p = x;
  for (let mask = 1; mask > 0 && n >= mask; mask *= 2) {
    if (n & mask) r = cProd(r, p);
    p = cProd(p, p);
  }
  return r;
}

/** `_Py_c_pow`: polar form; null for 0 to a negative or complex power (errno EDOM). */
function cPowGeneral(a: Complex, b: Complex): Complex | null {
  if (b.re === 0 && b.im === 0) return { re: 1, im: 0 };
  if (a.re === 0 && a.im === 0) return b.im !== 0 || b.re < 0 ? null : { re: 0, im: 0 };
  const vabs = libmHypot(a.re, a.im);
  let len = crPow(vabs, b.re);
  const at = crAtan2(a.im, a.re);
  let phase = at * b.re;
  if (b.im !== 0) {
    len /= crExp(at * b.im);
    phase += b.im * crLog(vabs);
  }
  return { re: len * crCos(phase), im: len * crSin(phase) };
}

/**
 * `complex_pow`: an exponent with an integral real part of at most 100 and no imaginary part
 * takes `c_powi` (repeated squaring; negative powers divide 1 by the positive power), anything
 * else `_Py_c_pow`. An infinite part in the result is an OverflowError (`_Py_ADJUST_ERANGE2`).
 */
export function cPow(a: Complex, b: Complex): Complex {
  let p: Complex | null;
  if (b.im === 0 && b.re === Math.floor(b.re) && Math.abs(b.re) <= 100) {
    const n = b.re;
    p = n > 0 ? cPowu(a, n) : cQuotOrNull({ re: 1, im: 0 }, cPowu(a, -n));
  } else {
    p = cPowGeneral(a, b);
  }
  if (!p) throw new ComplexMathError('ZeroDivisionError', '0.0 to a negative or complex power');
  if (Math.abs(p.re) === Infinity || Math.abs(p.im) === Infinity) throw new ComplexMathError('OverflowError', 'complex exponentiation');
  return p;
}

/** `_Py_c_abs`: hypot, with CPython's special cases for infinities and NaNs; null on overflow. */
export function cAbs(z: Complex): number | null {
  if (!Number.isFinite(z.re) || !Number.isFinite(z.im)) {
    if (Math.abs(z.re) === Infinity || Math.abs(z.im) === Infinity) return Infinity;
    return NaN;
  }
  const r = libmHypot(z.re, z.im);
  return Number.isFinite(r) ? r : null;
}

/**
 * `hypot(x, y)` rounded as glibc 2.35+'s libm rounds it, which is not always the correctly
 * rounded result (V8's `Math.hypot` differs from it for about a third of inputs): Borges' "fast"
 * algorithm ("An Improved Algorithm for hypot(a, b)", 2019) without fma, one correction step
 * after the naive square root, with scaling by 2^600 away from overflow and underflow.
 */
export function libmHypot(x: number, y: number): number {
  if (!Number.isFinite(x) || !Number.isFinite(y)) return Math.abs(x) === Infinity || Math.abs(y) === Infinity ? Infinity : NaN;
  const ax = Math.max(Math.abs(x), Math.abs(y));
  const ay = Math.min(Math.abs(x), Math.abs(y));
  const scale = 2 ** -600;
  if (ax > 2 ** 511) return ay <= ax * 2 ** -54 ? ax + ay : hypotKernel(ax * scale, ay * scale) / scale;
  if (ay < 2 ** -511) return ax >= ay / 2 ** -54 ? ax + ay : hypotKernel(ax / scale, ay / scale) * scale;
  return ay <= ax * 2 ** -54 ? ax + ay : hypotKernel(ax, ay);
}

/** The correction step: h minus the error of h² against ax² + ay², formed without rounding loss. */
function hypotKernel(ax: number, ay: number): number {
  let h = Math.sqrt(ax * ax + ay * ay);
  let t1: number;
  let t2: number;
  if (h <= 2 * ay) {
    const delta = h - ay;
    t1 = ax * (2 * delta - ax);
    t2 = (delta - 2 * (ax - ay)) * delta;
  } else {
    const delta = h - ax;
    t1 = 2 * delta * (ax - 2 * ay);
    t2 = (4 * delta - ay) * ay + delta * delta;
  }
  h -= (t1 + t2) / (2 * h);
  return h;
}

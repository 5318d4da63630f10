/**
 * The complex functions of `cmath` for finite arguments, with CPython's formulas
 * (Modules/cmathmodule.c 3.11-3.13: `c_sqrt` scaled by 8, `c_log` through log1p near the unit
 * circle, `c_asinh`/`c_acos`/`c_acosh` from two square roots, `c_atanh` from log1p and atan2, the
 * trigonometric ones as rotations of the hyperbolic ones). Each returns the value and whether
 * CPython's errno would be EDOM (domain) or ERANGE (overflow). The real-valued libm calls are
 * ../builtins/libm's glibc-rounded ones; log1p is V8's, which agrees with glibc's.
 */
import { libmHypot, type Complex } from '../objects/complexMath';
import { crExp, crLog } from '../builtins/libm/expLog';
import { crAtan2, crCos, crSin, crTan } from '../builtins/libm/trig';
import { glibcAsinh, glibcCosh, glibcSinh, glibcTanh } from '../builtins/libm/hyperbolic';

/** A result and the errno CPython's function leaves. */
export interface CmathResult { z: Complex; errno?: 'EDOM' | 'ERANGE' }

const DBL_MAX = Number.MAX_VALUE;
const DBL_MIN = 2 ** -1022;
/** `CM_LARGE_DOUBLE`: DBL_MAX / 4. */
const LARGE = DBL_MAX / 4;
/** `CM_SQRT_LARGE_DOUBLE`. */
const SQRT_LARGE = Math.sqrt(LARGE);
/** `CM_LOG_LARGE_DOUBLE`. */
const LOG_LARGE = Math.log(LARGE);
/** `CM_SQRT_DBL_MIN`. */
const SQRT_DBL_MIN = Math.sqrt(DBL_MIN);
const LN2 = Math.LN2;

function copysign(x: number, y: number): number {
  const neg = y < 0 || Object.is(y, -0);
  return neg ? -Math.abs(x) : Math.abs(x);
}

const ok = (re: number, im: number): CmathResult => ({ z: { re, im } });
/** An infinite part from a finite argument is an overflow (`c_exp`, `c_cosh`, `c_sinh`). */
const checked = (re: number, im: number): CmathResult => ({ z: { re, im }, errno: Math.abs(re) === Infinity || Math.abs(im) === Infinity ? 'ERANGE' : undefined });

/** `c_sqrt`. */
export function cSqrt(z: Complex): CmathResult {
  if (z.re === 0 && z.im === 0) return ok(0, z.im);
  let ax = Math.abs(z.re);
  const ay = Math.abs(z.im);
  let s: number;
  if (ax < DBL_MIN && ay < DBL_MIN) {
    ax = ax * 2 ** 53;
    s = Math.sqrt(ax + libmHypot(ax, ay * 2 ** 53)) * 2 ** -27;
  } else {
    ax /= 8;
    s = 2 * Math.sqrt(ax + libmHypot(ax, ay / 8));
  }
  const d = ay / (2 * s);
  return z.re >= 0 ? ok(s, copysign(d, z.im)) : ok(d, copysign(s, z.im));
}

/** `c_exp`. */
export function cExp(z: Complex): CmathResult {
  if (z.re > LOG_LARGE) {
    const l = crExp(z.re - 1);
    return checked(l * crCos(z.im) * Math.E, l * crSin(z.im) * Math.E);
  }
  const l = crExp(z.re);
  return checked(l * crCos(z.im), l * crSin(z.im));
}

/** `c_log`. */
export function cLog(z: Complex): CmathResult {
  const ax = Math.abs(z.re);
  const ay = Math.abs(z.im);
  let re: number;
  if (ax > LARGE || ay > LARGE) {
    re = crLog(libmHypot(ax / 2, ay / 2)) + LN2;
  } else if (ax < DBL_MIN && ay < DBL_MIN) {
    if (ax === 0 && ay === 0) return { z: { re: -Infinity, im: crAtan2(z.im, z.re) }, errno: 'EDOM' };
    re = crLog(libmHypot(ax * 2 ** 53, ay * 2 ** 53)) - 53 * LN2;
  } else {
    const h = libmHypot(ax, ay);
    if (h >= 0.71 && h <= 1.73) {
      const am = Math.max(ax, ay);
      const an = Math.min(ax, ay);
      re = Math.log1p((am - 1) * (am + 1) + an * an) / 2;
    } else {
      re = crLog(h);
    }
  }
  return ok(re, crAtan2(z.im, z.re));
}

/** `c_log10`: log scaled by ln 10. */
export function cLog10(z: Complex): CmathResult {
  const r = cLog(z);
  return { z: { re: r.z.re / Math.LN10, im: r.z.im / Math.LN10 }, errno: r.errno };
}

/** `c_cosh`. */
export function cCosh(z: Complex): CmathResult {
  if (Math.abs(z.re) > LOG_LARGE) {
    const x = z.re - copysign(1, z.re);
    return checked(crCos(z.im) * glibcCosh(x) * Math.E, crSin(z.im) * glibcSinh(x) * Math.E);
  }
  return checked(crCos(z.im) * glibcCosh(z.re), crSin(z.im) * glibcSinh(z.re));
}

/** `c_sinh`. */
export function cSinh(z: Complex): CmathResult {
  if (Math.abs(z.re) > LOG_LARGE) {
    const x = z.re - copysign(1, z.re);
    return checked(crCos(z.im) * glibcSinh(x) * Math.E, crSin(z.im) * glibcCosh(x) * Math.E);
  }
  return checked(crCos(z.im) * glibcSinh(z.re), crSin(z.im) * glibcCosh(z.re));
}

/** `c_tanh`. */
export function cTanh(z: Complex): CmathResult {
  if (Math.abs(z.re) > LOG_LARGE) {
    return ok(copysign(1, z.re), 4 * crSin(z.im) * crCos(z.im) * crExp(-2 * Math.abs(z.re)));
  }
  const tx = glibcTanh(z.re);
  const ty = crTan(z.im);
  const cx = 1 / glibcCosh(z.re);
  const txty = tx * ty;
  const denom = 1 + txty * txty;
  return ok(tx * (1 + ty * ty) / denom, ((ty / denom) * cx) * cx);
}

/** log(|z| / 2) + 2 ln 2: the size of asinh/acos/acosh for huge arguments. */
function bigLog(z: Complex): number {
  return crLog(libmHypot(z.re / 2, z.im / 2)) + LN2 * 2;
}

/** `c_asinh`. */
export function cAsinh(z: Complex): CmathResult {
  if (Math.abs(z.re) > SQRT_LARGE || Math.abs(z.im) > SQRT_LARGE) {
    const re = z.im >= 0 ? copysign(bigLog(z), z.re) : -copysign(bigLog(z), -z.re);
    return ok(re, crAtan2(z.im, Math.abs(z.re)));
  }
  const s1 = cSqrt({ re: 1 + z.im, im: -z.re }).z;
  const s2 = cSqrt({ re: 1 - z.im, im: z.re }).z;
  return ok(glibcAsinh(s1.re * s2.im - s2.re * s1.im), crAtan2(z.im, s1.re * s2.re - s1.im * s2.im));
}

/** `c_acos`. */
export function cAcos(z: Complex): CmathResult {
  if (Math.abs(z.re) > SQRT_LARGE || Math.abs(z.im) > SQRT_LARGE) {
    const im = z.re < 0 ? -copysign(bigLog(z), z.im) : copysign(bigLog(z), -z.im);
    return ok(crAtan2(Math.abs(z.im), z.re), im);
  }
  const s1 = cSqrt({ re: 1 - z.re, im: -z.im }).z;
  const s2 = cSqrt({ re: 1 + z.re, im: z.im }).z;
  return ok(2 * crAtan2(s1.re, s2.re), glibcAsinh(s2.re * s1.im - s2.im * s1.re));
}

/** `c_acosh`. */
export function cAcosh(z: Complex): CmathResult {
  if (Math.abs(z.re) > SQRT_LARGE || Math.abs(z.im) > SQRT_LARGE) return ok(bigLog(z), crAtan2(z.im, z.re));
  const s1 = cSqrt({ re: z.re - 1, im: z.im }).z;
  const s2 = cSqrt({ re: z.re + 1, im: z.im }).z;
  return ok(glibcAsinh(s1.re * s2.re + s1.im * s2.im), 2 * crAtan2(s1.im, s2.re));
}

/** `c_atanh`: odd, so computed for a non-negative real part. */
export function cAtanh(z: Complex): CmathResult {
  if (z.re < 0) {
    const r = cAtanh({ re: -z.re, im: -z.im });
    return { z: { re: -r.z.re, im: -r.z.im }, errno: r.errno };
  }
  const ay = Math.abs(z.im);
  if (z.re > SQRT_LARGE || ay > SQRT_LARGE) {
    const h = libmHypot(z.re / 2, z.im / 2);
    return ok(z.re / 4 / h / h, -copysign(Math.PI / 2, -z.im));
  }
  if (z.re === 1 && ay < SQRT_DBL_MIN) {
    if (ay === 0) return { z: { re: Infinity, im: z.im }, errno: 'EDOM' };
    return ok(-crLog(Math.sqrt(ay) / Math.sqrt(libmHypot(ay, 2))), copysign(crAtan2(2, -ay) / 2, z.im));
  }
  const re = Math.log1p(4 * z.re / ((1 - z.re) * (1 - z.re) + ay * ay)) / 4;
  const im = -crAtan2(-2 * z.im, (1 - z.re) * (1 + z.re) - ay * ay) / 2;
  return ok(re, im);
}

/** f(z) = -i·g(i·z) (or i·g(i·z) for cos): the circular functions from the hyperbolic ones. */
function rotated(g: (z: Complex) => CmathResult): (z: Complex) => CmathResult {
  return (z) => {
    const r = g({ re: -z.im, im: z.re });
    return { z: { re: r.z.im, im: -r.z.re }, errno: r.errno };
  };
}

/** `c_asin`, `c_atan`, `c_sin`, `c_tan`. */
export const cAsin = rotated(cAsinh);
export const cAtan = rotated(cAtanh);
export const cSin = rotated(cSinh);
export const cTan = rotated(cTanh);

/** `c_cos`: cosh(i·z). */
export function cCos(z: Complex): CmathResult {
  return cCosh({ re: -z.im, im: z.re });
}

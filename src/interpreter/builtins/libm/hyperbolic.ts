/**
 * sinh, cosh, tanh, asinh, acosh as glibc computes them: glibc keeps Sun's fdlibm formulas for
 * these (not correctly rounded), but the exp and log inside are its own correctly rounded ones,
 * while V8 runs the same formulas on fdlibm's exp and log. So: the classic case analysis on |x|
 * (expm1 and log1p, which agree between glibc and V8, for the small ranges), with crExp/crLog.
 */
import { crExp, crLog } from './expLog';

const LN2 = 0.6931471805599453;
/** Above this, e^|x| / 2 is sinh and cosh to double precision (e^-2|x| < 2^-63). */
const LARGE = 22;
/** log(DBL_MAX): past it e^|x| overflows but e^|x| / 2 may not. */
const LOG_MAX = 709.782712893384;

/** exp(|x|) / 2 without overflowing where the result is finite. */
function halfExp(ax: number): number {
  if (ax < LOG_MAX) return 0.5 * crExp(ax);
  const w = crExp(0.5 * ax);
  return 0.5 * w * w;
}

/** fdlibm's sinh with glibc's exp. */
export function glibcSinh(x: number): number {
  if (!Number.isFinite(x)) return x;
  const h = x < 0 ? -0.5 : 0.5;
  const ax = Math.abs(x);
  if (ax < LARGE) {
    if (ax < 2 ** -28) return x;
    const t = Math.expm1(ax);
    if (ax < 1) return h * (2 * t - t * t / (t + 1));
    return h * (t + t / (t + 1));
  }
  if (ax < LOG_MAX) return h * crExp(ax);
  const w = crExp(0.5 * ax);
  return (h * w) * w;
}

/** fdlibm's cosh with glibc's exp. */
export function glibcCosh(x: number): number {
  if (Number.isNaN(x)) return x;
  const ax = Math.abs(x);
  if (ax === Infinity) return Infinity;
  if (ax < 0.5 * LN2) {
    const t = Math.expm1(ax);
    const w = 1 + t;
    if (ax < 2 ** -55) return w;
    return 1 + (t * t) / (w + w);
  }
  if (ax < LARGE) {
    const t = crExp(ax);
    return 0.5 * t + 0.5 / t;
  }
  return halfExp(ax);
}

/** fdlibm's tanh (expm1 only). */
export function glibcTanh(x: number): number {
  if (Number.isNaN(x)) return x;
  const ax = Math.abs(x);
  let z: number;
  if (ax < LARGE) {
    if (ax < 2 ** -55) return x * (1 + x);
    if (ax >= 1) {
      const t = Math.expm1(2 * ax);
      z = 1 - 2 / (t + 2);
    } else {
      const t = Math.expm1(-2 * ax);
      z = -t / (t + 2);
    }
  } else z = 1;
  return x < 0 ? -z : z;
}

/** fdlibm's asinh with glibc's log. */
export function glibcAsinh(x: number): number {
  if (!Number.isFinite(x)) return x;
  const ax = Math.abs(x);
  if (ax < 2 ** -28) return x;
  let w: number;
  if (ax > 2 ** 28) w = crLog(ax) + LN2;
  else if (ax > 2) w = crLog(2 * ax + 1 / (Math.sqrt(x * x + 1) + ax));
  else {
    const t = x * x;
    w = Math.log1p(ax + t / (1 + Math.sqrt(1 + t)));
  }
  return x < 0 ? -w : w;
}

/** fdlibm's acosh with glibc's log (NaN below 1). */
export function glibcAcosh(x: number): number {
  if (Number.isNaN(x) || x < 1) return NaN;
  if (x === Infinity) return x;
  if (x >= 2 ** 28) return crLog(x) + LN2;
  if (x === 1) return 0;
  if (x > 2) {
    const t = x * x;
    return crLog(2 * x - 1 / (x + Math.sqrt(t - 1)));
  }
  const t = x - 1;
  return Math.log1p(t + Math.sqrt(2 * t + t * t));
}

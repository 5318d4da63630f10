/**
 * exp, log and pow rounded as glibc rounds them (correctly, in practice), where V8's fdlibm ports
 * are only faithful (< 1 ulp) and differ in the last bit for about 1 input in 40.
 *
 * Algorithms (textbook, evaluated in double-double, rounded once):
 * - log: x = 2^e * m with m in [0.7, 1.42); c = the nearest multiple of 1/64; then
 *   log x = e ln2 + log c + 2 atanh((m - c) / (m + c)), where |(m - c)/(m + c)| <= 1/180 and the
 *   atanh series needs 7 terms. log c (47 values) and ln2 = 2 atanh(1/3) come from the same series,
 *   computed once on first use.
 * - exp: a = k ln2 + r with |r| <= ln2 / 2; exp(r) = exp(r / 256)^256 with a 10-term Taylor series;
 *   the result is scaled by 2^k with one rounding (also into the subnormal range).
 * - pow: exp(y * log x) with log x kept in double-double.
 */
import { type DD, ddAdd, ddDiv, ddMul, ddMulD, ddScaleRound, fastTwoSum, twoSum } from './doubleDouble';

/** 1 / (2n + 1) for the atanh series. */
const ODD_RECIPROCALS: DD[] = [];
/** 1 / n! for the exp series. */
const INV_FACTORIALS: DD[] = [];
let LN2: DD = [0, 0];
/** log(i / 64) for i = 45..91. */
const LOG_TABLE: DD[] = [];
let ready = false;

/** 2 atanh(s) = 2 (s + s^3/3 + s^5/5 + ...) for a double-double s, terms until they vanish. */
function atanh2(s: DD, terms: number): DD {
  const z = ddMul(s, s);
  let p = ODD_RECIPROCALS[terms];
  for (let n = terms - 1; n >= 0; n--) p = ddAdd(ddMul(p, z), ODD_RECIPROCALS[n]);
  return ddMulD(ddMul(p, s), 2);
}

function init(): void {
  ready = true;
  for (let n = 0; n <= 40; n++) ODD_RECIPROCALS.push(ddDiv([1, 0], [2 * n + 1, 0]));
  let f: DD = [1, 0];
  for (let n = 0; n <= 12; n++) {
    if (n > 0) f = ddDiv(f, [n, 0]);
    INV_FACTORIALS.push(f);
  }
  LN2 = atanh2(ddDiv([1, 0], [3, 0]), 40);
  for (let i = 45; i <= 91; i++) {
    // log(i/64) = 2 atanh((i - 64) / (i + 64)), |s| <= 0.18: 40 terms reach 2^-110.
    LOG_TABLE.push(i === 64 ? [0, 0] : atanh2(ddDiv([i - 64, 0], [i + 64, 0]), 40));
  }
}

const view = new DataView(new ArrayBuffer(8));

/** log x in double-double for a finite x > 0. */
export function ddLog(x: number): DD {
  if (!ready) init();
  let e = 0;
  if (x < 2 ** -1022) { x *= 2 ** 54; e = -54; }
  view.setFloat64(0, x);
  const hiWord = view.getUint32(0);
  e += (hiWord >>> 20) - 1023;
  view.setUint32(0, (hiWord & 0x000fffff) | 0x3ff00000);
  let m = view.getFloat64(0); // [1, 2)
  if (m > Math.SQRT2) { m /= 2; e++; }
  const i = Math.round(m * 64);
  const c = i / 64;
  const s = ddDiv([m - c, 0], twoSum(m, c));
  let r = ddAdd(LOG_TABLE[i - 45], atanh2(s, 7));
  if (e !== 0) r = ddAdd(ddMulD(LN2, e), r);
  return r;
}

/** exp(a) for a double-double a, rounded once; overflow gives Infinity, underflow 0. */
export function ddExp(a: DD): number {
  if (!ready) init();
  if (a[0] > 710) return Infinity;
  if (a[0] < -746) return 0;
  const k = Math.round(a[0] / LN2[0]);
  const r = ddAdd(a, ddMulD(LN2, -k));
  const t: DD = [r[0] / 256, r[1] / 256];
  let p = INV_FACTORIALS[10];
  for (let n = 9; n >= 1; n--) p = ddAdd(ddMul(p, t), INV_FACTORIALS[n]);
  // p * t = expm1(t); squaring (1 + u)^2 - 1 = 2u + u^2 keeps the small part's precision.
  let u = ddMul(p, t);
  for (let n = 0; n < 8; n++) u = ddAdd(ddMulD(u, 2), ddMul(u, u));
  const e = fastTwoSum(1, u[0]);
  return ddScaleRound([e[0], e[1] + u[1]], k);
}

/** Correctly rounded exp. */
export function crExp(x: number): number {
  if (Number.isNaN(x)) return x;
  if (x === Infinity) return x;
  if (x === -Infinity) return 0;
  return ddExp([x, 0]);
}

/** Correctly rounded 2^x. */
export function crExp2(x: number): number {
  if (!Number.isFinite(x)) return x === -Infinity ? 0 : x;
  if (!ready) init();
  return ddExp(ddMulD(LN2, x));
}

/** Correctly rounded natural log (NaN below 0, -Infinity at 0). */
export function crLog(x: number): number {
  if (!(x > 0) || x === Infinity) return x === 0 ? -Infinity : x > 0 ? x : NaN;
  const r = ddLog(x);
  return r[0] + r[1];
}

/** Correctly rounded log base 2 (glibc's log2 is, but for rare near-halfway inputs). */
export function crLog2(x: number): number {
  if (!(x > 0) || x === Infinity) return x === 0 ? -Infinity : x > 0 ? x : NaN;
  const r = ddDiv(ddLog(x), LN2);
  return r[0] + r[1];
}

/** log10(2) split so that n * LOG10_2_HI is exact for any exponent n (fdlibm's constants). */
const LOG10_2_HI = 0.30102999566361177;
const LOG10_2_LO = 3.694239077158931e-13;
/** 1 / ln 10 rounded to a double. */
const INV_LN10 = 0.4342944819032518;

/**
 * log10 as glibc computes it (its log10 is not correctly rounded, so neither is this): the
 * classic formula n log10(2) + log(m) / ln 10 with m = x / 2^n in [1, 2) for x >= 1 and in
 * [0.5, 1) below 1, evaluated in doubles around a correctly rounded log(m).
 */
export function glibcLog10(x: number): number {
  if (!(x > 0) || x === Infinity) return x === 0 ? -Infinity : x > 0 ? x : NaN;
  let k = 0;
  if (x < 2 ** -1022) { x *= 2 ** 54; k = -54; }
  view.setFloat64(0, x);
  const hiWord = view.getUint32(0);
  k += (hiWord >>> 20) - 1023;
  const below = k < 0 ? 1 : 0;
  view.setUint32(0, (hiWord & 0x000fffff) | ((0x3ff - below) << 20));
  const m = view.getFloat64(0);
  const n = k + below;
  const z = n * LOG10_2_LO + INV_LN10 * crLog(m);
  return z + n * LOG10_2_HI;
}

/**
 * x ** y for finite x > 0 and finite y (C99's special cases are the caller's), correctly rounded;
 * Infinity on overflow, 0 on underflow.
 */
export function crPowPositive(x: number, y: number): number {
  if (x === 1 || y === 0) return 1;
  // One IEEE operation is already correctly rounded: squares and reciprocals cost nothing. (Not
  // x ** 0.5 as sqrt: glibc's pow rounds (1 - 2^-53) ** 0.5 up to 1.0 where sqrt does not.)
  if (y === 1) return x;
  if (y === 2) return x * x;
  if (y === -1) return 1 / x;
  const l = ddLog(x);
  const p = ddMul(l, [y, 0]);
  return ddExp(p);
}

/**
 * C's pow(x, y) with C99 Annex F's special cases, correctly rounded. NaN where C reports a domain
 * error (negative x with a non-integer y, 0 to a negative power gives Infinity as C does).
 */
export function crPow(x: number, y: number): number {
  if (y === 0 || x === 1) return 1;
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  if (!Number.isFinite(x) || !Number.isFinite(y) || x === 0) {
    if (x === -1 && !Number.isFinite(y)) return 1;
    return x ** y; // JavaScript's ** follows IEEE 754 for these
  }
  if (x > 0) return crPowPositive(x, y);
  if (!Number.isInteger(y)) return NaN;
  const odd = Math.abs(y) < 2 ** 53 && Math.abs(y) % 2 === 1;
  const r = crPowPositive(-x, y);
  return odd ? -r : r;
}

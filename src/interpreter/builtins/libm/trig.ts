/**
 * sin, cos, tan, atan, atan2, asin, acos correctly rounded (glibc's IBM Accurate Mathematical
 * Library versions are, but for rare near-halfway inputs), where V8's fdlibm ports are faithful.
 *
 * - Argument reduction: x = k pi/2 + r with |r| <= pi/4, r in double-double. pi comes from
 *   Machin's formula in integer arithmetic (1400 bits, computed on first use); below 2^25 four
 *   double pieces of pi/2 suffice, beyond that the reduction is done in integers.
 * - sin r and cos r: Taylor series in double-double (15 terms each for |r| <= pi/4).
 * - The inverse functions take V8's result (within an ulp) and apply one Newton step whose
 *   residual is evaluated in double-double, e.g. atan: y - (sin y - t cos y) / (cos y + t sin y).
 */
import { type DD, ddAdd, ddDiv, ddMul, ddMulD, fastTwoSum, scale, twoProd } from './doubleDouble';

const PI_BITS = 1400;
/** round(pi/2 * 2^PI_BITS). */
let halfPiFixed = 0n;
/** pi/2 as four doubles, each the rounding of what the previous ones left. */
const HALF_PI: number[] = [];
/** 1/n! for n = 0..31. */
const INV_FACT: DD[] = [];
let ready = false;

/** atan(1/n) * 2^bits, by the alternating series. */
function atanInverse(n: bigint, bits: number): bigint {
  const one = 1n << BigInt(bits);
  let power = one / n;
  let sum = power;
  const n2 = n * n;
  for (let k = 3n, sign = -1n; power !== 0n; k += 2n, sign = -sign) {
    power /= n2;
    sum += sign * (power / k);
  }
  return sum;
}

/** A BigInt v as the double-double nearest v * 2^-shift. */
function bigToDD(v: bigint, shift: number): DD {
  const neg = v < 0n;
  if (neg) v = -v;
  const excess = Math.max(0, v.toString(2).length - 110);
  const top = v >> BigInt(excess);
  const hi = Number(top);
  const lo = Number(top - BigInt(hi));
  const k = excess - shift;
  const r: DD = [scale(hi, k), scale(lo, k)];
  return neg ? [-r[0], -r[1]] : r;
}

function init(): void {
  ready = true;
  const guard = 16;
  const pi = 16n * atanInverse(5n, PI_BITS + guard) - 4n * atanInverse(239n, PI_BITS + guard);
  halfPiFixed = pi >> BigInt(guard + 1);
  let rest = halfPiFixed;
  for (let i = 0; i < 4; i++) {
    const part = bigToDD(rest, PI_BITS)[0];
    HALF_PI.push(part);
    rest -= exactFixed(part, PI_BITS);
  }
  let f: DD = [1, 0];
  for (let n = 0; n <= 31; n++) {
    if (n > 0) f = ddDiv(f, [n, 0]);
    INV_FACT.push(f);
  }
}

const view = new DataView(new ArrayBuffer(8));

/** d * 2^bits as an exact BigInt (d finite, d * 2^bits an integer). */
function exactFixed(d: number, bits: number): bigint {
  if (d === 0) return 0n;
  view.setFloat64(0, Math.abs(d));
  const raw = view.getBigUint64(0);
  const biased = Number(raw >> 52n);
  const mant = (raw & 0xfffffffffffffn) | (biased === 0 ? 0n : 1n << 52n);
  const e = (biased === 0 ? 1 : biased) - 1075 + bits;
  const v = e >= 0 ? mant << BigInt(e) : mant >> BigInt(-e);
  return d < 0 ? -v : v;
}

/** [r, k mod 4] with x = k pi/2 + r, |r| <= ~pi/4, for a finite x. */
function reduce(x: number): [DD, number] {
  if (Math.abs(x) <= Math.PI / 4) return [[x, 0], 0];
  if (Math.abs(x) < 2 ** 25) {
    const k = Math.round(x * (2 / Math.PI));
    const [a, b] = twoProd(k, HALF_PI[0]);
    let r: DD = fastTwoSum(x - a, -b);
    const p2 = twoProd(k, HALF_PI[1]);
    r = ddAdd(r, [-p2[0], -p2[1]]);
    r = ddAdd(r, twoProd(-k, HALF_PI[2]));
    r = ddAdd(r, [-k * HALF_PI[3], 0]);
    return [r, ((k % 4) + 4) % 4];
  }
  const fixed = exactFixed(x, PI_BITS);
  let k = (2n * fixed + halfPiFixed) / (2n * halfPiFixed);
  if (fixed < 0n) k = -((2n * -fixed + halfPiFixed) / (2n * halfPiFixed));
  const r = bigToDD(fixed - k * halfPiFixed, PI_BITS);
  return [r, Number(((k % 4n) + 4n) % 4n)];
}

/** sin r and cos r for |r| <= ~pi/4, by their Taylor series in double-double. */
function sinCosKernel(r: DD): [DD, DD] {
  const z = ddMul(r, r);
  let s = INV_FACT[29];
  for (let n = 27; n >= 1; n -= 2) s = ddAdd(ddMul(s, z), n % 4 === 1 ? INV_FACT[n] : neg(INV_FACT[n]));
  let c = INV_FACT[30];
  for (let n = 28; n >= 0; n -= 2) c = ddAdd(ddMul(c, z), n % 4 === 0 ? INV_FACT[n] : neg(INV_FACT[n]));
  return [ddMul(s, r), c];
}

function neg(a: DD): DD {
  return [-a[0], -a[1]];
}

/** [sin x, cos x] in double-double for a finite x. */
function sinCosDD(x: number): [DD, DD] {
  if (!ready) init();
  const [r, q] = reduce(x);
  const [s, c] = sinCosKernel(r);
  switch (q) {
    case 0: return [s, c];
    case 1: return [c, neg(s)];
    case 2: return [neg(s), neg(c)];
    default: return [neg(c), s];
  }
}

/** Correctly rounded sin. */
export function crSin(x: number): number {
  if (!Number.isFinite(x)) return NaN;
  if (x === 0) return x;
  const s = sinCosDD(x)[0];
  return s[0] + s[1];
}

/** Correctly rounded cos. */
export function crCos(x: number): number {
  if (!Number.isFinite(x)) return NaN;
  const c = sinCosDD(x)[1];
  return c[0] + c[1];
}

/** Correctly rounded tan. */
export function crTan(x: number): number {
  if (!Number.isFinite(x)) return NaN;
  if (x === 0) return x;
  const [s, c] = sinCosDD(x);
  const t = ddDiv(s, c);
  return t[0] + t[1];
}

/** y + delta rounded once, where delta is a Newton correction of an estimate y. */
function corrected(y: number, g: DD, gPrime: number): number {
  return y - (g[0] + g[1]) / gPrime;
}

/** Correctly rounded atan. */
export function crAtan(t: number): number {
  if (Number.isNaN(t) || t === 0 || Math.abs(t) > 2 ** 100) return Math.atan(t);
  const y = Math.atan(t);
  const [s, c] = sinCosDD(y);
  // g(y) = sin y - t cos y vanishes at atan t; g'(y) = cos y + t sin y.
  const g = ddAdd(s, neg(ddMulD(c, t)));
  return corrected(y, g, c[0] + t * s[0]);
}

/** Correctly rounded atan2 (C99's special cases from V8, which follows them). */
export function crAtan2(y: number, x: number): number {
  if (!Number.isFinite(x) || !Number.isFinite(y) || x === 0 || y === 0) return Math.atan2(y, x);
  // Scale both by a power of two (exact) so the products below neither overflow nor underflow.
  const e = Math.floor(Math.log2(Math.max(Math.abs(x), Math.abs(y))));
  const sx = scale(x, -e);
  const sy = scale(y, -e);
  const a = Math.atan2(y, x);
  if (scale(sx, e) !== x || scale(sy, e) !== y) return a;
  const [s, c] = sinCosDD(a);
  // g(a) = x sin a - y cos a vanishes at the angle; g'(a) = x cos a + y sin a.
  const g = ddAdd(ddMulD(s, sx), neg(ddMulD(c, sy)));
  return corrected(a, g, sx * c[0] + sy * s[0]);
}

/** Correctly rounded asin (NaN outside [-1, 1]). */
export function crAsin(x: number): number {
  if (!(Math.abs(x) < 1) || x === 0) return Math.asin(x);
  const y = Math.asin(x);
  const [s, c] = sinCosDD(y);
  return corrected(y, ddAdd(s, [-x, 0]), c[0]);
}

/** Correctly rounded acos (NaN outside [-1, 1]). */
export function crAcos(x: number): number {
  if (!(Math.abs(x) < 1)) return Math.acos(x);
  const y = Math.acos(x);
  const [s, c] = sinCosDD(y);
  return corrected(y, ddAdd(c, [-x, 0]), -s[0]);
}

/**
 * `math.gamma` / `math.lgamma`: CPython's own implementation (`m_tgamma`, `m_lgamma` in
 * Modules/mathmodule.c, unchanged 3.11–3.13), not libm's: the Lanczos approximation with N = 13,
 * g = 6.024680040776729583740234375 (Boost's parameters) written as a rational function, a
 * correction for the rounding of x + g - 0.5, the reflection formula through sin(pi x) for
 * negative x, and exact factorials for integers up to 23. The exp, pow, log, sin and cos inside
 * are glibc's, so ours are the correctly rounded ones.
 */
import { crExp, crLog, crPow } from './expLog';
import { crCos, crSin } from './trig';

const G = 6.024680040776729583740234375;
const G_MINUS_HALF = 5.524680040776729583740234375;
/** Numerator coefficients of the Lanczos sum as a rational function (highest power last). */
const NUM = [
  23531376880.41076, 42919803642.6491, 35711959237.35567, 17921034426.03721, 6039542586.352028,
  1439720407.3117216, 248874557.86205417, 31426415.585400194, 2876370.6289353725, 186056.26539522348,
  8071.672002365816, 210.82427775157936, 2.5066282746310002,
];
/** Denominator: x (x + 1) ... (x + 11) expanded. */
const DEN = [0, 39916800, 120543840, 150917976, 105258076, 45995730, 13339535, 2637558, 357423, 32670, 1925, 66, 1];
const PI = 3.141592653589793;
const LOG_PI = 1.1447298858494002;

/** (n - 1)! for n = 1..23, exact in a double. */
const FACTORIALS: number[] = [];
for (let i = 0, f = 1; i < 23; i++) { FACTORIALS.push(f); f *= i + 1; }

function lanczosSum(x: number): number {
  let num = 0;
  let den = 0;
  if (x < 5) {
    for (let i = NUM.length - 1; i >= 0; i--) { num = num * x + NUM[i]; den = den * x + DEN[i]; }
  } else {
    // As a rational function of 1/x, so large x neither overflows nor loses accuracy.
    for (let i = 0; i < NUM.length; i++) { num = num / x + NUM[i]; den = den / x + DEN[i]; }
  }
  return num / den;
}

/** sin(pi x) for finite x, exact at integers and half-integers. */
function sinPi(x: number): number {
  const y = Math.abs(x) % 2;
  const n = Math.round(2 * y);
  let r: number;
  switch (n) {
    case 0: r = crSin(PI * y); break;
    case 1: r = crCos(PI * (y - 0.5)); break;
    case 2: r = crSin(PI * (1 - y)); break; // not -sin(pi (y - 1)): that is -0.0 at y = 1
    case 3: r = -crCos(PI * (y - 1.5)); break;
    default: r = crSin(PI * (y - 2)); break;
  }
  return (x < 0 || Object.is(x, -0) ? -1 : 1) * r;
}

/** Gamma(x); NaN where C's tgamma signals a domain error, ±Infinity at ±0 and on overflow. */
export function gamma(x: number): number {
  if (!Number.isFinite(x)) return Number.isNaN(x) || x > 0 ? x : NaN;
  if (x === 0) return Object.is(x, -0) ? -Infinity : Infinity;
  if (x === Math.floor(x)) {
    if (x < 0) return NaN;
    if (x <= 23) return FACTORIALS[x - 1];
  }
  const ax = Math.abs(x);
  if (ax < 1e-20) return 1 / x;
  if (ax > 200) return x < 0 ? 0 / sinPi(x) : Infinity;
  const y = ax + G_MINUS_HALF;
  // z: the rounding error of y, times g / y (see mathmodule.c's "Correction factor").
  let z = ax > G_MINUS_HALF ? (y - ax) - G_MINUS_HALF : (y - G_MINUS_HALF) - ax;
  z = z * G / y;
  let r: number;
  if (x < 0) {
    r = -PI / sinPi(ax) / ax * crExp(y) / lanczosSum(ax);
    r -= z * r;
    if (ax < 140) r /= crPow(y, ax - 0.5);
    else {
      const half = crPow(y, ax / 2 - 0.25);
      r /= half;
      r /= half;
    }
  } else {
    r = lanczosSum(ax) / crExp(y);
    r += z * r;
    if (ax < 140) r *= crPow(y, ax - 0.5);
    else {
      const half = crPow(y, ax / 2 - 0.25);
      r *= half;
      r *= half;
    }
  }
  return r;
}

/** log |Gamma(x)|; Infinity at the poles (C's domain error there is the caller's). */
export function lgamma(x: number): number {
  if (!Number.isFinite(x)) return Number.isNaN(x) ? x : Infinity;
  if (x === Math.floor(x) && x <= 2) return x <= 0 ? Infinity : 0;
  const ax = Math.abs(x);
  if (ax < 1e-20) return -crLog(ax);
  let r = crLog(lanczosSum(ax)) - G;
  r += (ax - 0.5) * (crLog(ax + G - 0.5) - 1);
  if (x < 0) r = LOG_PI - crLog(Math.abs(sinPi(ax))) - crLog(ax) - r;
  return r;
}

/**
 * `math.erf` / `math.erfc`. CPython 3.11–3.13 call the C library's erf/erfc (3.11 dropped its own
 * series/continued-fraction fallback from Modules/mathmodule.c), so the bits are glibc's. glibc
 * (up to 2.40, which the reference interpreters run on) keeps Sun's fdlibm method for these:
 * a rational approximation per range of |x|,
 *
 *   [0, 0.84375)      erf(x) = x + x R(x^2)
 *   [0.84375, 1.25)   erf(x) = c + P(s)/Q(s), s = |x| - 1, c = erf(1) rounded to single
 *   [1.25, 1/0.35)    erfc(x) = exp(-x^2 - 0.5625 + R1(1/x^2)/S1(1/x^2)) / x
 *   [1/0.35, 28)      the same with R2/S2; erf is +-1 from 6 on, erfc underflows from 28 on,
 *
 * but evaluates the polynomials in glibc's own pairwise grouping (p0 + z p1) + z^2 (p2 + z p3) ...,
 * which rounds differently from Horner's rule: the grouping below is glibc's, so the last bit is.
 * The exp inside is glibc's correctly rounded one (crExp).
 */
import { crExp } from './expLog';

const TINY = 1e-300;
/** erf(1) rounded to 24 bits. */
const ERX = 8.45062911510467529297e-01;
/** 2/sqrt(pi) - 1, for the tiny range. */
const EFX = 1.28379167095512586316e-01;
/** R = PP/QQ on [0, 0.84375). */
const PP = [1.28379167095512558561e-01, -3.25042107247001499370e-01, -2.84817495755985104766e-02, -5.77027029648944159157e-03, -2.37630166566501626084e-05];
const QQ = [1, 3.97917223959155352819e-01, 6.50222499887672944485e-02, 5.08130628187576562776e-03, 1.32494738004321644526e-04, -3.96022827877536812320e-06];
/** P/Q on [0.84375, 1.25). */
const PA = [-2.36211856075265944077e-03, 4.14856118683748331666e-01, -3.72207876035701323847e-01, 3.18346619901161753674e-01, -1.10894694282396677476e-01, 3.54783043256182359371e-02, -2.16637559486879084300e-03];
const QA = [1, 1.06420880400844228286e-01, 5.40397917702171048937e-01, 7.18286544141962662868e-02, 1.26171219808761642112e-01, 1.36370839120290507362e-02, 1.19844998467991074170e-02];
/** R1/S1 on [1.25, 1/0.35). */
const RA = [-9.86494403484714822705e-03, -6.93858572707181764372e-01, -1.05586262253232909814e+01, -6.23753324503260060396e+01, -1.62396669462573470355e+02, -1.84605092906711035994e+02, -8.12874355063065934246e+01, -9.81432934416914548592e+00];
const SA = [1, 1.96512716674392571292e+01, 1.37657754143519042600e+02, 4.34565877475229228821e+02, 6.45387271733267880336e+02, 4.29008140027567833386e+02, 1.08635005541779435134e+02, 6.57024977031928170135e+00, -6.04244152148580987438e-02];
/** R2/S2 on [1/0.35, 28). */
const RB = [-9.86494292470009928597e-03, -7.99283237680523006574e-01, -1.77579549177547519889e+01, -1.60636384855821916062e+02, -6.37566443368389627722e+02, -1.02509513161107724954e+03, -4.83519191608651397019e+02];
const SB = [1, 3.03380607434824582924e+01, 3.25792512996573918826e+02, 1.53672958608443695994e+03, 3.19985821950859553908e+03, 2.55305040643316442583e+03, 4.74528541206955367215e+02, -2.24409524465858183362e+01];

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);

/** The high 32 bits of x without the sign (fdlibm's `ix`). */
function highWord(x: number): number {
  f64[0] = x;
  return u32[1] & 0x7fffffff;
}

/** x with its low 32 bits cleared (fdlibm's SET_LOW_WORD(z, 0)). */
function dropLowWord(x: number): number {
  f64[0] = x;
  u32[0] = 0;
  return f64[0];
}

/**
 * c[0] + z c[1] + z^2 c[2] + ... grouped as glibc writes it: pairs (c[2k] + z c[2k+1]) summed
 * left to right, each times its power z^(2k); an odd last coefficient is multiplied alone.
 */
function pairwise(c: readonly number[], z: number): number {
  const z2 = z * z;
  const powers = [1, z2, z2 * z2, z2 * z2 * z2, (z2 * z2) * (z2 * z2)];
  let sum = c[0] + z * c[1];
  for (let k = 1; 2 * k < c.length; k++) {
    const term = 2 * k + 1 < c.length ? c[2 * k] + z * c[2 * k + 1] : c[2 * k];
    sum += powers[k] * term;
  }
  return sum;
}

/** x R(x^2) for |x| < 0.84375 (the small-range correction to erf(x) = x + x R). */
function smallCorrection(x: number): number {
  const z = x * x;
  return x * (pairwise(PP, z) / pairwise(QQ, z));
}

/** P(s)/Q(s) for 0.84375 <= |x| < 1.25. */
function nearOne(ax: number): number {
  const s = ax - 1;
  return pairwise(PA, s) / pairwise(QA, s);
}

/** erfc(|x|) * |x| for 1.25 <= |x| < 28 (the exp part of ranges 3 and 4). */
function tailTimesX(ax: number, firstTail: boolean): number {
  const s = 1 / (ax * ax);
  const r = firstTail ? pairwise(RA, s) / pairwise(SA, s) : pairwise(RB, s) / pairwise(SB, s);
  const z = dropLowWord(ax);
  return crExp(-z * z - 0.5625) * crExp((z - ax) * (z + ax) + r);
}

/** glibc's erf. */
export function erf(x: number): number {
  if (Number.isNaN(x)) return x;
  if (!Number.isFinite(x)) return x > 0 ? 1 : -1;
  const ix = highWord(x);
  if (ix < 0x3feb0000) {
    if (ix < 0x3e300000) {
      if (ix < 0x00800000) return 0.0625 * (16 * x + (16 * EFX) * x);
      return x + EFX * x;
    }
    return x + smallCorrection(x);
  }
  if (ix < 0x3ff40000) return x >= 0 ? ERX + nearOne(x) : -ERX - nearOne(-x);
  if (ix >= 0x40180000) return x >= 0 ? 1 - TINY : TINY - 1;
  const ax = Math.abs(x);
  const r = tailTimesX(ax, ix < 0x4006db6e);
  return x >= 0 ? 1 - r / ax : r / ax - 1;
}

/** glibc's erfc. */
export function erfc(x: number): number {
  if (Number.isNaN(x)) return x;
  if (!Number.isFinite(x)) return x > 0 ? 0 : 2;
  const ix = highWord(x);
  const negative = x < 0 || Object.is(x, -0);
  if (ix < 0x3feb0000) {
    if (ix < 0x3c700000) return 1 - x;
    const xy = smallCorrection(x);
    if (x < 0.25) return 1 - (x + xy);
    return 0.5 - (xy + (x - 0.5));
  }
  if (ix < 0x3ff40000) {
    const ax = Math.abs(x);
    if (!negative) return (1 - ERX) - nearOne(ax);
    return 1 + (ERX + nearOne(ax));
  }
  if (ix < 0x403c0000) {
    if (negative && ix >= 0x40180000) return 2 - TINY;
    const ax = Math.abs(x);
    const r = tailTimesX(ax, ix < 0x4006db6d);
    return negative ? 2 - r / ax : r / ax;
  }
  return negative ? 2 - TINY : TINY * TINY;
}

/**
 * `math.cbrt` (3.11+) as glibc computes it. glibc's cbrt is not correctly rounded (about 1 input
 * in 2 differs from the exact cube root in the last bit, and V8's Math.cbrt differs from both), so
 * matching CPython means evaluating the same method in the same order: x = m * 2^e with m in
 * [0.5, 1); a degree-6 polynomial approximates cbrt(m) (Alboth and Drepper's coefficients, 1997);
 * one Halley step u (u^3 + 2m) / (2u^3 + m) refines it; a factor 2^((e mod 3)/3) and the scaling
 * 2^(e div 3) (both with C's truncating division) finish.
 */

const CBRT2 = 1.2599210498948732; // 2^(1/3)
const SQR_CBRT2 = 1.5874010519681996; // 2^(2/3)
/** 2^(r/3) for r = -2..2, indexed by r + 2. */
const FACTOR = [1 / SQR_CBRT2, 1 / CBRT2, 1, CBRT2, SQR_CBRT2];

const view = new DataView(new ArrayBuffer(8));

/** [m, e] with |x| = m * 2^e, m in [0.5, 1), for a finite nonzero x. */
function frexpAbs(x: number): [number, number] {
  let e = 0;
  x = Math.abs(x);
  if (x < 2 ** -1022) { x *= 2 ** 54; e = -54; }
  view.setFloat64(0, x);
  const hi = view.getUint32(0);
  e += (hi >>> 20) - 1022;
  view.setUint32(0, (hi & 0x000fffff) | 0x3fe00000);
  return [view.getFloat64(0), e];
}

/** m * 2^k with a single rounding (k may take the result into the subnormal range). */
function ldexp(m: number, k: number): number {
  if (k > 1000) return m * 2 ** 1000 * 2 ** (k - 1000);
  if (k < -1000) return m * 2 ** -1000 * 2 ** (k + 1000);
  return m * 2 ** k;
}

/** glibc's cbrt. */
export function glibcCbrt(x: number): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  const [xm, xe] = frexpAbs(x);
  const u = 0.35489576504391984
    + ((1.508191937815849
    + ((-2.114994941673713
    + ((2.4469312256353444
    + ((-1.8346927748361308
    + (0.7849323449766392 - 0.14526389938548637 * xm) * xm) * xm)) * xm)) * xm)) * xm);
  const t2 = u * u * u;
  const ym = u * (t2 + 2 * xm) / (2 * t2 + xm) * FACTOR[2 + (xe % 3)];
  return ldexp(x > 0 ? ym : -ym, Math.trunc(xe / 3));
}

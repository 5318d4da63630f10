/**
 * Double-double arithmetic: a value is the unevaluated sum hi + lo of two doubles with
 * |lo| <= ulp(hi) / 2, about 106 significant bits. The error-free transformations are Knuth's
 * two-sum and Dekker's product (a split at 2^27 + 1, since JavaScript has no fused multiply-add).
 * libm's functions are evaluated in this precision and rounded once at the end, so the result
 * is the correctly rounded double except within ~2^-100 of a rounding boundary.
 */

/** A double-double value [hi, lo]. */
export type DD = [number, number];

const SPLITTER = 134217729; // 2^27 + 1

/** hi + lo === a + b exactly, hi = fl(a + b). */
export function twoSum(a: number, b: number): DD {
  const s = a + b;
  const bb = s - a;
  return [s, (a - (s - bb)) + (b - bb)];
}

/** hi + lo === a + b exactly when |a| >= |b|. */
export function fastTwoSum(a: number, b: number): DD {
  const s = a + b;
  return [s, b - (s - a)];
}

/** hi + lo === a * b exactly (no overflow in the split: |a|, |b| < 2^996). */
export function twoProd(a: number, b: number): DD {
  const p = a * b;
  let t = SPLITTER * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLITTER * b;
  const bh = t - (t - b);
  const bl = b - bh;
  return [p, ((ah * bh - p) + ah * bl + al * bh) + al * bl];
}

/** a + b. */
export function ddAdd(a: DD, b: DD): DD {
  const [s, e] = twoSum(a[0], b[0]);
  const [t, f] = twoSum(a[1], b[1]);
  const [s1, e1] = fastTwoSum(s, e + t);
  return fastTwoSum(s1, e1 + f);
}

/** a * b. */
export function ddMul(a: DD, b: DD): DD {
  const [p, e] = twoProd(a[0], b[0]);
  return fastTwoSum(p, e + (a[0] * b[1] + a[1] * b[0]));
}

/** a * b for a double b. */
export function ddMulD(a: DD, b: number): DD {
  const [p, e] = twoProd(a[0], b);
  return fastTwoSum(p, e + a[1] * b);
}

/** a / b: a first quotient, then one correction from the exact remainder. */
export function ddDiv(a: DD, b: DD): DD {
  const q1 = a[0] / b[0];
  const r = ddAdd(a, ddMulD(b, -q1));
  const q2 = r[0] / b[0];
  const r2 = ddAdd(r, ddMulD(b, -q2));
  const q3 = r2[0] / b[0];
  const [s, e] = fastTwoSum(q1, q2);
  return fastTwoSum(s, e + q3);
}

/** The double nearest hi + lo (hi + lo with |lo| tiny may still need the tie rule). */
export function ddRound(a: DD): number {
  return a[0] + a[1];
}

/**
 * The double nearest (hi + lo) * 2^k, rounding once even when the result is subnormal (a plain
 * `hi * 2^k` would round hi to the subnormal grid and lose lo's vote).
 */
export function ddScaleRound(a: DD, k: number): number {
  const x = a[0] + a[1];
  if (k >= -1021) return scale(x, k);
  if (k < -1200) return 0 * x;
  const r = scale(a[0], k); // rounded to the subnormal grid
  const back = scale(r, -k); // exact: r is a multiple of 2^-1074
  const rest = (a[0] - back) + a[1]; // what r missed, in the unscaled units
  const half = 2 ** (-1075 - k);
  const ulp = 2 ** -1074;
  if (rest > half) return r + ulp;
  if (rest < -half) return r - ulp;
  if (rest === half || rest === -half) {
    const even = (r / ulp) % 2 === 0;
    return even ? r : r + Math.sign(rest) * ulp;
  }
  return r;
}

/** x * 2^k without intermediate overflow or double rounding of the factor. */
export function scale(x: number, k: number): number {
  while (k > 1000) { x *= 2 ** 1000; k -= 1000; }
  while (k < -1000) { x *= 2 ** -1000; k += 1000; }
  return x * 2 ** k;
}

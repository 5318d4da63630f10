/**
 * `math.hypot` / `math.dist`: CPython computes these itself (`vector_norm`, mathmodule.c), not
 * with libm, and its result is correctly rounded but for rare cases. Here: the coordinates are
 * scaled by a power of two so the largest is below 1, the squares summed in double-double, the
 * square root taken in double-double and rounded once (also into the subnormal range).
 */
import { type DD, ddAdd, ddScaleRound, fastTwoSum, twoProd } from './doubleDouble';

/** sqrt(sum of squares) of the coordinates, correctly rounded. */
export function vectorNorm(coords: number[]): number {
  let max = 0;
  let sawNaN = false;
  for (const c of coords) {
    const a = Math.abs(c);
    if (Number.isNaN(a)) sawNaN = true;
    else if (a > max) max = a;
  }
  if (max === Infinity) return Infinity;
  if (sawNaN) return NaN;
  if (max === 0 || coords.length === 1) return max;
  // 2^e > max, so every scaled coordinate is below 1 and no square under- or overflows badly.
  let e = Math.floor(Math.log2(max)) + 1;
  if (2 ** e <= max) e++;
  let sum: DD = [0, 0];
  for (const c of coords) {
    const s = scaleBy(c, -e);
    sum = ddAdd(sum, twoProd(s, s));
  }
  const root = Math.sqrt(sum[0]);
  // One Newton step in double-double: root + (sum - root^2) / (2 root).
  const sq = twoProd(root, root);
  const residual = ddAdd(sum, [-sq[0], -sq[1]]);
  const corr = (residual[0] + residual[1]) / (2 * root);
  return ddScaleRound(fastTwoSum(root, corr), e);
}

function scaleBy(x: number, k: number): number {
  // Exact: the scaled values stay normal unless they are negligible next to the largest.
  if (k < -1000) return x * 2 ** -1000 * 2 ** (k + 1000);
  if (k > 1000) return x * 2 ** 1000 * 2 ** (k - 1000);
  return x * 2 ** k;
}

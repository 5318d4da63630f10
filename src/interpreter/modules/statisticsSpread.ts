/**
 * `statistics`' spread: `variance`, `pvariance`, `stdev`, `pstdev`. `_ss` is the exact sum of
 * squared deviations; the variance is `_convert`ed to the data's type, the deviations' root is the
 * correctly rounded square root of the exact variance (`_float_sqrt_of_frac`).
 */
import { newFloat } from '../../engine/objects/floatObject';
import type { PyObject } from '../../engine/objects/object';
import type { Interp } from '../runtime/interp';
import type { NativeImpl } from '../vm/callables';
import { binaryOp } from '../objects/numberProtocol';
import { bindArgs } from './pyArgs';
import * as Q from './rational';
import { convert, exactSum, type Kind, statisticsError, type Value, valueOf, widest, withData } from './statisticsExact';

/** `nb_subtract` and `nb_multiply`'s binary-op codes. */
const NB_SUBTRACT = 10;
const NB_MULTIPLY = 5;

/**
 * `_ss(data, c)` with a given centre: `_sum((d := x - c) * d for x in data)`, so each deviation and
 * its square are computed in the data's own arithmetic (for floats, two rounded operations) and only
 * the sum is exact; the type is the squares'.
 */
function squaredDeviations(interp: Interp, items: PyObject[], c: PyObject): { kind: Kind; ss: Q.Rational | null; f: number; n: number } {
  const heap = interp.rt.heap;
  const squares: Value[] = [];
  for (const x of items) {
    const d = binaryOp(interp, NB_SUBTRACT, x, c);
    let sq: PyObject;
    try {
      sq = binaryOp(interp, NB_MULTIPLY, d, d);
    } finally {
      heap.decref(d);
    }
    try {
      squares.push(valueOf(interp, sq));
    } finally {
      heap.decref(sq);
    }
  }
  const { r } = exactSum(squares);
  return { kind: widest(squares), ss: r, f: NaN, n: items.length };
}

/** `_ss`: the exact sum of squared deviations (about `c` when given), the type, the count. */
function sumSquares(interp: Interp, items: PyObject[], c: PyObject | undefined): { kind: Kind; ss: Q.Rational | null; f: number; n: number } {
  const values = items.map((o) => valueOf(interp, o));
  const n = values.length;
  const kind = widest(values);
  if (values.some((v) => !v.r)) return { kind, ss: null, f: NaN, n };
  if (c !== undefined && c !== interp.rt.None) return squaredDeviations(interp, items, c);
  if (n === 0) return { kind, ss: [0n, 1n], f: NaN, n };
  let sx: Q.Rational = [0n, 1n];
  let sxx: Q.Rational = [0n, 1n];
  for (const v of values) { sx = Q.add(sx, v.r as Q.Rational); sxx = Q.add(sxx, Q.mul(v.r as Q.Rational, v.r as Q.Rational)); }
  const N: Q.Rational = [BigInt(n), 1n];
  return { kind, ss: Q.div(Q.sub(Q.mul(N, sxx), Q.mul(sx, sx)), N), f: NaN, n };
}

/** The correctly rounded square root of a non-negative rational. */
function sqrtRational(interp: Interp, [n, d]: Q.Rational): number {
  if (n === 0n) return 0;
  // isqrt(n * 4^k / d) with a sticky bit, k chosen for 60+ significant bits, then scaled.
  const bits = (x: bigint): number => x.toString(2).length;
  let k = Math.max(0, Math.ceil((120 - (bits(n) - bits(d))) / 2));
  const scaled = (n << BigInt(2 * k)) / d;
  let root = isqrt(scaled);
  if (root * root * d !== n << BigInt(2 * k)) root |= 1n;
  let x = Number(root);
  while (k > 0) { const s = Math.min(k, 1000); x /= 2 ** s; k -= s; }
  void interp;
  return x;
}

function isqrt(n: bigint): bigint {
  if (n < 2n) return n;
  let x = BigInt(Math.floor(Math.sqrt(Number(n))));
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) { while (x * x > n) x--; while ((x + 1n) * (x + 1n) <= n) x++; return x; }
    x = y;
  }
}

/** `variance`/`pvariance` (`root` false) or `stdev`/`pstdev`; `population` picks n or n - 1. */
export function spread(population: boolean, root: boolean): NativeImpl {
  const name = population ? (root ? 'pstdev' : 'pvariance') : (root ? 'stdev' : 'variance');
  const param = population ? 'mu' : 'xbar';
  return (interp, args, kwnames) => {
    const [data, center] = bindArgs(interp, { qualname: name, params: ['data', param], required: 1 }, args, kwnames);
    return withData(interp, data as PyObject, (items) => {
      const min = population ? 1 : 2;
      const { kind, ss, n } = sumSquares(interp, items, center);
      if (n < min) statisticsError(interp, `${name} requires at least ${population ? 'one data point' : 'two data points'}`);
      if (!ss) return newFloat(interp.rt, NaN);
      const v = Q.div(ss, [BigInt(population ? n : n - 1), 1n]);
      if (!root) return convert(interp, v, kind);
      return newFloat(interp.rt, sqrtRational(interp, v));
    });
  };
}

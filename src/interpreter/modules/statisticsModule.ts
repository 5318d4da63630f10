/**
 * `statistics` (Lib/statistics.py, 3.11–3.13) for int, bool, float and Fraction data. CPython sums
 * exactly (each value's `as_integer_ratio`, summed as Fractions) and converts once at the end to
 * the data's type (`_coerce`: int < Fraction < float; `_convert`: an int result that is not whole
 * becomes a float), so the results here come from exact rationals too (rational.ts):
 *
 *   mean, variance, pvariance      exact, then `_convert`
 *   stdev, pstdev                  the correctly rounded root of the exact variance
 *                                  (`_float_sqrt_of_frac`)
 *   fmean, covariance, correlation, linear_regression   float arithmetic as the module does it,
 *                                  with fsum and 3.12's sumprod computed exactly then rounded
 *
 * Obscurity: the medians and mode return the data's own objects (`median([1, 3])` is 2.0 but
 * `median([1, 2, 3])` is the int 2); `mode` keeps the first of equally common values.
 */
import { crExp, crLog } from '../builtins/libm/expLog';
import { newFloat, PyFloatObject } from '../../engine/objects/floatObject';
import { newInt, normalizeInt, PyLongObject } from '../../engine/objects/longObject';
import type { PyObject } from '../../engine/objects/object';
import { newList } from '../../engine/objects/listObject';
import { newTuple } from '../../engine/objects/tupleObject';
import { newStr } from '../../engine/objects/unicodeObject';
import { newException } from '../../engine/objects/exceptionObject';
import type { PyHeapTypeObject } from '../../engine/objects/typeHeap';
import type { Interp } from '../runtime/interp';
import type { PyModuleObject } from '../runtime/moduleObject';
import { PyError, UnsupportedError } from '../runtime/pyError';
import type { NativeImpl } from '../vm/callables';
import { binaryOp } from '../objects/numberProtocol';
import { equals } from '../objects/richCompare';
import { createClass } from '../objects/typeCreate';
import { hashedKey } from '../objects/hashKey';
import { collect } from '../builtins/builtinFunctions';
import { callAny } from '../vm/callDispatch';
import { sortItems } from '../builtins/ordering';
import { bindArgs } from './pyArgs';

/** `nb_subtract` and `nb_multiply`'s binary-op codes. */
const NB_SUBTRACT = 10;
const NB_MULTIPLY = 5;
import { newFraction, rationalOf } from './fractionsModule';
import * as Q from './rational';
import { normalDistType } from './normalDist';

/** `_coerce`'s order: the widest type seen decides the result's type. */
type Kind = 'int' | 'Fraction' | 'float';

/** A data point as `_exact_ratio` sees it: exact, or a non-finite float. */
interface Value {
  kind: Kind;
  r: Q.Rational | null;
  f: number;
}

const errorTypes = new WeakMap<object, PyHeapTypeObject>();

function statisticsError(interp: Interp, message: string): never {
  const t = errorTypes.get(interp.rt) as PyHeapTypeObject;
  interp.rt.heap.incref(t);
  throw new PyError(newException(interp.rt, t, newTuple(interp.rt, [newStr(interp.rt, message)])));
}

function valueOf(interp: Interp, o: PyObject): Value {
  if (o instanceof PyFloatObject) return { kind: 'float', r: Number.isFinite(o.value) ? Q.floatRatio(o.value) : null, f: o.value };
  const r = rationalOf(interp, o);
  if (r) return { kind: o instanceof PyLongObject ? 'int' : 'Fraction', r, f: NaN };
  return interp.typeError(`can't convert type '${o.type.name}' to numerator/denominator`);
}

function widest(values: Value[]): Kind {
  let k: Kind = 'int';
  for (const v of values) if (v.kind === 'float' || (v.kind === 'Fraction' && k === 'int')) k = v.kind;
  return k;
}

/** `_sum`: the exact total, or the float sum of the non-finite values. */
function exactSum(values: Value[]): { r: Q.Rational | null; f: number } {
  let r: Q.Rational = [0n, 1n];
  let special: number | null = null;
  for (const v of values) {
    if (v.r) r = Q.add(r, v.r);
    else special = (special ?? 0) + v.f;
  }
  return special === null ? { r, f: NaN } : { r: null, f: special };
}

/** `_convert(value, T)` (a new reference). */
function convert(interp: Interp, r: Q.Rational, kind: Kind): PyObject {
  if (kind === 'Fraction') return newFraction(interp, r);
  if (kind === 'int' && r[1] === 1n) return newInt(interp.rt, normalizeInt(r[0]));
  return newFloat(interp.rt, toFloat(interp, r));
}

function toFloat(interp: Interp, r: Q.Rational): number {
  const x = Q.ratioToFloat(r[0], r[1]);
  if (x === null) interp.raise('OverflowError', 'integer division result too large for a float');
  return x;
}

/** `math.fsum` of exactly representable values: the exact sum, rounded once. */
function fsum(interp: Interp, xs: number[]): number {
  let r: Q.Rational = [0n, 1n];
  let special: number | null = null;
  for (const x of xs) {
    if (Number.isFinite(x)) r = Q.add(r, Q.floatRatio(x));
    else special = (special ?? 0) + x;
  }
  return special ?? toFloat(interp, r);
}

/** The data as a list of objects (borrowed from `owned`, released by the caller). */
function dataOf(interp: Interp, iterable: PyObject): PyObject[] {
  return collect(interp, iterable);
}

function release(interp: Interp, items: PyObject[]): void {
  for (const o of items) interp.rt.heap.decref(o);
}

/** Runs `f` over the data's items and releases them. */
function withData<T>(interp: Interp, iterable: PyObject, f: (items: PyObject[]) => T): T {
  const items = dataOf(interp, iterable);
  try {
    return f(items);
  } finally {
    release(interp, items);
  }
}

function floatOf(interp: Interp, o: PyObject): number {
  const v = valueOf(interp, o);
  return v.r ? toFloat(interp, v.r) : v.f;
}

const mean: NativeImpl = (interp, args) => withData(interp, args[1] ?? args[0], (items) => {
  if (items.length < 1) statisticsError(interp, 'mean requires at least one data point');
  const values = items.map((o) => valueOf(interp, o));
  const total = exactSum(values);
  if (!total.r) return newFloat(interp.rt, total.f / items.length);
  return convert(interp, Q.div(total.r, [BigInt(items.length), 1n]), widest(values));
});

const fmean: NativeImpl = (interp, args, kwnames) => {
  const [data, weights] = bindArgs(interp, { qualname: 'fmean', params: ['data', 'weights'], required: 1 }, args, kwnames);
  return withData(interp, data as PyObject, (items) => {
    const xs = items.map((o) => floatOf(interp, o));
    if (weights === undefined || weights === interp.rt.None) {
      if (xs.length === 0) statisticsError(interp, 'fmean requires at least one data point');
      return newFloat(interp.rt, fsum(interp, xs) / xs.length);
    }
    return withData(interp, weights, (ws) => {
      const w = ws.map((o) => floatOf(interp, o));
      if (w.length !== xs.length) statisticsError(interp, 'data and weights must be the same length');
      const den = fsum(interp, w);
      if (den === 0) statisticsError(interp, 'sum of weights must be non-zero');
      return newFloat(interp.rt, sumprod(interp, xs, w) / den);
    });
  });
};

/** `math.sumprod` of floats: the exact sum of exact products, rounded once. */
function sumprod(interp: Interp, xs: number[], ys: number[]): number {
  let r: Q.Rational = [0n, 1n];
  let special: number | null = null;
  xs.forEach((x, i) => {
    const p = x * ys[i];
    if (!Number.isFinite(p)) special = (special ?? 0) + p;
    else r = Q.add(r, Q.mul(Q.floatRatio(x), Q.floatRatio(ys[i])));
  });
  return special ?? toFloat(interp, r);
}

const geometricMean: NativeImpl = (interp, args) => withData(interp, args[0], (items) => {
  const xs = items.map((o) => floatOf(interp, o));
  if (interp.rt.profile.version !== '3.13') {
    if (xs.length === 0 || xs.some((x) => !(x > 0))) statisticsError(interp, 'geometric mean requires a non-empty dataset containing positive numbers');
    return newFloat(interp.rt, crExp(fsum(interp, xs.map(crLog)) / xs.length));
  }
  if (xs.length === 0) statisticsError(interp, 'Must have a non-empty dataset');
  const negative = xs.findIndex((x) => x < 0);
  if (negative >= 0) {
    // 3.13 raises StatisticsError('No negative inputs allowed', x): the args are the pair.
    const t = errorTypes.get(interp.rt) as PyHeapTypeObject;
    interp.rt.heap.incref(t);
    interp.rt.heap.incref(items[negative]);
    throw new PyError(newException(interp.rt, t, newTuple(interp.rt, [newStr(interp.rt, 'No negative inputs allowed'), items[negative]])));
  }
  if (xs.some((x) => x === 0)) return newFloat(interp.rt, 0);
  return newFloat(interp.rt, crExp(fsum(interp, xs.map(crLog)) / xs.length));
});

const harmonicMean: NativeImpl = (interp, args, kwnames) => {
  const [data, weights] = bindArgs(interp, { qualname: 'harmonic_mean', params: ['data', 'weights'], required: 1 }, args, kwnames);
  if (weights !== undefined && weights !== interp.rt.None) throw new UnsupportedError('statistics.harmonic_mean(weights=...) (not modelled yet)', interp.line);
  return withData(interp, data as PyObject, (items) => {
    const negative = 'harmonic mean does not support negative values';
    if (items.length < 1) statisticsError(interp, 'harmonic_mean requires at least one data point');
    const values = items.map((o) => valueOf(interp, o));
    if (items.length === 1) {
      if (values[0].r ? values[0].r[0] < 0n : values[0].f < 0) statisticsError(interp, negative);
      interp.rt.heap.incref(items[0]);
      return items[0];
    }
    if (values.some((v) => (v.r ? v.r[0] < 0n : v.f < 0))) statisticsError(interp, negative);
    if (values.some((v) => v.r && v.r[0] === 0n)) return newInt(interp.rt, 0);
    // `1 / x`: a float for int and float data, a Fraction for Fraction data.
    const reciprocals: Value[] = values.map((v) => {
      if (v.kind === 'Fraction') return { kind: 'Fraction', r: Q.div([1n, 1n], v.r as Q.Rational), f: NaN };
      const x = 1 / (v.r ? toFloat(interp, v.r) : v.f);
      return { kind: 'float', r: Number.isFinite(x) ? Q.floatRatio(x) : null, f: x };
    });
    const total = exactSum(reciprocals);
    if (!total.r) return newFloat(interp.rt, items.length / total.f);
    if (total.r[0] <= 0n) statisticsError(interp, 'Weighted sum must be positive');
    return convert(interp, Q.div([BigInt(items.length), 1n], total.r), widest(reciprocals));
  });
};

/** Runs `f` over the data sorted with `<` (`sorted(data)`). */
function withSorted<T>(interp: Interp, iterable: PyObject, f: (items: PyObject[]) => T): T {
  return withData(interp, iterable, (items) => {
    sortItems(interp, items, null, false);
    return f(items);
  });
}

function pick(interp: Interp, o: PyObject): PyObject {
  interp.rt.heap.incref(o);
  return o;
}

/** `(a + b) / 2` with Python's arithmetic. */
function midpoint(interp: Interp, a: PyObject, b: PyObject): PyObject {
  const s = binaryOp(interp, 0, a, b);
  const two = newInt(interp.rt, 2);
  try {
    return binaryOp(interp, 11, s, two);
  } finally {
    interp.rt.heap.decref(s);
    interp.rt.heap.decref(two);
  }
}

const median: NativeImpl = (interp, args) => withSorted(interp, args[0], (d) => {
  const n = d.length;
  if (n === 0) statisticsError(interp, 'no median for empty data');
  return n % 2 === 1 ? pick(interp, d[n >> 1]) : midpoint(interp, d[n / 2 - 1], d[n / 2]);
});

const medianLow: NativeImpl = (interp, args) => withSorted(interp, args[0], (d) => {
  const n = d.length;
  if (n === 0) statisticsError(interp, 'no median for empty data');
  return pick(interp, d[n % 2 === 1 ? n >> 1 : n / 2 - 1]);
});

const medianHigh: NativeImpl = (interp, args) => withSorted(interp, args[0], (d) => {
  const n = d.length;
  if (n === 0) statisticsError(interp, 'no median for empty data');
  return pick(interp, d[n >> 1]);
});

const medianGrouped: NativeImpl = (interp, args, kwnames) => {
  const [data, intervalArg] = bindArgs(interp, { qualname: 'median_grouped', params: ['data', 'interval'], required: 1 }, args, kwnames);
  return withSorted(interp, data as PyObject, (d) => {
    const n = d.length;
    if (n === 0) statisticsError(interp, 'no median for empty data');
    const mid = d[n >> 1];
    let lo = 0;
    while (!equals(interp, d[lo], mid)) lo++;
    let hi = lo;
    while (hi < n && equals(interp, d[hi], mid)) hi++;
    const interval = intervalArg === undefined ? 1 : floatOf(interp, intervalArg);
    const x = floatOf(interp, mid);
    const L = x - interval / 2;
    return newFloat(interp.rt, L + (interval * (n / 2 - lo)) / (hi - lo));
  });
};

/** `Counter(data)`'s keys in first-seen order with their counts (equal numbers share a key). */
function counts(interp: Interp, items: PyObject[]): { key: PyObject; count: number }[] {
  const out: { key: PyObject; count: number }[] = [];
  const byKey = new Map<unknown, number>();
  for (const o of items) {
    const k = hashedKey(interp, o);
    const simple = !k.eq && (typeof k.hashKey !== 'object' || k.hashKey === o);
    const jsKey = typeof k.hashKey === 'bigint' && normalizeInt(k.hashKey) !== k.hashKey ? normalizeInt(k.hashKey) : k.hashKey;
    let at = simple ? byKey.get(jsKey) : out.findIndex((e) => equals(interp, e.key, o));
    if (at === undefined || at < 0) {
      at = out.length;
      out.push({ key: o, count: 0 });
      if (simple) byKey.set(jsKey, at);
    }
    out[at].count++;
  }
  return out;
}

const mode: NativeImpl = (interp, args) => withData(interp, args[0], (items) => {
  const c = counts(interp, items);
  if (c.length === 0) statisticsError(interp, 'no mode for empty data');
  let best = c[0];
  for (const e of c) if (e.count > best.count) best = e;
  return pick(interp, best.key);
});

const multimode: NativeImpl = (interp, args) => withData(interp, args[0], (items) => {
  const c = counts(interp, items);
  const max = Math.max(0, ...c.map((e) => e.count));
  return newList(interp.rt, c.filter((e) => e.count === max).map((e) => pick(interp, e.key)));
});

const quantiles: NativeImpl = (interp, args, kwnames) => {
  const [data, nArg, methodArg] = bindArgs(interp, { qualname: 'quantiles', params: ['data'], required: 1, kwOnly: ['n', 'method'] }, args, kwnames);
  const n = nArg === undefined ? 4 : Number((rationalOf(interp, nArg) ?? interp.typeError('n must be an int'))[0]);
  if (n < 1) statisticsError(interp, 'n must be at least 1');
  const method = methodArg === undefined ? 'exclusive' : (methodArg as { value?: string }).value;
  return withSorted(interp, data as PyObject, (d) => {
    const ld = d.length;
    if (ld < 2) {
      if (ld === 1 && interp.rt.profile.version === '3.13') return newList(interp.rt, Array.from({ length: n - 1 }, () => pick(interp, d[0])));
      statisticsError(interp, interp.rt.profile.version === '3.13' ? 'must have at least one data point' : 'must have at least two data points');
    }
    const out: PyObject[] = [];
    const term = (j: number, delta: number, m: number): PyObject => interpolate(interp, d[j], d[j + 1], n - delta, delta, n, m);
    if (method === 'inclusive') {
      const m = ld - 1;
      for (let i = 1; i < n; i++) out.push(term(Math.floor((i * m) / n), (i * m) % n, m));
    } else if (method === 'exclusive') {
      const m = ld + 1;
      for (let i = 1; i < n; i++) {
        let j = Math.floor((i * m) / n);
        j = j < 1 ? 1 : j > ld - 1 ? ld - 1 : j;
        out.push(term(j - 1, i * m - j * n, m));
      }
    } else {
      release(interp, out);
      interp.raise('ValueError', `Unknown method: ${methodArg === undefined ? '' : `'${method}'`}`);
    }
    return newList(interp.rt, out);
  });
};

/** `(a * wa + b * wb) / n` with Python's arithmetic on the data's own objects. */
function interpolate(interp: Interp, a: PyObject, b: PyObject, wa: number, wb: number, n: number, _m: number): PyObject {
  const rt = interp.rt;
  const temps: PyObject[] = [];
  const keep = (o: PyObject): PyObject => { temps.push(o); return o; };
  try {
    const x = keep(binaryOp(interp, 5, a, keep(newInt(rt, wa))));
    const y = keep(binaryOp(interp, 5, b, keep(newInt(rt, wb))));
    const s = keep(binaryOp(interp, 0, x, y));
    return binaryOp(interp, 11, s, keep(newInt(rt, n)));
  } finally {
    release(interp, temps);
  }
}

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

function spread(population: boolean, root: boolean): NativeImpl {
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

/** Two equally long float lists, with the module's messages for `what`. */
function pairData(interp: Interp, what: string, x: PyObject, y: PyObject): [number[], number[]] {
  const xs = withData(interp, x, (items) => items.map((o) => floatOf(interp, o)));
  const ys = withData(interp, y, (items) => items.map((o) => floatOf(interp, o)));
  if (xs.length !== ys.length) statisticsError(interp, `${what} requires that both inputs have same number of data points`);
  if (xs.length < 2) statisticsError(interp, `${what} requires at least two data points`);
  return [xs, ys];
}

/** Σ (x - xbar)(y - ybar): 3.11 sums the rounded products with fsum, 3.12+ centres then sumprods. */
function centredProducts(interp: Interp, xs: number[], ys: number[], xbar: number, ybar: number): number {
  const dx = xs.map((x) => x - xbar);
  const dy = ys.map((y) => y - ybar);
  if (interp.rt.profile.version === '3.11') return fsum(interp, dx.map((d, i) => d * dy[i]));
  return sumprod(interp, dx, dy);
}

const covariance: NativeImpl = (interp, args) => {
  const [xs, ys] = pairData(interp, 'covariance', args[0], args[1]);
  const n = xs.length;
  const xbar = fsum(interp, xs) / n;
  const ybar = fsum(interp, ys) / n;
  return newFloat(interp.rt, centredProducts(interp, xs, ys, xbar, ybar) / (n - 1));
}

/** `_sqrtprod` (3.12+): sqrt(x * y) with a differential correction. */
function sqrtprod(interp: Interp, x: number, y: number): number {
  const h = Math.sqrt(x * y);
  if (!Number.isFinite(h) || h === 0) return h;
  const d = toFloat(interp, Q.sub(Q.mul(Q.floatRatio(x), Q.floatRatio(y)), Q.mul(Q.floatRatio(h), Q.floatRatio(h))));
  return h + d / (2.0 * h);
}

const correlation: NativeImpl = (interp, args, kwnames) => {
  const [x, y, methodArg] = bindArgs(interp, { qualname: 'correlation', params: ['x', 'y'], required: 2, kwOnly: ['method'] }, args, kwnames);
  if (methodArg !== undefined) throw new UnsupportedError('statistics.correlation(method=...) (not modelled yet)', interp.line);
  const [xs, ys] = pairData(interp, 'correlation', x as PyObject, y as PyObject);
  const n = xs.length;
  const xbar = fsum(interp, xs) / n;
  const ybar = fsum(interp, ys) / n;
  const sxy = centredProducts(interp, xs, ys, xbar, ybar);
  const sxx = centredProducts(interp, xs, xs, xbar, xbar);
  const syy = centredProducts(interp, ys, ys, ybar, ybar);
  const den = interp.rt.profile.version === '3.11' ? Math.sqrt(sxx * syy) : sqrtprod(interp, sxx, syy);
  if (den === 0) statisticsError(interp, 'at least one of the inputs is constant');
  return newFloat(interp.rt, sxy / den);
};

const linearRegressionTypes = new WeakMap<object, PyObject>();

const linearRegression: NativeImpl = (interp, args, kwnames) => {
  const [x, y, prop] = bindArgs(interp, { qualname: 'linear_regression', params: ['x', 'y'], required: 2, kwOnly: ['proportional'] }, args, kwnames);
  const proportional = prop !== undefined && prop === interp.rt.True;
  const [xs, ys] = pairData(interp, 'linear regression', x as PyObject, y as PyObject);
  const n = xs.length;
  let slope: number;
  let intercept = 0;
  if (proportional) {
    const sxy = interp.rt.profile.version === '3.11' ? fsum(interp, xs.map((v, i) => v * ys[i])) : sumprod(interp, xs, ys);
    const sxx = interp.rt.profile.version === '3.11' ? fsum(interp, xs.map((v) => v * v)) : sumprod(interp, xs, xs);
    if (sxx === 0) statisticsError(interp, 'x is constant');
    slope = sxy / sxx;
  } else {
    const xbar = fsum(interp, xs) / n;
    const ybar = fsum(interp, ys) / n;
    const sxy = centredProducts(interp, xs, ys, xbar, ybar);
    const sxx = centredProducts(interp, xs, xs, xbar, xbar);
    if (sxx === 0) statisticsError(interp, 'x is constant');
    slope = sxy / sxx;
    intercept = ybar - slope * xbar;
  }
  const make = linearRegressionTypes.get(interp.rt);
  if (!make) throw new Error('LinearRegression type missing');
  const result = [newFloat(interp.rt, slope), newFloat(interp.rt, intercept)];
  return makeRecord(interp, make, result);
};

/** A `LinearRegression(slope, intercept)` record: the module's namedtuple class called with the pair. */
function makeRecord(interp: Interp, cls: PyObject, values: PyObject[]): PyObject {
  try {
    return callAny(interp, cls, values);
  } finally {
    release(interp, values);
  }
}

/** Creates the module (on first import). */
export function createStatistics(interp: Interp): PyModuleObject {
  const rt = interp.rt;
  const ns = new Map<string, PyObject>([['__module__', newStr(rt, 'statistics')]]);
  const errorType = createClass(interp, 'StatisticsError', [interp.excType('ValueError')], ns);
  errorTypes.set(rt, errorType);
  const values: Record<string, PyObject> = { StatisticsError: errorType };
  values.NormalDist = normalDistType(interp, () => module, statisticsError);
  const record = namedRecord(interp);
  if (record) { linearRegressionTypes.set(rt, record); rt.heap.incref(record); values.LinearRegression = record; }
  const module = interp.defineModule('statistics', {
    mean, fmean, geometric_mean: geometricMean, harmonic_mean: harmonicMean,
    median, median_low: medianLow, median_high: medianHigh, median_grouped: medianGrouped,
    mode, multimode, quantiles,
    pstdev: spread(true, true), pvariance: spread(true, false), stdev: spread(false, true), variance: spread(false, false),
    correlation, covariance, linear_regression: linearRegression,
  }, values);
  return module;
}

/** `LinearRegression = namedtuple('LinearRegression', ('slope', 'intercept'))`, through collections. */
function namedRecord(interp: Interp): PyObject | null {
  const collections = interp.importModule('collections');
  try {
    const nt = interp.getAttr(collections, 'namedtuple', false).value;
    try {
      const name = newStr(interp.rt, 'LinearRegression');
      const fields = newTuple(interp.rt, [newStr(interp.rt, 'slope'), newStr(interp.rt, 'intercept')]);
      try {
        return callAny(interp, nt, [name, fields]);
      } finally {
        interp.rt.heap.decref(name);
        interp.rt.heap.decref(fields);
      }
    } finally {
      interp.rt.heap.decref(nt);
    }
  } finally {
    interp.rt.heap.decref(collections);
  }
}

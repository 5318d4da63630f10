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
 *
 * This file holds the averages (means, medians, mode, quantiles) and builds the module; the exact
 * arithmetic they share is in statisticsExact.ts, the spread (variance, stdev) in
 * statisticsSpread.ts, covariance/correlation/linear_regression in statisticsRegression.ts and
 * NormalDist in normalDist.ts.
 */
import { crExp, crLog } from '../builtins/libm/expLog';
import { newFloat } from '../../engine/objects/floatObject';
import { newInt, normalizeInt } from '../../engine/objects/longObject';
import type { PyObject } from '../../engine/objects/object';
import { newList } from '../../engine/objects/listObject';
import { newStr } from '../../engine/objects/unicodeObject';
import type { Interp } from '../runtime/interp';
import type { PyModuleObject } from '../runtime/moduleObject';
import { UnsupportedError } from '../runtime/pyError';
import type { NativeImpl } from '../vm/callables';
import { binaryOp } from '../objects/numberProtocol';
import { equals } from '../objects/richCompare';
import { createClass } from '../objects/typeCreate';
import { hashedKey } from '../objects/hashKey';
import { sortItems } from '../builtins/ordering';
import { bindArgs } from './pyArgs';

import { rationalOf } from './fractionsModule';
import * as Q from './rational';
import { normalDistType } from './normalDist';
import {
  convert, exactSum, floatOf, fsum, release, setStatisticsErrorType, statisticsError, sumprod, toFloat, type Value, valueOf, widest, withData,
} from './statisticsExact';
import { spread } from './statisticsSpread';
import { correlation, covariance, defineLinearRegression, linearRegression } from './statisticsRegression';


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
    statisticsError(interp, 'No negative inputs allowed', items[negative]);
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



/** Creates the module (on first import). */
export function createStatistics(interp: Interp): PyModuleObject {
  const rt = interp.rt;
  const ns = new Map<string, PyObject>([['__module__', newStr(rt, 'statistics')]]);
  const errorType = createClass(interp, 'StatisticsError', [interp.excType('ValueError')], ns);
  setStatisticsErrorType(interp, errorType);
  const values: Record<string, PyObject> = { StatisticsError: errorType };
  values.NormalDist = normalDistType(interp, () => module, statisticsError);
  const record = defineLinearRegression(interp);
  if (record) values.LinearRegression = record;
  const module = interp.defineModule('statistics', {
    mean, fmean, geometric_mean: geometricMean, harmonic_mean: harmonicMean,
    median, median_low: medianLow, median_high: medianHigh, median_grouped: medianGrouped,
    mode, multimode, quantiles,
    pstdev: spread(true, true), pvariance: spread(true, false), stdev: spread(false, true), variance: spread(false, false),
    correlation, covariance, linear_regression: linearRegression,
  }, values);
  return module;
}

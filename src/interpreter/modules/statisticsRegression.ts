/**
 * `statistics`' two-variable functions: `covariance`, `correlation` and `linear_regression`
 * (float arithmetic in the module's order: 3.11 sums rounded products with fsum, 3.12+ uses
 * sumprod and `_sqrtprod`), and the `LinearRegression` namedtuple they return.
 */
import { newFloat } from '../../engine/objects/floatObject';
import type { PyObject } from '../../engine/objects/object';
import { newTuple } from '../../engine/objects/tupleObject';
import { newStr } from '../../engine/objects/unicodeObject';
import type { Interp } from '../runtime/interp';
import { UnsupportedError } from '../runtime/pyError';
import type { NativeImpl } from '../vm/callables';
import { callAny } from '../vm/callDispatch';
import { bindArgs } from './pyArgs';
import * as Q from './rational';
import { floatOf, fsum, release, statisticsError, sumprod, toFloat, withData } from './statisticsExact';

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

/** `covariance(x, y)`. */
export const covariance: NativeImpl = (interp, args) => {
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

/** `correlation(x, y)` (Pearson's; `method=` is not modelled). */
export const correlation: NativeImpl = (interp, args, kwnames) => {
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

/** `linear_regression(x, y, /, *, proportional=False)`. */
export const linearRegression: NativeImpl = (interp, args, kwnames) => {
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

/**
 * Defines `LinearRegression = namedtuple('LinearRegression', ('slope', 'intercept'))` through
 * collections and remembers it for linear_regression (a new reference; null if collections
 * could not make it).
 */
export function defineLinearRegression(interp: Interp): PyObject | null {
  const record = namedRecord(interp);
  if (record) { linearRegressionTypes.set(interp.rt, record); interp.rt.heap.incref(record); }
  return record;
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

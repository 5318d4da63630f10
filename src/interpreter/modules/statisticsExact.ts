/**
 * What every `statistics` function stands on: a data point's exact value (`_exact_ratio`), the
 * result type (`_coerce`), the exact `_sum` and `_convert`, `math.fsum`/`math.sumprod` computed
 * exactly then rounded once, the data as a list of objects, and `StatisticsError`.
 */
import { newFloat, PyFloatObject } from '../../engine/objects/floatObject';
import { newInt, normalizeInt, PyLongObject } from '../../engine/objects/longObject';
import type { PyObject } from '../../engine/objects/object';
import { newTuple } from '../../engine/objects/tupleObject';
import { newStr } from '../../engine/objects/unicodeObject';
import { newException } from '../../engine/objects/exceptionObject';
import type { PyHeapTypeObject } from '../../engine/objects/typeHeap';
import type { Interp } from '../runtime/interp';
import { PyError } from '../runtime/pyError';
import { collect } from '../builtins/builtinFunctions';
import { newFraction, rationalOf } from './fractionsModule';
import * as Q from './rational';

/** `_coerce`'s order: the widest type seen decides the result's type. */
export type Kind = 'int' | 'Fraction' | 'float';

/** A data point as `_exact_ratio` sees it: exact, or a non-finite float. */
export interface Value {
  kind: Kind;
  r: Q.Rational | null;
  f: number;
}

const errorTypes = new WeakMap<object, PyHeapTypeObject>();

/** Records the module's `StatisticsError` class (createStatistics makes it). */
export function setStatisticsErrorType(interp: Interp, t: PyHeapTypeObject): void {
  errorTypes.set(interp.rt, t);
}

/** Raises `statistics.StatisticsError(message, *extra)` (`extra` borrowed). */
export function statisticsError(interp: Interp, message: string, ...extra: PyObject[]): never {
  const t = errorTypes.get(interp.rt) as PyHeapTypeObject;
  interp.rt.heap.incref(t);
  for (const o of extra) interp.rt.heap.incref(o);
  throw new PyError(newException(interp.rt, t, newTuple(interp.rt, [newStr(interp.rt, message), ...extra])));
}

/** `_exact_ratio`: a data point's exact value, or TypeError. */
export function valueOf(interp: Interp, o: PyObject): Value {
  if (o instanceof PyFloatObject) return { kind: 'float', r: Number.isFinite(o.value) ? Q.floatRatio(o.value) : null, f: o.value };
  const r = rationalOf(interp, o);
  if (r) return { kind: o instanceof PyLongObject ? 'int' : 'Fraction', r, f: NaN };
  return interp.typeError(`can't convert type '${o.type.name}' to numerator/denominator`);
}

/** `_coerce` over the data: the result's type. */
export function widest(values: Value[]): Kind {
  let k: Kind = 'int';
  for (const v of values) if (v.kind === 'float' || (v.kind === 'Fraction' && k === 'int')) k = v.kind;
  return k;
}

/** `_sum`: the exact total, or the float sum of the non-finite values. */
export function exactSum(values: Value[]): { r: Q.Rational | null; f: number } {
  let r: Q.Rational = [0n, 1n];
  let special: number | null = null;
  for (const v of values) {
    if (v.r) r = Q.add(r, v.r);
    else special = (special ?? 0) + v.f;
  }
  return special === null ? { r, f: NaN } : { r: null, f: special };
}

/** `_convert(value, T)` (a new reference). */
export function convert(interp: Interp, r: Q.Rational, kind: Kind): PyObject {
  if (kind === 'Fraction') return newFraction(interp, r);
  if (kind === 'int' && r[1] === 1n) return newInt(interp.rt, normalizeInt(r[0]));
  return newFloat(interp.rt, toFloat(interp, r));
}

/** A rational rounded to the nearest float, OverflowError when too large. */
export function toFloat(interp: Interp, r: Q.Rational): number {
  const x = Q.ratioToFloat(r[0], r[1]);
  if (x === null) interp.raise('OverflowError', 'integer division result too large for a float');
  return x;
}

/** `math.fsum` of exactly representable values: the exact sum, rounded once. */
export function fsum(interp: Interp, xs: number[]): number {
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

/** Releases the items `collect` returned. */
export function release(interp: Interp, items: PyObject[]): void {
  for (const o of items) interp.rt.heap.decref(o);
}

/** Runs `f` over the data's items and releases them. */
export function withData<T>(interp: Interp, iterable: PyObject, f: (items: PyObject[]) => T): T {
  const items = dataOf(interp, iterable);
  try {
    return f(items);
  } finally {
    release(interp, items);
  }
}

/** `float(x)` of a data point, through its exact value. */
export function floatOf(interp: Interp, o: PyObject): number {
  const v = valueOf(interp, o);
  return v.r ? toFloat(interp, v.r) : v.f;
}

/** `math.sumprod` of floats: the exact sum of exact products, rounded once. */
export function sumprod(interp: Interp, xs: number[], ys: number[]): number {
  let r: Q.Rational = [0n, 1n];
  let special: number | null = null;
  xs.forEach((x, i) => {
    const p = x * ys[i];
    if (!Number.isFinite(p)) special = (special ?? 0) + p;
    else r = Q.add(r, Q.mul(Q.floatRatio(x), Q.floatRatio(ys[i])));
  });
  return special ?? toFloat(interp, r);
}

/**
 * Argument conversions shared by the standard-library modules, with CPython's messages:
 * `PyFloat_AsDouble`, `PyNumber_Index`, positional-count checks (`_PyArg_CheckPositional`).
 */
import { PyFloatObject } from '../../engine/objects/floatObject';
import { PyLongObject, type IntValue } from '../../engine/objects/longObject';
import type { PyObject } from '../../engine/objects/object';
import type { Interp } from '../runtime/interp';
import { noKeywords, splitKeywords } from '../builtins/args';
import { indexValue } from '../objects/numberIndex';

/** `PyFloat_AsDouble` for ints, bools and floats. */
export function asDouble(interp: Interp, o: PyObject): number {
  if (o instanceof PyFloatObject) return o.value;
  if (o instanceof PyLongObject) {
    const v = o.value;
    if (typeof v === 'number') return v;
    const d = Number(v);
    if (!Number.isFinite(d)) interp.raise('OverflowError', 'int too large to convert to float');
    return d;
  }
  return interp.typeError(`must be real number, not ${o.type.name}`);
}

/** `PyNumber_Index`: an int's value, or a class instance's `__index__()` (which must return an int). */
export function asIndex(interp: Interp, o: PyObject): IntValue {
  return indexValue(interp, o);
}

/** An int's value as a bigint. */
export function asBigInt(interp: Interp, o: PyObject): bigint {
  return BigInt(asIndex(interp, o));
}

/** A safe-integer index (`Py_ssize_t`). */
export function asSize(interp: Interp, o: PyObject, what = 'Python int too large to convert to C ssize_t'): number {
  const v = indexValue(interp, o);
  if (typeof v !== 'number') interp.raise('OverflowError', what);
  return v as number;
}

/** `name expected n arguments, got m` (positional only, no keywords). */
export function positional(interp: Interp, name: string, args: PyObject[], kwnames: string[] | null, min: number, max = min): void {
  noKeywords(interp, name, kwnames);
  if (args.length < min || args.length > max) {
    if (min === max) interp.typeError(`${name} expected ${min} argument${min === 1 ? '' : 's'}, got ${args.length}`);
    if (args.length < min) interp.typeError(`${name} expected at least ${min} argument${min === 1 ? '' : 's'}, got ${args.length}`);
    interp.typeError(`${name} expected at most ${max} argument${max === 1 ? '' : 's'}, got ${args.length}`);
  }
}

/** `isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)` (math and cmath): the operands read by `conv` and the checked tolerances. */
export function iscloseArgs<T>(interp: Interp, args: PyObject[], kwnames: string[] | null, conv: (o: PyObject) => T): { a: T; b: T; relTol: number; absTol: number } {
  const { positional: pos, keywords } = splitKeywords(args, kwnames);
  if (pos.length !== 2) interp.typeError(`isclose() takes exactly 2 positional arguments (${pos.length} given)`);
  const a = conv(pos[0]);
  const b = conv(pos[1]);
  const relTol = keywords.has('rel_tol') ? asDouble(interp, keywords.get('rel_tol') as PyObject) : 1e-9;
  const absTol = keywords.has('abs_tol') ? asDouble(interp, keywords.get('abs_tol') as PyObject) : 0;
  if (relTol < 0 || absTol < 0) interp.raise('ValueError', 'tolerances must be non-negative');
  return { a, b, relTol, absTol };
}

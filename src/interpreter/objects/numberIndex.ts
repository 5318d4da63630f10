/**
 * `PyNumber_Index` (CPython `Objects/abstract.c`): wherever CPython needs an integer (subscripts,
 * slice bounds, `range()`, `seq * n`, `bin()`, `list.pop()`, lengths and counts) it takes an int as
 * is and asks anything else for its `nb_index`, which for a class is its `__index__`. Each call
 * site words its own TypeError for an object without one, so the lookup returns null there.
 */
import { newInt, PyLongObject, type IntValue } from '../../engine/objects/longObject';
import type { PyObject } from '../../engine/objects/object';
import type { Interp } from '../runtime/interp';
import { exactIntResult } from './strictSubclassResult';
import { callDunder } from './typeSlots';

/**
 * `PyIndex_Check` + `PyNumber_Index`: an int's value, a class instance's `__index__()` value, or
 * null when the object has no `__index__`. A result that is not an int raises CPython's
 * "__index__ returned non-int (type X)".
 *
 * Obscurity: an int subclass's own `__index__` is never called (PyLong_Check comes first), and a
 * strict int subclass returned by `__index__` (a bool) is accepted with a DeprecationWarning
 * (strictSubclassResult.ts).
 */
export function indexValueOrNull(interp: Interp, o: PyObject): IntValue | null {
  if (o instanceof PyLongObject) return o.value;
  const r = callDunder(interp, o, '__index__');
  if (r === null) return null;
  if (r.type !== interp.rt.types.int) {
    const exact = exactIntResult(interp, r, '__index__');
    interp.rt.heap.decref(exact);
    return exact.value;
  }
  interp.rt.heap.decref(r);
  return (r as PyLongObject).value;
}

/** `PyNumber_Index` with its own TypeError: "'X' object cannot be interpreted as an integer". */
export function indexValue(interp: Interp, o: PyObject): IntValue {
  const v = indexValueOrNull(interp, o);
  return v ?? interp.typeError(`'${o.type.name}' object cannot be interpreted as an integer`);
}

/**
 * `PyNumber_Index` as a new reference to an exact int (`operator.index`, `range()`): an int as
 * is, a bool or int subclass (or a strict subclass `__index__` returned) copied to a plain int.
 */
export function indexObject(interp: Interp, o: PyObject): PyLongObject {
  const rt = interp.rt;
  if (o.type === rt.types.int) { rt.heap.incref(o); return o as PyLongObject; }
  if (o instanceof PyLongObject) return newInt(rt, o.value);
  const r = callDunder(interp, o, '__index__');
  if (r === null) return interp.typeError(`'${o.type.name}' object cannot be interpreted as an integer`);
  return exactIntResult(interp, r, '__index__');
}

/** `PyNumber_AsSsize_t(o, OverflowError)`, as Argument Clinic's `Py_ssize_t` converter uses it. */
export function ssizeValue(interp: Interp, o: PyObject): number {
  const v = indexValue(interp, o);
  if (typeof v !== 'number') interp.raise('OverflowError', 'Python int too large to convert to C ssize_t');
  return v as number;
}

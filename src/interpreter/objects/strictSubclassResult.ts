/**
 * What `__index__`, `__int__`, `__float__` and `__complex__` may return (CPython
 * `Objects/abstract.c` `PyNumber_Index`/`PyNumber_Long`/`PyNumber_Float`, `Objects/complexobject.c`
 * `try_complex_special_method`): the exact type is taken as is; a strict subclass (a bool, a float
 * subclass) is accepted with a DeprecationWarning and copied to the exact type; anything else is a
 * TypeError. The warning goes through the warnings filters (nativeWarn.ts), so "error" raises it.
 */
import { newFloat, PyFloatObject } from '../../engine/objects/floatObject';
import { newInt, PyLongObject } from '../../engine/objects/longObject';
import type { PyObject } from '../../engine/objects/object';
import { warnFromNative } from '../modules/nativeWarn';
import type { Interp } from '../runtime/interp';

/** The warning's text after "X returned non-T (type S)". */
function deprecation(kind: string): string {
  return `.  The ability to return an instance of a strict subclass of ${kind} is deprecated, and may be removed in a future version of Python.`;
}

/** Warns that `head` ("__index__ returned non-int (type bool)") names a strict subclass result. */
export function warnStrictSubclass(interp: Interp, head: string, kind: 'int' | 'float' | 'complex'): void {
  warnFromNative(interp, 'DeprecationWarning', head + deprecation(kind));
}

/**
 * `dunder`'s result `r` (stolen) as an exact int: an int as is, an int subclass (a bool) copied
 * after the warning, else "`dunder` returned non-int (type X)".
 */
export function exactIntResult(interp: Interp, r: PyObject, dunder: string): PyLongObject {
  const rt = interp.rt;
  if (r.type === rt.types.int) return r as PyLongObject;
  const head = `${dunder} returned non-int (type ${r.type.name})`;
  try {
    if (!(r instanceof PyLongObject)) return interp.typeError(head);
    warnStrictSubclass(interp, head, 'int');
    return newInt(rt, r.value);
  } finally {
    rt.heap.decref(r);
  }
}

/** `float(o)`'s `__float__` result `r` (stolen) as an exact float; the messages name `o`'s type. */
export function exactFloatResult(interp: Interp, r: PyObject, o: PyObject): PyFloatObject {
  const rt = interp.rt;
  if (r.type === rt.types.float) return r as PyFloatObject;
  const head = `${o.type.name}.__float__ returned non-float (type ${r.type.name})`;
  try {
    if (!(r instanceof PyFloatObject)) return interp.typeError(head);
    warnStrictSubclass(interp, head, 'float');
    return newFloat(rt, r.value);
  } finally {
    rt.heap.decref(r);
  }
}

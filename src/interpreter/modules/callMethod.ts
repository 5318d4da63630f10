/**
 * `PyObject_CallMethod` for the standard-library modules: `o.name(*args)` through the interpreter's
 * attribute lookup, so methods of built-in types and Python classes are called alike.
 */
import type { PyObject } from '../../engine/objects/object';
import type { Interp } from '../runtime/interp';
import { callAny } from '../vm/callDispatch';

/** `o.name(*args, **kw)` (arguments borrowed, the last `kwnames.length` are keywords): a new reference. */
export function callMethod(interp: Interp, o: PyObject, name: string, args: PyObject[] = [], kwnames: string[] | null = null): PyObject {
  const found = interp.getAttr(o, name, true);
  try {
    return callAny(interp, found.value, found.method ? [o, ...args] : args, kwnames);
  } finally {
    interp.rt.heap.decref(found.value);
  }
}

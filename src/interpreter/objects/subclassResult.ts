/**
 * The tail the alternate constructors of built-in types share (`int.from_bytes`, `float.fromhex`,
 * `bytes.fromhex`, `bytearray.fromhex`): reached through a subclass (`class I(int)`,
 * `I.from_bytes(...)`), they build the exact built-in value, then return `cls(value)`.
 */
import type { PyObject } from '../../engine/objects/object';
import type { PyTypeObject } from '../../engine/objects/typeObject';
import { callAny } from '../vm/callDispatch';
import type { NativeImpl } from '../vm/callables';

/** Wraps a class method of `exact` so a subclass `cls` (args[0]) gets `cls(result)`. */
export function subclassResult(exact: PyTypeObject, impl: NativeImpl): NativeImpl {
  return (interp, args, kwnames) => {
    const r = impl(interp, args, kwnames);
    const cls = args[0] as PyTypeObject;
    if (cls === exact) return r;
    try {
      return callAny(interp, cls as PyObject, [r], null);
    } finally {
      interp.rt.heap.decref(r);
    }
  };
}

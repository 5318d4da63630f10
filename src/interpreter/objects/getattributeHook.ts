/**
 * A class's own `__getattribute__`: CPython gives such a class `slot_tp_getattr_hook` as its
 * tp_getattro, so every attribute load on its instances calls the Python method, and an
 * AttributeError from it falls back to `__getattr__` when the class has one
 * (Objects/typeobject.c). `object.__getattribute__` itself stays the generic lookup, which never
 * calls `__getattr__`.
 */
import type { PyObject } from '../../engine/objects/object';
import { PyHeapTypeObject } from '../../engine/objects/typeHeap';
import { PyTypeObject } from '../../engine/objects/typeObject';
import type { Interp } from '../runtime/interp';
import { PyError } from '../runtime/pyError';
import { callAny } from '../vm/callDispatch';
import { internName, mroOf, typeLookup } from './typeLookup';

/**
 * The Python-level `__getattribute__` defined by a heap type on `owner`'s MRO (borrowed), or null
 * when the lookup is object's own (no class before the first built-in base overrides it).
 */
export function userGetattribute(owner: PyObject): PyObject | null {
  if (owner instanceof PyTypeObject || !(owner.type instanceof PyHeapTypeObject)) return null;
  for (const c of mroOf(owner.type)) {
    if (!(c instanceof PyHeapTypeObject)) return null;
    const v = c.ns.get('__getattribute__');
    if (v) return v;
  }
  return null;
}

/** `slot_tp_getattr_hook`: the value of `owner.name` (new reference) through `hook`. */
export function callGetattributeHook(interp: Interp, hook: PyObject, owner: PyObject, name: string): PyObject {
  const key = internName(interp, name);
  try {
    return callAny(interp, hook, [owner, key]);
  } catch (e) {
    if (!(e instanceof PyError) || !e.exc.type.isSubtypeOf(interp.excType('AttributeError'))) throw e;
    const getattr = typeLookup(interp, owner.type, '__getattr__');
    if (!getattr) throw e;
    interp.rt.heap.decref(e.exc);
    return callAny(interp, getattr, [owner, key]);
  }
}

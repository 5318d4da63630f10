/**
 * Attributes of built-in functions (`meth_get__name__`, `__qualname__`, `__self__`,
 * `__objclass__`) and the extra ones a module hangs on a function that stands for a class method
 * here (`chain.from_iterable`).
 */
import type { PyCFunctionObject } from '../../engine/objects/nativeObject';
import type { PyObject } from '../../engine/objects/object';
import { newStr } from '../../engine/objects/unicodeObject';
import type { Interp } from '../runtime/interp';
import { PyMethodWrapperObject, PyNativeDescrObject } from '../../engine/objects/nativeDescrObject';
import { type FoundAttr } from './typeLookup';

const cfunctionAttrs = new WeakMap<PyCFunctionObject, Map<string, PyObject>>();

/**
 * Gives a built-in function an attribute (owned by the function, which is static): how a module
 * hangs a class method such as `chain.from_iterable` on what is here a function.
 */
export function setCFunctionAttr(f: PyCFunctionObject, name: string, value: PyObject): void {
  let attrs = cfunctionAttrs.get(f);
  if (!attrs) cfunctionAttrs.set(f, (attrs = new Map()));
  attrs.set(name, value);
}

/** `meth_get__name__` and the attributes given with setCFunctionAttr; null for the rest. */
export function cfunctionGetAttr(interp: Interp, f: PyCFunctionObject, name: string): FoundAttr | null {
  if (name === '__name__') return { value: newStr(interp.rt, f.name), method: false };
  const owner = f instanceof PyNativeDescrObject ? f.owner : f instanceof PyMethodWrapperObject ? f.descr.owner : null;
  if (name === '__qualname__' && (owner || f.self)) return { value: newStr(interp.rt, `${owner ? owner.name : (f.self as PyObject).type.name}.${f.name}`), method: false };
  const ref = name === '__objclass__' && owner ? owner : name === '__self__' && f.self ? f.self : null;
  if (ref) { interp.rt.heap.incref(ref); return { value: ref, method: false }; }
  const v = cfunctionAttrs.get(f)?.get(name);
  if (!v) return null;
  interp.rt.heap.incref(v);
  return { value: v, method: false };
}

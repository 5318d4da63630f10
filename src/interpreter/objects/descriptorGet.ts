/**
 * The descriptor protocol as attribute lookup uses it (Objects/descrobject.c, funcobject.c,
 * typeobject.c `slot_tp_descr_get`): data descriptor or not, `__get__` of functions,
 * staticmethod, classmethod, property, slot members, getsets and descriptor classes written in
 * Python, and binding a method.
 */
import { isQuietMiss, QUIET_MISS } from './quietAttrMiss';
import { descrBase, PyDescrObject } from '../../engine/objects/descrObject';
import { PyFunctionObject } from '../../engine/objects/funcObject';
import { PyInstanceObject } from '../../engine/objects/instanceObject';
import { newMethod } from '../../engine/objects/methodObject';
import { PyCFunctionObject } from '../../engine/objects/nativeObject';
import type { PyObject } from '../../engine/objects/object';
import { PyHeapTypeObject } from '../../engine/objects/typeHeap';
import { PyTypeObject } from '../../engine/objects/typeObject';
import { classTypes } from '../../engine/objects/classTypes';
import type { Interp } from '../runtime/interp';
import { callAny } from '../vm/callDispatch';
import { supportsWeakrefs, weakrefsOf } from '../../engine/objects/weakrefObject';
import { isCTypeClass } from './typeModules';
import { type FoundAttr, mroOf } from './typeLookup';
import { instanceDict } from './instanceDict';

/** A data descriptor (property, slot member, a class defining `__set__`/`__delete__`): it wins over the instance's own value. */
export function isDataDescr(interp: Interp, d: PyObject): boolean {
  const ct = classTypes(interp.rt);
  return d.type === ct.property || d.type === ct.memberDescriptor
    || (d instanceof PyDescrObject && d.type instanceof PyHeapTypeObject && descrBase(d) === ct.property)
    || (d.type instanceof PyHeapTypeObject && (classDefined(d.type, '__set__') !== null || classDefined(d.type, '__delete__') !== null));
}

/** The method `name` a class statement gave `t` or one of its bases (borrowed), or null. */
export function classDefined(t: PyHeapTypeObject, name: string): PyObject | null {
  for (const c of mroOf(t)) if (c instanceof PyHeapTypeObject) { const v = c.ns.get(name); if (v) return v; }
  return null;
}

/** Whether native `f`, found as `t`'s `name`, is a C type's method (not one a class statement or a module's Python class gave). */
export function isBuiltinMethod(t: PyHeapTypeObject, name: string, f: PyObject): boolean {
  for (const c of mroOf(t)) if (c instanceof PyHeapTypeObject && c.ns.get(name) === f) return isCTypeClass(c);
  return true;
}

/** A bound method for `func` and `self` (or a bound built-in method). */
export function bindMethod(interp: Interp, func: PyObject, self: PyObject): PyObject {
  const rt = interp.rt;
  return newMethod(rt, classTypes(rt).method, func, self);
}

/** A function, staticmethod, classmethod or property: their `__get__` is a C slot (`tp_descr_get`). */
export function isNativeDescriptor(interp: Interp, o: PyObject): boolean {
  const ct = classTypes(interp.rt);
  return o instanceof PyFunctionObject
    || (o instanceof PyDescrObject && (o.type === ct.staticmethod || o.type === ct.classmethod || o.type === ct.property));
}

/**
 * The method-wrapper `descr.__get__(obj, type=None)` called by hand (`f.__get__(self)()`):
 * `wrap_descr_get`, with None for either argument meaning "absent"; a new reference.
 */
export function explicitDescrGet(interp: Interp, args: PyObject[]): PyObject {
  const [d, obj, type] = args;
  if (args.length < 2 || args.length > 3) interp.typeError(`expected 1 or 2 arguments, got ${args.length - 1}`);
  const none = interp.rt.None;
  const o = obj === none ? null : obj;
  const t = type !== undefined && type !== none ? type : null;
  if (!o && !t) interp.typeError('__get__(None, None) is invalid');
  if (t && !(t instanceof PyTypeObject)) interp.typeError(`descriptor type must be a type, not '${t.type.name}'`);
  return nativeDescrGet(interp, d, o, (t as PyTypeObject | null) ?? (o as PyObject).type, false).value;
}

/** `descr.__get__(obj, type)` for the descriptors a class body makes; `obj` null for class access. */
export function descrGet(interp: Interp, d: PyObject, obj: PyObject | null, type: PyTypeObject, forMethod: boolean): FoundAttr {
  const rt = interp.rt;
  // A descriptor class written in Python: its __get__(obj or None, type).
  const userGet = d.type instanceof PyHeapTypeObject ? classDefined(d.type, '__get__') : null;
  if (userGet) return { value: callAny(interp, userGet, [d, obj ?? rt.None, type]), method: false };
  return nativeDescrGet(interp, d, obj, type, forMethod);
}

/**
 * The C `tp_descr_get` of functions and the built-in descriptors; a subclass of property,
 * classmethod or staticmethod gets its base's (what `super().__get__(obj, type)` reaches).
 */
function nativeDescrGet(interp: Interp, d: PyObject, obj: PyObject | null, type: PyTypeObject, forMethod: boolean): FoundAttr {
  const rt = interp.rt;
  const ct = classTypes(rt);
  if (d instanceof PyFunctionObject || d instanceof PyCFunctionObject) {
    if (obj === null) { rt.heap.incref(d); return { value: d, method: false }; }
    if (forMethod) { rt.heap.incref(d); return { value: d, method: true }; }
    return { value: bindMethod(interp, d, obj), method: false };
  }
  if (d instanceof PyDescrObject) {
    const base = d.type instanceof PyHeapTypeObject ? descrBase(d) : d.type;
    if (base === ct.staticmethod) { const f = d.refs[0] as PyObject; rt.heap.incref(f); return { value: f, method: false }; }
    if (base === ct.classmethod) return { value: bindMethod(interp, d.refs[0] as PyObject, obj === null ? type : obj.type), method: false };
    if (obj !== null && base === ct.property) {
      const fget = d.refs[0];
      if (!fget || fget === rt.None) interp.raise('AttributeError', `${propertyLabel(d)} of '${type.name}' object has no getter`);
      return { value: callAny(interp, fget, [obj]), method: false };
    }
    if (obj !== null && d.type === ct.getsetDescriptor) return getsetGet(interp, d, obj);
    if (obj instanceof PyInstanceObject && d.type === ct.memberDescriptor) {
      const v = obj.slots[d.slotIndex];
      if (v === null) {
        if (isQuietMiss(interp, obj, d.slotName, 'slot')) throw QUIET_MISS;
        interp.raise('AttributeError', `'${type.name}' object has no attribute '${d.slotName}'`);
      }
      rt.heap.incref(v);
      return { value: v, method: false };
    }
  }
  rt.heap.incref(d);
  return { value: d, method: false };
}

/** `property 'name'`, or just `property` for one that never learnt its name (prop_name NULL). */
export function propertyLabel(p: PyDescrObject): string {
  return p.slotName ? `property '${p.slotName}'` : 'property';
}

/** A class's `__dict__` / `__weakref__` getset descriptor read on an instance. */
function getsetGet(interp: Interp, d: PyDescrObject, obj: PyObject): FoundAttr {
  const rt = interp.rt;
  if (d.slotName === '__dict__') {
    const dict = instanceDict(interp, obj);
    if (dict) return { value: dict, method: false };
    return interp.raise('AttributeError', `'${obj.type.name}' object has no attribute '__dict__'`);
  }
  const head = supportsWeakrefs(obj) ? weakrefsOf(rt.heap, obj)[0] ?? rt.None : rt.None;
  rt.heap.incref(head);
  return { value: head, method: false };
}

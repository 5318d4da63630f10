/**
 * The descriptors a class body makes: `staticmethod` and `classmethod` (Objects/funcobject.c, 32
 * bytes + GC head: callable, dict), `property` (Objects/descrobject.c, 64 + GC head: fget, fset,
 * fdel, doc, name, getter_doc) and the member descriptors `type_new` makes for `__slots__`
 * (`PyMemberDescrObject`, 48 + GC head: d_type, d_name, d_qualname, d_member), and the
 * `__dict__`/`__weakref__` getset descriptors it adds (`PyGetSetDescrObject`, 48 + GC head; refs:
 * the owning class, `d_type`).
 * Each owns references to the objects it wraps, released by one generic clear.
 */
import type { Runtime } from '../runtime';
import { PyGCObject, type PyObject } from './object';
import { TPFLAGS, type PyTypeObject } from './typeObject';

/** Which descriptor. */
export type DescrKind = 'staticmethod' | 'classmethod' | 'property' | 'member_descriptor' | 'getset_descriptor' | 'super';

/** A descriptor: `refs` holds the wrapped objects (callable; or fget, fset, fdel, doc). */
export class PyDescrObject extends PyGCObject {
  refs: (PyObject | null)[] = [];
  /** staticmethod/classmethod: `sm_dict`/`cm_dict`, the wrapped callable's attributes (`functools_wraps`). */
  dict: PyObject | null = null;
  /** property: `getter_doc`, whether the doc was taken from the getter (its copies take the new getter's). */
  getterDoc = false;
  /** Member descriptors: the slot index and name. */
  slotIndex = -1;
  slotName = '';
}

/**
 * The built-in descriptor type `d` is an instance of: its own type, or for an instance of a
 * Python subclass (`class cached(property)`) the static base the class extends.
 */
export function descrBase(d: PyDescrObject): PyTypeObject {
  let t = d.type;
  while ((t.flags & TPFLAGS.HEAPTYPE) !== 0 && t.base) t = t.base;
  return t;
}

/** Basic sizes; `super` (superobject: type, obj, obj_type) is not a descriptor but shares the shape. */
const SIZES: Record<DescrKind, number> = { staticmethod: 32, classmethod: 32, property: 64, member_descriptor: 48, getset_descriptor: 48, super: 40 };

/** One descriptor type. */
export function makeDescrType(rt: Runtime, kind: DescrKind): PyTypeObject {
  const clear = (d: PyDescrObject) => {
    const refs = d.refs;
    const dict = d.dict;
    d.refs = refs.map(() => null);
    d.dict = null;
    for (const r of refs) rt.heap.xdecref(r);
    rt.heap.xdecref(dict);
  };
  return rt.staticType({
    name: kind, basicsize: SIZES[kind], flags: TPFLAGS.HAVE_GC | (kind === 'member_descriptor' || kind === 'getset_descriptor' ? 0 : TPFLAGS.BASETYPE),
    dealloc: (heap, o) => {
      heap.gc.untrack(o as PyDescrObject);
      clear(o as PyDescrObject);
      heap.gcDel(o as PyDescrObject);
    },
    traverse: (o, visit) => {
      const d = o as PyDescrObject;
      for (const r of d.refs) if (r) visit(r);
      if (d.dict) visit(d.dict);
    },
    clear: (_heap, o) => clear(o as PyDescrObject),
  });
}

/** A new descriptor of `type` wrapping `refs` (stolen). */
export function newDescr(rt: Runtime, type: PyTypeObject, refs: (PyObject | null)[]): PyDescrObject {
  const d = rt.heap.gcNew((a) => new PyDescrObject(type, a), 16 + type.basicsize, type.name);
  d.refs = refs;
  rt.heap.gc.track(d);
  return d;
}

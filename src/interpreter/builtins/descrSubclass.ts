/**
 * Python subclasses of `property`, `classmethod` and `staticmethod` (`class cached(property)`,
 * `class abstractclassmethod(classmethod)`): the instance is the base's descriptor object with the
 * subclass as its type, so attribute lookup dispatches it as the base unless the class overrides
 * `__get__`/`__set__` (descriptorGet.ts). Measured (test/oracle/descriptorSubclassProbe.py),
 * sys.getsizeof of an instance, 3.11 / 3.12 / 3.13:
 *
 *   class P(property)       104 / 96 / 96   a weakref slot + managed dict (3.11), pre-header (3.12+)
 *   class C(classmethod)     56 / 64 / 64   cm_dict is the instance's __dict__ (tp_dictoffset)
 *
 * `__init__` runs property_init / cm_init on the instance, so a subclass's own `__init__` can
 * reach them through `super().__init__(...)`.
 */
import { classTypes } from '../../engine/objects/classTypes';
import { PyDescrObject } from '../../engine/objects/descrObject';
import type { PyObject } from '../../engine/objects/object';
import { PyHeapTypeObject } from '../../engine/objects/typeHeap';
import type { PyTypeObject } from '../../engine/objects/typeObject';
import { PyDictObject, dictItems, dictSetItem, newDict } from '../../engine/objects/dictObject';
import type { Interp } from '../runtime/interp';
import type { FoundAttr } from '../objects/typeLookup';
import { classDefined, explicitDescrGet } from '../objects/descriptorGet';
import { instanceValue } from '../objects/instanceDict';
import { argRange, clinicArgs, noKeywords } from './args';
import { initialPropertyName, propertyAttr, propertyInit, wrapsDict } from './classBuiltins';

/** `type->tp_alloc(type, 0)` for a subclass of descriptor `base`, then (`init`) the base's `__init__`. */
export function newDescrSubclassInstance(
  interp: Interp, type: PyHeapTypeObject, base: PyTypeObject, args: PyObject[], kwnames: string[] | null, init: boolean,
): PyDescrObject {
  const rt = interp.rt;
  const d = rt.heap.gcNew((a) => new PyDescrObject(type, a), type.preHeaderSize + type.basicsize, type.name);
  d.refs = base === classTypes(rt).property ? [null, null, null, null] : [null];
  rt.heap.incref(type);
  rt.heap.gc.track(d);
  if (!init) return d;
  try {
    descrInit(interp, d, args, kwnames);
  } catch (e) {
    rt.heap.decref(d);
    throw e;
  }
  return d;
}

/** `property.__init__` / `cm_init` / `sm_init` on `d` (args borrowed, the last `kwnames` are keywords). */
function descrInit(interp: Interp, d: PyDescrObject, args: PyObject[], kwnames: string[] | null): void {
  const rt = interp.rt;
  const ct = classTypes(rt);
  if (d.type.isSubtypeOf(ct.property)) {
    const bound = clinicArgs(interp, 'property', ['fget', 'fset', 'fdel', 'doc'], 0, args, kwnames) as (PyObject | undefined)[];
    const refs = [0, 1, 2, 3].map((i) => bound[i] ?? null);
    propertyInit(interp, d, refs, initialPropertyName(interp, refs[0]));
    return;
  }
  const kind = d.type.isSubtypeOf(ct.classmethod) ? 'classmethod' : 'staticmethod';
  noKeywords(interp, kind, kwnames);
  argRange(interp, kind, args, 1, 1);
  rt.heap.incref(args[0]);
  const old = d.refs[0];
  d.refs[0] = args[0];
  rt.heap.xdecref(old);
  // functools_wraps: the callable's attributes go into cm_dict, the subclass instance's __dict__.
  const wrapped = wrapsDict(interp, args[0]);
  if (!wrapped) return;
  if (!(d.dict instanceof PyDictObject)) { d.dict = wrapped; return; }
  for (const e of dictItems(wrapped)) {
    rt.heap.incref(e.key);
    rt.heap.incref(e.value);
    dictSetItem(rt, d.dict, e, e.value);
  }
  rt.heap.decref(wrapped);
}

/**
 * A classmethod's or staticmethod's `__func__` / `__wrapped__` (cm_memberlist), and an attribute
 * of a subclass instance the class statement does not define: a property's `setter`/`getter`/
 * `deleter`/`fget`... (never `__doc__`, which the class's own shadows). Null otherwise.
 */
export function descrSubclassAttr(interp: Interp, d: PyDescrObject, name: string): FoundAttr | null {
  const ct = classTypes(interp.rt);
  const type = d.type;
  const sub = type instanceof PyHeapTypeObject;
  if (sub && (classDefined(type, name) || instanceValue(interp, d, name))) return null;
  if (type.isSubtypeOf(ct.classmethod) || type.isSubtypeOf(ct.staticmethod)) {
    if (name === '__dict__' && !sub) {
      // cm_dict, made on first use (PyObject_GenericGetDict).
      d.dict ??= newDict(interp.rt);
      interp.rt.heap.incref(d.dict);
      return { value: d.dict, method: false };
    }
    if (name !== '__func__' && name !== '__wrapped__') return null;
    const f = d.refs[0] ?? interp.rt.None;
    interp.rt.heap.incref(f);
    return { value: f, method: false };
  }
  if (!sub || !type.isSubtypeOf(ct.property) || name === '__doc__') return null;
  return propertyAttr(interp, d, name);
}

/** `__init__` and `__get__` of the three types, for a subclass's `super().__init__(...)` / `super().__get__(obj, type)`. */
export function installDescrSubclassMethods(interp: Interp): void {
  const ct = classTypes(interp.rt);
  for (const t of [ct.property, ct.classmethod, ct.staticmethod]) {
    interp.methods.define(t, '__init__', (i, args, kwnames) => {
      const self = args[0];
      if (!(self instanceof PyDescrObject) || !self.type.isSubtypeOf(t)) return i.typeError(`descriptor '__init__' requires a '${t.name}' object`);
      descrInit(i, self, args.slice(1), kwnames);
      return i.none();
    });
    interp.methods.define(t, '__get__', (i, args, kwnames) => {
      noKeywords(i, '__get__', kwnames);
      return explicitDescrGet(i, args);
    });
  }
}

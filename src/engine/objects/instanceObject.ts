/**
 * Instances of Python classes (`object_new` → `PyType_GenericAlloc`, `subtype_dealloc`,
 * `subtype_traverse`, `subtype_clear`; Objects/typeobject.c, CPython 3.11–3.13).
 *
 *   3.11  [ dict ptr | values ptr ][ GC head ][ ob_refcnt ob_type weakref ]   + values array (malloc)
 *   3.12  [ dict/values | weakref ][ GC head ][ ob_refcnt ob_type ]           + values array (malloc)
 *   3.13  [ dict | weakref ][ GC head ][ ob_refcnt ob_type ][ inline values … ]   one block
 *
 * Attribute storage is the instance's `SplitValues` until something asks for `__dict__` or a name
 * does not fit the class's shared keys; then it is a dict (splitDict.ts). `__slots__` members live
 * in the object itself.
 */
import type { Heap } from '../heap';
import type { Runtime } from '../runtime';
import type { PyDictObject } from './dictObject';
import { createInstance } from './layout/instanceLayout';
import { GC_FINALIZED, PyGCObject, type PyObject } from './object';
import { newSplitValues, releaseValues, type SplitValues, valuesItems } from './splitDict';
import type { PyHeapTypeObject } from './typeHeap';
import { TPFLAGS } from './typeObject';
import { dictValuesRequest } from './layout/dictLayout';

/** An instance of a heap type whose solid base is `object`. */
export class PyInstanceObject extends PyGCObject {
  /** The shared-keys values (managed dict, not yet materialized or converted). */
  values: SplitValues | null = null;
  /** The materialized or combined `__dict__`. */
  dict: PyDictObject | null = null;
  /** `__slots__` members, in the type's member order; null when unset. */
  slots: (PyObject | null)[] = [];
}

/**
 * `object_new` for a heap type: the block (pre-header + basicsize, + inline values in 3.13), then
 * the values array in 3.11/3.12, with the class's `dk_usable--` (instanceLayout.ts `createInstance`).
 */
export function newInstance(rt: Runtime, type: PyHeapTypeObject, nonGcRequest?: number): PyInstanceObject {
  const keys = type.cachedKeys;
  const creation = createInstance(type.layout, keys ? { nentries: keys.nentries, usable: keys.usable } : null);
  const make = (a: number) => new PyInstanceObject(type, a);
  // A class standing for a static C type without Py_TPFLAGS_HAVE_GC (markNonGC): PyObject_Malloc
  // of the basic size (or what the type's own tp_alloc asks for, `nonGcRequest`), no pre-header,
  // never tracked, generation 0's count untouched.
  const gc = type.layout.gc;
  const o = gc ? rt.heap.gcNew(make, creation.objectRequest, type.name) : rt.heap.newObject(make, nonGcRequest ?? creation.objectRequest, type.name);
  rt.heap.incref(type);
  o.slots = new Array<PyObject | null>(type.slotNames.length).fill(null);
  if (keys && type.layout.managedDict) {
    keys.usable = creation.keys.usable;
    o.values = newSplitValues(rt, creation.capacity, type.layout.inlineValues);
  }
  if (gc) rt.heap.gc.track(o);
  return o;
}

/**
 * `PyObject_CallFinalizerFromDealloc`: runs `tp_finalize` once (the FINALIZED bit) with the
 * object temporarily alive; true when the finalizer resurrected it (the dealloc must stop).
 */
export function callFinalizerFromDealloc(o: PyGCObject): boolean {
  const finalize = o.type.finalize;
  if (!finalize || (o.gcFlags & GC_FINALIZED) !== 0) return false;
  o.refcnt = 1;
  o.gcFlags |= GC_FINALIZED;
  finalize(o);
  if (--o.refcnt === 0) return false;
  return true;
}

/**
 * Makes class `t` stand for a static C type without `Py_TPFLAGS_HAVE_GC` whose instances measure
 * `basicsize` (datetime's `date`, `time`…): no GC head, no managed pre-header, untracked
 * instances (`gc.is_tracked` False), `sys.getsizeof` the basic size. Its subclasses are GC types
 * again, `type_new` adding the head after the base's `basicsize`. Before any instance exists.
 */
export function markNonGC(t: PyHeapTypeObject, basicsize: number): void {
  t.flags &= ~(TPFLAGS.HAVE_GC | TPFLAGS.MANAGED_DICT | TPFLAGS.MANAGED_WEAKREF);
  t.preHeaderSize = 0;
  (t as { basicsize: number }).basicsize = basicsize; // tp_basicsize is fixed once a type is ready; this is its readying
  t.sizeof = () => basicsize;
  t.layout = { ...t.layout, basicSize: basicsize, gc: false, managedPreHeader: false, managedDict: false, managedWeakref: false, inlineValues: false };
}

/** `subtype_clear`: the slots, then the dict or the values. */
export function instanceClear(rt: Runtime, o: PyInstanceObject): void {
  const slots = o.slots;
  o.slots = slots.map(() => null);
  for (const v of slots) rt.heap.xdecref(v);
  const dict = o.dict;
  const values = o.values;
  o.dict = null;
  o.values = null;
  if (dict) {
    // 3.13: a dict that outlives the object copies the inline values out (`_PyObject_ManagedDictValidityCheck`).
    if (dict.values && dict.values.address === 0 && dict.refcnt > 1) {
      dict.values.address = rt.heap.memory.memMalloc(dictValuesRequest(dict.values.capacity, rt.profile.version === '3.13'), 'dict values');
    }
    rt.heap.decref(dict);
  } else if (values) releaseValues(rt, values);
}

/** `subtype_traverse`: the slots, the values or dict, and the type. */
export function instanceTraverse(o: PyObject, visit: (referent: PyObject) => void): void {
  const inst = o as PyInstanceObject;
  for (const v of inst.slots) if (v) visit(v);
  if (inst.values) for (const ix of inst.values.order) visit(inst.values.items[ix] as PyObject);
  const dict = inst.dict;
  // 3.13's PyObject_VisitManagedDict: while a materialized __dict__ still uses the values inline
  // in the object, the object visits those values and not the dict (which visits nothing).
  if (dict?.values && dict.values.address === 0) for (const e of valuesItems(dict.keys, dict.values)) visit(e.value);
  else if (dict) visit(dict);
  visit(inst.type);
}

/** `subtype_dealloc`: finalizer (maybe resurrecting), untrack, clear, free, release the type. */
export function instanceDealloc(rt: Runtime, heap: Heap, o: PyObject): void {
  const inst = o as PyInstanceObject;
  if (callFinalizerFromDealloc(inst)) return;
  heap.gc.untrack(inst);
  // "If we added a weaklist, we clear it. Do this *before* ... clearing the instance dict."
  if (heap.weakrefLists.size !== 0) heap.clearWeakRefs(inst);
  instanceClear(rt, inst);
  const type = inst.type;
  if (type.isGC) heap.gcDel(inst);
  else heap.freeObject(inst);
  heap.decref(type);
}

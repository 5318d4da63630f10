/**
 * Weak references (Objects/weakrefobject.c, 3.11–3.13): `PyWeakReference` and the weakref list of
 * each referent, in CPython's list order.
 *
 *   referent's list:  [ basic ref (no callback) ][ refs with callbacks, newest first ] ...
 *
 * A callback-less `weakref.ref(o)` is shared (the basic ref at the head); a ref with a callback is
 * inserted right after the basic ref (`insert_after(self, prev)`), so callbacks run newest first.
 * The list lives where `tp_weaklistoffset` points (a slot in 3.11, the managed pre-header in
 * 3.12+); the simulation keeps it in `Heap.weakrefLists`, keyed by referent, since only the order
 * and the clearing matter, not the word itself.
 *
 *   sizeof(PyWeakReference) = 64: ob_base 16, wr_object, wr_callback, hash, wr_prev, wr_next,
 *   vectorcall (measured `__basicsize__` 64 and `sys.getsizeof` 80 in 3.11, 3.12 and 3.13)
 */
import type { Heap } from '../heap';
import type { Runtime } from '../runtime';
import { PyFunctionObject } from './funcObject';
import { PyGenObject } from './genObject';
import { PyMethodObject } from './methodObject';
import { PyGCObject, type PyObject } from './object';
import { PySetObject } from './setObject';
import { PyHeapTypeObject } from './typeHeap';
import { newTuple } from './tupleObject';
import { PyTypeObject, TPFLAGS } from './typeObject';

/** `sizeof(PyWeakReference)`. */
export const WEAKREF_SIZE = 64;

/** A `weakref.ref`. */
export class PyWeakReference extends PyGCObject {
  /** `wr_object`: the referent, null once cleared (CPython stores `Py_None`). */
  referent: PyObject | null = null;
  /** `wr_callback` (owned), null for none. */
  callback: PyObject | null = null;
  /** `hash`: the referent's hash, cached on the first `hash(ref)` (so it survives the referent). */
  hash: number | bigint | null = null;
}

/** `_PyType_SUPPORTS_WEAKREFS(Py_TYPE(o))`. */
const weakrefableStatics = new WeakSet<PyTypeObject>();

/** Marks a static type whose instances have a weakref list (a C type with `tp_weaklistoffset`). */
export function markWeakrefable(t: PyTypeObject): void {
  weakrefableStatics.add(t);
}

export function supportsWeakrefs(o: PyObject): boolean {
  const t = o.type;
  if (weakrefableStatics.has(t)) return true;
  if (t instanceof PyHeapTypeObject) {
    const mro = t.mro ?? [t];
    return mro.some((c) => c instanceof PyHeapTypeObject && (c.layout.managedWeakref || c.weakrefMember));
  }
  return o instanceof PyFunctionObject || o instanceof PyMethodObject || o instanceof PySetObject || o instanceof PyTypeObject
    || o instanceof PyGenObject || t.name === 'builtin_function_or_method'; // PyCFunctionObject's m_weakreflist
}

const weakrefTypes = new WeakMap<Runtime, PyTypeObject>();

/** `_PyWeakref_RefType` of `rt` (created on first use). */
export function weakrefType(rt: Runtime): PyTypeObject {
  let type = weakrefTypes.get(rt);
  if (type) return type;
  type = rt.staticType({
    name: 'weakref.ReferenceType', basicsize: WEAKREF_SIZE, flags: TPFLAGS.HAVE_GC | TPFLAGS.BASETYPE,
    // weakref_dealloc: untrack, clear_weakref, tp_free.
    dealloc: (heap, o) => {
      heap.gc.untrack(o as PyWeakReference);
      clearWeakref(heap, o as PyWeakReference);
      heap.gcDel(o as PyWeakReference);
    },
    traverse: (o, visit) => { const cb = (o as PyWeakReference).callback; if (cb) visit(cb); },
    clear: (heap, o) => clearWeakref(heap, o as PyWeakReference),
  });
  weakrefTypes.set(rt, type);
  return type;
}

/** The referent's weakref list (`*_PyObject_GET_WEAKREFS_LISTPTR`), empty when it has none. */
export function weakrefsOf(heap: Heap, o: PyObject): readonly PyWeakReference[] {
  return (heap.weakrefLists.get(o) as PyWeakReference[] | undefined) ?? [];
}

/**
 * `weakref___new__`: the shared basic ref when there is no callback, else a new ref inserted
 * after the basic ref. Returns a new reference. The caller has checked the referent supports
 * weak references.
 */
export function newWeakref(rt: Runtime, referent: PyObject, callback: PyObject | null, subtype?: { type: PyTypeObject; size: number }): PyWeakReference {
  const heap = rt.heap;
  const list = heap.weakrefLists.get(referent) as PyWeakReference[] | undefined;
  // The basic ref is an exact ref without a callback (a proxy or a subclass instance is not).
  const basic = list && list.length > 0 && list[0] instanceof PyWeakReference && list[0].type === weakrefType(rt) && list[0].callback === null ? list[0] : null;
  if (callback === null && basic && !subtype) {
    heap.incref(basic);
    return basic;
  }
  const type = subtype?.type ?? weakrefType(rt);
  const wr = heap.gcNew((a) => new PyWeakReference(type, a), subtype?.size ?? 16 + WEAKREF_SIZE, type.name);
  wr.referent = referent;
  if (callback) {
    heap.incref(callback);
    wr.callback = callback;
  }
  heap.gc.track(wr);
  const l = list ?? [];
  if (!list) heap.weakrefLists.set(referent, l);
  // insert_head for the basic ref; insert_after(self, basic ref) otherwise.
  if ((callback === null && !subtype) || !basic) l.unshift(wr);
  else l.splice(1, 0, wr);
  return wr;
}

/** `_PyWeakref_ClearRef`: unlink from the referent's list; the callback stays. */
export function clearRef(heap: Heap, wr: PyWeakReference): void {
  const referent = wr.referent;
  if (referent === null) return;
  wr.referent = null;
  const list = heap.weakrefLists.get(referent);
  if (!list) return;
  const i = list.indexOf(wr);
  if (i >= 0) list.splice(i, 1);
  if (list.length === 0) heap.weakrefLists.delete(referent);
}

/** `clear_weakref`: `_PyWeakref_ClearRef`, then drop the callback. */
export function clearWeakref(heap: Heap, wr: PyWeakReference): void {
  clearRef(heap, wr);
  const cb = wr.callback;
  wr.callback = null;
  heap.xdecref(cb);
}

/**
 * `PyObject_ClearWeakRefs`, called by a dealloc: clears every weakref to `o`, then calls the
 * callbacks (newest ref first). 3.11/3.12 go through a `(ref, callback)*count` tuple only when the
 * list holds more than one ref; 3.13 first drops the callback-less refs and then always builds
 * the tuple for the rest.
 */
export function clearWeakRefs(rt: Runtime, o: PyObject): void {
  const heap = rt.heap;
  const list = heap.weakrefLists.get(o) as PyWeakReference[] | undefined;
  if (!list || list.length === 0) return;
  const v313 = rt.profile.versionInfo[1] >= 13;
  if (v313) {
    while (list.length > 0 && list[0].callback === null) clearWeakref(heap, list[0]);
    if (list.length === 0) return;
  } else if (list.length === 1) {
    const wr = list[0];
    const callback = wr.callback;
    wr.callback = null;
    clearWeakref(heap, wr);
    if (callback) {
      heap.onWeakrefCallback?.(wr, callback);
      heap.decref(callback);
    }
    return;
  }
  const refs = [...list];
  const tuple = newTuple(rt, refs.flatMap(() => {
    heap.incref(rt.None);
    heap.incref(rt.None);
    return [rt.None, rt.None];
  }));
  const calls: [PyWeakReference, PyObject][] = [];
  for (const wr of refs) {
    const callback = wr.callback;
    wr.callback = null;
    clearWeakref(heap, wr);
    if (callback) {
      heap.incref(wr);
      calls.push([wr, callback]);
    }
  }
  for (const [wr, callback] of calls) heap.onWeakrefCallback?.(wr, callback);
  // The tuple's items go last to first, as tuple_dealloc releases them.
  for (let i = calls.length - 1; i >= 0; i--) {
    heap.decref(calls[i][1]);
    heap.decref(calls[i][0]);
  }
  heap.decref(tuple);
}

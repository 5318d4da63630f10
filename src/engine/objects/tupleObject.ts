/**
 * `tuple` (Objects/tupleobject.c): a GC object with its items inline (24 + 8n bytes, plus the GC
 * head). `()` is a static singleton; tuples of length 1..20 are recycled through one free list per
 * length, up to 2000 each (`PyTuple_MAXSAVESIZE`, `PyTuple_MAXFREELIST`).
 */
import type { Runtime } from '../runtime';
import { FreeList } from './freeList';
import { isGC, PyGCObject, type PyObject } from './object';
import { PyTypeObject, TPFLAGS } from './typeObject';

/** `PyTupleObject`. */
export class PyTupleObject extends PyGCObject {
  constructor(type: PyTypeObject, address: number, public items: PyObject[]) {
    super(type, address);
  }
}

/** `PyTuple_MAXSAVESIZE`: lengths 1..20 have free lists. */
export const TUPLE_MAXSAVESIZE = 20;
/** `PyTuple_MAXFREELIST`. */
export const TUPLE_MAXFREELIST = 2000;

/** `tuple.__sizeof__` of n items. */
export function tupleSizeof(n: number): number {
  return 24 + 8 * n;
}

/** The tuple type and its free lists (index = length - 1). */
export function makeTupleType(rt: Runtime): { type: PyTypeObject; freeLists: FreeList<PyTupleObject>[] } {
  const freeLists = Array.from({ length: TUPLE_MAXSAVESIZE },
    (_, i) => new FreeList<PyTupleObject>(`tuple[${i + 1}]`, TUPLE_MAXFREELIST, tupleSizeof(i + 1)));
  const type = rt.staticType({
    name: 'tuple', basicsize: 24, itemsize: 8, flags: TPFLAGS.HAVE_GC | TPFLAGS.BASETYPE,
    // tupledealloc: untrack, release items last to first, then the free list of its length.
    dealloc: (heap, o) => {
      const t = o as PyTupleObject;
      heap.gc.untrack(t);
      const items = t.items;
      for (let i = items.length - 1; i >= 0; i--) heap.decref(items[i]);
      const n = items.length;
      t.items = [];
      if (n > 0 && n <= TUPLE_MAXSAVESIZE && t.type === type && freeLists[n - 1].push(heap, t)) return;
      heap.gcDel(t);
    },
    // `list_traverse` / `tupletraverse` visit the items last to first.
    traverse: (o, visit) => { const items = (o as PyTupleObject).items; for (let i = items.length - 1; i >= 0; i--) visit(items[i]); },
    sizeof: (o) => tupleSizeof((o as PyTupleObject).items.length),
  });
  return { type, freeLists };
}

/**
 * `_PyTuple_FromArraySteal` / `PyTuple_New` + fill: takes ownership of `items`' references and
 * returns a tracked tuple (the empty tuple is the static singleton).
 */
export function newTuple(rt: Runtime, items: PyObject[]): PyTupleObject {
  const n = items.length;
  if (n === 0) {
    rt.heap.incref(rt.emptyTuple);
    return rt.emptyTuple;
  }
  let t: PyTupleObject | undefined;
  if (n <= TUPLE_MAXSAVESIZE) t = rt.tupleFreeLists[n - 1].pop(rt.heap);
  if (t) t.items = items;
  else t = rt.heap.gcBorn(new PyTupleObject(rt.types.tuple, rt.heap.objectBlock(16 + tupleSizeof(n), 'tuple'), items));
  rt.heap.gc.track(t);
  return t;
}

/**
 * `_PyTuple_MaybeUntrack`: a tuple whose items can never be part of a cycle (atomic, or untracked
 * tuples) is untracked, as each collection does for the tuples it scans.
 */
export function maybeUntrackTuple(rt: Runtime, t: PyTupleObject): void {
  for (const item of t.items) if (mayBeTracked(rt, item)) return;
  rt.heap.gc.untrack(t);
}

/**
 * `_PyObject_GC_MAY_BE_TRACKED`: a GC object (static types are not: `type_is_gc` is false for them),
 * except a tuple, which counts only while tracked.
 */
export function mayBeTracked(rt: Runtime, o: PyObject): boolean {
  if (!isGC(o)) return false;
  if (o instanceof PyTypeObject && (o.flags & TPFLAGS.HEAPTYPE) === 0) return false;
  if (o.type === rt.types.tuple) return o.tracked;
  return true;
}

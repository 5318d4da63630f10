/**
 * `list_iterator` and `tuple_iterator` (Objects/listobject.c, tupleobject.c): 32-byte GC objects
 * (48 with the GC head) holding the sequence and an index. The iterator drops its reference to the
 * sequence as soon as it is exhausted, as CPython's `listiter_next` does.
 */
import type { Runtime } from '../runtime';
import { PyGCObject, type PyObject } from './object';
import { TPFLAGS, type PyTypeObject } from './typeObject';

/** `listiterobject` / `tupleiterobject`. */
export class PySeqIterObject extends PyGCObject {
  /** The sequence; null once exhausted. */
  seq: PyObject | null = null;
  /** Next index. */
  index = 0;
}

/** One of the two sequence-iterator types. */
export function makeSeqIterType(rt: Runtime, name: 'list_iterator' | 'tuple_iterator'): PyTypeObject {
  return rt.staticType({
    name, basicsize: 32, flags: TPFLAGS.HAVE_GC,
    dealloc: (heap, o) => {
      const it = o as PySeqIterObject;
      heap.gc.untrack(it);
      const seq = it.seq;
      it.seq = null;
      heap.xdecref(seq);
      heap.gcDel(it);
    },
    traverse: (o, visit) => { const s = (o as PySeqIterObject).seq; if (s) visit(s); },
  });
}

/** A new tracked iterator over `seq` (a new reference to it is taken). */
export function newSeqIter(rt: Runtime, type: PyTypeObject, seq: PyObject): PySeqIterObject {
  const it = rt.heap.gcNew((a) => new PySeqIterObject(type, a), 16 + 32, type.name);
  rt.heap.incref(seq);
  it.seq = seq;
  rt.heap.gc.track(it);
  return it;
}

/** Ends the iteration: drops the sequence (`Py_CLEAR(it->it_seq)`). */
export function exhaustSeqIter(rt: Runtime, it: PySeqIterObject): void {
  const seq = it.seq;
  it.seq = null;
  rt.heap.xdecref(seq);
}

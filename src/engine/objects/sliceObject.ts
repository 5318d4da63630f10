/**
 * `slice` (Objects/sliceobject.c): a 40-byte GC object (56 with the GC head) of start, stop, step.
 * The interpreter keeps one dead slice to reuse (`slice_cache` in 3.11/3.12, a free list of one in
 * 3.13), so `a[i:j]` in a loop allocates nothing after the first time.
 */
import type { Runtime } from '../runtime';
import { FreeList } from './freeList';
import { PyGCObject, type PyObject } from './object';
import { TPFLAGS, type PyTypeObject } from './typeObject';

/** `PySliceObject`. */
export class PySliceObject extends PyGCObject {
  start: PyObject | null = null;
  stop: PyObject | null = null;
  step: PyObject | null = null;
}

/** The slice type and its one-entry cache. */
export function makeSliceType(rt: Runtime): { type: PyTypeObject; cache: FreeList<PySliceObject> } {
  const cache = new FreeList<PySliceObject>('slice', 1, 40);
  const type = rt.staticType({
    name: 'slice', basicsize: 40, flags: TPFLAGS.HAVE_GC,
    // slice_dealloc: untrack, release step, start, stop; keep one in the cache.
    dealloc: (heap, o) => {
      const s = o as PySliceObject;
      heap.gc.untrack(s);
      const { start, stop, step } = s;
      s.start = s.stop = s.step = null;
      heap.xdecref(step);
      heap.xdecref(start);
      heap.xdecref(stop);
      if (cache.push(heap, s)) return;
      heap.gcDel(s);
    },
    traverse: (o, visit) => {
      const s = o as PySliceObject;
      if (s.start) visit(s.start);
      if (s.stop) visit(s.stop);
      if (s.step) visit(s.step);
    },
  });
  return { type, cache };
}

/** `_PyBuildSlice_Consume2` / `PySlice_New`: steals start, stop and step (None for absent). */
export function newSlice(rt: Runtime, start: PyObject, stop: PyObject, step: PyObject): PySliceObject {
  let s = rt.sliceCache.pop(rt.heap);
  if (!s) s = rt.heap.gcNew((a) => new PySliceObject(rt.types.slice, a), 16 + 40, 'slice');
  s.start = start;
  s.stop = stop;
  s.step = step;
  rt.heap.gc.track(s);
  return s;
}

/** `cell` (Objects/cellobject.c): a 24-byte GC object holding one reference, for closures. */
import type { Runtime } from '../runtime';
import { PyGCObject, type PyObject } from './object';
import { TPFLAGS, type PyTypeObject } from './typeObject';

/** `PyCellObject`. */
export class PyCellObject extends PyGCObject {
  /** `ob_ref`; null when empty. */
  contents: PyObject | null = null;
}

/** The cell type. */
export function makeCellType(rt: Runtime): PyTypeObject {
  return rt.staticType({
    name: 'cell', basicsize: 24, flags: TPFLAGS.HAVE_GC,
    dealloc: (heap, o) => {
      const c = o as PyCellObject;
      heap.gc.untrack(c);
      const v = c.contents;
      c.contents = null;
      heap.xdecref(v);
      heap.gcDel(c);
    },
    traverse: (o, visit) => { const v = (o as PyCellObject).contents; if (v) visit(v); },
    clear: (heap, o) => { const c = o as PyCellObject; const v = c.contents; c.contents = null; heap.xdecref(v); },
  });
}

/** `PyCell_New(contents)` (steals `contents`): a tracked cell. */
export function newCell(rt: Runtime, contents: PyObject | null): PyCellObject {
  const c = rt.heap.gcNew((a) => new PyCellObject(rt.types.cell, a), 16 + 24, 'cell');
  c.contents = contents;
  rt.heap.gc.track(c);
  return c;
}

/**
 * The shape shared by CPython's small iterator and view objects (dict views and iterators, set
 * iterators, enumerate, zip, map, filter, reversed, str iterators): a GC object whose only
 * references are a few pointer fields, released in field order by `tp_dealloc` (untrack,
 * `Py_XDECREF` each, `PyObject_GC_Del`) and visited in that order by `tp_traverse`.
 */
import type { Runtime } from '../runtime';
import type { PyGCObject, PyObject } from './object';
import { TPFLAGS, type PyTypeObject } from './typeObject';

/** A static GC type of `basicsize` bytes whose instances reference others only through `fields`. */
export function refFieldsType<T extends PyGCObject>(
  rt: Runtime, name: string, basicsize: number, fields: readonly (keyof T & string)[],
): PyTypeObject {
  const refs = (o: PyObject) => o as unknown as Record<string, PyObject | null>;
  return rt.staticType({
    name, basicsize, flags: TPFLAGS.HAVE_GC,
    dealloc: (heap, o) => {
      heap.gc.untrack(o as PyGCObject);
      const r = refs(o);
      for (const f of fields) {
        const v = r[f];
        r[f] = null;
        heap.xdecref(v);
      }
      heap.gcDel(o as PyGCObject);
    },
    traverse: (o, visit) => {
      const r = refs(o);
      for (const f of fields) {
        const v = r[f];
        if (v) visit(v);
      }
    },
  });
}

/** `PyObject_GC_New` + `_PyObject_GC_TRACK` for a `refFieldsType` instance. */
export function newTrackedObject<T extends PyGCObject>(rt: Runtime, type: PyTypeObject, make: (type: PyTypeObject, address: number) => T): T {
  const o = rt.heap.gcNew((a) => make(type, a), type.preHeaderSize + type.basicsize, type.name);
  rt.heap.gc.track(o);
  return o;
}

/**
 * Bound methods (`method`, Objects/classobject.c): a 48-byte GC object (64 with the GC head)
 * holding the function and `self`. The eval loop's method form of LOAD_ATTR avoids making one when
 * the attribute is called at once; `obj.meth` used as a value allocates it.
 */
import type { Runtime } from '../runtime';
import { PyGCObject, type PyObject } from './object';
import { TPFLAGS, type PyTypeObject } from './typeObject';

/** `PyMethodObject`. */
export class PyMethodObject extends PyGCObject {
  constructor(type: PyTypeObject, address: number, public func: PyObject | null, public self: PyObject | null) {
    super(type, address);
  }
}

/** `sizeof(PyMethodObject)`: im_func, im_self, im_weakreflist, vectorcall. */
export const METHOD_SIZE = 48;

/** The `method` type. */
export function makeMethodType(rt: Runtime): PyTypeObject {
  const clear = (m: PyMethodObject) => {
    const f = m.func;
    const s = m.self;
    m.func = m.self = null;
    rt.heap.xdecref(f);
    rt.heap.xdecref(s);
  };
  return rt.staticType({
    name: 'method', basicsize: METHOD_SIZE, flags: TPFLAGS.HAVE_GC,
    dealloc: (heap, o) => {
      heap.gc.untrack(o as PyMethodObject);
      clear(o as PyMethodObject);
      heap.gcDel(o as PyMethodObject);
    },
    traverse: (o, visit) => {
      const m = o as PyMethodObject;
      if (m.func) visit(m.func);
      if (m.self) visit(m.self);
    },
    clear: (_heap, o) => clear(o as PyMethodObject),
  });
}

/** `PyMethod_New(func, self)`: takes new references to both. */
export function newMethod(rt: Runtime, type: PyTypeObject, func: PyObject, self: PyObject): PyMethodObject {
  rt.heap.incref(func);
  rt.heap.incref(self);
  const m = rt.heap.gcNew((a) => new PyMethodObject(type, a, func, self), 16 + METHOD_SIZE, 'method');
  rt.heap.gc.track(m);
  return m;
}

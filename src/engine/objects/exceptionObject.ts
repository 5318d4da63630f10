/**
 * Exception instances (Objects/exceptions.c): `PyBaseExceptionObject` is a 72-byte GC object (88
 * with the GC head; measured on 3.11–3.13) holding `args` and the chaining fields; some subclasses
 * add fields (StopIteration's `value`, NameError's `name`, AttributeError's `name` and `obj`).
 */
import type { Runtime } from '../runtime';
import { PyGCObject, type PyObject } from './object';
import { TPFLAGS, type PyTypeObject } from './typeObject';

/** `PyBaseExceptionObject` and the subclasses' extra fields. */
export class PyBaseExceptionObject extends PyGCObject {
  dict: PyObject | null = null;
  args: PyObject | null = null;
  notes: PyObject | null = null;
  traceback: PyObject | null = null;
  cause: PyObject | null = null;
  context: PyObject | null = null;
  suppressContext = false;
  /** Subclass fields (`value`, `name`, `obj`, …), released after the base fields. */
  extra: (PyObject | null)[] = [];
}

/** `sizeof(PyBaseExceptionObject)`. */
export const BASE_EXCEPTION_SIZE = 72;

function clearException(rt: Runtime, e: PyBaseExceptionObject): void {
  const heap = rt.heap;
  const extra = e.extra;
  e.extra = [];
  for (const v of extra) heap.xdecref(v);
  const fields = [e.dict, e.args, e.notes, e.traceback, e.cause, e.context];
  e.dict = e.args = e.notes = e.traceback = e.cause = e.context = null;
  for (const v of fields) heap.xdecref(v);
}

/** A built-in exception type deriving from `base` (null for BaseException). */
export function makeExceptionType(rt: Runtime, name: string, base: PyTypeObject | null, extraSlots = 0, extraFlags = 0): PyTypeObject {
  return rt.staticType({
    name, basicsize: BASE_EXCEPTION_SIZE + 8 * extraSlots, flags: TPFLAGS.HAVE_GC | TPFLAGS.BASETYPE | extraFlags, base,
    dealloc: (heap, o) => {
      const e = o as PyBaseExceptionObject;
      heap.gc.untrack(e);
      clearException(rt, e);
      heap.gcDel(e);
    },
    traverse: (o, visit) => {
      const e = o as PyBaseExceptionObject;
      for (const v of [e.dict, e.args, e.notes, e.traceback, e.cause, e.context, ...e.extra]) if (v) visit(v);
    },
    clear: (_heap, o) => clearException(rt, o as PyBaseExceptionObject),
  });
}

/** `BaseException_new`: an instance of `type` owning `args` (a tuple, stolen). */
export function newException(rt: Runtime, type: PyTypeObject, args: PyObject): PyBaseExceptionObject {
  const e = rt.heap.gcNew((a) => new PyBaseExceptionObject(type, a), type.preHeaderSize + type.basicsize, type.name);
  e.args = args;
  e.extra = new Array<PyObject | null>((type.basicsize - BASE_EXCEPTION_SIZE) / 8).fill(null);
  rt.heap.gc.track(e);
  return e;
}

/**
 * Objects standing for code written in C in CPython: built-in functions (`len`, `print`), method
 * descriptors (`list.append`) and built-in methods bound to an object (`[].append`, 72 bytes with
 * the GC head, allocated when such a method is used as a value rather than called at once).
 * The engine stores the interpreter's implementation opaquely.
 */
import type { Runtime } from '../runtime';
import { PyGCObject, type PyObject } from './object';
import type { Heap } from '../heap';
import { TPFLAGS, type PyTypeObject } from './typeObject';

/** A built-in function or method (`PyCFunctionObject`): `self` is null for a plain function. */
export class PyCFunctionObject extends PyGCObject {
  constructor(type: PyTypeObject, address: number, public readonly name: string, public readonly impl: unknown,
    public self: PyObject | null) {
    super(type, address);
  }
}

/** `sizeof(PyCFunctionObject)`. */
export const CFUNCTION_SIZE = 56;

/** `tp_dealloc` of a built-in callable holding `self` (a bound built-in method, a method-wrapper). */
export function cfunctionDealloc(heap: Heap, o: PyObject): void {
  const f = o as PyCFunctionObject;
  heap.gc.untrack(f);
  const self = f.self;
  f.self = null;
  heap.xdecref(self);
  heap.gcDel(f);
}

/** `tp_traverse` of the same: visits `self`. */
export function cfunctionTraverse(o: PyObject, visit: (referent: PyObject) => void): void {
  const s = (o as PyCFunctionObject).self;
  if (s) visit(s);
}

/** The `builtin_function_or_method` type. */
export function makeCFunctionType(rt: Runtime): PyTypeObject {
  return rt.staticType({
    name: 'builtin_function_or_method', basicsize: CFUNCTION_SIZE, flags: TPFLAGS.HAVE_GC, dealloc: cfunctionDealloc, traverse: cfunctionTraverse,
  });
}

/** A static built-in function (part of the interpreter's startup state, never freed). */
export function staticCFunction(rt: Runtime, name: string, impl: unknown): PyCFunctionObject {
  return rt.staticObject(new PyCFunctionObject(rt.types.builtinFunction, rt.heap.staticAddress(16 + CFUNCTION_SIZE), name, impl, null));
}

/** A built-in method bound to `self` (a new reference is taken): what `obj.method` evaluates to. */
export function newBoundCMethod(rt: Runtime, name: string, impl: unknown, self: PyObject): PyCFunctionObject {
  rt.heap.incref(self);
  const f = rt.heap.gcNew((a) => new PyCFunctionObject(rt.types.builtinFunction, a, name, impl, self), 16 + CFUNCTION_SIZE, 'builtin_function_or_method');
  rt.heap.gc.track(f);
  return f;
}

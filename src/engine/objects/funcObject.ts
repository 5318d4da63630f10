/**
 * `function` (Objects/funcobject.c): what `def` and `lambda` allocate (MAKE_FUNCTION): a GC object
 * of `tp_basicsize` 136 (3.11) or 144 (3.12+) bytes, plus the GC head. The code it runs belongs to
 * the interpreter; the engine holds the references a function owns, to release them in
 * `func_clear`'s order.
 */
import type { Runtime } from '../runtime';
import { PyGCObject, type PyObject } from './object';
import { TPFLAGS, type PyTypeObject } from './typeObject';

/** The references a function owns, in the order `func_clear` releases them (3.12). */
export interface FunctionRefs {
  globals: PyObject | null;
  module: PyObject | null;
  defaults: PyObject | null;
  kwdefaults: PyObject | null;
  doc: PyObject | null;
  dict: PyObject | null;
  closure: PyObject | null;
  annotations: PyObject | null;
  qualname: PyObject | null;
  name: PyObject | null;
  /** `__type_params__` (3.12 func_typeparams), set by INTRINSIC_SET_FUNCTION_TYPE_PARAMS. */
  typeParams: PyObject | null;
}

const refOrder: (keyof FunctionRefs)[] = ['globals', 'module', 'defaults', 'kwdefaults', 'doc', 'dict', 'closure', 'annotations', 'qualname', 'name', 'typeParams'];

/** `PyFunctionObject`. */
export class PyFunctionObject extends PyGCObject {
  /** The interpreter's code object (not a heap object in this model). */
  code: unknown = null;
  /** What the function owns. */
  refs: FunctionRefs = {
    globals: null, module: null, defaults: null, kwdefaults: null, doc: null, dict: null, closure: null,
    annotations: null, qualname: null, name: null, typeParams: null,
  };
}

/** The function type. */
export function makeFunctionType(rt: Runtime): PyTypeObject {
  const clear = (o: PyObject) => {
    const refs = (o as PyFunctionObject).refs;
    for (const k of refOrder) {
      const v = refs[k];
      refs[k] = null;
      rt.heap.xdecref(v);
    }
  };
  return rt.staticType({
    name: 'function', basicsize: rt.profile.functionBasicSize, flags: TPFLAGS.HAVE_GC,
    dealloc: (heap, o) => {
      heap.gc.untrack(o as PyFunctionObject);
      clear(o);
      heap.gcDel(o as PyFunctionObject);
    },
    traverse: (o, visit) => {
      const refs = (o as PyFunctionObject).refs;
      for (const k of refOrder) { const v = refs[k]; if (v) visit(v); }
    },
    clear: (_heap, o) => clear(o),
  });
}

/** `PyFunction_New`: a tracked function owning `refs` (stolen). */
export function newFunction(rt: Runtime, code: unknown, refs: Partial<FunctionRefs>): PyFunctionObject {
  const f = rt.heap.gcNew((a) => new PyFunctionObject(rt.types.function, a), 16 + rt.profile.functionBasicSize, 'function');
  f.code = code;
  Object.assign(f.refs, refs);
  rt.heap.gc.track(f);
  return f;
}

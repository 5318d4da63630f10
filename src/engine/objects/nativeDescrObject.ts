/**
 * The descriptors of built-in types (Objects/descrobject.c): `method_descriptor` (`list.append`),
 * `classmethod_descriptor` (`vars(int)['from_bytes']`) and `wrapper_descriptor` (`list.__len__`, the
 * slot wrappers `add_operators` makes from typeobject.c's slotdefs), all `PyDescr_COMMON` (d_type,
 * d_name, d_qualname) plus two words: 56 bytes, 72 with the GC head. They are made when the type is
 * readied and live as long as the interpreter, so here they are static objects.
 *
 * A wrapper descriptor read on an instance gives a `method-wrapper` (`wrapperobject`: descr, self;
 * 32 bytes, 48 with the GC head), allocated on every access as `wrapperdescr_get` does.
 *
 * All of them are `PyCFunctionObject`s here, so every caller of built-in callables calls them the
 * same way: a descriptor has no `self` (the object comes first among the arguments), a
 * method-wrapper has one.
 */
import type { Runtime } from '../runtime';
import { cfunctionDealloc, cfunctionTraverse, PyCFunctionObject } from './nativeObject';
import type { PyObject } from './object';
import { TPFLAGS, type PyTypeObject } from './typeObject';

/** `sizeof(PyMethodDescrObject)` = `sizeof(PyWrapperDescrObject)`. */
export const NATIVE_DESCR_SIZE = 56;

/** `sizeof(wrapperobject)`: object head, descr, self. */
export const METHOD_WRAPPER_SIZE = 32;

/** Which kind of built-in descriptor. */
export type NativeDescrKind = 'method_descriptor' | 'classmethod_descriptor' | 'wrapper_descriptor';

/** A descriptor of a built-in type: `owner` is `d_type`. */
export class PyNativeDescrObject extends PyCFunctionObject {
  constructor(type: PyTypeObject, address: number, name: string, impl: unknown, public readonly owner: PyTypeObject) {
    super(type, address, name, impl, null);
  }
}

/** A slot wrapper bound to an object (`method-wrapper`). */
export class PyMethodWrapperObject extends PyCFunctionObject {
  constructor(type: PyTypeObject, address: number, public readonly descr: PyNativeDescrObject, self: PyObject) {
    super(type, address, descr.name, descr.impl, self);
  }
}

/** The four types, by role. */
export interface NativeDescrTypes {
  methodDescriptor: PyTypeObject;
  classmethodDescriptor: PyTypeObject;
  wrapperDescriptor: PyTypeObject;
  methodWrapper: PyTypeObject;
}

const cache = new WeakMap<Runtime, NativeDescrTypes>();

/** The built-in descriptor types of `rt`, made on first use. */
export function nativeDescrTypes(rt: Runtime): NativeDescrTypes {
  let t = cache.get(rt);
  if (!t) {
    const noDealloc = () => { throw new Error('static descriptor deallocated'); };
    const descr = (name: NativeDescrKind) => rt.staticType({ name, basicsize: NATIVE_DESCR_SIZE, flags: TPFLAGS.HAVE_GC, dealloc: noDealloc });
    t = {
      methodDescriptor: descr('method_descriptor'),
      classmethodDescriptor: descr('classmethod_descriptor'),
      wrapperDescriptor: descr('wrapper_descriptor'),
      methodWrapper: rt.staticType({
        name: 'method-wrapper', basicsize: METHOD_WRAPPER_SIZE, flags: TPFLAGS.HAVE_GC, dealloc: cfunctionDealloc, traverse: cfunctionTraverse,
      }),
    };
    cache.set(rt, t);
  }
  return t;
}

/** A static descriptor of `owner` named `name`, calling `impl` with the object first. */
export function staticNativeDescr(rt: Runtime, kind: NativeDescrKind, owner: PyTypeObject, name: string, impl: unknown): PyNativeDescrObject {
  const types = nativeDescrTypes(rt);
  const type = kind === 'method_descriptor' ? types.methodDescriptor : kind === 'classmethod_descriptor' ? types.classmethodDescriptor : types.wrapperDescriptor;
  return rt.staticObject(new PyNativeDescrObject(type, rt.heap.staticAddress(16 + NATIVE_DESCR_SIZE), name, impl, owner));
}

/** `wrapperdescr_get` on an object: a new method-wrapper holding a new reference to `self`. */
export function newMethodWrapper(rt: Runtime, descr: PyNativeDescrObject, self: PyObject): PyMethodWrapperObject {
  rt.heap.incref(self);
  const type = nativeDescrTypes(rt).methodWrapper;
  const w = rt.heap.gcNew((a) => new PyMethodWrapperObject(type, a, descr, self), 16 + METHOD_WRAPPER_SIZE, 'method-wrapper');
  rt.heap.gc.track(w);
  return w;
}

/**
 * The `bytes` object as far as the simulation needs it: a block of `_PyBytes_FromSize(n)`
 * (Objects/bytesobject.c: 33 bytes up to and including the trailing NUL, plus n), not GC. The
 * io stack makes them (`TextIOWrapper.write` encodes non-ASCII text; the flush joins what is
 * pending); there is no bytes literal yet.
 */
import type { Runtime } from '../runtime';
import { bytesRequest } from './layout/bytesLayout';
import { PyObject } from './object';
import type { PyTypeObject } from './typeObject';

/** A `PyBytesObject`: its bytes as a JS array. */
export class PyBytesObject extends PyObject {
  constructor(type: PyTypeObject, address: number, readonly value: Uint8Array) {
    super(type, address);
  }
}

const bytesTypes = new WeakMap<Runtime, PyTypeObject>();

/** `PyBytes_Type` of `rt` (made on first use: a static type allocates nothing traced). */
export function bytesType(rt: Runtime): PyTypeObject {
  let t = bytesTypes.get(rt);
  if (!t) {
    t = rt.staticType({ name: 'bytes', basicsize: 33, itemsize: 1, flags: 0, dealloc: (heap, o) => heap.freeObject(o), sizeof: (o) => bytesRequest((o as PyBytesObject).value.length) });
    bytesTypes.set(rt, t);
  }
  return t;
}

/** `PyBytes_FromStringAndSize(value, len)`: a new block of 33 + len bytes. */
export function newBytes(rt: Runtime, value: Uint8Array): PyBytesObject {
  const type = bytesType(rt);
  return rt.heap.newObject((a) => new PyBytesObject(type, a, value), bytesRequest(value.length), 'bytes');
}

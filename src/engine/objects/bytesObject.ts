/**
 * The `bytes` object (Objects/bytesobject.c): one block of `_PyBytes_FromSize(n)` (33 bytes up to
 * and including the trailing NUL, plus n), not GC. The empty bytes and the 256 one-byte bytes are
 * static singletons in 3.11-3.13 (`_Py_SINGLETON(bytes_empty)`, `bytes_characters`): every
 * `PyBytes_FromStringAndSize` of 0 or 1 bytes answers with them, only `bytes(n)` (calloc'ed by
 * `_PyBytes_FromSize`) makes a fresh one-byte block.
 */
import type { Runtime } from '../runtime';
import { bytesRequest } from './layout/bytesLayout';
import { PyObject } from './object';
import { TPFLAGS, type PyTypeObject } from './typeObject';

/** A `PyBytesObject`: its bytes as a JS array. */
export class PyBytesObject extends PyObject {
  constructor(type: PyTypeObject, address: number, readonly value: Uint8Array) {
    super(type, address);
  }
}

interface BytesState {
  type: PyTypeObject;
  empty: PyBytesObject;
  chars: (PyBytesObject | undefined)[];
}

const states = new WeakMap<Runtime, BytesState>();

function state(rt: Runtime): BytesState {
  let s = states.get(rt);
  if (!s) {
    const type = rt.staticType({
      name: 'bytes', basicsize: 33, itemsize: 1, flags: TPFLAGS.BASETYPE, dealloc: (heap, o) => heap.freeObject(o),
      sizeof: (o) => bytesRequest((o as PyBytesObject).value.length),
    });
    const empty = rt.staticObject(new PyBytesObject(type, rt.heap.staticAddress(bytesRequest(0)), new Uint8Array(0)));
    s = { type, empty, chars: [] };
    states.set(rt, s);
  }
  return s;
}

/** `PyBytes_Type` of `rt` (made on first use: a static type allocates nothing traced). */
export function bytesType(rt: Runtime): PyTypeObject {
  return state(rt).type;
}

/** The static one-byte bytes `bytes_characters[c]` (borrowed). */
function charBytes(rt: Runtime, c: number): PyBytesObject {
  const s = state(rt);
  let b = s.chars[c];
  if (!b) b = s.chars[c] = rt.staticObject(new PyBytesObject(s.type, rt.heap.staticAddress(bytesRequest(1)), Uint8Array.of(c)));
  return b;
}

/** `PyBytes_FromStringAndSize(value, len)`: a singleton for 0 or 1 bytes, else a block of 33 + len bytes (new reference). */
export function newBytes(rt: Runtime, value: Uint8Array): PyBytesObject {
  if (value.length <= 1) {
    const b = value.length === 0 ? state(rt).empty : charBytes(rt, value[0]);
    rt.heap.incref(b);
    return b;
  }
  return newBytesBlock(rt, value);
}

/** `_PyBytes_FromSize(n, calloc)` filled with `value`: a new block unless empty (`bytes(n)`). */
export function newBytesBlock(rt: Runtime, value: Uint8Array): PyBytesObject {
  if (value.length === 0) return newBytes(rt, value);
  const type = bytesType(rt);
  return rt.heap.newObject((a) => new PyBytesObject(type, a, value), bytesRequest(value.length), 'bytes');
}

/**
 * The `bytearray` object (Objects/bytearrayobject.c): a 56-byte non-GC object and a separate
 * buffer of `ob_alloc` bytes from `PyObject_Realloc` (none while `ob_alloc` is 0). Sizes follow
 * `PyByteArray_Resize` (layout/bytearrayLayout.ts), including the logical start that deleting
 * from the front advances (`bytearray_setslice_linear`), after which a new buffer is
 * `PyObject_Malloc`ed and the old one freed instead of reallocated.
 */
import type { Runtime } from '../runtime';
import { BYTEARRAY_OBJECT_SIZE, bytearrayResize, type ByteArrayState } from './layout/bytearrayLayout';
import { PyObject } from './object';
import { TPFLAGS, type PyTypeObject } from './typeObject';

/** A `PyByteArrayObject`: the live bytes are `buf[0:size]` (the JS array grows by doubling). */
export class PyByteArrayObject extends PyObject {
  buf = new Uint8Array(8);
  state: ByteArrayState = { size: 0, alloc: 0 };
  /** `ob_bytes`'s address; 0 when NULL. */
  bufferAddress = 0;
  /** `ob_exports`: live memoryviews (resizing is refused while any). */
  exports = 0;

  /** `ob_size`. */
  get size(): number {
    return this.state.size;
  }

  /** The live bytes (a view, valid until the next change). */
  get value(): Uint8Array {
    return this.buf.subarray(0, this.state.size);
  }
}

const types = new WeakMap<Runtime, PyTypeObject>();

/** `PyByteArray_Type` of `rt`. */
export function byteArrayType(rt: Runtime): PyTypeObject {
  let t = types.get(rt);
  if (!t) {
    t = rt.staticType({
      name: 'bytearray', basicsize: BYTEARRAY_OBJECT_SIZE, flags: TPFLAGS.BASETYPE,
      dealloc: (heap, o) => {
        const b = o as PyByteArrayObject;
        if (b.bufferAddress !== 0) heap.memory.free(b.bufferAddress, 'bytearray buffer', 'obj');
        b.bufferAddress = 0;
        heap.freeObject(o);
      },
      sizeof: (o) => BYTEARRAY_OBJECT_SIZE + (o as PyByteArrayObject).state.alloc,
    });
    types.set(rt, t);
  }
  return t;
}

/** `PyType_GenericAlloc(&PyByteArray_Type)`: an empty bytearray, no buffer. */
export function newByteArray(rt: Runtime): PyByteArrayObject {
  const type = byteArrayType(rt);
  return rt.heap.newObject((a) => new PyByteArrayObject(type, a), BYTEARRAY_OBJECT_SIZE, 'bytearray');
}

/**
 * `PyByteArray_Resize(b, size)`: the buffer as CPython sizes it (realloc, or malloc + free when
 * the logical start had moved). New bytes are zero; the caller fills them.
 */
export function byteArrayResize(rt: Runtime, b: PyByteArrayObject, size: number): void {
  const old = b.state;
  const next = bytearrayResize(old, size);
  if (next.alloc !== old.alloc) {
    const memory = rt.heap.memory;
    if ((old.start ?? 0) > 0) {
      const address = memory.objectMalloc(next.alloc, 'bytearray buffer');
      memory.free(b.bufferAddress, 'bytearray buffer', 'obj');
      b.bufferAddress = address;
    } else {
      b.bufferAddress = memory.realloc(b.bufferAddress, next.alloc, 'bytearray buffer', 'obj');
    }
  }
  if (size > b.buf.length) {
    const grown = new Uint8Array(Math.max(size, b.buf.length * 2));
    grown.set(b.buf.subarray(0, Math.min(old.size, size)));
    b.buf = grown;
  } else if (size > old.size) {
    b.buf.fill(0, old.size, size);
  }
  b.state = next;
}

/** Deleting the first `n` bytes (`del b[:n]`): the logical start advances, then the resize. */
export function byteArrayDropFront(rt: Runtime, b: PyByteArrayObject, n: number): void {
  const size = b.state.size;
  b.buf.copyWithin(0, n, size);
  b.state = { ...b.state, start: (b.state.start ?? 0) + n };
  byteArrayResize(rt, b, size - n);
}

/** A new bytearray holding `value`, sized by one resize from empty (`bytearray(b'...')`). */
export function newByteArrayFrom(rt: Runtime, value: Uint8Array): PyByteArrayObject {
  const b = newByteArray(rt);
  if (value.length > 0) {
    byteArrayResize(rt, b, value.length);
    b.buf.set(value);
  }
  return b;
}

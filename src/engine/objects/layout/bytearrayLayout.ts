/**
 * `bytearray` sizes and growth, mirroring `PyByteArray_Resize`, CPython 3.11–3.13
 * Objects/bytearrayobject.c: a 56-byte non-GC object (PyVarObject, ob_alloc, ob_bytes,
 * ob_start, ob_exports) and a separate buffer of `ob_alloc` bytes (size + 1 for the NUL, at
 * least), which `bytearray.__sizeof__` counts.
 */
import { genericAllocRequest, getsizeofFromSizeof, plainLayout, type TypeLayout } from './objectHeader';

/** `sizeof(PyByteArrayObject)`. */
export const BYTEARRAY_OBJECT_SIZE = 56;

/** A bytearray's `ob_size` and `ob_alloc`. */
export interface ByteArrayState {
  readonly size: number;
  readonly alloc: number;
  /** `ob_start - ob_bytes`: bytes deleted from the front without moving the rest (0 when absent). */
  readonly start?: number;
}

/** `PyByteArray_Type`: basicsize 56, itemsize 0, not GC. */
export function bytearrayTypeLayout(): TypeLayout {
  return plainLayout(BYTEARRAY_OBJECT_SIZE);
}

/** `sys.getsizeof` of a bytearray with `alloc` bytes of buffer. */
export function bytearrayGetsizeof(alloc: number): number {
  return getsizeofFromSizeof(bytearrayTypeLayout(), BYTEARRAY_OBJECT_SIZE + alloc);
}

/** Bytes of the bytearray object itself. */
export function bytearrayObjectRequest(): number {
  return genericAllocRequest(bytearrayTypeLayout());
}

/** `bytearray()`: no buffer. */
export function emptyByteArray(): ByteArrayState {
  return { size: 0, alloc: 0 };
}

/**
 * `PyByteArray_Resize(self, size)`: while the buffer holds the logical start plus size + 1, a
 * shrink below half the buffer reallocates to size + 1 and a smaller one keeps it; otherwise growth
 * within 1/8 over-allocates `size + size/8 + (size < 9 ? 3 : 6)` and a bigger jump allocates
 * exactly size + 1. Any new buffer starts at its logical start again.
 */
export function bytearrayResize(s: ByteArrayState, size: number): ByteArrayState {
  if (size === s.size) return s;
  const start = s.start ?? 0;
  if (size + start + 1 <= s.alloc) {
    return size < Math.floor(s.alloc / 2) ? { size, alloc: size + 1 } : start ? { size, alloc: s.alloc, start } : { size, alloc: s.alloc };
  }
  const alloc = size <= s.alloc * 1.125 ? size + (size >> 3) + (size < 9 ? 3 : 6) : size + 1;
  return { size, alloc };
}

/** `bytearray(n)`, `bytearray(b'...')`: one exact resize from empty. */
export function bytearrayNew(size: number): ByteArrayState {
  return bytearrayResize(emptyByteArray(), size);
}

/** Append n bytes one at a time (`append`, `bytearray(iterable of ints)`). */
export function bytearrayAppendMany(s: ByteArrayState, n: number): ByteArrayState {
  let t = s;
  for (let i = 0; i < n; i++) t = bytearrayResize(t, t.size + 1);
  return t;
}

/**
 * The buffer of an `io.BytesIO` (Modules/_io/bytesio.c, 3.11–3.13): a bytes object the BytesIO
 * owns, longer than its content by an over-allocation, shared copy-on-write with the bytes that
 * `getvalue()`/`BytesIO(initial)` hand out. `sys.getsizeof(b)` counts the buffer only while it is
 * not shared (refcount 1): 80 for an empty or just-read-out BytesIO, 80 + 33 + alloc otherwise.
 *
 * Obscurity: `_PyBytes_Resize` reallocates the block in place when it can; here a resize is a new
 * block and a free of the old one (same sizes, possibly another address).
 */
import { newBytes, newBytesBlock, type PyBytesObject } from '../../engine/objects/bytesObject';
import type { Runtime } from '../../engine/runtime';

/** A BytesIO's state: the buffer (owned), the content length and the position. */
export interface BytesIOState {
  buf: PyBytesObject | null;
  size: number;
  pos: number;
}

/** `SHARED_BUF`: the buffer is referenced elsewhere (a getvalue() result, the initial value, a singleton). */
export function sharedBuf(s: BytesIOState): boolean {
  return s.buf !== null && s.buf.refcnt !== 1;
}

/** Replaces the buffer with a new block of `alloc` bytes holding the first `size` bytes (unshare_buffer / realloc). */
function reallocate(rt: Runtime, s: BytesIOState, alloc: number): void {
  const old = s.buf as PyBytesObject;
  const data = new Uint8Array(alloc);
  data.set(old.value.subarray(0, Math.min(s.size, alloc)));
  s.buf = alloc === 0 ? newBytes(rt, data) : newBytesBlock(rt, data);
  rt.heap.decref(old);
}

/** `resize_buffer(self, size)`: CPython's over-allocation (+1/8, +3 below 9 bytes, else +6). */
export function resizeBuffer(rt: Runtime, s: BytesIOState, size: number): void {
  let alloc = (s.buf as PyBytesObject).value.length;
  if (size < alloc / 2) alloc = size + 1;
  else if (size < alloc) return;
  else if (size <= alloc * 1.125) alloc = size + (size >> 3) + (size < 9 ? 3 : 6);
  else alloc = size + 1;
  reallocate(rt, s, alloc);
}

/** `write_bytes`: writes `data` at the position (zero-filling a gap), returns its length. */
export function writeBytes(rt: Runtime, s: BytesIOState, data: Uint8Array): number {
  const n = data.length;
  if (n === 0) return 0;
  const end = s.pos + n;
  if (end > (s.buf as PyBytesObject).value.length) resizeBuffer(rt, s, end);
  else if (sharedBuf(s)) reallocate(rt, s, (s.buf as PyBytesObject).value.length);
  const buf = (s.buf as PyBytesObject).value;
  if (s.pos > s.size) buf.fill(0, s.size, s.pos);
  buf.set(data, s.pos);
  s.pos = end;
  if (end > s.size) s.size = end;
  return n;
}

/** `getvalue()`: the content as a new reference; from 2 bytes on, the buffer itself (cut to size, then shared). */
export function bytesValue(rt: Runtime, s: BytesIOState): PyBytesObject {
  const buf = s.buf as PyBytesObject;
  if (s.size <= 1) return newBytes(rt, buf.value.slice(0, s.size));
  if (buf.value.length !== s.size) reallocate(rt, s, s.size);
  rt.heap.incref(s.buf as PyBytesObject);
  return s.buf as PyBytesObject;
}

/** `read_bytes(size)`: the next `n` bytes (the whole buffer itself when it is exactly that). */
export function readBytes(rt: Runtime, s: BytesIOState, n: number): PyBytesObject {
  const buf = s.buf as PyBytesObject;
  const start = s.pos;
  s.pos += n;
  if (n > 1 && start === 0 && n === buf.value.length) {
    rt.heap.incref(buf);
    return buf;
  }
  return newBytes(rt, buf.value.slice(start, start + n));
}

/**
 * `bytes` sizes, mirroring `_PyBytes_FromSize`, CPython Objects/bytesobject.c: one block of
 * `PyBytesObject_SIZE` (33: the 32-byte struct up to `ob_sval`, plus the trailing NUL) + n.
 */
import { plainLayout, type TypeLayout } from './objectHeader';

/** `offsetof(PyBytesObject, ob_sval) + 1`. */
export const PY_BYTES_OBJECT_SIZE = 33;

/** `PyBytes_Type`: basicsize 33, itemsize 1, not GC. */
export function bytesTypeLayout(): TypeLayout {
  return { ...plainLayout(PY_BYTES_OBJECT_SIZE), itemSize: 1 };
}

/** Bytes `_PyBytes_FromSize(n)` requests, and `getsizeof` of the result (not rounded). */
export function bytesRequest(length: number): number {
  return PY_BYTES_OBJECT_SIZE + length;
}

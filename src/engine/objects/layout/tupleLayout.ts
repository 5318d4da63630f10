/**
 * `tuple` sizes, mirroring `tuple_alloc`, CPython Objects/tupleobject.c: a GC var-object of
 * 24 + 8n; `()` is a static singleton that is never allocated.
 */
import { POINTER_SIZE, PY_VAR_OBJECT_SIZE, genericAllocRequest, getsizeofFromSizeof, type TypeLayout } from './objectHeader';

/** `PyTuple_Type`: basicsize 24, itemsize 8, GC. */
export function tupleTypeLayout(): TypeLayout {
  return { basicSize: PY_VAR_OBJECT_SIZE, itemSize: POINTER_SIZE, gc: true, managedPreHeader: false };
}

/** `sys.getsizeof` of a tuple of n items (40 for the empty singleton). */
export function tupleGetsizeof(length: number): number {
  return getsizeofFromSizeof(tupleTypeLayout(), PY_VAR_OBJECT_SIZE + POINTER_SIZE * length);
}

/** Bytes `PyTuple_New(n)` requests; 0 for n = 0 (the static empty tuple). */
export function tupleRequest(length: number): number {
  return length === 0 ? 0 : genericAllocRequest(tupleTypeLayout(), length);
}

/**
 * `list` sizes, mirroring CPython Objects/listobject.c: a 40-byte GC object (`PyListObject`:
 * PyVarObject, ob_item, allocated) and a separate item array of `8 * allocated` bytes
 * (`PyMem_Realloc`), which `list_sizeof` counts.
 */
import { POINTER_SIZE, genericAllocRequest, getsizeofFromSizeof, gcLayout, type TypeLayout } from './objectHeader';

/** `sizeof(PyListObject)`. */
export const LIST_OBJECT_SIZE = 40;

/** `PyList_Type`: basicsize 40, itemsize 0, GC. */
export function listTypeLayout(): TypeLayout {
  return gcLayout(LIST_OBJECT_SIZE);
}

/** `sys.getsizeof` of a list whose item array has room for `allocated` items. */
export function listGetsizeof(allocated: number): number {
  return getsizeofFromSizeof(listTypeLayout(), LIST_OBJECT_SIZE + POINTER_SIZE * allocated);
}

/** Bytes the list object itself requests (56; often served by the list free list). */
export function listObjectRequest(): number {
  return genericAllocRequest(listTypeLayout());
}

/** Bytes of the separate item array for `allocated` slots (0: no array). */
export function listItemsRequest(allocated: number): number {
  return POINTER_SIZE * allocated;
}

/**
 * `array.array` sizes and growth, mirroring `array_resize`, CPython 3.11–3.13
 * Modules/arraymodule.c: a 64-byte GC object (PyVarObject, ob_item, allocated, ob_descr,
 * weakreflist, ob_exports; 80 bytes with the GC head) and a separate item buffer of
 * `allocated * itemsize` bytes from `PyMem_Realloc`, which `array.__sizeof__` counts.
 */

/** `sizeof(arrayobject)` (without the 16-byte GC head). */
export const ARRAY_OBJECT_SIZE = 64;

/**
 * `array_resize(self, newsize)`: the new `allocated` (in items), given the current size and
 * allocation. An allocation that holds `newsize` is kept unless the array shrinks by 16 items
 * or more; 0 items frees the buffer; otherwise the allocation becomes
 * `newsize + (newsize >> 4) + (size < 8 ? 3 : 7)` (growth 0, 4, 8, 16, 25, 34, 44...).
 */
export function arrayResizeAllocated(size: number, allocated: number, newsize: number): number {
  if (allocated >= newsize && size < newsize + 16 && allocated > 0) return allocated;
  if (newsize === 0) return 0;
  return (newsize >> 4) + (size < 8 ? 3 : 7) + newsize;
}

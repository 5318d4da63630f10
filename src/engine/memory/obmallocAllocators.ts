/** The simulated pymalloc and malloc (src/engine/obmalloc) as the memory interface's `Allocators`. */
import type { Obmalloc } from '../obmalloc/obmalloc';
import type { Allocators } from './pyMemory';

/** Routes the object and raw domains to `ob`, as a release build of CPython does. */
export function obmallocAllocators(ob: Obmalloc): Allocators {
  return {
    objectMalloc: (n) => ob.malloc(n),
    objectRealloc: (p, n) => ob.realloc(p, n),
    objectFree: (p) => ob.free(p),
    rawMalloc: (n) => ob.raw.malloc(n),
    rawRealloc: (p, n) => ob.raw.realloc(p, n),
    rawFree: (p) => ob.raw.free(p),
    isPymalloc: (p) => ob.isPymallocAddress(p),
    headroom: () => ob.space.memoryLimit - ob.space.mappedBytes,
  };
}

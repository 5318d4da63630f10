/**
 * A trivial stand-in for pymalloc and malloc in unit tests of layers that only need *some*
 * allocator: it hands out increasing 16-byte-aligned addresses and never reuses them. Tests of
 * placement use the real obmalloc.
 */
import type { Allocators } from '../memory/pyMemory';

/** Allocators that never fail and never reuse an address. */
export function bumpAllocators(): Allocators & { live: Map<number, number> } {
  let top = 0x1000_0000;
  const live = new Map<number, number>();
  const malloc = (n: number) => {
    const a = top;
    top += Math.max(16, Math.ceil(n / 16) * 16);
    live.set(a, n);
    return a;
  };
  const free = (a: number) => {
    if (!live.delete(a)) throw new Error(`free of unknown block 0x${a.toString(16)}`);
  };
  const realloc = (a: number, n: number) => {
    free(a);
    return malloc(n);
  };
  return {
    live,
    objectMalloc: malloc, objectRealloc: realloc, objectFree: free,
    rawMalloc: malloc, rawRealloc: realloc, rawFree: free,
    isPymalloc: (a) => (live.get(a) ?? 0) <= 512 && (live.get(a) ?? 0) > 0,
  };
}

/**
 * Events of the memory manager: every allocation, free and reallocation, with the allocator that
 * served it and the source line the interpreter was running. Per-line footprints, the panel's
 * timeline and stepping "at each allocation" are built from these.
 */

/** CPython's allocator domains (`PYMEM_DOMAIN_RAW`, `_MEM`, `_OBJ`). */
export type MemoryDomain = 'raw' | 'mem' | 'obj';

/** Which allocator served a request. */
export type ServedBy = 'pymalloc' | 'raw' | 'freelist';

/** A block handed out. `size` is the requested size, as tracemalloc records it. */
export interface AllocEvent {
  kind: 'alloc';
  domain: MemoryDomain;
  address: number;
  size: number;
  servedBy: ServedBy;
  /** `tp_name` of the object it holds, or what the buffer is for (`list items`, `dict keys`). */
  what: string;
  line: number;
  /** The block is an object's own, and `Heap.onBorn` follows with the object. */
  object?: true;
}

/** A block returned (to pymalloc, malloc or a free list). */
export interface FreeEvent {
  kind: 'free';
  domain: MemoryDomain;
  address: number;
  size: number;
  servedBy: ServedBy;
  what: string;
  line: number;
}

/** A block resized; `address` may differ from `oldAddress`. */
export interface ReallocEvent {
  kind: 'realloc';
  domain: MemoryDomain;
  oldAddress: number;
  oldSize: number;
  address: number;
  size: number;
  servedBy: ServedBy;
  what: string;
  line: number;
}

/** A phase of a cyclic collection. */
export interface GcEvent {
  kind: 'gc';
  phase: 'start' | 'stop';
  generation: number;
  collected: number;
  uncollectable: number;
  line: number;
}

/** Anything the memory manager reports. */
export type MemoryEvent = AllocEvent | FreeEvent | ReallocEvent | GcEvent;

/** Receives events; set on the heap only when someone listens, so it costs nothing otherwise. */
export type MemoryEventListener = (event: MemoryEvent) => void;

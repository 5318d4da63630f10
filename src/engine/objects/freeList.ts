/**
 * A type-specific free list: a LIFO stack of dead objects whose blocks stay allocated, so the next
 * object of the type reuses the most recently freed one (and its address: `id()` reuse). Parked
 * objects keep their tracemalloc trace, leave the live set, and do not touch the GC counts.
 */
import type { Heap } from '../heap';
import type { PyObject } from './object';

/** One free list (`struct _Py_float_state.free_list`, `numfree`, …). */
export class FreeList<T extends PyObject> {
  private readonly stack: T[] = [];

  /**
   * @param name as `_debugmallocstats` and the panel name it (`float`, `tuple[3]`, `list`).
   * @param capacity the most entries it keeps (`PyFloat_MAXFREELIST`, …).
   * @param structSize `sizeof` the C struct, for the stats dump's free-list lines.
   */
  constructor(readonly name: string, readonly capacity: number, readonly structSize: number) {}

  /** Entries parked now (`numfree`). */
  get size(): number {
    return this.stack.length;
  }

  /** Parks `o` if there is room; false means the caller must free it. */
  push(heap: Heap, o: T): boolean {
    if (this.stack.length >= this.capacity) return false;
    heap.park(o);
    this.stack.push(o);
    return true;
  }

  /** The most recently parked entry, made live again; undefined when empty. */
  pop(heap: Heap): T | undefined {
    const o = this.stack.pop();
    if (o) heap.revive(o);
    return o;
  }

  /** Frees every entry (`_PyFloat_ClearFreeList` and friends), in stack order from the top. */
  clear(release: (o: T) => void): void {
    while (this.stack.length > 0) release(this.stack.pop() as T);
  }

  /** Parked entries, bottom first (for snapshots). */
  entries(): readonly T[] {
    return this.stack;
  }
}

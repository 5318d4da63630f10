/**
 * The collector's state (`struct _gc_runtime_state`, Include/internal/pycore_gc.h): three
 * generations as doubly linked lists of `PyGC_Head`, each with a threshold and a count, the
 * permanent generation of `gc.freeze()`, and the long-lived counters of the gen-2 heuristic.
 *
 * Counting mirrors `_PyObject_GC_Link` / `PyObject_GC_Del` (3.11–3.13): generation 0's count goes up
 * by one for every GC object *allocated* (tracked or not; free-list hits do not count) and down by
 * one, clamped at zero, for every GC object *released*.
 */
import { PyGCObject } from '../objects/object';

/** One generation: a list head (a sentinel), its threshold and count. */
export class Generation {
  /** Sentinel of the circular list (`gc_generation.head`). */
  readonly head: PyGCObject;

  constructor(public threshold: number, public count = 0) {
    this.head = new PyGCObject(null as never, 0);
    this.head.gcNext = this.head;
    this.head.gcPrev = this.head;
  }

  /** `gc_list_append`: links `o` at the tail. */
  append(o: PyGCObject): void {
    const last = this.head.gcPrev as PyGCObject;
    o.gcPrev = last;
    o.gcNext = this.head;
    last.gcNext = o;
    this.head.gcPrev = o;
  }

  /** Whether the list is empty. */
  get empty(): boolean {
    return this.head.gcNext === this.head;
  }

  /** Objects in the list (walks it: for snapshots and `gc.get_objects`, not hot paths). */
  get size(): number {
    let n = 0;
    for (let o = this.head.gcNext as PyGCObject; o !== this.head; o = o.gcNext as PyGCObject) n++;
    return n;
  }

  /** `gc_list_merge`: moves every object of `this` to the tail of `to`. */
  mergeInto(to: Generation): void {
    if (this.empty) return;
    const first = this.head.gcNext as PyGCObject;
    const last = this.head.gcPrev as PyGCObject;
    const tail = to.head.gcPrev as PyGCObject;
    tail.gcNext = first;
    first.gcPrev = tail;
    last.gcNext = to.head;
    to.head.gcPrev = last;
    this.head.gcNext = this.head;
    this.head.gcPrev = this.head;
  }

  /** Objects in list order (oldest first). */
  *[Symbol.iterator](): IterableIterator<PyGCObject> {
    for (let o = this.head.gcNext as PyGCObject; o !== this.head; o = o.gcNext as PyGCObject) yield o;
  }
}

/** Per-generation statistics (`gc.get_stats()`). */
export interface GenerationStats {
  collections: number;
  collected: number;
  uncollectable: number;
}

/** The collector's state. */
export class GcState {
  /** Generations 0, 1, 2. */
  readonly generations: [Generation, Generation, Generation];
  /** `gc.freeze()`'s permanent generation. */
  readonly permanent = new Generation(0);
  /** `gc.isenabled()`. */
  enabled = true;
  /** A collection is running (no nested collections). */
  collecting = false;
  /** `long_lived_total`: objects in gen 2 after the last full collection. */
  longLivedTotal = 0;
  /** `long_lived_pending`: objects moved into gen 2 since then. */
  longLivedPending = 0;
  /** `gc.get_stats()`. */
  readonly stats: GenerationStats[] = [0, 1, 2].map(() => ({ collections: 0, collected: 0, uncollectable: 0 }));
  /** 3.12+: a collection was scheduled and waits for the next eval-breaker check. */
  collectionPending = false;

  constructor(thresholds: readonly [number, number, number]) {
    this.generations = [new Generation(thresholds[0]), new Generation(thresholds[1]), new Generation(thresholds[2])];
  }

  /** `_PyObject_GC_TRACK`: append to generation 0. */
  track(o: PyGCObject): void {
    if (o.gcNext !== null) return;
    this.generations[0].append(o);
  }

  /** `_PyObject_GC_UNTRACK`: unlink from whatever generation holds it. */
  untrack(o: PyGCObject): void {
    if (o.gcNext === null) return;
    const prev = o.gcPrev as PyGCObject;
    const next = o.gcNext;
    prev.gcNext = next;
    next.gcPrev = prev;
    o.gcNext = null;
    o.gcPrev = null;
  }

  /** Objects tracked in all generations (not the permanent one). */
  get trackedCount(): number {
    return this.generations[0].size + this.generations[1].size + this.generations[2].size;
  }
}

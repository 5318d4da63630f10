/**
 * Every live heap object, as a doubly linked list threaded through the objects themselves — what a
 * `Py_TRACE_REFS` build of CPython keeps in `_ob_next`/`_ob_prev`. Linking and unlinking cost two
 * field writes, with no hashing and no per-entry allocation, so keeping the list is nearly free on
 * the allocation path; snapshots and `gc.get_objects()`-like walks iterate it in allocation order.
 */
import { PyObject } from './object';

/** The live-object list with a Set-like interface (`add`, `delete`, `has`, `size`, iteration). */
export class LiveObjects implements Iterable<PyObject> {
  private readonly head: PyObject;
  private count = 0;

  constructor() {
    this.head = new PyObject(null as never, 0);
    this.head.obNext = this.head;
    this.head.obPrev = this.head;
  }

  /** Links `o` at the tail (no effect if already linked). */
  add(o: PyObject): void {
    if (o.obNext !== null) return;
    const last = this.head.obPrev as PyObject;
    o.obPrev = last;
    o.obNext = this.head;
    last.obNext = o;
    this.head.obPrev = o;
    this.count++;
  }

  /** Unlinks `o` (no effect if not linked). */
  delete(o: PyObject): void {
    const next = o.obNext;
    if (next === null) return;
    const prev = o.obPrev as PyObject;
    prev.obNext = next;
    next.obPrev = prev;
    o.obNext = null;
    o.obPrev = null;
    this.count--;
  }

  /** Whether `o` is live on this heap. */
  has(o: PyObject): boolean {
    return o.obNext !== null;
  }

  /** Live objects. */
  get size(): number {
    return this.count;
  }

  /** Oldest first. */
  *[Symbol.iterator](): IterableIterator<PyObject> {
    for (let o = this.head.obNext as PyObject; o !== this.head; o = o.obNext as PyObject) yield o;
  }
}

/**
 * `handle_weakrefs` (Modules/gcmodule.c 3.11/3.12, Python/gc.c 3.13): runs before any `__del__`.
 *
 *   1. every weakref object that is itself unreachable is cleared (bpo-38006: its callback must
 *      never run, it could see objects already cleared);
 *   2. every weakref *to* an unreachable object is cleared; those with a callback that are
 *      themselves reachable move to `wrcb_to_call` (with a new reference);
 *   3. each callback is called with its weakref; a weakref that survives moves to `old`, one that
 *      its callback freed counts as freed (the return value, added to the collection's total).
 *
 * Obscurity: a weakref from an older generation moves into `old` this way, as in CPython.
 */
import type { Heap } from '../heap';
import { GC_COLLECTING, type PyGCObject } from '../objects/object';
import { clearRef, PyWeakReference } from '../objects/weakrefObject';
import { Generation } from './gcState';

/** Clears the weakrefs to `unreachable` and calls the callbacks of reachable weakrefs; returns weakrefs freed. */
export function handleWeakrefs(heap: Heap, unreachable: Generation, old: Generation): number {
  const wrcbToCall = new Generation(0);
  for (const op of [...unreachable]) {
    if (op instanceof PyWeakReference) clearRef(heap, op);
    if (heap.weakrefLists.size === 0) continue;
    const list = heap.weakrefLists.get(op);
    if (!list) continue;
    while (list.length > 0) {
      const wr = list[0] as PyWeakReference;
      clearRef(heap, wr);
      if (wr.callback === null) continue;
      if ((wr.gcFlags & GC_COLLECTING) !== 0) continue;
      heap.incref(wr);
      moveTo(wr, wrcbToCall);
    }
  }
  let freed = 0;
  while (!wrcbToCall.empty) {
    const wr = wrcbToCall.head.gcNext as PyWeakReference;
    heap.onWeakrefCallback?.(wr, wr.callback as PyGCObject);
    heap.decref(wr);
    if (wrcbToCall.head.gcNext === wr) moveTo(wr, old);
    else freed++;
  }
  return freed;
}

/** `gc_list_move` (the object may be untracked: weakrefs always are tracked here). */
function moveTo(o: PyGCObject, list: Generation): void {
  if (o.gcNext !== null) {
    const prev = o.gcPrev as PyGCObject;
    const next = o.gcNext;
    prev.gcNext = next;
    next.gcPrev = prev;
    o.gcNext = null;
  }
  list.append(o);
}

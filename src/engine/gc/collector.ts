/**
 * The generational cyclic collector of CPython 3.11–3.13: `gc_collect_main` and its helpers, step
 * by step as Modules/gcmodule.c (3.11, 3.12) and Python/gc.c (3.13) run them.
 *
 *   1. update counts; merge generations 0..g-1 into g ("young"); "old" is g+1 (or g itself for 2)
 *   2. deduce_unreachable: gc_refs = refcnt; subtract internal references; move_unreachable
 *   3. untrack_tuples(young); survivors move to old (full collections also untrack_dicts)
 *   4. handle_weakrefs: clear weakrefs to garbage, call the callbacks of reachable weakrefs
 *   5. finalize_garbage: `__del__` once per object (FINALIZED bit), in list order
 *   6. handle_resurrected_objects: deduce_unreachable again; the resurrected go to old
 *   7. delete_garbage: tp_clear each, breaking the cycles (or DEBUG_SAVEALL into gc.garbage)
 *   8. a full collection clears the free lists
 *
 * The collector knows objects only through their types' `tp_traverse` and `tp_clear`; what is
 * Python-level (`__del__`, weakref callbacks, gc.callbacks) reaches it through `GcHooks`.
 */
import type { Heap } from '../heap';
import type { PyGCObject} from '../objects/object';
import { GC_COLLECTING, GC_FINALIZED, isGC, type PyObject } from '../objects/object';
import { Generation } from './gcState';
import type { GcPhaseListener } from './gcPhases';

/** What the layers above provide to a collection. */
export interface GcHooks {
  /** `tp_finalize` (a Python `__del__`); false when the object's type has none. */
  finalize(heap: Heap, o: PyGCObject): boolean;
  /** Clears the weakrefs to unreachable objects and calls the callbacks of reachable weakrefs. Returns weakref objects freed by their callbacks. */
  handleWeakrefs(heap: Heap, unreachable: Generation, old: Generation): number;
  /** `_PyTuple_MaybeUntrack`. */
  maybeUntrackTuple(heap: Heap, o: PyGCObject): void;
  /** `_PyDict_MaybeUntrack`. */
  maybeUntrackDict(heap: Heap, o: PyGCObject): void;
  /** `clear_freelists` (3.11/3.12) / `_PyGC_ClearAllFreeLists` (3.13). */
  clearFreeLists(heap: Heap): void;
  /** `gc.callbacks`, phase `start` (collected/uncollectable 0) and `stop`. */
  invokeCallbacks(heap: Heap, phase: 'start' | 'stop', generation: number, collected: number, uncollectable: number): void;
  /** `DEBUG_SAVEALL`: append to `gc.garbage` instead of clearing. */
  saveGarbage(heap: Heap, o: PyGCObject): void;
}

/** `gc.DEBUG_SAVEALL`. */
export const DEBUG_SAVEALL = 32;

/** Marks objects tentatively unreachable during move_unreachable (`NEXT_MASK_UNREACHABLE`). */
const UNREACHABLE = 4;

/** The collector of one heap. */
export class Collector {
  /** `gc.get_debug()` flags. */
  debug = 0;
  /** Told after each phase of a collection (the panel's GC-phase stepping); null costs nothing. */
  onPhase: GcPhaseListener | null = null;

  constructor(private readonly heap: Heap, private readonly hooks: GcHooks) {}

  /** `gc_collect_with_callback`: callbacks around `gc_collect_main`; returns unreachable found. */
  collectWithCallback(generation: number): number {
    this.hooks.invokeCallbacks(this.heap, 'start', generation, 0, 0);
    const { collected, uncollectable } = this.collectMain(generation);
    this.hooks.invokeCallbacks(this.heap, 'stop', generation, collected, uncollectable);
    return collected + uncollectable;
  }

  /** `gc.collect(g)`: nothing when a collection is already running. */
  collect(generation: number): number {
    const gc = this.heap.gc;
    if (gc.collecting) return 0;
    gc.collecting = true;
    try {
      return this.collectWithCallback(generation);
    } finally {
      gc.collecting = false;
    }
  }

  /**
   * `_PyGC_CollectNoFail`: the full collection of interpreter shutdown, run even when the collector
   * is disabled, with no `gc.callbacks`; nothing when a collection is already running.
   */
  collectNoFail(): number {
    const gc = this.heap.gc;
    if (gc.collecting) return 0;
    gc.collecting = true;
    try {
      const { collected, uncollectable } = this.collectMain(2);
      return collected + uncollectable;
    } finally {
      gc.collecting = false;
    }
  }

  /**
   * `gc_collect_generations`: the oldest generation over its threshold, with the long-lived
   * heuristic for generation 2 (collect it only when pending >= total / 4).
   */
  collectGenerations(): number {
    const gc = this.heap.gc;
    for (let i = 2; i >= 0; i--) {
      const g = gc.generations[i];
      if (g.count > g.threshold) {
        if (i === 2 && gc.longLivedPending < Math.floor(gc.longLivedTotal / 4)) continue;
        return this.collectWithCallback(i);
      }
    }
    return 0;
  }

  /** What runs when a collection is due (3.11: inside the allocation; 3.12+: `_Py_RunGC`); a full collection in stress mode. */
  runDue(): void {
    const gc = this.heap.gc;
    gc.collectionPending = false;
    if (!gc.enabled || gc.collecting) return;
    gc.collecting = true;
    try {
      if (this.heap.gcStress) this.collectWithCallback(2);
      else this.collectGenerations();
    } finally {
      gc.collecting = false;
    }
  }

  /** `gc_collect_main`. */
  private collectMain(generation: number): { collected: number; uncollectable: number } {
    const heap = this.heap;
    const gens = heap.gc.generations;
    if (generation + 1 < 3) gens[generation + 1].count += 1;
    for (let i = 0; i <= generation; i++) gens[i].count = 0;
    for (let i = 0; i < generation; i++) gens[i].mergeInto(gens[generation]);
    const young = gens[generation];
    const old = generation < 2 ? gens[generation + 1] : young;

    const unreachable = new Generation(0);
    const phase = this.onPhase;
    // deduce_unreachable, phase by phase, so a listener sees the state after each.
    updateRefs(young);
    phase?.({ phase: 'update_refs', generation, objects: [...young] });
    subtractRefs(young);
    phase?.({ phase: 'subtract_refs', generation, objects: [...young].filter((o) => o.gcRefs > 0) });
    moveUnreachable(young, unreachable);
    clearUnreachableMarks(unreachable);
    phase?.({ phase: 'move_unreachable', generation, objects: [...unreachable] });
    for (const o of [...young]) if (o.gcNext !== null) this.hooks.maybeUntrackTuple(heap, o);
    if (young !== old) {
      if (generation === 1) heap.gc.longLivedPending += young.size;
      young.mergeInto(old);
    } else {
      for (const o of [...young]) this.hooks.maybeUntrackDict(heap, o);
      heap.gc.longLivedPending = 0;
      heap.gc.longLivedTotal = young.size;
    }
    // No legacy (C `tp_del`) finalizers exist in Python code: `finalizers` stays empty.
    let m = this.hooks.handleWeakrefs(heap, unreachable, old);
    phase?.({ phase: 'handle_weakrefs', generation, objects: [...unreachable] });
    const finalized = this.finalizeGarbage(unreachable);
    phase?.({ phase: 'finalize_garbage', generation, objects: finalized });
    const finalUnreachable = new Generation(0);
    handleResurrectedObjects(unreachable, finalUnreachable, old);
    phase?.({ phase: 'handle_resurrected_objects', generation, objects: [...finalUnreachable] });
    m += finalUnreachable.size;
    const garbage = phase ? [...finalUnreachable] : [];
    this.deleteGarbage(finalUnreachable, old);
    phase?.({ phase: 'delete_garbage', generation, objects: garbage });
    if (generation === 2) this.hooks.clearFreeLists(heap);
    const stats = heap.gc.stats[generation];
    stats.collections++;
    stats.collected += m;
    return { collected: m, uncollectable: 0 };
  }

  /** `finalize_garbage`: `__del__` on each object not yet finalized, in list order; returns those finalized. */
  private finalizeGarbage(collectable: Generation): PyGCObject[] {
    const finalized: PyGCObject[] = [];
    const seen = new Generation(0);
    while (!collectable.empty) {
      const o = collectable.head.gcNext as PyGCObject;
      moveTo(o, seen);
      if ((o.gcFlags & GC_FINALIZED) === 0) {
        // The bit is set before `__del__` runs, so a resurrected object is never finalized twice.
        o.gcFlags |= GC_FINALIZED;
        this.heap.incref(o);
        if (!this.hooks.finalize(this.heap, o)) o.gcFlags &= ~GC_FINALIZED;
        else finalized.push(o);
        this.heap.decref(o);
      }
    }
    seen.mergeInto(collectable);
    return finalized;
  }

  /** `delete_garbage`: tp_clear each; what survives its clear moves to old. */
  private deleteGarbage(collectable: Generation, old: Generation): void {
    const heap = this.heap;
    while (!collectable.empty) {
      const o = collectable.head.gcNext as PyGCObject;
      const clear = o.type.clear;
      if ((this.debug & DEBUG_SAVEALL) !== 0) {
        // `PyList_Append(gc.garbage, op)`: the object stays alive and moves to old, still tracked
        // (measured: `gc.is_tracked(gc.garbage[0])` is True in 3.11–3.13).
        this.hooks.saveGarbage(heap, o);
      } else if (clear) {
        heap.incref(o);
        clear(heap, o);
        heap.decref(o);
      }
      if (collectable.head.gcNext === o) {
        o.gcFlags &= ~GC_COLLECTING;
        moveTo(o, old);
      }
    }
  }
}

/** `deduce_unreachable`: gc_refs from refcounts, minus internal references, then partition. */
export function deduceUnreachable(base: Generation, unreachable: Generation): void {
  updateRefs(base);
  subtractRefs(base);
  moveUnreachable(base, unreachable);
  clearUnreachableMarks(unreachable);
}

/** `update_refs`: gc_refs starts as the refcount. */
function updateRefs(base: Generation): void {
  for (const o of base) {
    o.gcRefs = o.refcnt;
    o.gcFlags |= GC_COLLECTING;
  }
}

/** `subtract_refs`: minus the references from inside the generation; what is left comes from outside. */
function subtractRefs(base: Generation): void {
  for (const o of base) o.type.traverse(o, visitDecref);
}

function clearUnreachableMarks(unreachable: Generation): void {
  for (const o of unreachable) o.gcFlags &= ~UNREACHABLE;
}

function visitDecref(referent: PyObject): void {
  if (isGC(referent) && (referent.gcFlags & GC_COLLECTING) !== 0) referent.gcRefs--;
}

/**
 * `move_unreachable`: objects with gc_refs > 0 are reachable, and so is all they reach; the rest
 * move (tentatively) to `unreachable`, and come back to the tail of `young` if something reachable
 * turns out to reach them.
 */
function moveUnreachable(young: Generation, unreachable: Generation): void {
  let prev: PyGCObject = young.head;
  let gc = prev.gcNext as PyGCObject;
  const visitReachable = (referent: PyObject): void => {
    if (!(isGC(referent)) || (referent.gcFlags & GC_COLLECTING) === 0) return;
    if ((referent.gcFlags & UNREACHABLE) !== 0) {
      referent.gcFlags &= ~UNREACHABLE;
      unlink(referent);
      appendTo(referent, young);
      referent.gcRefs = 1;
    } else if (referent.gcRefs === 0) {
      referent.gcRefs = 1;
    }
  };
  while (gc !== young.head) {
    if (gc.gcRefs !== 0) {
      gc.type.traverse(gc, visitReachable);
      gc.gcFlags &= ~GC_COLLECTING;
      prev = gc;
    } else {
      unlink(gc);
      appendTo(gc, unreachable);
      gc.gcFlags |= UNREACHABLE;
    }
    gc = prev.gcNext as PyGCObject;
  }
}

/** `handle_resurrected_objects`: what `__del__` made reachable again goes to old. */
function handleResurrectedObjects(unreachable: Generation, stillUnreachable: Generation, old: Generation): void {
  deduceUnreachable(unreachable, stillUnreachable);
  for (const o of unreachable) o.gcFlags &= ~GC_COLLECTING;
  unreachable.mergeInto(old);
}

function unlink(o: PyGCObject): void {
  const prev = o.gcPrev as PyGCObject;
  const next = o.gcNext as PyGCObject;
  prev.gcNext = next;
  next.gcPrev = prev;
}

function appendTo(o: PyGCObject, list: Generation): void {
  o.gcNext = null;
  list.append(o);
}

/** `gc_list_move`. */
function moveTo(o: PyGCObject, list: Generation): void {
  unlink(o);
  appendTo(o, list);
}

/**
 * The simulated interpreter's private heap: the memory interface over pymalloc and malloc, the
 * live objects, reference counting and deallocation, the GC's state, the free lists and the
 * static data segment where CPython's statically allocated objects live.
 *
 * Reference counting mirrors Include/object.h: `Py_INCREF` skips immortal objects (3.12+), and
 * `Py_DECREF` calls `tp_dealloc` the moment the count reaches zero. Deep deallocation chains are
 * deferred through a trashcan, as CPython's `Py_TRASHCAN_BEGIN` does, so freeing a million-long
 * linked structure never overflows the JavaScript stack.
 */
import type { VersionProfile } from './profile/versionProfile';
import { GcState } from './gc/gcState';
import { type Allocators, PyMemory } from './memory/pyMemory';
import { LiveObjects } from './objects/liveObjects';
import type { PyGCObject} from './objects/object';
import { IMMORTAL_REFCNT, isGC, type PyObject } from './objects/object';

/** Nesting depth of deallocations past which containers defer to the trashcan (`_PyTrash_UNWIND_LEVEL`). */
const TRASHCAN_DEPTH = 50;

/** Where the interpreter's static objects live (the data segment of libpython). */
const STATIC_BASE = 0x7f3c_9000_0000;

/** Called when generation 0's count passes its threshold (the collector plugs in here). */
export type CollectionTrigger = (heap: Heap) => void;

/** The private heap of one simulated interpreter. */
export class Heap {
  /** The memory interface, traced for per-line footprints. */
  readonly memory: PyMemory;
  /** The collector's state. */
  readonly gc: GcState;
  /** Every live object allocated on the heap (static objects are not in it). */
  readonly live = new LiveObjects();
  /** Runs a triggered collection; set by the collector module. */
  onCollectionDue: CollectionTrigger | null = null;
  /** Stress mode (clox's `DEBUG_STRESS_GC`): every GC allocation makes a full collection due. */
  gcStress = false;
  /** Each weakly referenced object's weakref list, in CPython's order (weakrefObject.ts). */
  readonly weakrefLists = new Map<PyObject, PyGCObject[]>();
  /** `handle_callback`: calls a weakref's callback with the weakref (set by the interpreter). */
  onWeakrefCallback: ((wr: PyGCObject, callback: PyObject) => void) | null = null;
  /** `PyObject_ClearWeakRefs` (set by the weakref module; a dealloc calls it). */
  clearWeakRefs: (o: PyObject) => void = () => {};

  /** Told when an object block just allocated (or revived from a free list) holds its object; for per-allocation stepping. */
  onBorn: ((o: PyObject) => void) | null = null;

  private staticTop = STATIC_BASE;
  private deallocDepth = 0;
  private readonly trash: PyObject[] = [];

  constructor(readonly profile: VersionProfile, allocators: Allocators) {
    this.memory = new PyMemory(allocators);
    this.gc = new GcState(profile.gcThresholds);
  }

  // ---- reference counting (Include/object.h) ----

  /** `Py_INCREF`: immortal objects (3.12+) keep their count. */
  incref(o: PyObject): void {
    if (o.refcnt !== IMMORTAL_REFCNT) o.refcnt++;
  }

  /** `Py_DECREF`: deallocates at zero. */
  decref(o: PyObject): void {
    if (o.refcnt === IMMORTAL_REFCNT) return;
    if (--o.refcnt === 0) this.dealloc(o);
  }

  /** `Py_XDECREF`. */
  xdecref(o: PyObject | null | undefined): void {
    if (o) this.decref(o);
  }

  /** `_Py_Dealloc` with the trashcan: deep chains are finished at the outermost level. */
  dealloc(o: PyObject): void {
    if (this.deallocDepth >= TRASHCAN_DEPTH && isGC(o)) {
      this.trash.push(o);
      return;
    }
    this.deallocDepth++;
    try {
      this.release(o);
    } finally {
      this.deallocDepth--;
    }
    if (this.deallocDepth === 0) {
      while (this.trash.length > 0) {
        const next = this.trash.pop() as PyObject;
        this.deallocDepth++;
        try {
          this.release(next);
        } finally {
          this.deallocDepth--;
        }
      }
    }
  }

  /**
   * `tp_dealloc`. Types without a finalizer clear their weakrefs first (an instance's
   * `subtype_dealloc` runs `__del__` before that: instanceDealloc clears them itself), untracked
   * first as their deallocs are: a callback may allocate, and a collection must not see the dying
   * object.
   */
  private release(o: PyObject): void {
    if (this.weakrefLists.size !== 0 && o.type.finalize === null && this.weakrefLists.has(o)) {
      if (isGC(o)) this.gc.untrack(o);
      this.clearWeakRefs(o);
    }
    o.type.dealloc(this, o);
  }

  /** Makes `o` immortal in 3.12+ (`_Py_SetImmortal`); in 3.11 gives it the static objects' count. */
  immortalize(o: PyObject): void {
    o.refcnt = this.profile.immortalObjects ? IMMORTAL_REFCNT : this.profile.staticInitialRefcount;
  }

  // ---- allocation of objects (Objects/object.c, Python/gc.c) ----

  /** `PyObject_Malloc` + `_PyObject_Init` for a non-GC object of `nbytes` bytes. */
  newObject<T extends PyObject>(make: (address: number) => T, nbytes: number, what: string): T {
    return this.born(make(this.memory.allocObject(nbytes, what)));
  }

  /**
   * `newObject` in two halves for the hottest types (int, float, str, tuple, list, dict), which
   * would otherwise allocate a closure per object: `objectBlock` is the `PyObject_Malloc`, and
   * `born` (or `gcBorn`) makes the object constructed on it live. Nothing may allocate between
   * the two (the block's trace is the memory's last one).
   */
  objectBlock(nbytes: number, what: string): number {
    return this.memory.allocObject(nbytes, what);
  }

  /** The second half of `newObject` (see `objectBlock`). */
  born<T extends PyObject>(o: T): T {
    o.trace = this.memory.lastTrace;
    this.live.add(o);
    this.onBorn?.(o);
    return o;
  }

  /** The second half of `gcNew` (see `objectBlock`). */
  gcBorn<T extends PyGCObject>(o: T): T {
    o.trace = this.memory.lastTrace;
    this.live.add(o);
    this.onBorn?.(o);
    this.gcLink();
    return o;
  }

  /**
   * `_PyObject_GC_New`/`_PyObject_GC_NewVar`: the block holds the pre-header and the object
   * (`nbytes` = pre-header + basicsize + items). Generation 0's count goes up by one, and a
   * collection becomes due past the threshold (`_PyObject_GC_Link`).
   */
  gcNew<T extends PyGCObject>(make: (address: number) => T, nbytes: number, what: string): T {
    return this.gcBorn(make(this.memory.allocObject(nbytes, what)));
  }

  /** `PyObject_Free` of a non-GC object's block. */
  freeObject(o: PyObject): void {
    this.live.delete(o);
    this.memory.freeObject(o.address, o.trace, o.type.name);
  }

  /** `PyObject_GC_Del`: generation 0's count goes down by one, never below zero. */
  gcDel(o: PyGCObject): void {
    if (o.gcNext !== null) this.gc.untrack(o);
    const g0 = this.gc.generations[0];
    if (g0.count > 0) g0.count--;
    this.live.delete(o);
    this.memory.freeObject(o.address, o.trace, o.type.name);
  }

  /** An object taken from a free list becomes live again (tracemalloc re-attributes it). */
  revive(o: PyObject): void {
    o.refcnt = 1;
    this.live.add(o);
    o.trace = this.memory.reuseObject(o.address, o.trace, o.type.name);
    this.onBorn?.(o);
  }

  /** An object goes onto a free list: it leaves the live set, its block stays allocated. */
  park(o: PyObject): void {
    this.live.delete(o);
    this.memory.parked(o.address, o.trace, o.type.name);
  }

  /** `_PyObject_GC_Link`'s counting and trigger test. */
  private gcLink(): void {
    const gc = this.gc;
    const g0 = gc.generations[0];
    g0.count++;
    if ((this.gcStress || (g0.count > g0.threshold && g0.threshold !== 0)) && gc.enabled && !gc.collecting) {
      if (this.profile.gcTiming === 'immediate') this.onCollectionDue?.(this);
      else gc.collectionPending = true;
    }
  }

  // ---- static objects ----

  /** An address in the data segment for a statically allocated object of `nbytes`. */
  staticAddress(nbytes: number): number {
    const address = this.staticTop;
    this.staticTop += Math.ceil(nbytes / 16) * 16;
    return address;
  }

  /** The current source line, as the interpreter reports it. */
  get line(): number {
    return this.memory.line;
  }

  set line(line: number) {
    this.memory.line = line;
  }
}

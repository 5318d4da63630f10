/**
 * `PyObject` and the GC-managed object, as Include/object.h and Include/internal/pycore_gc.h lay
 * them out. A simulated object is a JS object holding what CPython's holds in its header
 * (`ob_refcnt`, `ob_type`) plus the address of its memory block; a GC object adds the
 * `PyGC_Head` links through which the collector's generation lists run.
 *
 *        block address ─► [ pre-header: dict/weakref ptrs (16) ]   managed-dict instances only
 *                         [ PyGC_Head: _gc_next, _gc_prev (16) ]    GC types only
 *        id(obj) ───────► [ ob_refcnt | ob_type | ...fields    ]
 */
import type { PyTypeObject } from './typeObject';

/** `ob_refcnt` of an immortal object in 3.12+ (`_Py_IMMORTAL_REFCNT`, UINT_MAX on 64-bit). */
export const IMMORTAL_REFCNT = 4294967295;

/**
 * How the numeric fields of a simulated object stay cheap in V8. V8 stores a field that has only
 * held small integers (Smis, 32-bit) inline; the first other number stored in it turns it into a
 * boxed double for every object of that class (16 more bytes each, forever): one immortal
 * refcount (2^32 - 1) or one trace of a block over 1 KiB would do it. A field whose first store is
 * `undefined` becomes a *tagged* field instead, where small integers stay inline and only the
 * rare large number is boxed, in that one object. So every numeric field that may exceed the Smi
 * range is seeded with `UNBOXED_SEED` in the constructor before its real value.
 */
export const UNBOXED_SEED = undefined as unknown as number;

/**
 * Addresses are 47-bit numbers, never Smis. The common ones (static objects and the pymalloc
 * arenas, mapped top-down from just below them) are 16-byte aligned and sit in the 32 GiB window
 * below `PACK_TOP`, so they are stored as the negative small integer (address - PACK_TOP) / 16;
 * any other address (the brk heap, a test's small number) is stored as itself (addresses are
 * never negative, so the two cannot be confused). Saves the 16-byte box of each object's address.
 */
const PACK_TOP = 0x7f3d_0000_0000;
const PACK_WINDOW = 2 ** 35;

/** An address as stored in a packed field (see `PACK_TOP`). */
export function packAddress(address: number): number {
  const d = address - PACK_TOP;
  return d < 0 && d >= -PACK_WINDOW && d % 16 === 0 ? d / 16 : address;
}

/** The address a packed field holds. */
export function unpackAddress(packed: number): number {
  return packed < 0 ? PACK_TOP + packed * 16 : packed;
}

/** Every simulated object. */
export class PyObject {
  /** `ob_refcnt` (2^32 - 1 for an immortal object: a boxed number in that object only). */
  refcnt: number;
  /** `_ob_next`/`_ob_prev` of a Py_TRACE_REFS build: the live-object list (null when not on it). */
  obNext: PyObject | null = null;
  obPrev: PyObject | null = null;
  /** Its block's tracemalloc trace (size, allocator, line), packed by PyMemory. */
  trace: number;
  /** The start of its memory block, packed (`packAddress`). */
  private readonly packedAddress: number;

  /**
   * @param type `ob_type`
   * @param address the start of its memory block (pre-headers included); static objects live in
   *   the interpreter's data segment and have an address there.
   */
  constructor(public type: PyTypeObject, address: number) {
    this.refcnt = UNBOXED_SEED;
    this.refcnt = 1;
    this.trace = UNBOXED_SEED;
    this.trace = 0;
    this.packedAddress = UNBOXED_SEED;
    this.packedAddress = packAddress(address);
  }

  /** The start of its memory block (pre-headers included). */
  get address(): number {
    return unpackAddress(this.packedAddress);
  }

  /** `id(obj)`: the object's own address, after any pre-header and GC head. */
  get id(): number {
    return this.address + this.type.preHeaderSize;
  }
}

/** `_PyGC_PREV_MASK_FINALIZED`: `__del__` already ran; it never runs twice. */
export const GC_FINALIZED = 1;
/** `_PyGC_PREV_MASK_COLLECTING`: the object is in the generation being collected. */
export const GC_COLLECTING = 2;

/** The flag bits of `gcBits` (values below this); `gc_refs` is stored above them. */
const GC_FLAG_SPAN = 8;

/** What `PyGC_Head` adds to an object (see `withGCHead`). */
export interface GCHeadObject extends PyObject {
  gcNext: GCHeadObject | null;
  gcPrev: GCHeadObject | null;
  gcBits: number;
  gcFlags: number;
  gcRefs: number;
  readonly tracked: boolean;
}

/** A constructor of simulated objects (what `withGCHead` extends). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type ObjectClass = new (...args: any[]) => PyObject;

/**
 * Adds `PyGC_Head` to a class of objects: `PyGCObject` is `withGCHead(PyObject)`, and the
 * instances of Python subclasses of `int`, `str` and `float` (non-GC types whose subclasses are
 * GC types, as every heap type is) are `withGCHead(PyLongObject)` and so on, so they keep their
 * base's JS class for the abstract layer while the collector links them like any GC object.
 */
export function withGCHead<TBase extends ObjectClass>(Base: TBase) {
  return class extends Base {
    /** `_gc_next`: next in its generation list; null when untracked. */
    gcNext: GCHeadObject | null = null;
    /** `_gc_prev`'s pointer part. */
    gcPrev: GCHeadObject | null = null;
    /**
     * `_gc_prev`'s other bits, as CPython packs them: `gc_refs` above the flag bits (FINALIZED,
     * COLLECTING, and the collector's UNREACHABLE mark). One field instead of two saves 8 bytes of
     * JS heap on every GC object. Read it through `gcFlags` and `gcRefs`.
     */
    gcBits: number = UNBOXED_SEED;

    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    constructor(...args: any[]) {
      super(...args);
      this.gcBits = 0;
    }

    /** The flag bits (`GC_FINALIZED`, `GC_COLLECTING`, the collector's unreachable mark). */
    get gcFlags(): number {
      return this.gcBits % GC_FLAG_SPAN;
    }

    set gcFlags(flags: number) {
      this.gcBits = this.gcBits - (this.gcBits % GC_FLAG_SPAN) + flags;
    }

    /** `gc_refs`, used only during a collection. */
    get gcRefs(): number {
      return Math.floor(this.gcBits / GC_FLAG_SPAN);
    }

    set gcRefs(refs: number) {
      this.gcBits = refs * GC_FLAG_SPAN + (this.gcBits % GC_FLAG_SPAN);
    }

    /** Whether the object is in a generation list (`_PyObject_GC_IS_TRACKED`). */
    get tracked(): boolean {
      return this.gcNext !== null;
    }
  };
}

/** An object of a GC type: it carries `PyGC_Head` and may be tracked in a generation list. */
export class PyGCObject extends withGCHead(PyObject as ObjectClass) {
  constructor(type: PyTypeObject, address: number) {
    super(type, address);
  }
}

/**
 * `_PyObject_IS_GC`: whether `o` has a GC head, its type having `Py_TPFLAGS_HAVE_GC` (an instance
 * of a class made non-GC, instanceObject.ts `markNonGC`, is a JS GC object without one).
 */
export function isGC(o: PyObject): o is PyGCObject {
  return (o as { gcNext?: unknown }).gcNext !== undefined && o.type.isGC;
}

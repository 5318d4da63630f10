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

/** Every simulated object. */
export class PyObject {
  /** `ob_refcnt`. */
  refcnt = 1;
  /** `_ob_next`/`_ob_prev` of a Py_TRACE_REFS build: the live-object list (null when not on it). */
  obNext: PyObject | null = null;
  obPrev: PyObject | null = null;
  /** Its block's tracemalloc trace (size, allocator, line), packed by PyMemory. */
  trace = 0;

  /**
   * @param type `ob_type`
   * @param address the start of its memory block (pre-headers included); static objects live in
   *   the interpreter's data segment and have an address there.
   */
  constructor(public type: PyTypeObject, public address: number) {}

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

/** An object of a GC type: it carries `PyGC_Head` and may be tracked in a generation list. */
export class PyGCObject extends PyObject {
  /** `_gc_next`: next in its generation list; null when untracked. */
  gcNext: PyGCObject | null = null;
  /** `_gc_prev`'s pointer part. */
  gcPrev: PyGCObject | null = null;
  /**
   * `_gc_prev`'s other bits, as CPython packs them: `gc_refs` above the flag bits (FINALIZED,
   * COLLECTING, and the collector's UNREACHABLE mark). One field instead of two saves 8 bytes of
   * JS heap on every GC object.
   */
  private gcBits = 0;

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
}

/** Whether `o` is an object of a GC type. */
export function isGC(o: PyObject): o is PyGCObject {
  return o instanceof PyGCObject;
}

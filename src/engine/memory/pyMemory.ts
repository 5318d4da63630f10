/**
 * The memory interface CPython's objects allocate through (`PyObject_Malloc`, `PyMem_Malloc`,
 * `PyMem_RawMalloc` and their Realloc/Free), over the simulated pymalloc and malloc, with what
 * tracemalloc adds: a trace per live block (requested size and the line that allocated it), which
 * feeds per-line footprints and the events the panel draws.
 *
 *   PyObject_Malloc / PyMem_Malloc ──► pymalloc (n in 1..512) ──► raw malloc (0 or > 512)
 *   PyMem_RawMalloc ─────────────────────────────────────────────► raw malloc
 */
import type { MemoryDomain, MemoryEventListener, ServedBy } from './memoryEvents';
import { LineFootprints } from './lineFootprints';
import type { TracemallocTraces } from './tracemallocTraces';

/** What the simulated allocators provide (src/engine/obmalloc implements it). */
export interface Allocators {
  /** `_PyObject_Malloc`: pymalloc, falling back to raw malloc for 0 and > 512 bytes. 0 when out of memory. */
  objectMalloc(nbytes: number): number;
  /** `_PyObject_Realloc`. 0 when out of memory (the old block stays valid). */
  objectRealloc(address: number, nbytes: number): number;
  /** `_PyObject_Free`. */
  objectFree(address: number): void;
  /** `_PyMem_RawMalloc`: `malloc(n ? n : 1)`. 0 when out of memory. */
  rawMalloc(nbytes: number): number;
  /** `_PyMem_RawRealloc`. */
  rawRealloc(address: number, nbytes: number): number;
  /** `_PyMem_RawFree`. */
  rawFree(address: number): void;
  /** Whether pymalloc owns the block (`address_in_range`). */
  isPymalloc(address: number): boolean;
  /** Bytes the process may still map before its memory limit (Infinity when unlimited). */
  headroom?(): number;
}

/** Thrown when an allocation fails; the interpreter raises Python's `MemoryError` for it. */
export class OutOfMemory extends Error {
  constructor(readonly nbytes: number) {
    super(`cannot allocate ${nbytes} bytes`);
  }
}

/**
 * A trace is one number: size * 2^21 + (pymalloc ? 2^20 : 0) + line. Lines stay below 2^20 and
 * sizes below 2^32, so it is exact in a double, and the allocation path never hashes twice.
 */
const lineSpan = 1 << 20;
const sizeUnit = 1 << 21;

function pack(size: number, pymalloc: boolean, line: number): number {
  return size * sizeUnit + (pymalloc ? lineSpan : 0) + (line < lineSpan ? line : lineSpan - 1);
}
const traceSize = (t: number): number => Math.floor(t / sizeUnit);
const traceLine = (t: number): number => t % lineSpan;
const tracePymalloc = (t: number): boolean => t % sizeUnit >= lineSpan;

/** Whether pymalloc serves an object/mem-domain request of n bytes (`pymalloc_alloc`'s test). */
const pymallocServes = (n: number): boolean => n > 0 && n <= 512;

/** The line that allocated the block of a packed trace (0: before the script). */
export function traceLineOf(trace: number): number {
  return traceLine(trace);
}

/** The allocation entry points of the simulated interpreter, traced. */
export class PyMemory {
  /** address → size * 2^20 + line, for every live block (tracemalloc's traces). */
  private readonly traces = new Map<number, number>();
  /** Per-line footprints, fed by every allocation and free. */
  readonly footprints = new LineFootprints();
  /** Line the interpreter is running (1-based; 0 before the script starts; below 2^20). */
  line = 0;
  /** The `tracemalloc` module's traces while the script traces (null when it does not). */
  tracemalloc: TracemallocTraces | null = null;
  /** Set while someone wants every event (the panel's per-allocation stepping). */
  listener: MemoryEventListener | null = null;
  /** Totals of live requested bytes, per allocator. */
  pymallocBytes = 0;
  rawBytes = 0;
  pymallocBlocks = 0;
  rawBlocks = 0;

  /**
   * Called instead of throwing `OutOfMemory` when an allocation fails; the interpreter sets it to
   * raise Python's `MemoryError` (`PyErr_NoMemory`), so the failure unwinds like any exception.
   */
  onOutOfMemory: ((nbytes: number) => never) | null = null;

  constructor(private readonly allocators: Allocators) {}

  /** Bytes that may still be mapped before the simulated memory limit. */
  headroom(): number {
    return this.allocators.headroom?.() ?? Infinity;
  }

  /**
   * Fails now, as the allocator would, when `nbytes` more could not possibly be mapped: callers
   * check a big request before building its JS storage (an items array, a string), so a refused
   * request allocates nothing at all.
   */
  reserve(nbytes: number): void {
    if (!(nbytes <= this.headroom())) this.outOfMemory(nbytes);
  }

  private outOfMemory(nbytes: number): never {
    if (this.onOutOfMemory) this.onOutOfMemory(nbytes);
    throw new OutOfMemory(nbytes);
  }

  /**
   * Blocks allocated before the script's first line that tracemalloc nevertheless traces (under the
   * Compare runner: what runpy's compile freed onto the free lists after tracemalloc.start). They
   * belong to no script line until a free-list reuse re-attributes them to the reusing line.
   */
  private readonly tracedBeforeScript = new Set<number>();

  /** Marks a block allocated before the script (line 0) as traced: see `tracedBeforeScript`. */
  markTracedBeforeScript(address: number): void {
    this.tracedBeforeScript.add(address);
  }

  /** The trace of the last block `allocObject` handed out (the object keeps it). */
  lastTrace = 0;

  /**
   * `PyObject_Malloc(n)` for an object's own block. Its trace is not kept in the table but handed
   * to the object (`lastTrace`), which gives it back to `freeObject`/`reuseObject`: the hot path
   * hashes nothing.
   */
  allocObject(nbytes: number, what: string): number {
    const address = this.allocators.objectMalloc(nbytes);
    if (address === 0) this.outOfMemory(nbytes);
    const pymalloc = pymallocServes(nbytes);
    this.lastTrace = pack(nbytes, pymalloc, this.line);
    this.count(pymalloc, nbytes);
    this.footprints.allocated(this.line, nbytes);
    this.tracemalloc?.add(address, nbytes, this.line);
    this.listener?.({ kind: 'alloc', domain: 'obj', address, size: nbytes, servedBy: pymalloc ? 'pymalloc' : 'raw', what, line: this.line, object: true });
    return address;
  }

  /** `PyObject_Free` of an object's block, given the trace the object kept. */
  freeObject(address: number, trace: number, what: string): void {
    if (traceLine(trace) === 0) this.tracedBeforeScript.delete(address);
    const size = traceSize(trace);
    const pymalloc = tracePymalloc(trace);
    this.uncount(pymalloc, size);
    this.footprints.freed(this.line, traceLine(trace), size);
    this.tracemalloc?.remove(address);
    this.allocators.objectFree(address);
    this.listener?.({ kind: 'free', domain: 'obj', address, size, servedBy: pymalloc ? 'pymalloc' : 'raw', what, line: this.line });
  }

  /**
   * An object's block comes back from a free list: tracemalloc re-attributes it to the reusing
   * line (`_PyTraceMalloc_NewReference`), unless it was allocated before the script (untraced in
   * CPython). Returns the object's new trace.
   */
  reuseObject(address: number, trace: number, what: string): number {
    this.tracemalloc?.reattribute(address, this.line);
    const size = traceSize(trace);
    // Reported even when untraced: stepping pauses at every allocation, tracemalloc or not.
    this.listener?.({ kind: 'alloc', domain: 'obj', address, size, servedBy: 'freelist', what, line: this.line, object: true });
    if (traceLine(trace) === 0 && (this.line === 0 || !this.tracedBeforeScript.delete(address))) return trace;
    this.footprints.moved(traceLine(trace), size, this.line, size);
    return pack(size, tracePymalloc(trace), this.line);
  }

  /** `PyObject_Malloc(n)` for an object or buffer described by `what`. */
  objectMalloc(nbytes: number, what: string): number {
    return this.traced('obj', this.allocators.objectMalloc(nbytes), nbytes, what);
  }

  /** `PyMem_Malloc(n)`: the same allocator in release builds; a separate domain for tracemalloc. */
  memMalloc(nbytes: number, what: string): number {
    return this.traced('mem', this.allocators.objectMalloc(nbytes), nbytes, what);
  }

  /** `PyMem_RawMalloc(n)`. */
  rawMalloc(nbytes: number, what: string): number {
    return this.traced('raw', this.allocators.rawMalloc(nbytes), nbytes, what);
  }

  /** `PyObject_Realloc` / `PyMem_Realloc` of a traced block. */
  realloc(address: number, nbytes: number, what: string, domain: MemoryDomain = 'mem'): number {
    if (address === 0) return domain === 'obj' ? this.objectMalloc(nbytes, what) : this.memMalloc(nbytes, what);
    const trace = this.traces.get(address);
    const wasPymalloc = trace === undefined ? this.allocators.isPymalloc(address) : tracePymalloc(trace);
    const oldSize = trace === undefined ? 0 : traceSize(trace);
    const oldLine = trace === undefined ? this.line : traceLine(trace);
    const next = domain === 'raw' ? this.allocators.rawRealloc(address, nbytes) : this.allocators.objectRealloc(address, nbytes);
    if (next === 0) this.outOfMemory(nbytes);
    // A raw block stays raw even when it shrinks below 512 bytes; a pymalloc block moves to raw past 512.
    const pymalloc = domain !== 'raw' && wasPymalloc && pymallocServes(nbytes);
    if (trace !== undefined) {
      this.uncount(wasPymalloc, oldSize);
      this.traces.delete(address);
    }
    this.traces.set(next, pack(nbytes, pymalloc, this.line));
    this.count(pymalloc, nbytes);
    if (this.tracemalloc) {
      if (next !== address) this.tracemalloc.remove(address);
      this.tracemalloc.add(next, nbytes, this.line);
    }
    // tracemalloc re-attributes a reallocated block to the line that resized it.
    if (trace !== undefined) this.footprints.moved(oldLine, oldSize, this.line, nbytes);
    else this.footprints.allocated(this.line, nbytes);
    this.listener?.({
      kind: 'realloc', domain, oldAddress: address, oldSize, address: next, size: nbytes,
      servedBy: pymalloc ? 'pymalloc' : 'raw', what, line: this.line,
    });
    return next;
  }

  /** `PyObject_Free` / `PyMem_Free` / `PyMem_RawFree` of a traced block. */
  free(address: number, what: string, domain: MemoryDomain = 'obj'): void {
    const trace = this.traces.get(address);
    let size = 0;
    let pymalloc: boolean;
    if (trace !== undefined) {
      size = traceSize(trace);
      pymalloc = tracePymalloc(trace);
      this.traces.delete(address);
      this.uncount(pymalloc, size);
      this.footprints.freed(this.line, traceLine(trace), size);
    } else pymalloc = this.allocators.isPymalloc(address);
    this.tracemalloc?.remove(address);
    if (domain === 'raw') this.allocators.rawFree(address);
    else this.allocators.objectFree(address);
    this.listener?.({ kind: 'free', domain, address, size, servedBy: pymalloc ? 'pymalloc' : 'raw', what, line: this.line });
  }

  /** A block goes onto a free list: it stays traced to its line, as in CPython. */
  parked(address: number, trace: number, what: string): void {
    this.listener?.({ kind: 'free', domain: 'obj', address, size: traceSize(trace), servedBy: 'freelist', what, line: this.line });
  }

  /** Requested size of a live traced block (0 if untraced). */
  sizeOf(address: number): number {
    const trace = this.traces.get(address);
    return trace === undefined ? 0 : traceSize(trace);
  }

  /** Line that allocated a live traced block (0 if untraced or allocated before the script). */
  lineOf(address: number): number {
    const trace = this.traces.get(address);
    return trace === undefined ? 0 : traceLine(trace);
  }

  /** Whether pymalloc serves the block. */
  servedBy(address: number): ServedBy {
    return this.allocators.isPymalloc(address) ? 'pymalloc' : 'raw';
  }

  private traced(domain: MemoryDomain, address: number, nbytes: number, what: string): number {
    if (address === 0) this.outOfMemory(nbytes);
    const pymalloc = domain !== 'raw' && pymallocServes(nbytes);
    this.traces.set(address, pack(nbytes, pymalloc, this.line));
    this.count(pymalloc, nbytes);
    this.footprints.allocated(this.line, nbytes);
    this.tracemalloc?.add(address, nbytes, this.line);
    this.listener?.({ kind: 'alloc', domain, address, size: nbytes, servedBy: pymalloc ? 'pymalloc' : 'raw', what, line: this.line });
    return address;
  }

  private count(pymalloc: boolean, nbytes: number): void {
    if (pymalloc) { this.pymallocBytes += nbytes; this.pymallocBlocks++; }
    else { this.rawBytes += nbytes; this.rawBlocks++; }
  }

  private uncount(pymalloc: boolean, nbytes: number): void {
    if (pymalloc) { this.pymallocBytes -= nbytes; this.pymallocBlocks--; }
    else { this.rawBytes -= nbytes; this.rawBlocks--; }
  }
}

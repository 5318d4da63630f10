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
}

/** Thrown when an allocation fails; the interpreter raises Python's `MemoryError` for it. */
export class OutOfMemory extends Error {
  constructor(readonly nbytes: number) {
    super(`cannot allocate ${nbytes} bytes`);
  }
}

/** Lines are packed into trace values below this; sizes above it (sizes stay below 2^33). */
const lineSpan = 1 << 20;

/** The allocation entry points of the simulated interpreter, traced. */
export class PyMemory {
  /** address → size * 2^20 + line, for every live block (tracemalloc's traces). */
  private readonly traces = new Map<number, number>();
  /** Per-line footprints, fed by every allocation and free. */
  readonly footprints = new LineFootprints();
  /** Line the interpreter is running (1-based; 0 before the script starts; below 2^20). */
  line = 0;
  /** Set while someone wants every event (the panel's per-allocation stepping). */
  listener: MemoryEventListener | null = null;
  /** Totals of live requested bytes, per allocator. */
  pymallocBytes = 0;
  rawBytes = 0;
  pymallocBlocks = 0;
  rawBlocks = 0;

  constructor(private readonly allocators: Allocators) {}

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
    const oldSize = trace === undefined ? 0 : Math.floor(trace / lineSpan);
    const oldLine = trace === undefined ? this.line : trace % lineSpan;
    const wasPymalloc = this.allocators.isPymalloc(address);
    const next = domain === 'raw' ? this.allocators.rawRealloc(address, nbytes) : this.allocators.objectRealloc(address, nbytes);
    if (next === 0) throw new OutOfMemory(nbytes);
    if (trace !== undefined) {
      this.uncount(wasPymalloc, oldSize);
      this.traces.delete(address);
    }
    this.traces.set(next, nbytes * lineSpan + this.line);
    this.count(next, nbytes);
    // tracemalloc re-attributes a reallocated block to the line that resized it.
    if (trace !== undefined) this.footprints.moved(oldLine, oldSize, this.line, nbytes);
    else this.footprints.allocated(this.line, nbytes);
    this.listener?.({
      kind: 'realloc', domain, oldAddress: address, oldSize, address: next, size: nbytes,
      servedBy: this.servedBy(next), what, line: this.line,
    });
    return next;
  }

  /** `PyObject_Free` / `PyMem_Free` / `PyMem_RawFree` of a traced block. */
  free(address: number, what: string, domain: MemoryDomain = 'obj'): void {
    const trace = this.traces.get(address);
    const size = trace === undefined ? 0 : Math.floor(trace / lineSpan);
    const servedBy = this.servedBy(address);
    if (trace !== undefined) {
      this.traces.delete(address);
      this.uncount(servedBy === 'pymalloc', size);
      this.footprints.freed(this.line, trace % lineSpan, size);
    }
    if (domain === 'raw') this.allocators.rawFree(address);
    else this.allocators.objectFree(address);
    this.listener?.({ kind: 'free', domain, address, size, servedBy, what, line: this.line });
  }

  /**
   * A block parked on a free list is handed out again: tracemalloc re-attributes it to the line
   * reusing it (`_PyTraceMalloc_NewReference`), though no allocator ran.
   */
  reused(address: number, what: string): void {
    const trace = this.traces.get(address);
    if (trace === undefined) return;
    const size = Math.floor(trace / lineSpan);
    this.footprints.moved(trace % lineSpan, size, this.line, size);
    this.traces.set(address, size * lineSpan + this.line);
    this.listener?.({ kind: 'alloc', domain: 'obj', address, size, servedBy: 'freelist', what, line: this.line });
  }

  /** A block goes onto a free list: it stays traced to its line, as in CPython. */
  parked(address: number, what: string): void {
    if (!this.listener) return;
    const trace = this.traces.get(address) ?? 0;
    this.listener({ kind: 'free', domain: 'obj', address, size: Math.floor(trace / lineSpan), servedBy: 'freelist', what, line: this.line });
  }

  /** Requested size of a live traced block (0 if untraced). */
  sizeOf(address: number): number {
    const trace = this.traces.get(address);
    return trace === undefined ? 0 : Math.floor(trace / lineSpan);
  }

  /** Line that allocated a live traced block (0 if untraced or allocated before the script). */
  lineOf(address: number): number {
    const trace = this.traces.get(address);
    return trace === undefined ? 0 : trace % lineSpan;
  }

  /** Whether pymalloc serves the block. */
  servedBy(address: number): ServedBy {
    return this.allocators.isPymalloc(address) ? 'pymalloc' : 'raw';
  }

  private traced(domain: MemoryDomain, address: number, nbytes: number, what: string): number {
    if (address === 0) throw new OutOfMemory(nbytes);
    this.traces.set(address, nbytes * lineSpan + this.line);
    this.count(address, nbytes);
    this.footprints.allocated(this.line, nbytes);
    this.listener?.({ kind: 'alloc', domain, address, size: nbytes, servedBy: this.servedBy(address), what, line: this.line });
    return address;
  }

  private count(address: number, nbytes: number): void {
    if (this.allocators.isPymalloc(address)) { this.pymallocBytes += nbytes; this.pymallocBlocks++; }
    else { this.rawBytes += nbytes; this.rawBlocks++; }
  }

  private uncount(pymalloc: boolean, nbytes: number): void {
    if (pymalloc) { this.pymallocBytes -= nbytes; this.pymallocBlocks--; }
    else { this.rawBytes -= nbytes; this.rawBlocks--; }
  }
}

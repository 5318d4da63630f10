/**
 * Watches a run for the events a user can pause at: every allocation (a block handed out by
 * pymalloc, raw malloc or a free list, or resized) and every phase of a cyclic collection. It
 * numbers them within each line, from 1, and captures the state at the one asked for.
 *
 * Obscurity: an object's block is reported by the allocator before the object exists; the probe
 * waits for `Heap.onBorn` so the captured heap holds the new object (with its id).
 */
import type { AllocEvent, MemoryEvent, ReallocEvent } from '../../engine/memory/memoryEvents';
import type { GcPhaseEvent } from '../../engine/gc/gcPhases';
import type { PyObject } from '../../engine/objects/object';
import type { Runtime } from '../../engine/runtime';
import type { PausedAllocation, PausedGcPhase, PauseKind } from '../../protocol/pausedEvent';

/** Object ids listed for a GC phase, at most. */
const maxPhaseObjects = 500;

/** Called at the event asked for, with its index in the line and the previous index of its kind. */
export type CaptureEvent = (detail: PausedAllocation | PausedGcPhase, index: number, previousOfKind: number) => void;

/** One search for a pause. */
export class EventProbe {
  /** Lines started since the search began; events before the first line are not counted. */
  private lines = 0;
  private index = 0;
  private lastAlloc = 0;
  private lastGc = 0;
  private pending: AllocEvent | ReallocEvent | null = null;
  /** Captures made; the first one ends the search, the rest are the look-ahead. */
  private captures = 0;
  /** Kinds of events that happened in the captured line after the last capture. */
  readonly laterInLine = new Set<PauseKind>();

  /**
   * @param want the kind to stop at ('any': the next event of either)
   * @param after in the first line, stop only past this event index (the pause being left)
   * @param lookAhead further events of the kind wanted to capture in the rest of that line
   */
  constructor(
    private readonly rt: Runtime,
    private readonly want: PauseKind | 'any',
    private readonly after: number,
    private readonly lookAhead: number,
    private readonly capture: CaptureEvent,
  ) {}

  /** A new line starts. */
  nextLine(): void {
    this.flush();
    this.lines++;
    this.index = 0;
    this.lastAlloc = 0;
    this.lastGc = 0;
  }

  /** An event of the memory manager. */
  onMemory(e: MemoryEvent): void {
    this.flush();
    if (e.kind === 'free' || e.kind === 'gc') return;
    if (e.kind === 'alloc' && e.object) this.pending = e;
    else this.hit('alloc', () => this.allocation(e, null));
  }

  /** The object of the last object block now exists. */
  onBorn(o: PyObject): void {
    const e = this.pending;
    if (!e) return;
    this.pending = null;
    this.hit('alloc', () => this.allocation(e, o.id));
  }

  /** A collection finished a phase. */
  onPhase(p: GcPhaseEvent): void {
    this.flush();
    this.hit('gc', () => ({
      kind: 'gc', generation: p.generation, phase: p.phase, count: p.objects.length,
      objectIds: p.objects.slice(0, maxPhaseObjects).map((o) => o.id), ...this.place(this.rt.heap.line),
    }));
  }

  /** An object block whose object never came (an allocation that failed half way). */
  private flush(): void {
    const e = this.pending;
    if (!e) return;
    this.pending = null;
    this.hit('alloc', () => this.allocation(e, null));
  }

  private hit(kind: PauseKind, detail: () => PausedAllocation | PausedGcPhase): void {
    if (this.lines === 0) return;
    const index = ++this.index;
    const previous = kind === 'alloc' ? this.lastAlloc : this.lastGc;
    if (kind === 'alloc') this.lastAlloc = index;
    else this.lastGc = index;
    const wanted = this.want === 'any' || this.want === kind;
    if (this.captures > 0) {
      if (wanted && this.captures <= this.lookAhead) {
        this.captures++;
        this.laterInLine.clear();
        this.capture(detail(), index, previous);
      } else this.laterInLine.add(kind);
      return;
    }
    if (!wanted || (this.lines === 1 && index <= this.after)) return;
    this.captures++;
    this.capture(detail(), index, previous);
  }

  /** A location as a line and, for an imported module's line, its file. */
  private place(loc: number): { line: number; file?: string } {
    const where = this.rt.heap.memory.footprints.place(loc);
    return where.file === undefined ? { line: where.line } : { line: where.line, file: where.file };
  }

  private allocation(e: AllocEvent | ReallocEvent, objectId: number | null): PausedAllocation {
    const where = e.servedBy === 'pymalloc' ? this.rt.obmalloc?.locate(e.address) ?? null : null;
    return {
      kind: 'alloc', objectId, what: e.what, size: e.size, oldSize: e.kind === 'realloc' ? e.oldSize : null,
      allocator: e.servedBy, address: e.address, ...this.place(e.line),
      sizeClassIndex: where?.sizeClassIndex ?? null, blockSize: where?.blockSize ?? null,
      poolAddress: where?.poolAddress ?? null, arenaIndex: where?.arenaIndex ?? null,
    };
  }
}

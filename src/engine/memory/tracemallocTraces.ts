/**
 * What the `tracemalloc` module sees while a script traces (Modules/_tracemalloc.c): a trace per
 * block allocated since `start()` (requested size and the frame that allocated it), the traced
 * total and its peak. Blocks allocated before `start()` stay untraced, even when a free list hands
 * them out again (`_PyTraceMalloc_NewReference` only re-attributes traced blocks); a realloc of an
 * untraced block traces it with its new size (`tracemalloc_realloc` adds the trace).
 *
 * A trace is one number: size * 2^21 + frame. Frames below 2^20 are lines of the script; the
 * others are keys of `foreign` (the lines of tracemalloc.py that allocate its own objects).
 */
import { FileLineKeys } from './fileLineKeys';

/** First frame key that is not a script line. */
const FOREIGN_BASE = 1 << 20;
const sizeUnit = 1 << 21;

/** A frame outside the script: a file and a line. */
export interface ForeignFrame {
  filename: string;
  lineno: number;
}

/** One traced block, as `_tracemalloc._get_traces` reports it. */
export interface TraceRecord {
  size: number;
  /** Script line (below 2^20) or foreign frame key. */
  frame: number;
}

/** The traces of one tracing session (start() to stop()). */
export class TracemallocTraces {
  private readonly traces = new Map<number, number>();
  /** `tracemalloc_traced_memory`. */
  current = 0;
  /** `tracemalloc_peak_traced_memory`. */
  peak = 0;
  /** Frame that allocations are attributed to instead of the script line (0: none). */
  frameOverride = 0;
  private readonly foreign = new FileLineKeys(FOREIGN_BASE);

  constructor(readonly nframe: number) {}

  /** The frame key of a foreign file and line (interned). */
  foreignFrame(filename: string, lineno: number): number {
    return this.foreign.key(filename, lineno);
  }

  /** The file and line of a foreign frame key, or null for a script line. */
  frameOf(key: number): ForeignFrame | null {
    const p = this.foreign.place(key);
    return p ? { filename: p.file, lineno: p.line } : null;
  }

  /** `tracemalloc_add_trace`: a block allocated (or resized) while `line` ran. */
  add(address: number, size: number, line: number): void {
    const old = this.traces.get(address);
    if (old !== undefined) this.current -= Math.floor(old / sizeUnit);
    const frame = this.frameOverride !== 0 ? this.frameOverride : Math.min(line, FOREIGN_BASE - 1);
    this.traces.set(address, size * sizeUnit + frame);
    this.current += size;
    if (this.current > this.peak) this.peak = this.current;
  }

  /** `tracemalloc_remove_trace`. */
  remove(address: number): void {
    const old = this.traces.get(address);
    if (old === undefined) return;
    this.current -= Math.floor(old / sizeUnit);
    this.traces.delete(address);
  }

  /** `_PyTraceMalloc_NewReference`: a traced block reused from a free list moves to `line`. */
  reattribute(address: number, line: number): void {
    const old = this.traces.get(address);
    if (old === undefined) return;
    const size = Math.floor(old / sizeUnit);
    this.traces.set(address, size * sizeUnit + (this.frameOverride !== 0 ? this.frameOverride : Math.min(line, FOREIGN_BASE - 1)));
  }

  /** The frame key of a traced block, or null. */
  frameAt(address: number): number | null {
    const t = this.traces.get(address);
    return t === undefined ? null : t % sizeUnit;
  }

  /** `tracemalloc_clear_traces`: forget every trace, the total and the peak. */
  clear(): void {
    this.traces.clear();
    this.current = 0;
    this.peak = 0;
  }

  /** Every trace, in the order blocks were traced (`_get_traces`). */
  records(): TraceRecord[] {
    const out: TraceRecord[] = [];
    for (const t of this.traces.values()) out.push({ size: Math.floor(t / sizeUnit), frame: t % sizeUnit });
    return out;
  }

  /** Number of live traces. */
  get count(): number {
    return this.traces.size;
  }
}

/**
 * The JSON report of a run, written by `pyheap run --json FILE` and by "Python Heap: Export Report
 * (JSON)". One schema for both; README.md documents it field by field.
 */
import type { CPythonVersion, HeapSummary, LineFootprint } from './heapModel';

/** One collection the cyclic GC ran. */
export interface GcRecord {
  /** Line step at which it ran. */
  step: number;
  /** Line that was running (its allocation triggered it, or it called gc.collect()). */
  line: number;
  /** The file of `line` when the collection ran in a module the script imported, not the script. */
  file?: string;
  generation: number;
  collected: number;
  uncollectable: number;
}

/** The report. */
export interface HeapReport {
  /** Schema version of this report. */
  schema: 1;
  tool: 'python-heap-inspector';
  script: string;
  /** The modelled CPython. */
  python: CPythonVersion;
  /** `finished`, `error` (an exception or unsupported code), `cancelled`, or `paused` (exported mid-run). */
  status: string;
  /** Line steps executed. */
  steps: number;
  /** Per-line footprints, in line order. */
  lines: LineFootprint[];
  /** The heap at the end (or at the exported step). */
  heap: HeapSummary;
  /** Every collection, in order. */
  gc: GcRecord[];
  /** What the script printed. */
  stdout: string;
  /** The traceback or the reason the run stopped, if any. */
  error: string | null;
}

/** Assembles a report. */
export function buildReport(fields: Omit<HeapReport, 'schema' | 'tool'>): HeapReport {
  return { schema: 1, tool: 'python-heap-inspector', ...fields };
}

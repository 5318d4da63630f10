/** The per-line footprint table `pyheap run --report` prints on stderr. */
import type { LineFootprint } from '../protocol/heapModel';
import type { GcRecord } from '../protocol/report';
import { formatPlace } from '../protocol/fileLines';

/**
 * The table, one row per line that allocated or freed, with the source text. A module the script
 * imported has rows of its own after the script's, its line shown as `helper.py:7` and its text
 * read through `sourceOf` (its absolute path; undefined when it cannot be read).
 */
export function formatReportTable(lines: LineFootprint[], source: string[], gc: GcRecord[],
  sourceOf: (file: string) => string[] | undefined = () => undefined): string {
  const head = ['line', 'allocs', 'bytes', 'frees', 'freed', 'retained', 'blocks', 'source'];
  const rows = lines.map((l) => [
    formatPlace(l.line, l.file), String(l.allocations), String(l.allocatedBytes), String(l.frees), String(l.freedBytes),
    String(l.retainedBytes), String(l.retainedBlocks), ((l.file === undefined ? source : sourceOf(l.file) ?? [])[l.line - 1] ?? '').trim().slice(0, 60),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  // With modules' rows (`helper.py:7`) the place column reads better aligned left.
  const leftFirst = lines.some((l) => l.file !== undefined);
  const fmt = (r: string[]) => r.map((c, i) => (i === r.length - 1 ? c : i === 0 && leftFirst ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  const out = [fmt(head), ...rows.map(fmt)];
  const shown = gc.slice(0, 12).map((g) => `gen ${g.generation} at line ${formatPlace(g.line, g.file)}: ${g.collected} collected`);
  out.push(`# ${gc.length} collection${gc.length === 1 ? '' : 's'}${shown.length ? `: ${shown.join('; ')}${gc.length > 12 ? '; …' : ''}` : ''}`);
  return out.join('\n') + '\n';
}

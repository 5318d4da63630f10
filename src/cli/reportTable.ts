/** The per-line footprint table `pyheap run --report` prints on stderr. */
import type { LineFootprint } from '../protocol/heapModel';
import type { GcRecord } from '../protocol/report';

/** The table, one row per line that allocated or freed, with the source text. */
export function formatReportTable(lines: LineFootprint[], source: string[], gc: GcRecord[]): string {
  const head = ['line', 'allocs', 'bytes', 'frees', 'freed', 'retained', 'blocks', 'source'];
  const rows = lines.map((l) => [
    String(l.line), String(l.allocations), String(l.allocatedBytes), String(l.frees), String(l.freedBytes),
    String(l.retainedBytes), String(l.retainedBlocks), (source[l.line - 1] ?? '').trim().slice(0, 60),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const fmt = (r: string[]) => r.map((c, i) => (i === r.length - 1 ? c : c.padStart(widths[i]))).join('  ');
  const out = [fmt(head), ...rows.map(fmt)];
  const shown = gc.slice(0, 12).map((g) => `gen ${g.generation} at line ${g.line}: ${g.collected} collected`);
  out.push(`# ${gc.length} collection${gc.length === 1 ? '' : 's'}${shown.length ? `: ${shown.join('; ')}${gc.length > 12 ? '; …' : ''}` : ''}`);
  return out.join('\n') + '\n';
}

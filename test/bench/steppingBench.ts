/**
 * What stepping by allocation costs in a teaching-sized script (the examples/ scripts one after
 * the other, ~300 lines): each pause inside a line re-runs the deterministic simulation to the
 * line's start unless the rest of the line had no allocation, so the cost grows with how far into
 * the script the pause is. Measured over the first `pauses` allocations and over every GC phase.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { WorkerSession } from '../../src/worker/workerSession';

const examples = resolve(__dirname, '../examples');

/** Runs the stepping benchmarks. */
export function runSteppingBench(pauses = 400): { name: string; value: number; unit: string }[] {
  const source = readdirSync(examples).filter((f) => f.endsWith('.py')).sort()
    .map((f) => readFileSync(join(examples, f), 'utf8')).join('\n');
  const lines = source.split('\n').length;
  const rows: { name: string; value: number; unit: string }[] = [];
  for (const kind of ['alloc', 'gc'] as const) {
    const s = new WorkerSession(new Int32Array(new SharedArrayBuffer(4)), () => {});
    s.handle({ type: 'session/start', source, filename: 'examples.py', version: '3.12', stdin: '', maxSteps: 10_000_000, timeoutMs: 600_000 });
    const times: number[] = [];
    for (let i = 0; i < pauses; i++) {
      const t0 = performance.now();
      const state = s.handle({ type: 'session/stepEvent', kind });
      times.push(performance.now() - t0);
      if (!state.pause) break;
    }
    const label = kind === 'alloc' ? 'allocation' : 'GC phase';
    rows.push({ name: `step to next ${label} (${lines}-line script, ${times.length} pauses): mean`, value: times.reduce((a, b) => a + b, 0) / times.length, unit: 'ms' });
    rows.push({ name: `step to next ${label}: slowest`, value: Math.max(...times), unit: 'ms' });
  }
  return rows;
}

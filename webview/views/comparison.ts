/**
 * The simulation beside the real CPython: per line, the bytes still held at the end as tracemalloc
 * measured them in the user's interpreter and as the simulation counts them.
 */
import type { LineFootprint } from '../../src/protocol/heapModel';
import type { RealCPythonRun } from '../../src/protocol/panelProtocol';
import { bytes, h } from '../dom';

/** The comparison table, or a hint on how to get one. */
export function renderComparison(run: RealCPythonRun | null, simulated: LineFootprint[], modelled: string): HTMLElement {
  if (!run) {
    return h('p', { class: 'empty' }, 'Run "Python Heap: Compare with Real CPython" to measure this script under your own Python with tracemalloc.');
  }
  const sim = new Map(simulated.map((f) => [f.line, f]));
  const lines = [...new Set([...run.lines.map((l) => l.line), ...simulated.filter((f) => f.retainedBlocks > 0).map((f) => f.line)])].sort((a, b) => a - b);
  const real = new Map(run.lines.map((l) => [l.line, l]));
  const body = h('tbody');
  let matching = 0;
  for (const line of lines) {
    const r = real.get(line);
    const m = sim.get(line);
    const same = !!r && !!m && r.retainedBytes === m.retainedBytes;
    if (same) matching++;
    body.append(h('tr', { class: simulated.length === 0 ? null : same ? 'match' : 'differ' },
      h('td', { class: 'num' }, String(line)),
      h('td', { class: 'num' }, r ? `${bytes(r.retainedBytes)} (${r.retainedBlocks})` : '—'),
      h('td', { class: 'num' }, m ? `${bytes(m.retainedBytes)} (${m.retainedBlocks})` : simulated.length === 0 ? 'not run' : '—')));
  }
  const verdict = simulated.length === 0
    ? 'Run the script on the simulated heap to fill the simulation column.'
    : `${matching} of ${lines.length} lines retain exactly the same bytes.`;
  const sameVersion = run.version.startsWith(`${modelled}.`);
  const versionNote = sameVersion ? null : h('p', { class: 'notice', 'data-testid': 'comparison-version' },
    `Your Python is ${run.version} but the simulation models CPython ${modelled}: select CPython ${run.version.split('.').slice(0, 2).join('.')} ` +
    '("Python Heap: Select CPython Version") to compare like with like, or set pythonHeap.pythonPath to a matching interpreter.');
  return h('div', { 'data-testid': 'comparison' }, versionNote,
    h('p', {}, `Real CPython ${run.version} (${run.python}), exit ${run.exitCode}; tracemalloc: ${bytes(run.tracedCurrent)} traced at the end, peak ${bytes(run.tracedPeak)}. ${verdict}`),
    h('table', { class: 'grid' }, h('thead', {}, h('tr', {}, h('th', {}, 'line'), h('th', {}, 'real CPython: retained (blocks)'), h('th', {}, 'simulation: retained (blocks)'))), body),
    run.stdout ? h('details', {}, h('summary', {}, 'What the real run printed'), h('pre', { class: 'stdout' }, run.stdout)) : null,
    run.stderr ? h('pre', { class: 'traceback' }, run.stderr) : null);
}

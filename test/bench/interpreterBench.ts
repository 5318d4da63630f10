/**
 * The interpreter side by side with the real CPython on the same scripts (test/bench/scripts):
 * wall time of each, their ratio, line steps per second, and what a recorded step costs. The
 * 10-million-step script shows a long run completes. CPython is whatever `python3` is on PATH
 * (or $PYHEAP_BENCH_PYTHON); without one, only the simulation's numbers are printed.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { RunSession } from '../../src/interpreter/session/runSession';
import { parse } from '../../src/interpreter/parser/index';
import { compile } from '../../src/interpreter/compiler/compiler';

const scripts = resolve(__dirname, '../test/bench/scripts');

/** Seconds CPython takes for `path` (best of three), or null without an interpreter. */
function cpythonSeconds(path: string): number | null {
  const python = process.env.PYHEAP_BENCH_PYTHON ?? 'python3';
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    const r = spawnSync(python, [path], { encoding: 'utf8' });
    if (r.status !== 0) return null;
    best = Math.min(best, (performance.now() - t0) / 1000);
  }
  return best;
}

declare const gc: (() => void) | undefined;

function heapUsed(): number {
  if (typeof gc === 'function') { gc(); gc(); }
  return process.memoryUsage().heapUsed;
}

/** Runs the interpreter benchmarks. */
/** The front end alone: py-ast through our adapter, symbol tables, the compiler. */
function compileMs(): number {
  const block = 'def f{i}(a, b=2):\n    x = [a, b, 3]\n    for y in x:\n        if y > 1:\n            a += y\n    return {"k": a, "v": b}\n';
  const source = Array.from({ length: 1700 }, (_, i) => block.replace('{i}', String(i))).join('');
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    compile(parse(source, 'ten_thousand_lines.py'), { version: '3.13' });
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

export function runInterpreterBench(): { name: string; value: number; unit: string }[] {
  const rows: { name: string; value: number; unit: string }[] = [];
  for (const file of readdirSync(scripts).filter((f) => f.endsWith('.py')).sort()) {
    const path = join(scripts, file);
    const name = basename(file, '.py');
    const source = readFileSync(path, 'utf8');
    let best = Infinity;
    let steps = 0;
    for (let i = 0; i < 2; i++) {
      const t0 = performance.now();
      const run = new RunSession({ source, filename: path, version: '3.13', maxSteps: 100_000_000 });
      run.continue();
      const seconds = (performance.now() - t0) / 1000;
      if (run.status !== 'finished') throw new Error(`${name} did not finish: ${run.error}`);
      steps = run.step;
      best = Math.min(best, seconds);
    }
    rows.push({ name: `${name}: simulation`, value: best, unit: 's' });
    rows.push({ name: `${name}: line steps per second`, value: steps / best, unit: 'steps/s' });
    const cpython = cpythonSeconds(path);
    if (cpython !== null) {
      rows.push({ name: `${name}: CPython (python3)`, value: cpython, unit: 's' });
      rows.push({ name: `${name}: simulation / CPython`, value: best / cpython, unit: 'x' });
    }
  }
  rows.push({ name: 'parse + compile a 10,000-line script (best of 3)', value: compileMs(), unit: 'ms' });
  // What a recorded step costs: JS heap kept by a finished run per line step it took. The run
  // keeps a thinned timeline (at most 4,000 points) and no other per-step state; stepping back
  // re-runs the deterministic simulation to the earlier step.
  const path = join(scripts, 'ten_million_steps.py');
  const before = heapUsed();
  const run = new RunSession({ source: readFileSync(path, 'utf8'), filename: path, version: '3.13', maxSteps: 100_000_000 });
  run.continue();
  const after = heapUsed();
  rows.push({ name: 'JS heap kept per recorded step (10M-step run)', value: Math.max(0, after - before) / run.step, unit: 'bytes' });
  return rows;
}

/**
 * A bounded, deterministic fuzz run: every adversarial snippet on its own and a few hundred
 * mutants of the corpus programs must end with a clear answer (output, a traceback, a syntax
 * error, a named unsupported construct, a budget stop), never a JS exception escaping the
 * interpreter. The runs happen in a worker thread with the engine worker's default stack, as in
 * the extension. The seed is fixed and printed; `npm run fuzz` runs many more
 * (test/fuzz/fuzzMain.ts).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { isMainThread, parentPort, Worker } from 'node:worker_threads';
import { BUG_CLASSES, nthMutant, runMutant, seedPrograms, type FuzzBudgets } from './fuzzRun';
import { SNIPPETS } from './mutator';

const root = resolve(__dirname, '../../../..');
const SEED = 20261124;
const MUTANTS = 150;
/** Smaller than the harness's: the whole file must stay short on a loaded machine. */
const BUDGETS: FuzzBudgets = { maxSteps: 5_000, timeoutMs: 500, memoryLimitBytes: 16 * 1024 * 1024 };

/** Runs everything and returns the bugs found (in the worker). */
function fuzz(): { snippets: string[]; mutants: string[] } {
  const snippets: string[] = [];
  SNIPPETS.forEach((source, i) => {
    const r = runMutant(source, (['3.11', '3.12', '3.13'] as const)[i % 3], BUDGETS);
    if (BUG_CLASSES.has(r.cls)) snippets.push(`snippet ${i} (${JSON.stringify(source.slice(0, 60))}): ${r.detail}`);
  });
  const seeds = seedPrograms(root);
  const mutants: string[] = [];
  for (let i = 0; i < MUTANTS; i++) {
    const m = nthMutant(seeds, SEED, i);
    const r = runMutant(m.source, m.version, BUDGETS);
    if (BUG_CLASSES.has(r.cls)) mutants.push(`mutant ${i} of ${m.seedName} (${m.mutations.join('+')}, ${m.version}): ${r.detail}`);
  }
  return { snippets, mutants };
}

if (!isMainThread) {
  parentPort?.postMessage(fuzz());
} else {
  test(`every adversarial snippet and ${MUTANTS} corpus mutants (seed ${SEED}) end with a clear answer`, async () => {
    const result = await new Promise<{ snippets: string[]; mutants: string[] }>((done, fail) => {
      const worker = new Worker(__filename);
      worker.once('message', done);
      worker.once('error', fail);
      worker.once('exit', (code) => fail(new Error(`fuzz worker exited with ${code}`)));
    });
    assert.deepEqual(result.snippets, []);
    assert.deepEqual(result.mutants, []);
  });
}

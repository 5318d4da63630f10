/**
 * The int paths' allocations (intPaths.ts): test/oracle/intPaths/intPathsProbe.py runs on the
 * simulation and must print what it printed under CPython 3.11.7, 3.12.1 and 3.13.0 (kept beside
 * it): per operation the result's getsizeof, the bytes and blocks tracemalloc leaves on the line,
 * and the peak of temporaries above that.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RunSession } from '../session/runSession';
import { checkHeapSelf } from '../session/heapSelfCheck';
import { ndigits } from './intPlanner';
import { planMul } from './intMulPlan';
import { planPow } from './intPowPlan';

const DIR = join('test', 'oracle', 'intPaths');
const VERSIONS = { '3.11': '3.11.7', '3.12': '3.12.1', '3.13': '3.13.0' } as const;

for (const [version, full] of Object.entries(VERSIONS) as [keyof typeof VERSIONS, string][]) {
  test(`int paths allocate as CPython ${full} does`, () => {
    const source = readFileSync(join(DIR, 'intPathsProbe.py'), 'utf8');
    const s = new RunSession({ source, filename: 'intPathsProbe.py', version, maxSteps: 5_000_000 });
    s.continue();
    checkHeapSelf(s);
    const expected = readFileSync(join(DIR, `intPathsProbe.${full}.txt`), 'utf8').split('\n');
    const actual = s.stdout.split('\n');
    for (let i = 0; i < expected.length; i++) assert.equal(actual[i], expected[i], `line ${i + 1}`);
  });
}

test('a plan frees every temporary it makes and keeps only its results', () => {
  const a = 3n ** 6000n;
  for (const plan of [planMul(a, a, true), planMul(a, 5n ** 1500n, false), planPow(3n ** 200n, 7n ** 150n, 10n ** 40n + 7n)]) {
    const live = new Set<number>();
    let k = 0;
    for (const e of plan.events) {
      if (e > 0) live.add(k++);
      else assert.ok(live.delete(~e), 'freed twice');
    }
    assert.deepEqual([...live], plan.results.map((r) => r.block).filter((b) => b >= 0));
  }
  assert.equal(ndigits(2n ** 30n), 2);
});

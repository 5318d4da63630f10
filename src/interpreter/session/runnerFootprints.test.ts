/**
 * Per-line retained bytes under the Compare runner's calibration (`tracemallocRunner`) against real
 * CPython's tracemalloc. Expected values: `python3 test/oracle/tracemallocBlocks.py
 * test/oracle/classStatementsTraced.py` on 3.11.7, 3.12.1 and 3.13.0 (the source this test runs).
 * They depend on the startup calibration: the dict keys free list's fill, which free-list entries are
 * untraced, and what runpy takes after the script's last line.
 */
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RunSession } from './runSession';

const classStatements = readFileSync('test/oracle/classStatementsTraced.py', 'utf8');

const expected = {
  '3.11': { 1: 2328, 3: 2416, 4: 152, 6: 152, 8: 1832, 10: 2480, 12: 2528 },
  '3.12': { 1: 2208, 3: 2360, 4: 160, 6: 160, 8: 1728, 10: 2376, 12: 2544 },
  '3.13': { 1: 2488, 3: 2368, 4: 160, 6: 160, 8: 1856, 10: 2504, 12: 2432 },
} as const;

for (const version of ['3.11', '3.12', '3.13'] as const) {
  test(`class statements retain what tracemalloc charges them under the runner (${version})`, () => {
    const s = new RunSession({ source: classStatements, filename: 'classStatementsTraced.py', version, calibration: 'tracemallocRunner' });
    s.continue();
    const retained = Object.fromEntries(s.state(0).footprints.filter((f) => f.retainedBytes !== 0).map((f) => [f.line, f.retainedBytes]));
    assert.deepEqual(retained, expected[version]);
  });
}

// runpy returns a copy of the globals and drops the module: with no function holding the dict, its
// keys block (resized by the 22nd name, line 14) is freed; a `def` keeps it. Expected values:
// test/oracle/runnerGlobals.sh.
const manyGlobals = Array.from({ length: 25 }, (_, i) => `v${i} = ${i}\n`).join('');
const globalsExpected = {
  '3.11': { released: {}, held: { 14: 768, 26: 152 } },
  '3.12': { released: {}, held: { 14: 768, 26: 160 } },
  '3.13': { released: {}, held: { 14: 768, 26: 160 } },
} as const;

for (const version of ['3.11', '3.12', '3.13'] as const) {
  test(`the globals' keys block is released after the script unless a function holds the dict (${version})`, () => {
    for (const [kind, source] of [['released', manyGlobals], ['held', `${manyGlobals}def f(): pass\n`]] as const) {
      const s = new RunSession({ source, filename: 'runnerGlobals.py', version, calibration: 'tracemallocRunner' });
      s.continue();
      const retained = Object.fromEntries(s.state(0).footprints.filter((f) => f.retainedBytes !== 0).map((f) => [f.line, f.retainedBytes]));
      assert.deepEqual(retained, globalsExpected[version][kind], kind);
    }
  });
}

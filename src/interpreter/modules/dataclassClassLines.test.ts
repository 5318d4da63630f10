/**
 * Dataclass class and `field()` lines under the Compare runner, against CPython 3.11.7, 3.12.1 and
 * 3.13.0: a decorated class body's prologue and SETUP_ANNOTATIONS run at the decorator's line (so
 * `__annotations__` is not charged to the `class` line), and `field()` without metadata shares
 * dataclasses' `_EMPTY_METADATA`. Expected bytes/blocks: test/oracle/dataclassClassLines.py under
 * media/python/tracemallocRunner.py (the lines that agree; the `@dataclass` lines run dataclasses'
 * generated code, and 3.13 charges line 13's annotation keys where the simulation reuses them).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RunSession } from '../session/runSession';

const expected = {
  '3.11': { 12: [2208, 9], 17: [2376, 11], 21: [2528, 12], 26: [2256, 10], 28: [120, 1], 29: [120, 1] },
  '3.12': { 12: [2272, 10], 17: [2392, 11], 21: [2544, 12], 26: [2272, 10], 28: [120, 1], 29: [120, 1] },
  '3.13': { 12: [2280, 10], 17: [2488, 11], 21: [2552, 12], 26: [2160, 9], 28: [120, 1], 29: [120, 1] },
} as const;

for (const [version, lines] of Object.entries(expected) as ['3.11' | '3.12' | '3.13', Record<number, readonly [number, number]>][]) {
  test(`dataclass class lines and field() lines match the runner's tracemalloc (${version})`, () => {
    const source = readFileSync(join(process.cwd(), 'test/oracle/dataclassClassLines.py'), 'utf8');
    const s = new RunSession({ source, filename: 'dataclassClassLines.py', version, calibration: 'tracemallocRunner' });
    s.continue();
    const footprints = s.state(0).footprints;
    for (const [line, [bytes, blocks]] of Object.entries(lines)) {
      const f = footprints.find((x) => x.line === Number(line));
      assert.deepEqual([f?.retainedBytes ?? 0, f?.retainedBlocks ?? 0], [bytes, blocks], `line ${line}`);
    }
  });
}

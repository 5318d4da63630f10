/**
 * The list free list's fill at line 1 under the Compare runner grows with the script's scopes (the
 * symbol table entries runpy's compile freed). Expected values: test/oracle/startup/compileFreeLists.py,
 * whose output is kept beside it (compileFreeLists.runner.<version>.json), on 3.11.7, 3.12.1, 3.13.0.
 */
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import calibration from './profile/startupCalibration.json';
import { runnerListFill } from './startupCalibration';
import { RunSession } from '../interpreter/session/runSession';

const full = { '3.11': '3.11.7', '3.12': '3.12.1', '3.13': '3.13.0' } as const;

for (const version of ['3.11', '3.12', '3.13'] as const) {
  test(`the runner's list free-list fill follows the script's scopes (${version})`, () => {
    const measured = JSON.parse(readFileSync(`test/oracle/startup/compileFreeLists.runner.${full[version]}.json`, 'utf8')) as { fill: Record<string, number> };
    const probeFill = (calibration as unknown as Record<string, { tracemallocRunner: { freeLists: { list: number } } }>)[version].tracemallocRunner.freeLists.list;
    for (const [scopes, fill] of Object.entries(measured.fill)) assert.equal(runnerListFill(probeFill, Number(scopes)), fill, `${scopes} scopes`);
  });

  test(`a script's scopes set the list free list it starts with under the runner (${version})`, () => {
    // compileFreeLists.py's fill probe with 20 functions: 21 scopes.
    const source = `import sys\n${Array.from({ length: 20 }, (_, i) => `def f${i}(): pass\n`).join('')}`;
    const s = new RunSession({ source, filename: 'fill.py', version, calibration: 'tracemallocRunner' });
    assert.equal(s.interp.rt.listFreeList.size, 45);
  });
}

for (const version of ['3.11', '3.12', '3.13'] as const) {
  test(`the runner's dict free-list fill follows the shape of the script's scopes (${version})`, () => {
    // test/oracle/startup/compileDictFreeList.py: each case's source as the runner compiled it.
    const measured = JSON.parse(readFileSync(`test/oracle/startup/compileDictFreeList.runner.${full[version]}.json`, 'utf8')) as { cases: Record<string, { source: string; fill: number }> };
    for (const [name, { source, fill }] of Object.entries(measured.cases)) {
      const s = new RunSession({ source, filename: 'fill.py', version, calibration: 'tracemallocRunner' });
      assert.equal(s.interp.rt.dictFreeList.size, fill, name);
    }
  });
}

for (const version of ['3.11', '3.12', '3.13'] as const) {
  test(`a script's first two lists take runpy's untraced entries, the next ones the compile's traced ones (${version})`, () => {
    // test/oracle/startup/runnerListTops.py as media/python/tracemallocRunner.py charged it.
    const source = readFileSync('test/oracle/startup/runnerListTops.py', 'utf8');
    const real = JSON.parse(readFileSync(`test/oracle/startup/runnerListTops.runner.${full[version]}.json`, 'utf8')) as { lines: { line: number; retainedBytes: number }[] };
    const s = new RunSession({ source, filename: 'runnerListTops.py', version, calibration: 'tracemallocRunner' });
    s.continue();
    const sim = s.state(0).footprints.filter((f) => f.retainedBytes !== 0).map((f) => ({ line: f.line, retainedBytes: f.retainedBytes }));
    assert.deepEqual(sim, real.lines.map(({ line, retainedBytes }) => ({ line, retainedBytes })));
  });
}

for (const version of ['3.11', '3.12', '3.13'] as const) {
  test(`a script's first slice reuses the untraced one the startup left in the slice cache (${version})`, () => {
    // test/oracle/startup/sliceCache.py: sliceCacheScript.py as media/python/tracemallocRunner.py charged it.
    const real = JSON.parse(readFileSync(`test/oracle/startup/sliceCache.${full[version]}.json`, 'utf8')) as { plainSliceBlocks: number[]; runnerLines: { line: number; retainedBytes: number }[] };
    const source = readFileSync('test/oracle/startup/sliceCacheScript.py', 'utf8');
    const s = new RunSession({ source, filename: 'sliceCacheScript.py', version, calibration: 'tracemallocRunner' });
    s.continue();
    const sim = new Map(s.state(0).footprints.map((f) => [f.line, f.retainedBytes]));
    // On 3.12 and 3.13 line 5 also holds a 48-byte block that is not the slice's (not simulated yet).
    for (const { line, retainedBytes } of real.runnerLines) if (line !== 5 || version === '3.11') assert.equal(sim.get(line) ?? 0, retainedBytes, `line ${line}`);
    assert.equal(sim.get(4) ?? 0, 0, 'the first slice');
    // Plainly too: the first slice allocates no block, the second one.
    const plain = new RunSession({ source: 's = slice(1)\n', filename: 'plain.py', version });
    assert.equal(plain.interp.rt.sliceCache.size, real.plainSliceBlocks[0] === 0 ? 1 : 0);
  });
}

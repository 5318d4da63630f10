/**
 * The json module against CPython 3.11.7, 3.12.1 and 3.13.0: test/oracle/json/jsonProbe.py runs
 * in the simulation and must print what the real interpreters printed (jsonProbe.3.1x.txt beside
 * it): error messages and positions, encoder layout, key coercion, hooks and the sizes of what
 * `loads` builds.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RunSession } from '../session/runSession';
import { checkHeapSelf } from '../session/heapSelfCheck';

type Version = '3.11' | '3.12' | '3.13';

const probeDir = 'test/oracle/json';
const source = readFileSync(join(probeDir, 'jsonProbe.py'), 'utf8');

for (const version of ['3.11', '3.12', '3.13'] as Version[]) {
  test(`json probe prints what CPython ${version} printed`, () => {
    const s = new RunSession({ source, filename: 'jsonProbe.py', version, maxSteps: 2_000_000 });
    s.continue();
    checkHeapSelf(s);
    assert.equal(s.error ?? '', '');
    assert.equal(s.stdout, readFileSync(join(probeDir, `jsonProbe.${version}.txt`), 'utf8'));
  });
}

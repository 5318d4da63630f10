/**
 * test/oracle/libm/libmProbe.py (a few thousand math.* and ** results) must print what CPython
 * 3.11.7/3.12.1/3.13.0 printed (test/oracle/libm/expected.txt, from generate.py), line for line,
 * except the lines listed in knownDifferences.txt (compare.py --write-known), which must still
 * differ so the list stays honest.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { RunSession } from '../../session/runSession';

const DIR = 'test/oracle/libm/';
const source = readFileSync(`${DIR}libmProbe.py`, 'utf8');
const expected = readFileSync(`${DIR}expected.txt`, 'utf8').trimEnd().split('\n');
const known = new Set(readFileSync(`${DIR}knownDifferences.txt`, 'utf8').split('\n').filter((l) => l && !l.startsWith('#')));

test('math.* and float ** results match CPython (glibc) outside the known differences', () => {
  const s = new RunSession({ source, filename: 'libmProbe.py', version: '3.13', maxSteps: 100_000_000 });
  s.continue();
  const got = s.stdout.trimEnd().split('\n');
  assert.equal(got.length, expected.length, s.error ?? '');
  const unexpected: string[] = [];
  const fixed: string[] = [];
  expected.forEach((line, i) => {
    const key = line.split(' ', 2).join(' ');
    if (known.has(key)) { if (got[i] === line) fixed.push(key); } else if (got[i] !== line) unexpected.push(`${line} | got ${got[i]}`);
  });
  assert.deepEqual(unexpected, [], 'differs from CPython');
  assert.deepEqual(fixed, [], 'now matches: rerun compare.py --write-known');
});

// int(text, base), round() with ndigits, float() of big ints and int / int overflow against
// test/oracle/numberConversions/expected.json, which the real interpreters printed for probe.py
// (python3 test/oracle/numberConversions/generate.py): the simulation runs the same probe.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CPythonVersion } from '../../protocol/heapModel';
import { RunSession } from '../session/runSession';
import { decimalAndSpaceToAscii, parseIntText } from './intFromString';

const dir = join(process.cwd(), 'test', 'oracle', 'numberConversions');
const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Record<CPythonVersion, string>;
const source = readFileSync(join(dir, 'probe.py'), 'utf8');

for (const version of ['3.11', '3.12', '3.13'] as const) {
  test(`${version}: the number-conversion probe prints what CPython printed`, () => {
    const session = new RunSession({ source, filename: '/tmp/probe.py', version, maxSteps: 50_000_000 });
    session.continue();
    const want = expected[version].split('\n');
    const got = session.stdout.split('\n');
    for (let i = 0; i < want.length; i++) assert.equal(got[i], want[i], `line ${i + 1}`);
    assert.equal(session.stderr + (session.error ?? ''), '');
  });
}

test('Unicode digits and spaces become ASCII before the parse', () => {
  assert.equal(decimalAndSpaceToAscii('\u0663\u3000\u{1d7d7}x\u00bd'), '3 9x?');
  const none = (): void => undefined;
  assert.deepEqual(parseIntText(' 0x_ff ', 0, none, true), { value: 255n, digits: 2, base: 16 });
  assert.deepEqual(parseIntText('010', 0, none, true), { value: null });
});

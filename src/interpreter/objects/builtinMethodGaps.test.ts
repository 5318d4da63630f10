// Built-in methods that used to stop a run with "not simulated yet" (bytes/bytearray expandtabs
// and splitlines, str.splitlines' list and identity, ...) against
// test/oracle/builtinMethodGaps/expected.json, which CPython 3.11.7, 3.12.1 and 3.13.0 printed for
// probe.py (python3 test/oracle/numberConversions/generate.py test/oracle/builtinMethodGaps).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CPythonVersion } from '../../protocol/heapModel';
import { RunSession } from '../session/runSession';
import { checkHeapSelf } from '../session/heapSelfCheck';

const dir = join(process.cwd(), 'test', 'oracle', 'builtinMethodGaps');
const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Record<CPythonVersion, string>;
const source = readFileSync(join(dir, 'probe.py'), 'utf8');

for (const version of ['3.11', '3.12', '3.13'] as const) {
  test(`${version}: the built-in method probe prints what CPython printed`, () => {
    const session = new RunSession({ source, filename: '/tmp/probe.py', version, maxSteps: 50_000_000 });
    session.continue();
    checkHeapSelf(session);
    const want = expected[version].split('\n');
    const got = session.stdout.split('\n');
    for (let i = 0; i < want.length; i++) assert.equal(got[i], want[i], `line ${i + 1}`);
    assert.equal(session.stderr + (session.error ?? ''), '');
  });
}

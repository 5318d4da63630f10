// Builtin functions and constructors, and Python functions' parameter binding, called with wrong
// arguments: each line the simulation prints is CPython's (test/oracle/builtinArity/expected.json,
// written by python3 test/oracle/numberConversions/generate.py test/oracle/builtinArity). Calls still differing are listed in KNOWN.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CPythonVersion } from '../../protocol/heapModel';
import { RunSession } from '../session/runSession';

const dir = join(process.cwd(), 'test', 'oracle', 'builtinArity');
const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Record<CPythonVersion, string>;
const source = readFileSync(join(dir, 'probe.py'), 'utf8');
/** Calls whose texts still differ from CPython's. */
const KNOWN = new Set<string>([]);

for (const version of ['3.11', '3.12', '3.13'] as const) {
  test(`${version}: builtins and Python functions word their argument errors as CPython does`, () => {
    const session = new RunSession({ source, filename: '/tmp/probe.py', version });
    session.continue();
    assert.equal(session.stderr + (session.error ?? ''), '');
    const want = expected[version].split('\n');
    const got = session.stdout.split('\n');
    assert.equal(got.length, want.length);
    for (let i = 0; i < want.length; i++) if (!KNOWN.has(want[i].split(' ')[0])) assert.equal(got[i], want[i]);
  });
}

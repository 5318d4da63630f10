// The built-in types' methods and the builtins called with no arguments and with too many, against
// test/oracle/methodArity/expected.json (python3 test/oracle/methodArity/generate.py): every line
// the simulation prints is CPython's line for that call. Methods the simulation has not got yet are
// skipped by name; calls whose texts still differ are listed below (known differences).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CPythonVersion } from '../../protocol/heapModel';
import { RunSession } from '../session/runSession';

const dir = join(process.cwd(), 'test', 'oracle', 'methodArity');
const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Record<CPythonVersion, string>;
const UNSIMULATED = ['format_map', 'translate', 'vars'];
const source = readFileSync(join(dir, 'probe.py'), 'utf8').replace('UNSIMULATED = set()', `UNSIMULATED = {${UNSIMULATED.map((n) => `'${n}'`).join(', ')}}`);
/** Builtin functions whose argument checks still differ (not methods). */
const KNOWN = /^(compile|memoryview)\//;

const byCall = (text: string): Map<string, string> => new Map(text.split('\n').filter((l) => l).map((l) => [l.split(' ')[0], l]));

for (const version of ['3.11', '3.12', '3.13'] as const) {
  test(`${version}: methods and builtins check their argument counts as CPython does`, () => {
    const session = new RunSession({ source, filename: '/tmp/probe.py', version, maxSteps: 50_000_000 });
    session.continue();
    assert.equal(session.stderr + (session.error ?? ''), '');
    const want = byCall(expected[version]);
    const got = byCall(session.stdout);
    assert.ok(got.size > 400, `${got.size} calls printed`);
    for (const [call, line] of got) if (!KNOWN.test(call)) assert.equal(line, want.get(call), call);
  });
}

// __doc__ / __text_signature__ of built-in functions, methods, types and descriptors (builtinDocs.ts)
// against test/oracle/builtinDocs/expected.json, which CPython 3.11.7, 3.12.1 and 3.13.0 printed for
// probe.py (python3 test/oracle/numberConversions/generate.py test/oracle/builtinDocs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CPythonVersion } from '../../protocol/heapModel';
import { RunSession } from '../session/runSession';
import { checkHeapSelf } from '../session/heapSelfCheck';

const dir = join(process.cwd(), 'test', 'oracle', 'builtinDocs');
const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Record<CPythonVersion, string>;
const source = readFileSync(join(dir, 'probe.py'), 'utf8');

for (const version of ['3.11', '3.12', '3.13'] as const) {
  test(`${version}: the doc string probe prints what CPython printed, with the heap consistent`, () => {
    const session = new RunSession({ source, filename: '/tmp/probe.py', version });
    session.continue();
    assert.equal(session.stderr + (session.error ?? ''), '');
    assert.equal(session.stdout, expected[version]);
    checkHeapSelf(session);
  });
}

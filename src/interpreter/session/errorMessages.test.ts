// Runtime error texts and name suggestions against test/oracle/errorMessages.json, written by the
// real interpreters (python3 test/oracle/errorMessagesProbe.py): what a script prints, stdout then
// the traceback, for each case and version.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CPythonVersion } from '../../protocol/heapModel';
import { RunSession } from './runSession';

interface Case { source: string; printed: Record<CPythonVersion, string> }
const cases = JSON.parse(readFileSync(join(process.cwd(), 'test', 'oracle', 'errorMessages.json'), 'utf8')) as Record<string, Case>;

for (const [name, c] of Object.entries(cases)) {
  for (const version of ['3.11', '3.12', '3.13'] as const) {
    test(`${version} ${name}: printed as CPython prints it`, () => {
      const session = new RunSession({ source: c.source, filename: '/tmp/snippet.py', version });
      session.continue();
      const printed = session.stdout + session.stderr + (session.error ?? '');
      assert.equal(printed.replace(/File "[^"]*snippet\.py"/g, 'File "snippet.py"'), c.printed[version]);
    });
  }
}

// Our indentation errors against CPython's, for the generated mixed tab/space/form-feed programs
// of test/oracle/indentErrors.json (written by test/oracle/indentProbe.py from real 3.11, 3.12
// and 3.13): class, message and position, whenever either side reports an indentation error.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CPythonVersion } from '../../protocol/heapModel';
import { scanIndentation } from './indentScan';
import { parse } from './pyAstAdapter';
import { PySyntaxError } from './syntaxError';

interface Verdict { type: string; msg: string; lineno: number; offset: number; end_lineno: number; end_offset: number }
type Case = { source: string } & Record<CPythonVersion, Verdict | null>;
const cases = JSON.parse(readFileSync(join(process.cwd(), 'test', 'oracle', 'indentErrors.json'), 'utf8')) as Case[];

const INDENT_TYPES = new Set(['IndentationError', 'TabError']);
const describe = (v: Verdict | null): string => (v ? `${v.type}: ${v.msg} @${v.lineno}:${v.offset}-${v.end_lineno}:${v.end_offset}` : 'compiles');

function ours(source: string, version: CPythonVersion): Verdict | null {
  try {
    parse(source, 'case.py', version);
    return null;
  } catch (e) {
    if (!(e instanceof PySyntaxError)) throw e;
    return { type: e.type, msg: e.msg, lineno: e.lineno, offset: e.offset, end_lineno: e.endLineno ?? e.lineno, end_offset: e.endOffset ?? e.offset };
  }
}

for (const version of ['3.11', '3.12', '3.13'] as const) {
  test(`indentation errors of ${cases.length} generated programs match CPython ${version}`, () => {
    const differ: string[] = [];
    for (const c of cases) {
      const theirs = c[version];
      const mine = ours(c.source, version);
      if (!INDENT_TYPES.has(theirs?.type ?? '') && !INDENT_TYPES.has(mine?.type ?? '')) continue;
      if (describe(mine) !== describe(theirs)) differ.push(`${JSON.stringify(c.source)}\n  ours    ${describe(mine)}\n  CPython ${describe(theirs)}`);
    }
    assert.deepEqual(differ, []);
  });
}

test('a tab against eight spaces is consistent by one measure only (TabError)', () => {
  assert.deepEqual(scanIndentation(['if x:', '        a = 1', '\tb = 2', '']), { kind: 'tab', lineno: 3 });
  assert.equal(scanIndentation(['if x:', '\ta = 1', '\tb = 2', '']), null);
});

// Our uncaught SyntaxError against CPython's, printed as a script run prints it (File line, source
// line, carets, message), for each case of test/oracle/syntaxErrors.json: written by
// test/oracle/syntaxErrors.py from real 3.11, 3.12 and 3.13 runs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compile } from '../compiler/compiler';
import { RunSession } from '../session/runSession';
import { formatSyntaxError } from '../session/syntaxErrorText';
import type { CPythonVersion } from '../../protocol/heapModel';
import { parse } from './pyAstAdapter';
import { PySyntaxError } from './syntaxError';

type Case = { source: string } & Record<CPythonVersion, string>;
const cases = JSON.parse(readFileSync(join(process.cwd(), 'test', 'oracle', 'syntaxErrors.json'), 'utf8')) as Record<string, Case>;

/** Cases we do not word or place as CPython does yet (test/fidelity/KNOWN-DIFFERENCES.md). */
const NOT_YET = new Set<string>([
  'expected block at end', 'assign to call', 'f-string empty', 'f-string bang',
  // A case on one version only: "name version".
  'comprehension target dangling operator 3.11', 'comprehension target dangling operator 3.12',
  'comprehension target then if 3.11', 'comprehension target then if 3.12',
]);

function printed(source: string, version: CPythonVersion): string {
  // A NUL is refused by the script runner (compile() words it differently, without a line).
  if (source.includes('\0')) {
    const s = new RunSession({ source, filename: 'case.py', version, maxSteps: 1000 });
    s.continue();
    return s.error ?? 'compiles';
  }
  try {
    compile(parse(source, 'case.py', version), { version, filename: 'case.py' });
    return 'compiles';
  } catch (e) {
    if (!(e instanceof PySyntaxError)) throw e;
    return formatSyntaxError(e, 'case.py', version, source.split('\n'));
  }
}

for (const [name, c] of Object.entries(cases)) {
  for (const version of ['3.11', '3.12', '3.13'] as const) {
    test(`syntax error "${name}" prints as CPython ${version} prints it`, { skip: NOT_YET.has(name) || NOT_YET.has(`${name} ${version}`) }, () => {
      // An empty stderr: the case compiles (and runs cleanly) on that version.
      assert.equal(printed(c.source, version), c[version] === '' ? 'compiles' : c[version]);
    });
  }
}

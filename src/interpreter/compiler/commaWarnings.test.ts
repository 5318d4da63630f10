import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { RunSession } from '../session/runSession';

// test/oracle/missingCommaWarnings.stderr is CPython's stderr (3.11.7, 3.12.1 and 3.13.0 print the
// same bytes) for test/corpus/programs/missing_comma_warnings.py run without -W ignore, its
// directory taken out of the paths: the compiler's "perhaps you missed a comma?" SyntaxWarnings.
const source = readFileSync('test/corpus/programs/missing_comma_warnings.py', 'utf8');
const expected = readFileSync('test/oracle/missingCommaWarnings.stderr', 'utf8');

for (const version of ['3.11', '3.12', '3.13'] as const) {
  test(`${version}: a called or indexed display warns "perhaps you missed a comma?"`, () => {
    const session = new RunSession({ source, filename: 'missing_comma_warnings.py', version });
    session.continue();
    assert.equal(session.stderr, expected);
  });
}

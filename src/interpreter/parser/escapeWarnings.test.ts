import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { RunSession } from '../session/runSession';
import { invalidEscapeMessage } from './escapeWarnings';

// test/oracle/invalidEscapes.sh records CPython's stderr for test/oracle/invalidEscapes.py: the
// parser's SyntaxWarnings on 3.12 and 3.13 (the first invalid escape of each literal piece, at the
// piece's first line), nothing on 3.11 (a DeprecationWarning, hidden by the default filters).
const source = readFileSync('test/oracle/invalidEscapes.py', 'utf8');
for (const [version, full] of [['3.11', '3.11.7'], ['3.12', '3.12.1'], ['3.13', '3.13.0']] as const) {
  test(`${version}: invalid escape sequences print CPython's warnings`, () => {
    const session = new RunSession({ source, filename: 'invalidEscapes.py', version });
    session.continue();
    assert.equal(session.stderr, readFileSync(`test/oracle/invalidEscapes.${full}.stderr`, 'utf8'));
    const quiet = new RunSession({ source, filename: 'invalidEscapes.py', version, ignoreWarnings: true });
    quiet.continue();
    assert.equal(quiet.stderr, '');
  });
}

test('one literal piece: the first invalid escape, raw and f-string pieces skipped', () => {
  assert.equal(invalidEscapeMessage('"\\d+\\.\\d+"'), "invalid escape sequence '\\d'");
  assert.equal(invalidEscapeMessage("'''a\\\nb\\ c'''"), "invalid escape sequence '\\ '");
  assert.equal(invalidEscapeMessage('rb"\\d"'), null);
  assert.equal(invalidEscapeMessage('"\\400"'), "invalid octal escape sequence '\\400'");
  assert.equal(invalidEscapeMessage('"\\377\\N{BULLET}\\u00e9\\x41"'), null);
  assert.equal(invalidEscapeMessage('b"\\u00e9"'), "invalid escape sequence '\\u'");
  assert.equal(invalidEscapeMessage('"caf\\é"'), null);
});

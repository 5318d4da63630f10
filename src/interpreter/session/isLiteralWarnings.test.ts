import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { RunSession } from './runSession';

// test/oracle/isLiteralWarnings.py's stderr under CPython 3.11.7 / 3.12.1 / 3.13.0 (no -W
// ignore): one SyntaxWarning per comparison chain with a literal, before the program runs.
const source = readFileSync('test/oracle/isLiteralWarnings.py', 'utf8');
const lines: Record<number, string> = {
  5: 'if score is 1 or score is not 0:',
  8: "print(grade is 'A', grade is -1, grade is (1, 2), grade is None, 3 is 3 is grade)",
  12: "return value is 2.5 or value is b'x'",
};
const expected = {
  '3.11': [[5, '"is"', 'a'], [5, '"is not"', 'a'], [8, '"is"', 'a'], [8, '"is"', 'a'], [8, '"is"', 'a'], [8, '"is"', 'a'], [12, '"is"', 'a'], [12, '"is"', 'a']],
  '3.12': [[5, '"is"', "'int'"], [5, '"is not"', "'int'"], [8, '"is"', "'str'"], [8, '"is"', "'int'"], [8, '"is"', "'tuple'"], [8, '"is"', "'int'"],
    [12, '"is"', "'float'"], [12, '"is"', "'bytes'"]],
} as const;

for (const version of ['3.11', '3.12', '3.13'] as const) {
  test(`${version}: "is" with a literal prints CPython's SyntaxWarnings`, () => {
    const warnings = expected[version === '3.13' ? '3.12' : version];
    const text = warnings.map(([line, op, lit]) => {
      const eq = op === '"is"' ? '"=="' : '"!="';
      return `isLiteralWarnings.py:${line}: SyntaxWarning: ${op} with ${lit} literal. Did you mean ${eq}?\n  ${lines[line]}\n`;
    }).join('');
    const session = new RunSession({ source, filename: 'isLiteralWarnings.py', version });
    session.continue();
    assert.equal(session.stderr, text);
    const quiet = new RunSession({ source, filename: 'isLiteralWarnings.py', version, ignoreWarnings: true });
    quiet.continue();
    assert.equal(quiet.stderr, '');
  });
}

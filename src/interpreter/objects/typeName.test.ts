/**
 * `type.__name__` of a class is its ht_name (the str type() was given), so a line that keeps it is
 * charged nothing; a static type's is a new str (tp_name). Expected values: `python3
 * test/oracle/typeNameTraced.py` on 3.11.7, 3.12.1 and 3.13.0 (the source this test runs): line 9
 * holds only its list's 16-byte item array, line 10 also the two new strs.
 */
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RunSession } from '../session/runSession';

const source = readFileSync('test/oracle/typeNameTraced.py', 'utf8');
const expected = { '3.11': { 9: 16, 10: 16 + 52 + 53 }, '3.12': { 9: 16, 10: 16 + 44 + 45 }, '3.13': { 9: 16, 10: 16 + 44 + 45 } } as const;

for (const version of ['3.11', '3.12', '3.13'] as const) {
  test(`a class's __name__ is its ht_name, not a new str (${version})`, () => {
    const s = new RunSession({ source, filename: 'typeNameTraced.py', version });
    s.continue();
    const bytes = (line: number) => s.state(0).footprints.find((f) => f.line === line)?.retainedBytes ?? 0;
    assert.deepEqual({ 9: bytes(9), 10: bytes(10) }, expected[version]);
  });
}

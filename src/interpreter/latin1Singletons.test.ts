/**
 * The one-character latin-1 singletons against CPython 3.11.7, 3.12.1 and 3.13.0: their sizes
 * (3.12+ carry a UTF-8 copy) and which str constants are them (startup interned other objects for
 * some letters on 3.11/3.12). Expected lines printed by test/oracle/latin1Identity.py.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RunSession } from './session/runSession';

const probe = `
import sys
others = "".join(ch for ch in map(chr, range(256)) if eval(repr(ch)) is not ch)
print(others)
print(sys.getsizeof(chr(65)), sys.getsizeof(chr(0xE9)), sys.getsizeof(chr(0xFF)))
word = "abc"
print(word[0] is "abc"[0], chr(97) is word[0], sys.intern(chr(119)) is chr(119), "!" is chr(33))
`;

const expected = {
  '3.11': 'BCLST_abcdefhijklmnopqrstvwxy\n50 74 74\nFalse True False True\n',
  '3.12': '_abcdenprsx\n42 61 61\nFalse True True True\n',
  '3.13': '\n42 61 61\nTrue True True True\n',
} as const;

for (const version of ['3.11', '3.12', '3.13'] as const) {
  test(`latin-1 singletons: sizes and constant identity on ${version}`, () => {
    const s = new RunSession({ source: probe, filename: 'latin1.py', version, maxSteps: 1_000_000 });
    s.continue();
    assert.equal(s.stdout + (s.error ?? ''), expected[version]);
  });
}

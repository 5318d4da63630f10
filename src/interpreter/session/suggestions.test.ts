import assert from 'node:assert/strict';
import { test } from 'node:test';
import { closestName, levenshtein } from './suggestions';

// Expected hints observed from CPython 3.11.7 / 3.12.1 / 3.13.0 (the same on all three):
// `xrange` -> range, `ad` -> add, `a` -> ab, `lengthh` -> lenght, `prnt` -> print, `caes` none.
test('closestName picks what the interpreters suggest', () => {
  assert.equal(closestName('xrange', ['print', 'range', 'len']), 'range');
  assert.equal(closestName('ad', ['__init__', 'add']), 'add');
  assert.equal(closestName('a', ['ab']), 'ab');
  assert.equal(closestName('lengthh', ['f', 'lenght']), 'lenght');
  assert.equal(closestName('prnt', ['print', 'repr', 'int']), 'print');
  assert.equal(closestName('caes', ['sys', 'case', 'A']), null);
});

test('closestName skips the wrong name itself and over-long candidate lists', () => {
  assert.equal(closestName('value', ['value']), null);
  assert.equal(closestName('valu', Array.from({ length: 751 }, () => 'value')), null);
});

test('levenshtein weighs case changes half a move', () => {
  assert.equal(levenshtein('Value', 'value', 10), 1);
  assert.equal(levenshtein('abc', 'abd', 10), 2);
  assert.equal(levenshtein('abc', 'xyzabc', 2), 6);
});

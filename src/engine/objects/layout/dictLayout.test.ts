import { test } from 'node:test';
import assert from 'node:assert/strict';
import { calculateLog2Keysize, dictGetsizeof, dictKeysSize, estimateLog2Keysize } from './dictLayout';
import { dictInsertMany, emptyDict } from './dictGrowth';

test('keys sizes of the unicode and general kinds (§3.7 table)', () => {
  assert.deepEqual([3, 4, 5, 6, 8].map((l) => dictKeysSize(l, 'unicode')), [120, 208, 400, 768, 3264]);
  assert.deepEqual([3, 4, 5, 6, 8].map((l) => dictKeysSize(l, 'general')), [160, 288, 568, 1104, 4624]);
  assert.equal(dictGetsizeof(null), 64);
});

test('calculate_log2_keysize: the smallest power of two >= (minsize | 8)', () => {
  assert.deepEqual([0, 1, 2, 7, 8, 9, 16, 17].map(calculateLog2Keysize), [3, 4, 4, 4, 3, 4, 5, 5]);
  assert.equal(estimateLog2Keysize(21), 6);
});

test('incremental str inserts resize at 6, 11, 22', () => {
  const sizes = [5, 6, 10, 11, 21, 22].map((n) => dictInsertMany(emptyDict(), n, true).keys?.log2Size);
  assert.deepEqual(sizes, [3, 4, 4, 5, 5, 6]);
});

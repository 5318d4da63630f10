import { test } from 'node:test';
import assert from 'node:assert/strict';
import { emptyList, listAppend, listClear, listExtendSized, listRemove, listResize } from './listGrowth';

test('append grows 0, 4, 8, 16, 24, 32, 40, 52, 64, 76', () => {
  const seen = new Set<number>();
  let s = emptyList();
  for (let i = 0; i < 70; i++) {
    s = listAppend(s);
    seen.add(s.allocated);
  }
  assert.deepEqual([...seen], [4, 8, 16, 24, 32, 40, 52, 64, 76]);
});

test('extend from an empty list preallocates exactly, rounded to even', () => {
  assert.equal(listExtendSized(emptyList(), 5).allocated, 6);
  assert.equal(listExtendSized(emptyList(), 0).allocated, 0);
});

test('list_resize keeps the array down to half, then shrinks; clear frees it', () => {
  const s = { size: 100, allocated: 100, itemsNull: false };
  assert.equal(listResize(s, 50).allocated, 100);
  assert.equal(listRemove({ ...s, size: 50 }).allocated, 60);
  assert.deepEqual(listClear(), { size: 0, allocated: 0, itemsNull: true });
});

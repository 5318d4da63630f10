import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ARRAY_OBJECT_SIZE, arrayResizeAllocated } from './arrayLayout';

// Expected values: test/oracle/arrayProbe.py on CPython 3.11.7, 3.12.1 and 3.13.0 (identical).
const getsizeof = (allocated: number, itemsize: number): number => ARRAY_OBJECT_SIZE + 16 + allocated * itemsize;

test('appending to an array("i") grows as array_resize over-allocates', () => {
  const seen: number[] = [];
  let size = 0;
  let allocated = 0;
  for (let k = 0; k < 12; k++) {
    seen.push(getsizeof(allocated, 4));
    allocated = arrayResizeAllocated(size, allocated, size + 1);
    size++;
  }
  assert.deepEqual(seen, [80, 96, 96, 96, 96, 112, 112, 112, 112, 144, 144, 144]);
});

test('popping fewer than 16 items keeps the buffer', () => {
  let size = 0;
  let allocated = 0;
  for (; size < 40; size++) allocated = arrayResizeAllocated(size, allocated, size + 1);
  assert.equal(getsizeof(allocated, 1), 124);
  for (; size > 28; size--) allocated = arrayResizeAllocated(size, allocated, size - 1);
  assert.equal(getsizeof(allocated, 1), 124);
});

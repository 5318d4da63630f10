/**
 * deque's block chain against CPython 3.11–3.13 (the same numbers on all three, measured with
 * `sys.getsizeof`): 760 empty; `deque(range(n))` 760 up to 63 items (extend starts at index 1),
 * 1288 from 64, 1816 at 128, 2344 at 200; 200 appends or appendlefts 2344; popping back to empty
 * or clearing gives 760 again. Rotation and maxlen trimming keep CPython's order.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Runtime } from '../runtime';
import {
  dequeAppend, dequeAppendLeft, dequeClear, dequeExtendStart, dequeItems, dequePopLeft, dequeRotate, makeDequeType, newDeque,
  type PyDequeObject,
} from './dequeObject';
import { newInt, type PyLongObject } from './longObject';

const rt = Runtime.create('3.12');
const type = makeDequeType(rt);
const values = (d: PyDequeObject) => dequeItems(d).map((o) => Number((o as PyLongObject).value));
const release = (o: ReturnType<typeof dequeAppend>) => { if (o) rt.heap.decref(o); };

function fromRange(n: number, maxlen = -1): PyDequeObject {
  const d = newDeque(rt, type, maxlen);
  dequeExtendStart(d, false);
  for (let i = 0; i < n; i++) release(dequeAppend(rt, d, newInt(rt, i)));
  return d;
}

test('deque(range(n)) sizes as CPython', () => {
  const sizes = [0, 1, 16, 17, 62, 63, 64, 65, 128, 200].map((n) => type.getsizeof(fromRange(n)));
  assert.deepEqual(sizes, [760, 760, 760, 760, 760, 760, 1288, 1288, 1816, 2344]);
});

test('appends on either side grow a block at 33 and 97 items', () => {
  for (const add of [dequeAppend, dequeAppendLeft]) {
    const d = newDeque(rt, type);
    const grew: number[] = [];
    let last = type.getsizeof(d);
    for (let i = 0; i < 200; i++) {
      release(add(rt, d, newInt(rt, i)));
      if (type.getsizeof(d) !== last) { grew.push(i); last = type.getsizeof(d); }
    }
    assert.deepEqual(grew.slice(0, 2), [32, 96]);
    assert.equal(type.getsizeof(d), 2344);
  }
});

test('popleft to empty and clear re-center the deque', () => {
  const d = fromRange(100);
  for (let i = 0; i < 100; i++) rt.heap.decref(dequePopLeft(rt, d));
  assert.equal(type.getsizeof(d), 760);
  const e = fromRange(10);
  dequeClear(rt, e);
  assert.equal(type.getsizeof(e), 760);
  assert.deepEqual(values(e), []);
});

test('rotate and maxlen keep the order CPython keeps', () => {
  const d = fromRange(150);
  dequeRotate(rt, d, 3);
  assert.deepEqual(values(d).slice(0, 5), [147, 148, 149, 0, 1]);
  dequeRotate(rt, d, -70);
  assert.deepEqual(values(d).slice(0, 3), [67, 68, 69]);
  assert.equal(values(d).length, 150);
  const bounded = fromRange(10, 3);
  assert.deepEqual(values(bounded), [7, 8, 9]);
  release(dequeAppendLeft(rt, bounded, newInt(rt, 42)));
  assert.deepEqual(values(bounded), [42, 7, 8]);
});

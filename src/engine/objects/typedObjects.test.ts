/**
 * The typed allocators' policies, against facts measured on the real interpreters
 * (../shared/reference/cpython-memory.md §3–4; the oracle under test/oracle re-measures them):
 * free-list LIFO reuse and capacities, small-int and latin-1 singletons, list over-allocation,
 * container release order, and getsizeof.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Runtime } from '../runtime';
import { profileFor } from '../profile/versionProfile';
import { bumpAllocators } from '../testing/bumpAllocators';
import { newFloat } from './floatObject';
import { listAppend, newList } from './listObject';
import { newInt } from './longObject';
import { newTuple } from './tupleObject';
import { intern, newStr } from './unicodeObject';
import type { PyObject } from './object';

const versions = ['3.11', '3.12', '3.13'] as const;
const rt = (v: (typeof versions)[number] = '3.13') => new Runtime(profileFor(v), bumpAllocators());

test('floats: a freed float is reused LIFO, so id() repeats', () => {
  const r = rt();
  const a = newFloat(r, 1.5);
  const b = newFloat(r, 2.5);
  const ida = a.id;
  const idb = b.id;
  r.heap.decref(a);
  r.heap.decref(b);
  assert.equal(r.floatFreeList.size, 2);
  assert.equal(newFloat(r, 3).id, idb);
  assert.equal(newFloat(r, 4).id, ida);
});

test('floats: the free list keeps at most 100 (PyFloat_MAXFREELIST)', () => {
  const r = rt();
  const fs = Array.from({ length: 300 }, (_, i) => newFloat(r, i + 0.5));
  for (const f of fs) r.heap.decref(f);
  assert.equal(r.floatFreeList.size, 100);
  assert.equal(r.heap.live.size, 0);
});

test('ints: -5..256 are the cached singletons, 257 is new each time', () => {
  const r = rt();
  assert.equal(newInt(r, 256), newInt(r, 256));
  assert.equal(newInt(r, -5), newInt(r, -5));
  assert.notEqual(newInt(r, 257), newInt(r, 257));
  assert.notEqual(newInt(r, -6), newInt(r, -6));
});

test('ints: getsizeof is 24 + 4 * max(1, ndigits) of 30 bits', () => {
  const r = rt();
  const size = (v: number | bigint) => { const o = newInt(r, v); return o.type.getsizeof(o); };
  assert.equal(size(0), 28);
  assert.equal(size(2 ** 30 - 1), 28);
  assert.equal(size(2 ** 30), 32);
  assert.equal(size(2 ** 52), 32);
  assert.equal(size(2n ** 60n), 36);
  assert.equal(size(2n ** 90n), 40);
  assert.equal(size(-(2n ** 100n)), 40);
});

test('str: latin-1 single characters and the empty string are singletons; sizes per PEP 393', () => {
  for (const v of versions) {
    const r = rt(v);
    assert.equal(newStr(r, 'a'), newStr(r, 'a'));
    assert.equal(newStr(r, '\u00e9'), newStr(r, '\u00e9'));
    assert.notEqual(newStr(r, '\u0100'), newStr(r, '\u0100'));
    const s = (x: string) => { const o = newStr(r, x); return o.type.getsizeof(o); };
    const ascii = v === '3.11' ? 49 : 41;
    assert.equal(s(''), ascii);
    assert.equal(s('hello'), ascii + 5);
    assert.equal(s('h\u00e9llo'), (v === '3.11' ? 73 : 57) + 5);
    assert.equal(s('\u0100\u0101'), (v === '3.11' ? 72 : 56) + 2 * 3);
    assert.equal(s('\u{1F600}'), (v === '3.11' ? 72 : 56) + 4 * 2);
  }
});

test('str: interning returns one object per value; 3.12 immortalizes, 3.11/3.13 do not', () => {
  for (const v of versions) {
    const r = rt(v);
    const a = intern(r, newStr(r, 'interned name'));
    const b = intern(r, newStr(r, 'interned name'));
    assert.equal(a, b);
    assert.equal(a.refcnt === 4294967295, v === '3.12');
  }
});

test('tuples: free list per length; a length-4 request never reuses a length-3 tuple', () => {
  const r = rt();
  const t3 = newTuple(r, [newInt(r, 1), newInt(r, 2), newInt(r, 3)]);
  const id3 = t3.id;
  r.heap.decref(t3);
  assert.equal(r.tupleFreeLists[2].size, 1);
  const t4 = newTuple(r, [newInt(r, 1), newInt(r, 2), newInt(r, 3), newInt(r, 4)]);
  assert.notEqual(t4.id, id3);
  assert.equal(newTuple(r, [newInt(r, 7), newInt(r, 8), newInt(r, 9)]).id, id3);
  assert.equal(newTuple(r, []), r.emptyTuple);
  assert.equal(t4.type.getsizeof(t4), 40 + 8 * 4);
  assert.equal(r.emptyTuple.type.getsizeof(r.emptyTuple), 40);
});

test('lists: append grows 0, 4, 8, 16, 24, 32, 40, 52, 64, 76, 92 … (list_resize)', () => {
  const r = rt();
  const l = newList(r, []);
  const capacities = [l.allocated];
  for (let i = 0; i < 2016; i++) {
    listAppend(r, l, newInt(r, i % 200));
    if (capacities[capacities.length - 1] !== l.allocated) capacities.push(l.allocated);
  }
  assert.deepEqual(capacities, [0, 4, 8, 16, 24, 32, 40, 52, 64, 76, 92, 108, 128, 148, 172, 200, 232, 268, 308, 352, 400,
    456, 520, 592, 672, 760, 860, 972, 1100, 1244, 1404, 1584, 1788, 2016]);
  assert.equal(l.type.getsizeof(l), 56 + 8 * 2016);
});

test('containers release their items last to first (list, tuple)', () => {
  const r = rt();
  const order: number[] = [];
  const probe = (n: number): PyObject => {
    const f = newFloat(r, n);
    const dealloc = f.type.dealloc;
    // A float whose release is logged (a stand-in for a __del__).
    f.type = Object.create(f.type, { dealloc: { value: (h: typeof r.heap, o: PyObject) => { order.push(n); dealloc(h, o); } } });
    return f;
  };
  r.heap.decref(newList(r, [probe(1), probe(2), probe(3)]));
  assert.deepEqual(order, [3, 2, 1]);
  order.length = 0;
  r.heap.decref(newTuple(r, [probe(1), probe(2), probe(3)]));
  assert.deepEqual(order, [3, 2, 1]);
});

test('lists: the object goes to a free list of 80; its item array is freed', () => {
  const r = rt();
  const ls = Array.from({ length: 100 }, () => newList(r, [newInt(r, 1)]));
  for (const l of ls) r.heap.decref(l);
  assert.equal(r.listFreeList.size, 80);
  assert.equal(r.heap.memory.rawBlocks + r.heap.memory.pymallocBlocks, 80, 'only the 80 parked list objects stay allocated');
});

test('GC counts: list allocations count, free-list hits do not; GC_Del decrements, clamped at 0', () => {
  const r = rt();
  const g0 = r.heap.gc.generations[0];
  const a = newList(r, []);
  assert.equal(g0.count, 1);
  r.heap.decref(a); // to the free list: no change
  assert.equal(g0.count, 1);
  newList(r, []); // from the free list: no change
  assert.equal(g0.count, 1);
  newTuple(r, [newInt(r, 1)]);
  assert.equal(g0.count, 2);
});

test('on the real pymalloc: floats in a fresh pool are 32 bytes apart and freed blocks come back LIFO (place.py)', () => {
  const r = Runtime.create('3.13');
  const fs = Array.from({ length: 400 }, (_, i) => newFloat(r, i + 0.25));
  const ids = fs.map((f) => f.id);
  const strides = new Set(ids.slice(1, 100).map((id, i) => id - ids[i]));
  assert.deepEqual([...strides], [32]);
  // Bypass the float free list (fill it first) so the blocks go back to pymalloc.
  const filler = Array.from({ length: 100 }, (_, i) => newFloat(r, -i));
  for (const f of filler) r.heap.decref(f);
  for (const i of [330, 320, 310]) r.heap.decref(fs[i]);
  const again = [newInt(r, 10 ** 9), newInt(r, 10 ** 9 + 1), newInt(r, 10 ** 9 + 2)];
  // ints of one digit request 32 bytes: the same size class, so they take the freed float blocks LIFO.
  assert.deepEqual(again.map((o) => o.id), [ids[310], ids[320], ids[330]]);
});

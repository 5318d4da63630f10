/**
 * Weakref lists in CPython's order (the shared basic ref at the head, refs with callbacks newest
 * first after it) and their clearing on dealloc (`PyObject_ClearWeakRefs`).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Runtime } from '../runtime';
import { newSet } from './setObject';
import type { PyGCObject } from './object';
import { clearWeakRefs, newWeakref, weakrefsOf } from './weakrefObject';

function setup() {
  const rt = Runtime.create('3.12');
  rt.heap.clearWeakRefs = (o) => clearWeakRefs(rt, o);
  const called: string[] = [];
  const names = new Map<PyGCObject, string>();
  rt.heap.onWeakrefCallback = (wr) => called.push(names.get(wr) ?? '?');
  return { rt, called, names };
}

test('the callback-less ref is shared and heads the list; refs with callbacks follow, newest first', () => {
  const { rt } = setup();
  const s = newSet(rt);
  const basic = newWeakref(rt, s, null);
  assert.equal(newWeakref(rt, s, null), basic);
  assert.equal(basic.refcnt, 2);
  const cb = newSet(rt);
  const w1 = newWeakref(rt, s, cb);
  const w2 = newWeakref(rt, s, cb);
  assert.deepEqual(weakrefsOf(rt.heap, s), [basic, w2, w1]);
  assert.equal(basic.type.getsizeof(basic), 80);
});

test('a dying referent clears its refs and calls the callbacks newest first', () => {
  const { rt, called, names } = setup();
  const s = newSet(rt);
  const cb = newSet(rt);
  const w1 = newWeakref(rt, s, cb);
  const w2 = newWeakref(rt, s, cb);
  names.set(w1, 'w1');
  names.set(w2, 'w2');
  rt.heap.decref(s);
  assert.deepEqual(called, ['w2', 'w1']);
  assert.equal(w1.referent, null);
  assert.equal(w1.callback, null);
  assert.equal(rt.heap.weakrefLists.size, 0);
});

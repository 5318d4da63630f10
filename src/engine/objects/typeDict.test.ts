/**
 * `TypeNamespace`: the by-name view of a heap type's tp_dict keeps the Map contract (set steals the
 * value, the replaced or removed value stays the caller's) while the real dict owns the values.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Runtime } from '../runtime';
import { dictItems, newDict } from './dictObject';
import { newList } from './listObject';
import { TypeNamespace } from './typeDict';

test('set and delete go through the dict; the caller releases what it replaced or removed', () => {
  const rt = Runtime.create('3.12');
  const dict = newDict(rt);
  const ns = new TypeNamespace();
  ns.attach(rt, dict);
  const a = newList(rt, []);
  const b = newList(rt, []);
  ns.set('x', a);
  assert.equal(a.refcnt, 1);
  assert.deepEqual(dictItems(dict).map((e) => [e.hashKey, e.value]), [['x', a]]);
  rt.heap.incref(a); // the caller's read of the old value, as setClassAttr does
  const old = ns.get('x');
  ns.set('x', b);
  assert.equal(old, a);
  assert.equal(a.refcnt, 2);
  rt.heap.decref(a);
  rt.heap.decref(a);
  assert.equal(ns.get('x'), b);
  assert.equal(dictItems(dict)[0].value, b);
  assert.equal(ns.delete('x'), true);
  assert.equal(dict.used, 0);
  assert.equal(b.refcnt, 1);
  rt.heap.decref(b);
  assert.equal(ns.delete('x'), false);
});

test('clearDict empties the dict in place (type_clear) and the view with it', () => {
  const rt = Runtime.create('3.11');
  const dict = newDict(rt);
  const ns = new TypeNamespace();
  ns.attach(rt, dict);
  ns.set('y', newList(rt, []));
  ns.clearDict();
  assert.equal(ns.size, 0);
  assert.equal(dict.used, 0);
  assert.equal(ns.dict, dict);
});

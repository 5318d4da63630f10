/**
 * set and frozenset against the real interpreters: getsizeof along every construction path, the
 * resize rules (×4, ×2 past 50000 used, merge presizing), dummies, iteration order (the probing of
 * the table over CPython's hashes), release order, tracking; and the hashes themselves. Expected
 * values: test/fidelity/expected/sets.<version>.json and test/oracle/dictset/expected.<version>.json.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Runtime } from '../runtime';
import { cpythonVersions, type CPythonVersion } from '../../protocol/heapModel';
import { profileFor } from '../profile/versionProfile';
import type { HashedKey } from './dictKeys';
import { dictSetItem, newDict } from './dictObject';
import { newFloat } from './floatObject';
import { newInt, type PyLongObject } from './longObject';
import type { PyObject } from './object';
import { hashFloat, hashInt, hashStr } from './pyHash';
import {
  newSet, setAdd, setClear, setContains, setCopy, setDiscard, setEntries, setMerge, setPop, setUpdateFromDict,
  type PySetObject,
} from './setObject';
import { newStr } from './unicodeObject';

type Facts = Record<string, unknown>;
const fullVersion = (v: CPythonVersion) => profileFor(v).versionInfo.join('.');
const load = (path: string): Facts => (JSON.parse(readFileSync(path, 'utf8')) as { facts: Facts }).facts;

const ik = (rt: Runtime, n: number | bigint): HashedKey => ({ key: newInt(rt, n), hashKey: n });
const size = (o: PyObject) => o.type.getsizeof(o);
const values = (s: PySetObject) => setEntries(s).map((e) => (e.key as PyLongObject).value);

function transitions(sizes: number[]): number[][] {
  const out: number[][] = [];
  sizes.forEach((s, n) => { if (n === 0 || s !== sizes[n - 1]) out.push([n, s]); });
  return out;
}

/** `set(range(n))`, `add` one by one, comprehensions, `BUILD_SET n`. */
function added(rt: Runtime, keys: Array<number | bigint>, type = rt.types.set): PySetObject {
  const s = newSet(rt, type);
  for (const k of keys) setAdd(rt, s, ik(rt, k));
  return s;
}
const range = (n: number, from = 0) => Array.from({ length: n }, (_, i) => from + i);
/** A display of constants: the compiler folds 3+ constants into a frozenset, then `BUILD_SET 0; SET_UPDATE`. */
function literalOf(rt: Runtime, keys: HashedKey[]): PySetObject {
  const build = (type: typeof rt.types.set) => {
    const s = newSet(rt, type);
    for (const k of keys) setAdd(rt, s, k);
    return s;
  };
  if (keys.length < 3) return build(rt.types.set);
  const s = newSet(rt);
  setMerge(rt, s, build(rt.types.frozenset));
  return s;
}
const literal = (rt: Runtime, keys: Array<number | bigint>) => literalOf(rt, keys.map((k) => ik(rt, k)));

for (const v of cpythonVersions) {
  const ds = load(`test/oracle/dictset/expected.${fullVersion(v)}.json`);
  const fid = load(`test/fidelity/expected/sets.${fullVersion(v)}.json`);

  test(`set ${v}: getsizeof along every construction path`, () => {
    const rt = Runtime.create(v);
    const n41 = (f: (n: number) => PySetObject) => range(41).map((n) => size(f(n)));
    for (const key of ['set.range', 'set.list', 'comprehension', 'literal.names']) assert.deepEqual(n41((n) => added(rt, range(n))), fid[key]);
    assert.deepEqual(n41((n) => added(rt, range(n), rt.types.frozenset)), fid['frozenset.range']);
    assert.deepEqual(n41((n) => setCopy(rt, added(rt, range(n)))), fid['set.set']);
    assert.deepEqual(n41((n) => setCopy(rt, added(rt, range(n)))), fid.copy);
    assert.deepEqual(n41((n) => setCopy(rt, added(rt, range(n)), rt.types.frozenset)), fid['frozenset.set']);
    assert.deepEqual(n41((n) => literal(rt, range(n))), fid['literal.constants']);
    assert.deepEqual(n41((n) => {
      const d = newDict(rt);
      for (const i of range(n)) dictSetItem(rt, d, ik(rt, i), rt.None);
      const s = newSet(rt);
      setUpdateFromDict(rt, s, d);
      return s;
    }), fid['set.dict']);
    assert.deepEqual(n41((n) => { const s = literal(rt, [-1, -2, -3]); setMerge(rt, s, added(rt, range(n))); return s; }), fid['update.set']);
    assert.deepEqual(n41((n) => { const s = setCopy(rt, added(rt, range(n))); setMerge(rt, s, added(rt, [-1])); return s; }), fid.union);
    const shrink = (pop: (s: PySetObject) => void) => {
      const s = added(rt, range(40));
      const out = [size(s)];
      while (s.used > 0) { pop(s); out.push(size(s)); }
      return out;
    };
    assert.deepEqual(shrink((s) => setDiscard(rt, s, ik(rt, s.used - 1))), fid['discard.from40']);
    assert.deepEqual(shrink((s) => rt.heap.decref(setPop(s) as PyObject)), fid['pop.from40']);
    const c = added(rt, range(40));
    setClear(rt, c);
    assert.equal(size(c), fid['clear.from40']);
  });

  test(`set ${v}: add to 200000 (×4, then ×2 past 50000 used); dummies reused without fill`, () => {
    const rt = Runtime.create(v);
    const s = newSet(rt);
    const sizes = [size(s)];
    for (let i = 0; i < 200000; i++) {
      setAdd(rt, s, ik(rt, i));
      sizes.push(size(s));
    }
    assert.deepEqual(transitions(sizes), ds['set.add.int']);
    assert.deepEqual(transitions(sizes.slice(0, 201)), transitions(fid.add as number[]));
    const t = added(rt, range(40));
    const out = [size(t)];
    for (let i = 0; i < 30; i++) { setDiscard(rt, t, ik(rt, i)); out.push(size(t)); }
    for (let i = 1000; i < 1200; i++) { setAdd(rt, t, ik(rt, i)); out.push(size(t)); }
    assert.deepEqual(transitions(out), ds['set.discardThenAdd']);
    const u = added(rt, range(5));
    for (const i of range(5)) setDiscard(rt, u, ik(rt, i));
    for (const i of range(4, 8)) setAdd(rt, u, ik(rt, i));
    assert.equal(size(u), ds['set.discardThenAdd.fill']);
  });

  test(`set ${v}: iteration order is CPython's (probing over real hashes), pop order, membership`, () => {
    const rt = Runtime.create(v);
    const order = ds['set.order'] as Record<string, unknown[]>;
    assert.deepEqual(values(literal(rt, [8, 16, 0, 24, 1])), order.small);
    const big = [100, 3, 7, 1000000, -1, -2, 2n ** 61n, 2n ** 64n, -(2n ** 64n), 2n ** 61n - 1n];
    assert.deepEqual(values(added(rt, big)).map(String), order.mixed);
    assert.deepEqual(values(literal(rt, [0, 8, 16, 32, 64, 128, 7, 15])), order.collide);
    assert.deepEqual(values(added(rt, range(11).map((i) => 37 * i))), order.afterResize);
    const r = added(rt, range(8));
    setDiscard(rt, r, ik(rt, 3));
    setDiscard(rt, r, ik(rt, 4));
    setAdd(rt, r, ik(rt, 11));
    setAdd(rt, r, ik(rt, 12));
    assert.deepEqual(values(r), order.reuseDummy);
    const p = literal(rt, [5, 1, 9, 13, 100, 7]);
    const popped: unknown[] = [];
    for (let o = setPop(p); o; o = setPop(p)) popped.push((o as PyLongObject).value);
    assert.deepEqual(popped, order.popOrder);
    assert.deepEqual(values(literal(rt, [40, 20, 30, 10, 50])), order.literalConst);
    const m = setCopy(rt, setCopy(rt, literal(rt, [1, 2, 3])));
    setMerge(rt, m, literal(rt, [9, 8, 17]));
    assert.deepEqual(values(m), order.merge);
    const fs = literalOf(rt, [0.5, 1.5, 2.0, -2.25, 1e300, 3.141592653589793].map((x) => ({ key: newFloat(rt, x), hashKey: x })));
    assert.deepEqual(setEntries(fs).map((e) => e.hashKey as number), order.floats.map(Number));
    const ss = literalOf(rt, ['a', 'b', 'abc', 'hello', 'world', '\u00e9', '\u20acuro'].map((x) => ({ key: newStr(rt, x), hashKey: x })));
    assert.deepEqual(setEntries(ss).map((e) => e.hashKey), order.strs);
    assert.ok(setContains(ss, { key: newStr(rt, 'hello'), hashKey: 'hello' }));
    assert.ok(!setContains(ss, { key: newStr(rt, 'nope'), hashKey: 'nope' }));
  });

  test(`set ${v}: hashes of ints, floats and strs (PYTHONHASHSEED=0) are CPython's`, () => {
    const asText = (h: number | bigint) => String(h);
    assert.deepEqual([2n ** 61n - 1n, 2n ** 61n, 2n ** 64n, -(2n ** 64n), -1, -2, 10n ** 30n, -(10n ** 30n)].map((x) => asText(hashInt(x))), ds['hash.int']);
    assert.deepEqual([0.5, 1.5, -2.25, 1e300, 3.141592653589793, -0.0, 1e-300, 2 ** 70].map((x) => asText(hashFloat(x))), ds['hash.float']);
    assert.deepEqual(['', 'a', 'abc', 'hello world', '\u00e9', '\u20acuro', '\u{1F600}', 'k10'].map((x) => asText(hashStr(x))), ds['hash.str']);
  });

  test(`set ${v}: release in table order; tracked from creation; GC count; frozenset() is new each time`, () => {
    const rt = Runtime.create(v);
    const log: string[] = [];
    const probe = (name: string, hash: number): HashedKey => {
      const f = newFloat(rt, hash + 0.5);
      const dealloc = f.type.dealloc;
      f.type = Object.create(f.type, { dealloc: { value: (h: typeof rt.heap, o: PyObject) => { log.push(name); dealloc(h, o); } } });
      return { key: f, hashKey: f, hash };
    };
    const build = (items: Array<[string, number]>) => {
      const s = newSet(rt);
      for (const [name, h] of items) setAdd(rt, s, probe(name, h));
      return s;
    };
    rt.heap.decref(build([['a', 5], ['b', 1], ['c', 3], ['d', 9]]));
    assert.deepEqual(log, ds['set.release.dealloc']);
    log.length = 0;
    const s = build([['a', 5], ['b', 1]]);
    setClear(rt, s);
    log.push('cleared');
    assert.deepEqual(log, ds['set.release.clear']);
    const tracked = ds['set.tracked'] as Record<string, boolean>;
    assert.deepEqual({
      empty: newSet(rt).tracked, ints: added(rt, [1, 2]).tracked,
      frozenset: newSet(rt, rt.types.frozenset).tracked, frozensetInts: added(rt, [1, 2], rt.types.frozenset).tracked,
    }, tracked);
    assert.equal(newSet(rt, rt.types.frozenset) === newSet(rt, rt.types.frozenset), ds['frozenset.emptyIsSingleton']);
    const g0 = rt.heap.gc.generations[0];
    const c0 = g0.count;
    for (let i = 0; i < 10; i++) newSet(rt);
    assert.equal(g0.count - c0, ds['set.gcCount.set']);
  });
}

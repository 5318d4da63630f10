/**
 * dict against the real interpreters: getsizeof along every growth path, tracemalloc requests,
 * the dict and keys free lists, GC counts and tracking, release order. Expected values come from
 * test/fidelity/expected/dicts.<version>.json (test/oracle/dicts.py) and
 * test/oracle/dictset/expected.<version>.json (test/oracle/dictset/dictset.py), all three versions.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Runtime } from '../runtime';
import { cpythonVersions, type CPythonVersion } from '../../protocol/heapModel';
import { profileFor } from '../profile/versionProfile';
import type { HashedKey } from './dictKeys';
import {
  allocDict, clearDictFreeLists, dictClear, dictContains, dictCopy, dictDelItem, dictFromItems, dictFromKeys,
  dictGetItem, dictItems, dictMerge, dictPop, dictPopItem, dictSetDefault, dictSetItem, maybeUntrackDict, newDict,
  type PyDictObject,
} from './dictObject';
import { newFloat } from './floatObject';
import { newList } from './listObject';
import { newInt } from './longObject';
import type { PyObject } from './object';
import { maybeUntrackTuple, newTuple } from './tupleObject';
import { newStr, type PyUnicodeObject } from './unicodeObject';

type Facts = Record<string, unknown>;
const fullVersion = (v: CPythonVersion) => profileFor(v).versionInfo.join('.');
const load = (path: string): Facts => (JSON.parse(readFileSync(path, 'utf8')) as { facts: Facts }).facts;
/** test/oracle/dictset facts and test/fidelity dicts facts of one version. */
const factsOf = (v: CPythonVersion) => ({
  ds: load(`test/oracle/dictset/expected.${fullVersion(v)}.json`),
  fid: load(`test/fidelity/expected/dicts.${fullVersion(v)}.json`),
});

const sk = (rt: Runtime, s: string): HashedKey => ({ key: newStr(rt, s), hashKey: s });
const ik = (rt: Runtime, n: number): HashedKey => ({ key: newInt(rt, n), hashKey: n });
const keyOf = (rt: Runtime, i: number, kind: 'str' | 'int') => (kind === 'str' ? sk(rt, `k${i}`) : ik(rt, 1000 + i));
const size = (d: PyObject) => d.type.getsizeof(d);
const one = (rt: Runtime) => newInt(rt, 1);

function inserted(rt: Runtime, n: number, kind: 'str' | 'int', d = newDict(rt)): PyDictObject {
  for (let i = 0; i < n; i++) dictSetItem(rt, d, keyOf(rt, i, kind), one(rt));
  return d;
}

function transitions(sizes: number[]): number[][] {
  const out: number[][] = [];
  sizes.forEach((s, n) => { if (n === 0 || s !== sizes[n - 1]) out.push([n, s]); });
  return out;
}

/** `compiler_dict`: chunks of 17 items once `2 * items > 30`, each merged with DICT_UPDATE. */
function literal(rt: Runtime, n: number, kind: 'str' | 'int'): PyDictObject {
  const chunks: number[] = [];
  let elements = 0;
  for (let i = 0; i < n; i++) {
    if (elements * 2 > 30) { chunks.push(elements + 1); elements = 0; } else elements++;
  }
  if (elements > 0 || chunks.length === 0) chunks.push(elements);
  let next = 0;
  const build = (m: number): PyDictObject => {
    const keys = Array.from({ length: m }, () => keyOf(rt, next++, kind));
    if (m * 2 > 30) return inserted(rt, 0, kind, keys.reduce((d, k) => (dictSetItem(rt, d, k, one(rt)), d), newDict(rt)));
    return dictFromItems(rt, keys, keys.map(() => one(rt)));
  };
  const d = build(chunks[0]);
  for (const m of chunks.slice(1)) {
    const part = build(m);
    dictMerge(rt, d, part, 1);
    rt.heap.decref(part);
  }
  return d;
}

/**
 * Sizes of the blocks `fn` allocates and that are still live after it, largest first, as the
 * oracle's tracemalloc snapshot shows them: free-list hits and the keys' own objects (constants in
 * the measured code) excluded.
 */
function traced(rt: Runtime, fn: () => void): number[] {
  const live = new Map<number, number>();
  rt.heap.memory.listener = (e) => {
    if (e.kind === 'free') live.delete(e.address);
    else if (e.kind === 'alloc' && e.servedBy !== 'freelist' && e.what !== 'str' && e.what !== 'int') live.set(e.address, e.size);
  };
  fn();
  rt.heap.memory.listener = null;
  return [...live.values()].sort((a, b) => b - a);
}

for (const v of cpythonVersions) {
  const { ds, fid } = factsOf(v);

  test(`dict ${v}: getsizeof after each insertion, 0..3000 str and int keys, and mixed`, () => {
    for (const kind of ['str', 'int'] as const) {
      const rt = Runtime.create(v);
      const d = newDict(rt);
      const sizes = [size(d)];
      for (let i = 0; i < 3000; i++) {
        dictSetItem(rt, d, keyOf(rt, i, kind), one(rt));
        sizes.push(size(d));
      }
      assert.deepEqual(transitions(sizes), ds[`dict.insert.${kind}`]);
      assert.deepEqual(sizes.slice(0, 201), fid[`insert.${kind}`]);
    }
    const rt = Runtime.create(v);
    const d = newDict(rt);
    const sizes = [size(d)];
    for (let i = 0; i < 10; i++) { dictSetItem(rt, d, sk(rt, `k${i}`), one(rt)); sizes.push(size(d)); }
    for (let i = 0; i < 100; i++) { dictSetItem(rt, d, ik(rt, i), one(rt)); sizes.push(size(d)); }
    assert.deepEqual(transitions(sizes), ds['dict.insert.mixed']);
  });

  test(`dict ${v}: deletes never shrink, churn resizes from used, clear, popitem`, () => {
    const rt = Runtime.create(v);
    for (const kind of ['str', 'int'] as const) {
      const d = inserted(rt, 100, kind);
      const sizes = [size(d)];
      for (let i = 0; i < 50; i++) { assert.ok(dictDelItem(rt, d, keyOf(rt, i, kind))); sizes.push(size(d)); }
      for (let i = 100; i < 300; i++) { dictSetItem(rt, d, keyOf(rt, i, kind), one(rt)); sizes.push(size(d)); }
      assert.deepEqual(transitions(sizes), ds[`dict.churnHalf.${kind}`]);
      for (const start of [5, 40]) {
        const c = inserted(rt, start, kind);
        const out = [size(c)];
        for (let i = 0; i < 60; i++) {
          dictDelItem(rt, c, keyOf(rt, i, kind));
          dictSetItem(rt, c, keyOf(rt, start + i, kind), one(rt));
          out.push(size(c));
        }
        assert.deepEqual(out, fid[`churn.${start}.${kind}`]);
      }
      const popped = (m: number) => {
        const x = inserted(rt, 40, kind);
        for (let i = 0; i < m; i++) rt.heap.decref(dictPop(rt, x, keyOf(rt, i, kind)) as PyObject);
        return x;
      };
      assert.deepEqual(Array.from({ length: 41 }, (_, m) => size(popped(m))), fid[`deleteAll.40.${kind}`]);
      assert.deepEqual(Array.from({ length: 41 }, (_, m) => size(dictCopy(rt, popped(m)))), fid[`copy.afterDelete.${kind}`]);
    }
    const afterPopitem = (k: number) => {
      const d = inserted(rt, 40, 'str');
      for (let i = 0; i < k; i++) rt.heap.decref(dictPopItem(rt, d) as PyObject);
      return d;
    };
    const viaDict = (d: PyDictObject) => { const c = allocDict(rt); dictMerge(rt, c, d); return c; };
    assert.deepEqual(Array.from({ length: 41 }, (_, k) => size(afterPopitem(k))), ds['dict.popitem.self']);
    assert.deepEqual(Array.from({ length: 41 }, (_, k) => size(dictCopy(rt, afterPopitem(k)))), ds['dict.popitem.copy']);
    assert.deepEqual(Array.from({ length: 41 }, (_, k) => size(viaDict(afterPopitem(k)))), ds['dict.popitem.dictOf']);
    assert.equal(dictPopItem(rt, newDict(rt)), null);
    const c = inserted(rt, 40, 'str');
    dictClear(rt, c);
    const afterClear = size(c);
    dictSetItem(rt, c, sk(rt, 'a'), one(rt));
    assert.deepEqual([afterClear, size(c)], ds['dict.clear.thenInsert']);
    assert.equal(afterClear, fid['clear.from40']);
  });

  test(`dict ${v}: literals, comprehensions, dict(), fromkeys, copy, update, setdefault`, () => {
    const rt = Runtime.create(v);
    const n41 = (f: (n: number) => PyObject) => Array.from({ length: 41 }, (_, n) => size(f(n)));
    for (const kind of ['str', 'int'] as const) {
      const keys = (n: number) => Array.from({ length: n }, (_, i) => keyOf(rt, i, kind));
      assert.deepEqual(n41((n) => literal(rt, n, kind)), fid[`literal.constants.${kind}`]);
      assert.deepEqual(n41((n) => literal(rt, n, kind)), fid[`literal.names.${kind}`]);
      assert.deepEqual(n41((n) => inserted(rt, n, kind)), fid[`comprehension.${kind}`]);
      assert.deepEqual(n41((n) => inserted(rt, n, kind, allocDict(rt))), fid[`dict.zip.${kind}`]);
      assert.deepEqual(n41((n) => dictFromKeys(rt, keys(n), rt.None)), fid[`fromkeys.list.${kind}`]);
      assert.deepEqual(n41((n) => dictFromKeys(rt, keys(n), rt.None, { n, unicode: false })), fid[`fromkeys.set.${kind}`]);
      assert.deepEqual(n41((n) => {
        const src = inserted(rt, n, kind);
        return dictFromKeys(rt, dictItems(src), rt.None, { n, unicode: src.keys.kind !== 'general' });
      }), fid[`fromkeys.dict.${kind}`]);
      assert.deepEqual(n41((n) => dictCopy(rt, inserted(rt, n, kind))), fid[`copy.${kind}`]);
      const merged = (into: PyDictObject, n: number) => (dictMerge(rt, into, inserted(rt, n, kind)), into);
      assert.deepEqual(n41((n) => merged(allocDict(rt), n)), fid[`dict.dict.${kind}`]);
      assert.deepEqual(n41((n) => merged(newDict(rt), n)), fid[`unpack.${kind}`]);
      assert.deepEqual(n41((n) => merged(newDict(rt), n)), fid[`update.empty.${kind}`]);
      assert.deepEqual(n41((n) => merged(inserted(rt, 5, 'str'), n)), fid[`update.five.${kind}`]);
    }
    assert.deepEqual(n41((n) => {
      const d = inserted(rt, n, 'str');
      dictSetItem(rt, d, ik(rt, -1), newInt(rt, 0));
      return d;
    }), fid['convert.strThenInt']);
    const sd = newDict(rt);
    const sizes = [size(sd)];
    for (let n = 1; n < 60; n++) {
      for (let i = 0; i < n; i++) dictSetDefault(rt, sd, sk(rt, `k${i}`), one(rt));
      sizes.push(size(sd));
    }
    assert.deepEqual(transitions(sizes), ds['dict.setdefault.str']);
  });

  test(`dict ${v}: requests, the dict and keys free lists (80 each; keys only 8-slot unicode)`, () => {
    const rt = Runtime.create(v);
    const fresh = () => { clearDictFreeLists(rt); };
    const lit = (s: string) => dictFromItems(rt, [sk(rt, s)], [one(rt)]);
    fresh();
    rt.heap.decref(lit('a'));
    assert.deepEqual(traced(rt, () => lit('b')), ds['dict.request.literal.unicode8.keysFromFreeList']);
    fresh();
    rt.heap.decref(dictFromItems(rt, [ik(rt, 1)], [one(rt)]));
    assert.deepEqual(traced(rt, () => dictFromItems(rt, [ik(rt, 2)], [one(rt)])), ds['dict.request.literal.general8.afterFree']);
    fresh();
    const six = inserted(rt, 6, 'str');
    const fk = dictFromKeys(rt, dictItems(six), rt.None, { n: 6, unicode: true });
    rt.heap.decref(six);
    rt.heap.decref(fk);
    assert.deepEqual(traced(rt, () => lit('b')), ds['dict.request.literal.unicode8.afterFree16']);
    fresh();
    inserted(rt, 6, 'str');
    assert.deepEqual(traced(rt, () => lit('b')), ds['dict.request.literal.unicode8.afterResize']);
    fresh();
    const a = lit('a');
    rt.heap.decref(lit('c'));
    assert.deepEqual(traced(rt, () => dictCopy(rt, a)), ds['dict.request.copy.unicode8.keysNotFromFreeList']);
    fresh();
    for (const d of Array.from({ length: 100 }, (_, i) => lit(`k${i}`))) rt.heap.decref(d);
    assert.equal(rt.dictFreeList.size, 80);
    assert.equal(rt.dictKeysFreeList.size, 80);
    const sizes = traced(rt, () => { for (let i = 0; i < 100; i++) lit('a'); });
    assert.deepEqual([sizes.filter((s) => s === 120).length, sizes.filter((s) => s === 64).length], ds['dict.request.literal.capacity']);
    fresh();
    rt.heap.decref(lit('a'));
    clearDictFreeLists(rt);
    assert.deepEqual(traced(rt, () => lit('b')), ds['dict.request.afterCollect']);
    rt.heap.decref(newDict(rt));
    assert.deepEqual(traced(rt, () => allocDict(rt)), ds['dict.request.dictCall']);
    fresh();
    rt.heap.decref(newDict(rt));
    assert.deepEqual(traced(rt, () => dictFromKeys(rt, [sk(rt, 'a'), sk(rt, 'b')], rt.None)), ds['dict.request.fromkeys.list']);
    for (const kind of ['str', 'int'] as const) {
      // oracleFacts.traced: after a full collection, the code runs once untraced (its result kept), then traced.
      const requests = [0, 1, 5, 6, 10, 11].map((n) => { fresh(); inserted(rt, n, kind); return traced(rt, () => inserted(rt, n, kind)); });
      assert.deepEqual(requests, fid[`request.insert.${kind}`]);
    }
  });

  test(`dict ${v}: id() reuse and GC counts: {} takes the free list, dict() never does`, () => {
    const rt = Runtime.create(v);
    const d = newDict(rt);
    const id = d.id;
    rt.heap.decref(d);
    const b = allocDict(rt);
    assert.equal(b.id === id, ds['dict.freeList.dictCallReuses']);
    assert.equal(newDict(rt).id === id, ds['dict.freeList.literalReuses']);
    const g0 = rt.heap.gc.generations[0];
    const delta = (setup: () => void, make: () => unknown) => {
      clearDictFreeLists(rt);
      setup();
      const c0 = g0.count;
      for (let i = 0; i < 10; i++) make();
      return g0.count - c0;
    };
    const fill = () => { for (const x of Array.from({ length: 10 }, () => newDict(rt))) rt.heap.decref(x); };
    assert.equal(delta(() => {}, () => newDict(rt)), ds['dict.gcCount.literal']);
    assert.equal(delta(fill, () => newDict(rt)), ds['dict.gcCount.literalFromFreeList']);
    assert.equal(delta(fill, () => allocDict(rt)), ds['dict.gcCount.dictCall']);
  });

  test(`dict ${v}: tracking — untracked until something trackable goes in; full collections untrack`, () => {
    const rt = Runtime.create(v);
    const expected = ds['dict.tracked'] as Record<string, boolean>;
    const withItem = (k: HashedKey, value: PyObject, d = newDict(rt)) => (dictSetItem(rt, d, k, value), d);
    const listValued = () => withItem(sk(rt, 'a'), newList(rt, []));
    const afterDelete = () => {
      const d = listValued();
      dictSetItem(rt, d, sk(rt, 'b'), one(rt));
      rt.heap.decref(dictPop(rt, d, sk(rt, 'a')) as PyObject);
      return d;
    };
    const tupleValued = () => {
      const t = newTuple(rt, [one(rt), newInt(rt, 2)]);
      const d = withItem(sk(rt, 'a'), t);
      maybeUntrackTuple(rt, t);
      return d;
    };
    const collected = (d: PyDictObject) => (maybeUntrackDict(rt, d), d);
    const actual: Record<string, PyDictObject> = {
      empty: newDict(rt), strInt: withItem(sk(rt, 'a'), one(rt)), intInt: withItem(ik(rt, 1), newInt(rt, 2)),
      strList: listValued(), tupleKey: withItem({ key: newTuple(rt, [one(rt), one(rt)]), hashKey: 'tuple(1, 1)' }, newInt(rt, 2)),
      untrackedTupleValue: withItem(sk(rt, 'a'), (rt.heap.incref(rt.emptyTuple), rt.emptyTuple)),
      emptyDictValue: withItem(sk(rt, 'a'), newDict(rt)), dictCall: allocDict(rt),
      dictOfPairs: withItem(ik(rt, 1), newInt(rt, 2), allocDict(rt)),
      copyOfTracked: dictCopy(rt, listValued()), copyOfUntracked: dictCopy(rt, withItem(sk(rt, 'a'), one(rt))),
      afterDeleteList: afterDelete(), afterDeleteListAndCollect: collected(afterDelete()),
      tupleValueAfterCollect: collected(tupleValued()),
      fromkeysNoneValue: dictFromKeys(rt, [sk(rt, 'a'), sk(rt, 'b')], rt.None),
      fromkeysListValue: dictFromKeys(rt, [sk(rt, 'a'), sk(rt, 'b')], newList(rt, [])),
    };
    assert.deepEqual(Object.fromEntries(Object.entries(actual).map(([k, d]) => [k, d.tracked])), expected);
  });

  test(`dict ${v}: release order — dealloc and clear free key then value, entry by entry`, () => {
    const rt = Runtime.create(v);
    const log: string[] = [];
    const probe = (name: string): PyObject => {
      const f = newFloat(rt, Math.random());
      const dealloc = f.type.dealloc;
      f.type = Object.create(f.type, { dealloc: { value: (h: typeof rt.heap, o: PyObject) => { log.push(name); dealloc(h, o); } } });
      return f;
    };
    const pk = (name: string): HashedKey => { const o = probe(name); return { key: o, hashKey: o }; };
    const build = (n: number) => {
      const d = newDict(rt);
      for (let i = 1; i <= n; i++) dictSetItem(rt, d, pk(`k${i}`), probe(`v${i}`));
      return d;
    };
    rt.heap.decref(build(3));
    assert.deepEqual(log, ds['dict.release.dealloc']);
    log.length = 0;
    let d = build(2);
    dictClear(rt, d);
    log.push('cleared');
    rt.heap.decref(d);
    assert.deepEqual(log, ds['dict.release.clear']);
    log.length = 0;
    d = newDict(rt);
    dictSetItem(rt, d, sk(rt, 'a'), probe('v1'));
    dictSetItem(rt, d, sk(rt, 'a'), probe('v2'));
    log.push('replaced');
    rt.heap.decref(d);
    assert.deepEqual(log, ds['dict.release.replaceValue']);
    log.length = 0;
    d = build(2);
    rt.heap.decref(dictPopItem(rt, d) as PyObject);
    log.push('popped');
    rt.heap.decref(d);
    // CPython's log shows "popped" first: the discarded tuple dies at the next statement there.
    assert.deepEqual(['popped', ...log.filter((x) => x !== 'popped')], ds['dict.release.pop']);
  });
}

test('dict: lookups by hash key with an equality callback (1 == 1.0 == True, user __eq__)', () => {
  const r = Runtime.create('3.12');
  const d = newDict(r);
  dictSetItem(r, d, ik(r, 1), newStr(r, 'int'));
  dictSetItem(r, d, { key: newFloat(r, 1.0), hashKey: 1 }, newStr(r, 'float'));
  assert.equal(d.used, 1, '1.0 replaces the value of 1');
  assert.equal(d.keys.kind, 'general');
  assert.equal((dictGetItem(d, { key: r.True, hashKey: 1 }) as PyUnicodeObject).value, 'float');
  // Two user objects with equal hashes: eq decides.
  const a = newList(r, []);
  const b = newList(r, []);
  const eq = (x: PyObject, y: PyObject) => x === y;
  dictSetItem(r, d, { key: a, hashKey: 42, eq }, one(r));
  dictSetItem(r, d, { key: b, hashKey: 42, eq }, one(r));
  assert.equal(d.used, 3);
  assert.ok(dictContains(d, { key: b, hashKey: 42, eq }));
  assert.ok(dictDelItem(r, d, { key: a, hashKey: 42, eq }));
  assert.ok(dictContains(d, { key: b, hashKey: 42, eq }));
  assert.ok(!dictContains(d, { key: a, hashKey: 42, eq }));
  assert.deepEqual(dictItems(d).map((i) => i.hashKey), [1, 42], 'insertion order kept');
});

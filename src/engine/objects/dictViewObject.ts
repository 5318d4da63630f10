/**
 * Dict views and dict iterators (Objects/dictobject.c, 3.11–3.13; sizes measured):
 *
 *   d.keys() / d.values() / d.items()   `_PyDictViewObject`: 24 bytes (40 with the GC head), the dict
 *   iter(d), iter(view), reversed(d)    `dictiterobject`: 56 bytes (72): dict, di_used, di_pos,
 *                                       di_result, len; an items iterator packs its reusable
 *                                       result tuple `(None, None)` right after itself
 *
 * `dictiter_iternext*` walk the entries from `di_pos`, skip deleted ones, and let go of the dict
 * once exhausted. The items iterator hands out its cached 2-tuple again when nobody else holds
 * it (refcount 1), which is what a `for k, v in d.items()` loop does after unpacking.
 */
import type { Runtime } from '../runtime';
import type { PyDictObject } from './dictObject';
import type { PyDictKeysObject } from './dictKeys';
import type { SplitValues } from './splitDict';
import { PyGCObject, type PyObject } from './object';
import { newTrackedObject, refFieldsType } from './refFieldsType';
import { newTuple, type PyTupleObject } from './tupleObject';
import type { PyTypeObject } from './typeObject';

/** What a view or iterator yields. */
export type DictIterKind = 'keys' | 'values' | 'items';

/** `_PyDictViewObject`. */
export class PyDictViewObject extends PyGCObject {
  dict: PyDictObject | null = null;
  kind: DictIterKind = 'keys';
}

/** `dictiterobject`. */
export class PyDictIterObject extends PyGCObject {
  /** `di_dict`; null once exhausted. */
  dict: PyDictObject | null = null;
  /** `di_result`: the reusable items tuple. */
  result: PyTupleObject | null = null;
  /** `di_used`: the dict's size when the iterator was made (a change is an error). */
  used = 0;
  /** `di_pos`: next entry index (counting down when reversed). */
  pos = 0;
  /** `len`: items left, for `__length_hint__`. */
  len = 0;
  kind: DictIterKind = 'keys';
  reversed = false;
}

/** The view and iterator types by kind. */
export interface DictViewTypes {
  views: Record<DictIterKind, PyTypeObject>;
  iterators: Record<DictIterKind, PyTypeObject>;
  reverseIterators: Record<DictIterKind, PyTypeObject>;
}

/** Creates the dict view and iterator types. */
export function makeDictViewTypes(rt: Runtime): DictViewTypes {
  const kinds: DictIterKind[] = ['keys', 'values', 'items'];
  const by = (f: (k: DictIterKind) => PyTypeObject) => Object.fromEntries(kinds.map((k) => [k, f(k)])) as Record<DictIterKind, PyTypeObject>;
  const singular = { keys: 'key', values: 'value', items: 'item' };
  return {
    views: by((k) => refFieldsType<PyDictViewObject>(rt, `dict_${k}`, 24, ['dict'])),
    iterators: by((k) => refFieldsType<PyDictIterObject>(rt, `dict_${singular[k]}iterator`, 56, ['dict', 'result'])),
    reverseIterators: by((k) => refFieldsType<PyDictIterObject>(rt, `dict_reverse${singular[k]}iterator`, 56, ['dict', 'result'])),
  };
}

/** `dictview_new`: `d.keys()` and friends (a new reference to `d` is taken). */
export function newDictView(rt: Runtime, d: PyDictObject, kind: DictIterKind): PyDictViewObject {
  const v = newTrackedObject(rt, rt.types.dictViews.views[kind], (t, a) => new PyDictViewObject(t, a));
  rt.heap.incref(d);
  v.dict = d;
  v.kind = kind;
  return v;
}

/** `dictiter_new`: the iterator, then (items) its result tuple; tracked last. */
export function newDictIter(rt: Runtime, d: PyDictObject, kind: DictIterKind, reversed = false): PyDictIterObject {
  const types = reversed ? rt.types.dictViews.reverseIterators : rt.types.dictViews.iterators;
  const type = types[kind];
  const it = rt.heap.gcNew((a) => new PyDictIterObject(type, a), type.preHeaderSize + type.basicsize, type.name);
  rt.heap.incref(d);
  it.dict = d;
  it.kind = kind;
  it.reversed = reversed;
  it.used = d.used;
  it.len = d.used;
  it.pos = reversed ? (d.values ? d.values.order.length : d.keys.nentries) - 1 : 0;
  if (kind === 'items') {
    rt.heap.incref(rt.None);
    rt.heap.incref(rt.None);
    it.result = newTuple(rt, [rt.None, rt.None]);
  }
  rt.heap.gc.track(it);
  return it;
}

/**
 * `dictiter_iternext{key,value,item}`: the next value (a new reference), null when exhausted,
 * or `'changed'` when the dict's size moved since the iterator was made (the caller raises
 * `RuntimeError: dictionary changed size during iteration`).
 */
export function dictIterNext(rt: Runtime, it: PyDictIterObject): PyObject | null | 'changed' {
  const d = it.dict;
  if (d === null) return null;
  if (it.used !== d.used) {
    it.used = -1;
    return 'changed';
  }
  if (d.values) return splitIterNext(rt, it, d.values, d.keys.entries);
  const entries = d.keys.entries;
  let i = it.pos;
  if (it.reversed) {
    while (i >= 0 && entries[i].value === null) i--;
  } else {
    while (i < entries.length && entries[i].value === null) i++;
  }
  if (i < 0 || i >= entries.length) {
    it.dict = null;
    rt.heap.decref(d);
    return null;
  }
  it.pos = it.reversed ? i - 1 : i + 1;
  return iterResult(rt, it, entries[i].key as PyObject, entries[i].value as PyObject);
}

/** A split table (an instance's `__dict__`) walks its values' insertion order (`di_pos` counts it). */
function splitIterNext(rt: Runtime, it: PyDictIterObject, values: SplitValues, entries: PyDictKeysObject['entries']): PyObject | null {
  const i = it.pos;
  if (i < 0 || i >= values.order.length) {
    rt.heap.decref(it.dict as PyDictObject);
    it.dict = null;
    return null;
  }
  it.pos = it.reversed ? i - 1 : i + 1;
  const ix = values.order[i];
  return iterResult(rt, it, entries[ix].key as PyObject, values.items[ix] as PyObject);
}

/** The key, value or (key, value) an iterator of `it.kind` yields for one entry (borrowed), as a new reference. */
function iterResult(rt: Runtime, it: PyDictIterObject, key: PyObject, value: PyObject): PyObject {
  it.len--;
  if (it.kind === 'keys') {
    rt.heap.incref(key);
    return key;
  }
  if (it.kind === 'values') {
    rt.heap.incref(value);
    return value;
  }
  rt.heap.incref(key);
  rt.heap.incref(value);
  return reuseResultTuple(rt, it.result, [key, value]);
}

/**
 * The result-tuple reuse of `dictiter_iternextitem`, `enum_next` and `zip_next`: when the cached
 * tuple is held only by its iterator, it is handed out again with its items replaced (old ones
 * released after) and re-tracked if a collection untracked it; otherwise a new tuple. Steals `items`.
 */
export function reuseResultTuple(rt: Runtime, cached: PyTupleObject | null, items: PyObject[]): PyTupleObject {
  if (cached !== null && cached.refcnt === 1) {
    rt.heap.incref(cached);
    const old = cached.items;
    cached.items = items;
    for (const o of old) rt.heap.decref(o);
    if (!cached.tracked) rt.heap.gc.track(cached);
    return cached;
  }
  return newTuple(rt, items);
}

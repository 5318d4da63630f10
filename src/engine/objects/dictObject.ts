/**
 * `dict` (Objects/dictobject.c, CPython 3.11–3.13, which behave identically in every measurement):
 * a 48-byte GC object (64 with the GC head) pointing at a separate keys object (dictKeys.ts).
 *
 *   {}            PyDict_New: dict free list (80, exact dicts), static Py_EMPTY_KEYS → 64 bytes
 *   d[k] = v      insertdict: first key → 8-slot keys of its kind; non-str key in a unicode table
 *                 → insertion_resize to general; no usable entry left → insertion_resize
 *   del d[k]      the entry becomes a dummy: used − 1, the table never shrinks
 *   d.clear()     back to Py_EMPTY_KEYS
 *   dict(...)     dict_new → tp_alloc: never the free list (measured: dict() costs a 64-byte block
 *                 even when the free list holds one)
 *
 * insertion_resize sizes the new table as the smallest power of two ≥ GROWTH_RATE = used × 3
 * (minimum 8), from `ma_used`, so dummies vanish and churn can shrink it. Tracking follows
 * MAINTAIN_TRACKING: a dict is untracked until a key or value that may be tracked is inserted.
 *
 * Ownership: functions steal the references they are given (keys and values) and return new
 * references, as listObject.ts. Lookup goes by the caller's hash key and equality (`HashedKey`,
 * dictKeys.ts). Errors are the caller's to raise: a missing key reads as null or false.
 */
import type { Runtime } from '../runtime';
import {
  EMPTY_KEYS, type PyDictKeysObject, cloneKeys, keysAppend, keysDecref, keysLookup, keysMoveEntries, keysUnindex,
  newKeysObject, releaseKeysBlock, type DictEntry, type HashedKey,
} from './dictKeys';
import { FreeList } from './freeList';
import {
  DICT_OBJECT_SIZE, PYDICT_LOG_MINSIZE, calculateLog2Keysize, estimateLog2Keysize, growthRate, usableFraction,
} from './layout/dictLayout';
import { PyGCObject, type PyObject } from './object';
import {
  dictUnsplit, releaseValues, sharedInsert, valuesItems, valuesStore, type SplitValues,
} from './splitDict';
import type { PyUnicodeObject } from './unicodeObject';
import { mayBeTracked, newTuple, type PyTupleObject } from './tupleObject';
import { TPFLAGS, type PyTypeObject } from './typeObject';

/** `PyDictObject`. */
export class PyDictObject extends PyGCObject {
  /** `ma_used`. */
  used = 0;
  /** `ma_keys`. */
  keys: PyDictKeysObject = EMPTY_KEYS;
  /**
   * `ma_values`: the values of a split table (an instance's `__dict__` sharing its class's keys,
   * splitDict.ts). Reads see through it; a mutation other than storing a str key that fits
   * converts the dict to a combined table first (`dictUnsplit`).
   */
  values: SplitValues | null = null;
}

/** `PyDict_MAXFREELIST`. */
export const DICT_MAXFREELIST = 80;
/** `dict_new_presized`'s cap: presizing never asks for more than 2^17 slots. */
const LOG2_MAX_PRESIZE = 17;

/** The dict type and its free list. */
export function makeDictType(rt: Runtime): { type: PyTypeObject; freeList: FreeList<PyDictObject> } {
  const freeList = new FreeList<PyDictObject>('dict', DICT_MAXFREELIST, DICT_OBJECT_SIZE);
  const type = rt.staticType({
    name: 'dict', basicsize: DICT_OBJECT_SIZE, flags: TPFLAGS.HAVE_GC | TPFLAGS.BASETYPE,
    // dict_dealloc: untrack, release the keys (entries in order), then the free list for exact dicts.
    dealloc: (heap, o) => {
      const d = o as PyDictObject;
      heap.gc.untrack(d);
      const keys = d.keys;
      const values = d.values;
      d.keys = EMPTY_KEYS;
      d.values = null;
      d.used = 0;
      if (values) releaseValues(rt, values);
      keysDecref(rt, keys);
      if (d.type === type && freeList.push(heap, d)) return;
      heap.gcDel(d);
    },
    traverse: (o, visit) => dictTraverse(o as PyDictObject, visit),
    clear: (_heap, o) => dictClear(rt, o as PyDictObject),
    sizeof: (o) => dictSizeof(o as PyDictObject),
  });
  return { type, freeList };
}

/**
 * `dict_traverse`: each live entry's value, then its key. Obscurity: CPython skips the keys of a
 * unicode table (exact strs cannot be in a cycle); visiting them changes nothing for the collector
 * and lets the heap view draw the dict → key edges.
 */
function dictTraverse(d: PyDictObject, visit: (o: PyObject) => void): void {
  if (d.values) {
    // Values embedded in their instance (3.13 inline values) are the instance's to visit.
    if (d.values.address === 0) return;
    for (const e of valuesItems(d.keys, d.values)) { visit(e.value); visit(e.key); }
    return;
  }
  for (const e of d.keys.entries) {
    if (e.value === null) continue;
    visit(e.value);
    visit(e.key as PyObject);
  }
}

/**
 * `_PyDict_SizeOf`: the object, the values array of a split dict (`dk_nentries + dk_usable`
 * pointers), and the keys when this dict alone owns them (`dk_refcnt == 1`: not Py_EMPTY_KEYS,
 * not a class's shared keys).
 */
export function dictSizeof(d: PyDictObject): number {
  let size = d.type.basicsize;
  if (d.values) size += 8 * (d.keys.nentries + d.keys.usable);
  if (d.keys.refcnt === 1) size += d.keys.bytes;
  return size;
}

/** `new_dict(keys, used)`: the object from the free list, else `PyObject_GC_New`; untracked. */
function newDictWithKeys(rt: Runtime, keys: PyDictKeysObject, used: number): PyDictObject {
  let d = rt.dictFreeList.pop(rt.heap);
  if (!d) d = rt.heap.gcBorn(new PyDictObject(rt.types.dict, rt.heap.objectBlock(16 + DICT_OBJECT_SIZE, 'dict')));
  d.keys = keys;
  d.used = used;
  return d;
}

/** `PyDict_New()`: `{}`, `BUILD_MAP 0`, a comprehension's dict. Untracked, on Py_EMPTY_KEYS. */
export function newDict(rt: Runtime): PyDictObject {
  return newDictWithKeys(rt, EMPTY_KEYS, 0);
}

/**
 * `dict_new` (`type->tp_alloc`): `dict()`, `dict(x)`, `cls()` in `dict.fromkeys`, and instances of
 * dict subclasses. Never the free list; a subclass instance is tracked at once.
 */
export function allocDict(rt: Runtime, type: PyTypeObject = rt.types.dict): PyDictObject {
  const d = rt.heap.gcNew((a) => new PyDictObject(type, a), type.preHeaderSize + type.basicsize, type.name);
  if (type !== rt.types.dict) rt.heap.gc.track(d);
  return d;
}

/**
 * `dict_new_presized(n, unicode)`: up to 5 items start on the empty keys; more get the table for
 * n keys up front (`estimate_log2_keysize`), capped at 2^17 slots. Keys first, then the object.
 */
export function newDictPresized(rt: Runtime, n: number, unicode: boolean): PyDictObject {
  if (n <= usableFraction(2 ** PYDICT_LOG_MINSIZE)) return newDict(rt);
  const log2 = n > usableFraction(2 ** LOG2_MAX_PRESIZE) ? LOG2_MAX_PRESIZE : estimateLog2Keysize(n);
  return newDictWithKeys(rt, newKeysObject(rt, log2, unicode), 0);
}

/**
 * `_PyDict_FromItems`: `BUILD_MAP n` and `BUILD_CONST_KEY_MAP n` (the compiler's choice; displays
 * of more than 15 items are `BUILD_MAP 0` + `MAP_ADD` instead). Presized for all-str or not, then
 * filled in order. Steals every key and value.
 */
export function dictFromItems(rt: Runtime, keys: readonly HashedKey[], values: readonly PyObject[]): PyDictObject {
  const unicode = keys.every((k) => k.key.type === rt.types.str);
  const d = newDictPresized(rt, keys.length, unicode);
  for (let i = 0; i < keys.length; i++) dictSetItem(rt, d, keys[i], values[i]);
  return d;
}

/** `MAINTAIN_TRACKING`: start tracking once something that may be tracked goes in. */
function maintainTracking(rt: Runtime, d: PyDictObject, key: PyObject, value: PyObject): void {
  if (!d.tracked && (mayBeTracked(rt, key) || mayBeTracked(rt, value))) rt.heap.gc.track(d);
}

/**
 * `dictresize(mp, log2_newsize, unicode)`: a new table (unicode only if asked and the old one
 * was), the live entries moved over in order, the old block to the keys free list or freed.
 * The new block is allocated before the old one is released.
 */
export function dictResize(rt: Runtime, d: PyDictObject, log2Size: number, unicode: boolean): void {
  if (d.values) dictUnsplit(rt, d);
  const old = d.keys;
  const keys = newKeysObject(rt, log2Size, unicode && old.kind !== 'general');
  keysMoveEntries(old, keys);
  d.keys = keys;
  if (old !== EMPTY_KEYS) releaseKeysBlock(rt, old);
}

/** `insertion_resize`: to `calculate_log2_keysize(GROWTH_RATE(d))`. */
function insertionResize(rt: Runtime, d: PyDictObject, unicode: boolean): void {
  dictResize(rt, d, calculateLog2Keysize(growthRate(d.used)), unicode);
}

function entryOf(k: HashedKey, value: PyObject): DictEntry {
  return { key: k.key, value, hashKey: k.hashKey, hash: k.hash, eq: k.eq };
}

/**
 * `PyDict_SetItem` / `insertdict` (`d[k] = v`, `STORE_SUBSCR`, `MAP_ADD`). Steals `k.key` and
 * `value`. Replacing a value releases the old value, then the redundant key.
 */
export function dictSetItem(rt: Runtime, d: PyDictObject, k: HashedKey, value: PyObject): void {
  const isStr = k.key.type === rt.types.str;
  if (d.values && isStr) {
    const ix = sharedInsert(rt, d.keys, k.key as PyUnicodeObject, d.values.capacity);
    if (ix >= 0) {
      maintainTracking(rt, d, k.key, value);
      const old = valuesStore(d.values, ix, value);
      d.used = d.values.used;
      rt.heap.xdecref(old);
      rt.heap.decref(k.key);
      return;
    }
  }
  if (d.values) dictUnsplit(rt, d);
  if (d.keys === EMPTY_KEYS) {
    // insert_to_emptydict
    d.keys = newKeysObject(rt, PYDICT_LOG_MINSIZE, isStr);
    maintainTracking(rt, d, k.key, value);
    keysAppend(d.keys, entryOf(k, value));
    d.used = 1;
    return;
  }
  if (d.keys.kind !== 'general' && !isStr) insertionResize(rt, d, false);
  const ix = keysLookup(d.keys, k);
  maintainTracking(rt, d, k.key, value);
  if (ix < 0) {
    if (d.keys.usable <= 0) insertionResize(rt, d, true);
    keysAppend(d.keys, entryOf(k, value));
    d.used++;
    return;
  }
  const e = d.keys.entries[ix];
  const old = e.value as PyObject;
  e.value = value;
  rt.heap.decref(old);
  rt.heap.decref(k.key);
}

/** `PyDict_GetItem`: the value for `k` (borrowed), or null. */
export function dictGetItem(d: PyDictObject, k: HashedKey): PyObject | null {
  const ix = keysLookup(d.keys, k);
  if (d.values) return ix < 0 ? null : d.values.items[ix];
  return ix < 0 ? null : d.keys.entries[ix].value;
}

/** `k in d`. */
export function dictContains(d: PyDictObject, k: HashedKey): boolean {
  if (d.values) return dictGetItem(d, k) !== null;
  return keysLookup(d.keys, k) >= 0;
}

/** `delitem_common`: the entry becomes a dummy; returns the old key and value (references transferred). */
function deleteEntry(d: PyDictObject, ix: number): { key: PyObject; value: PyObject } {
  const e = d.keys.entries[ix];
  const key = e.key as PyObject;
  const value = e.value as PyObject;
  keysUnindex(d.keys, ix);
  e.key = null;
  e.value = null;
  d.used--;
  return { key, value };
}

/** `del d[k]` (`PyDict_DelItem`): false when missing (KeyError). Releases the key, then the value. */
export function dictDelItem(rt: Runtime, d: PyDictObject, k: HashedKey): boolean {
  if (d.values) dictUnsplit(rt, d);
  const ix = keysLookup(d.keys, k);
  if (ix < 0) return false;
  const { key, value } = deleteEntry(d, ix);
  rt.heap.decref(key);
  rt.heap.decref(value);
  return true;
}

/** `d.pop(k)` (`_PyDict_Pop`): the value (a new reference), or null when missing. */
export function dictPop(rt: Runtime, d: PyDictObject, k: HashedKey): PyObject | null {
  if (d.values) dictUnsplit(rt, d);
  if (d.used === 0) return null;
  const ix = keysLookup(d.keys, k);
  if (ix < 0) return null;
  const { key, value } = deleteEntry(d, ix);
  rt.heap.decref(key);
  return value;
}

/**
 * `d.popitem()`: the result 2-tuple is allocated first (even for an empty dict, which then gets
 * null); the last live entry is removed and `dk_nentries` drops to its index, so trailing dummies
 * go too, but `dk_usable` does not grow back.
 */
export function dictPopItem(rt: Runtime, d: PyDictObject): PyTupleObject | null {
  if (d.values) dictUnsplit(rt, d);
  rt.heap.incref(rt.None);
  rt.heap.incref(rt.None);
  const res = newTuple(rt, [rt.None, rt.None]);
  if (d.used === 0) {
    rt.heap.decref(res);
    return null;
  }
  const entries = d.keys.entries;
  let i = entries.length - 1;
  while (entries[i].value === null) i--;
  const { key, value } = deleteEntry(d, i);
  entries.length = i;
  res.items = [key, value];
  rt.heap.decref(rt.None);
  rt.heap.decref(rt.None);
  return res;
}

/**
 * `d.setdefault(k, default)`: the existing value, or `default` inserted (as `insertdict` would).
 * Steals `k.key` and `dflt`; returns a borrowed reference to the value now in the dict.
 */
export function dictSetDefault(rt: Runtime, d: PyDictObject, k: HashedKey, dflt: PyObject): PyObject {
  if (d.values) dictUnsplit(rt, d);
  if (d.keys !== EMPTY_KEYS) {
    if (d.keys.kind !== 'general' && k.key.type !== rt.types.str) insertionResize(rt, d, false);
    const ix = keysLookup(d.keys, k);
    if (ix >= 0) {
      rt.heap.decref(k.key);
      rt.heap.decref(dflt);
      return d.keys.entries[ix].value as PyObject;
    }
  }
  dictSetItem(rt, d, k, dflt);
  return dflt;
}

/** `PyDict_Clear` (`d.clear()`, `tp_clear`): back to Py_EMPTY_KEYS, then release the old entries in order. */
export function dictClear(rt: Runtime, d: PyDictObject): void {
  if (d.values) dictUnsplit(rt, d);
  const old = d.keys;
  if (old === EMPTY_KEYS) return;
  d.keys = EMPTY_KEYS;
  d.used = 0;
  keysDecref(rt, old);
}

/** The live entries, in order, as hashed keys (borrowed): for iteration, `fromkeys`, `set(d)`. */
export function dictItems(d: PyDictObject): Array<HashedKey & { value: PyObject }> {
  if (d.values) return valuesItems(d.keys, d.values);
  const out: Array<HashedKey & { value: PyObject }> = [];
  for (const e of d.keys.entries) {
    if (e.value !== null) out.push({ key: e.key as PyObject, value: e.value, hashKey: e.hashKey, hash: e.hash, eq: e.eq });
  }
  return out;
}

/**
 * `dict_merge(a, b, override)` with an exact dict b: `a.update(b)`, `dict(b)`, `{**b}` (override 1:
 * b wins), `DICT_MERGE` for `f(**b)` (2: a duplicate is an error), and 0 (a wins). An empty `a`
 * clones b's keys when b is compact ("clean, combined, just allocated"); otherwise one resize up
 * front for `a.used + b.used`, then insertions. Returns the duplicate key (borrowed) for override 2.
 */
export function dictMerge(rt: Runtime, a: PyDictObject, b: PyDictObject, override: 0 | 1 | 2 = 1): PyObject | null {
  if (a.values) dictUnsplit(rt, a);
  if (a === b || b.used === 0) return null;
  if (a.used === 0) {
    override = 1;
    const ok = b.keys;
    if (b.values === null && b.used === ok.nentries
      && (ok.log2Size === PYDICT_LOG_MINSIZE || usableFraction(2 ** ok.log2Size / 2) < b.used)) {
      const keys = cloneKeys(rt, ok);
      const old = a.keys;
      a.keys = keys;
      keysDecref(rt, old);
      a.used = b.used;
      if (b.tracked && !a.tracked) rt.heap.gc.track(a);
      return null;
    }
  }
  if (usableFraction(2 ** a.keys.log2Size) < b.used) {
    dictResize(rt, a, estimateLog2Keysize(a.used + b.used), b.keys.kind !== 'general');
  }
  for (const item of dictItems(b)) {
    if (override !== 1 && dictContains(a, item)) {
      if (override === 2) return item.key;
      continue;
    }
    rt.heap.incref(item.key);
    rt.heap.incref(item.value);
    dictSetItem(rt, a, item, item.value);
  }
  return null;
}

/**
 * `PyDict_Copy` (`d.copy()`): `{}` when empty; a clone of the keys (allocated before the dict
 * object) when at most a third of the entries are dummies; otherwise `PyDict_New` + merge, which
 * compacts. The copy is tracked when the original is.
 */
export function dictCopy(rt: Runtime, d: PyDictObject): PyDictObject {
  if (d.used === 0) return newDict(rt);
  if (d.values === null && d.used >= Math.floor((d.keys.nentries * 2) / 3)) {
    const c = newDictWithKeys(rt, cloneKeys(rt, d.keys), d.used);
    if (d.tracked) rt.heap.gc.track(c);
    return c;
  }
  const c = newDict(rt);
  dictMerge(rt, c, d, 1);
  return c;
}

/**
 * `dict.fromkeys(iterable, value)` (`_PyDict_FromKeys`) on exact dict: the dict comes from
 * `cls()` (never the free list). `presize` is what the iterable allows: an exact dict source gives
 * `{ n: len, unicode: its keys are unicode-kind }`, an exact set or frozenset `{ n: len, unicode:
 * false }`, anything else none (one insertion at a time). Keys are borrowed; `value` is stolen.
 */
export function dictFromKeys(
  rt: Runtime, keys: Iterable<HashedKey>, value: PyObject, presize?: { n: number; unicode: boolean },
): PyDictObject {
  const d = allocDict(rt);
  if (presize) dictResize(rt, d, estimateLog2Keysize(presize.n), presize.unicode);
  for (const k of keys) {
    rt.heap.incref(k.key);
    rt.heap.incref(value);
    dictSetItem(rt, d, k, value);
  }
  rt.heap.decref(value);
  return d;
}

/**
 * `_PyDict_MaybeUntrack`, run on the survivors of a full collection: an exact dict whose keys and
 * values can never be part of a cycle is untracked (it is tracked again by the next insertion of
 * something that may be).
 */
export function maybeUntrackDict(rt: Runtime, d: PyObject): void {
  if (!(d instanceof PyDictObject) || d.type !== rt.types.dict || !d.tracked) return;
  const general = d.keys.kind === 'general';
  for (const e of d.keys.entries) {
    if (e.value === null) continue;
    if (mayBeTracked(rt, e.value) || (general && mayBeTracked(rt, e.key as PyObject))) return;
  }
  rt.heap.gc.untrack(d);
}

/** `_PyDict_ClearFreeList`: the parked dict objects (`PyObject_GC_Del`), then the parked keys blocks. */
export function clearDictFreeLists(rt: Runtime): void {
  rt.dictFreeList.clear((d) => rt.heap.gcDel(d));
  rt.dictKeysFreeList.clear(rt);
}

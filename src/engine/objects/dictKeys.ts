/**
 * `PyDictKeysObject` (Include/internal/pycore_dict.h, Objects/dictobject.c 3.11–3.13): the table
 * behind a dict, allocated on its own with `PyObject_Malloc` and sized by `dictKeysSize`
 * (layout/dictLayout.ts):
 *
 * ```
 *   header 32 | dk_indices: 2^log2 × 1/2/4/8 bytes | dk_entries: usable × 16 (unicode) or 24 (general)
 * ```
 *
 * Entries are appended in insertion order; a deleted entry keeps its slot (key and value NULL)
 * until the next resize, so `nentries` counts the dummies and `usable` never grows back. The
 * static `Py_EMPTY_KEYS` (log2 0, usable 0) serves every empty dict. Keys objects of 8 slots and
 * unicode kind are recycled through a free list of 80 (`keys_free_list`; measured on 3.11–3.13).
 *
 * The index (`dk_indices`) is simulated by a JS Map from hash key to entry index: its bytes are
 * counted, but the probe order inside it cannot be seen from Python and is not modelled.
 *
 * Extension point: split keys (a class's shared keys, `kind === 'split'`, `refcnt` > 1 and the
 * values held by the instance dict) size correctly here; the instance-dict machinery is a later step.
 */
import type { Runtime } from '../runtime';
import { type DictKeysKind, PYDICT_LOG_MINSIZE, dictKeysSize, usableFraction } from './layout/dictLayout';
import type { PyObject } from './object';
import type { PyHash } from './pyHash';

/**
 * What a dict or set looks a key up by: a JS value that is equal (SameValueZero) for Python-equal
 * keys. The interpreter gives a str's value, an int's value (a number, or a bigint beyond 2^53),
 * a float's value (so `1 == 1.0 == True` all map to the number 1), or, for objects hashed by
 * identity, the object itself. NaN is never equal to itself in Python: pass the float object.
 */
export type HashKey = string | number | bigint | boolean | object;

/** `PyObject_RichCompareBool(stored, key, Py_EQ)`: the interpreter's `__eq__` (it may throw). */
export type KeyEq = (stored: PyObject, key: PyObject) => boolean;

/**
 * A key as the interpreter hands it to a dict or set.
 *
 * Semantics: two keys are the same when they are the same object; otherwise only if their hash
 * keys are equal, and then `eq` (the new key's, else the stored key's) decides; with no `eq`,
 * equal hash keys mean equal keys. So `hashKey` plays the part of `hash()` and `eq` that of
 * `__eq__`: for user classes with `__hash__`/`__eq__`, pass `hashKey = hash(obj)` (a number) and
 * an `eq` that calls `__eq__`. (A user object equal to a str must then be given the str's value as
 * its hash key to be found by it; CPython only needs equal hashes.)
 */
export interface HashedKey {
  /** The key object. Functions that store it steal this reference unless they say otherwise. */
  readonly key: PyObject;
  readonly hashKey: HashKey;
  /** `Py_hash_t`, where sets place the key; defaults to `defaultHash(hashKey)` (pyHash.ts). */
  readonly hash?: PyHash;
  readonly eq?: KeyEq;
}

/** One of `dk_entries`: `me_key`, `me_value` (both null once deleted) and how to look it up. */
export interface DictEntry {
  key: PyObject | null;
  value: PyObject | null;
  readonly hashKey: HashKey;
  readonly hash?: PyHash;
  readonly eq?: KeyEq;
}

/** A keys object. */
export class PyDictKeysObject {
  /** `dk_entries[0:dk_nentries]`, deleted ones included. */
  entries: DictEntry[] = [];
  /** `dk_indices`, as hash key → entry index (an array when equal hash keys hold unequal keys). */
  index = new Map<HashKey, number | number[]>();
  /** `dk_refcnt`: 1 while one dict owns it; shared keys and the static empty keys have more. */
  refcnt = 1;
  /** The block lives in the data segment (`sys.modules`' table): releasing it frees nothing. */
  isStatic = false;

  constructor(
    /** `dk_log2_size`. */
    readonly log2Size: number,
    /** `dk_kind`. */
    public kind: DictKeysKind,
    /** `dk_usable`: entries left before a resize. */
    public usable: number,
    /** The block's address; 0 for the static empty keys. */
    public address: number,
  ) {}

  /** `dk_nentries`. */
  get nentries(): number {
    return this.entries.length;
  }

  /** `_PyDict_KeysSize`: the bytes of the block. */
  get bytes(): number {
    return dictKeysSize(this.log2Size, this.kind);
  }
}

/** `Py_EMPTY_KEYS`: static, immortal, never written to (inserting replaces it first). */
export const EMPTY_KEYS: PyDictKeysObject = Object.freeze(Object.assign(
  new PyDictKeysObject(0, 'unicode', 0, 0), { refcnt: Number.MAX_SAFE_INTEGER, entries: [], index: new Map() },
)) as PyDictKeysObject;

/** `PyDict_MAXFREELIST`, also the keys free list's capacity. */
export const DICT_MAXFREELIST = 80;

/**
 * The keys free list: a LIFO of 8-slot unicode keys blocks. Keys objects are not Python objects,
 * so a parked block simply stays allocated; tracemalloc keeps its original trace when it is reused
 * (`_PyTraceMalloc_NewReference` is for objects only).
 */
export class DictKeysFreeList {
  readonly name = 'dict keys';
  readonly capacity = DICT_MAXFREELIST;
  /** `sizeof(PyDictKeysObject)`, as `_debugmallocstats` prints it (3.13). */
  readonly structSize = 32;
  private readonly stack: PyDictKeysObject[] = [];

  /** `keys_numfree`. */
  get size(): number {
    return this.stack.length;
  }

  /** Parks `k` if there is room; false means the caller frees it. */
  push(k: PyDictKeysObject): boolean {
    if (this.stack.length >= this.capacity) return false;
    this.stack.push(k);
    return true;
  }

  /** The most recently parked block; undefined when empty. */
  pop(): PyDictKeysObject | undefined {
    return this.stack.pop();
  }

  /** `_PyDict_ClearFreeList`'s second loop: `PyObject_Free` every block, top first. */
  clear(rt: Runtime): void {
    while (this.stack.length > 0) rt.heap.memory.free((this.stack.pop() as PyDictKeysObject).address, 'dict keys', 'obj');
  }
}

/**
 * `new_keys_object(log2_size, unicode)`: from the keys free list for 8-slot unicode tables, else a
 * new `PyObject_Malloc` block.
 */
export function newKeysObject(rt: Runtime, log2Size: number, unicode: boolean): PyDictKeysObject {
  const kind: DictKeysKind = unicode ? 'unicode' : 'general';
  const usable = usableFraction(2 ** log2Size);
  if (log2Size === PYDICT_LOG_MINSIZE && unicode) {
    const reused = rt.dictKeysFreeList.pop();
    if (reused) return new PyDictKeysObject(log2Size, kind, usable, reused.address);
  }
  return new PyDictKeysObject(log2Size, kind, usable, rt.heap.memory.objectMalloc(dictKeysSize(log2Size, kind), 'dict keys'));
}

/** Returns a block whose references have moved or been released: free list or `PyObject_Free`. */
export function releaseKeysBlock(rt: Runtime, keys: PyDictKeysObject): void {
  if (keys.isStatic) return;
  if (keys.log2Size === PYDICT_LOG_MINSIZE && keys.kind !== 'general' && rt.dictKeysFreeList.push(keys)) return;
  rt.heap.memory.free(keys.address, 'dict keys', 'obj');
}

/**
 * `dictkeys_decref` → `free_keys_object`: when the last owner lets go, release each entry's key
 * then value in entry order (what makes a dict free its items 1, 2, 3), then the block.
 */
export function keysDecref(rt: Runtime, keys: PyDictKeysObject): void {
  if (keys === EMPTY_KEYS || --keys.refcnt > 0) return;
  const entries = keys.entries;
  keys.entries = [];
  keys.index = new Map();
  for (const e of entries) {
    if (e.key) rt.heap.decref(e.key);
    if (e.value) rt.heap.decref(e.value);
  }
  releaseKeysBlock(rt, keys);
}

/**
 * `clone_combined_dict_keys`: a `PyObject_Malloc` copy of the whole block (never the free list),
 * deleted entries and usable count included; every live key and value gains a reference.
 */
export function cloneKeys(rt: Runtime, keys: PyDictKeysObject): PyDictKeysObject {
  const c = new PyDictKeysObject(keys.log2Size, keys.kind, keys.usable, rt.heap.memory.objectMalloc(keys.bytes, 'dict keys'));
  c.entries = keys.entries.map((e) => ({ ...e }));
  for (const [k, ix] of keys.index) c.index.set(k, Array.isArray(ix) ? [...ix] : ix);
  for (const e of c.entries) {
    if (e.value) {
      rt.heap.incref(e.value);
      rt.heap.incref(e.key as PyObject);
    }
  }
  return c;
}

/** Whether stored entry `e` holds a key equal to `k` (see `HashedKey`). */
function sameKey(e: DictEntry, k: HashedKey): boolean {
  if (e.key === k.key) return true;
  const eq = k.eq ?? e.eq;
  return eq ? eq(e.key as PyObject, k.key) : true;
}

/** `_Py_dict_lookup`: the entry index of `k`, or -1 (`DKIX_EMPTY`). */
export function keysLookup(keys: PyDictKeysObject, k: HashedKey): number {
  const ix = keys.index.get(k.hashKey);
  if (ix === undefined) return -1;
  if (typeof ix === 'number') return sameKey(keys.entries[ix], k) ? ix : -1;
  for (const i of ix) if (sameKey(keys.entries[i], k)) return i;
  return -1;
}

/** Appends an entry (`dk_nentries++`, `dk_usable--`); the caller checked `usable` > 0. */
export function keysAppend(keys: PyDictKeysObject, e: DictEntry): void {
  const i = keys.entries.length;
  keys.entries.push(e);
  keys.usable--;
  indexAdd(keys.index, e.hashKey, i);
}

function indexAdd(index: Map<HashKey, number | number[]>, hk: HashKey, i: number): void {
  const prev = index.get(hk);
  if (prev === undefined) index.set(hk, i);
  else if (typeof prev === 'number') index.set(hk, [prev, i]);
  else prev.push(i);
}

/** Sets entry `i`'s index slot to `DKIX_DUMMY`: the key is gone; the entry stays (emptied by the caller). */
export function keysUnindex(keys: PyDictKeysObject, i: number): void {
  const hk = keys.entries[i].hashKey;
  const ix = keys.index.get(hk);
  if (typeof ix === 'number') keys.index.delete(hk);
  else if (ix) {
    ix.splice(ix.indexOf(i), 1);
    if (ix.length === 1) keys.index.set(hk, ix[0]);
  }
}

/**
 * Puts the live entries `order` (entry indices, a permutation of the live ones) into the live
 * slots in that order; deleted slots, `dk_nentries` and `dk_usable` stay as they were, so memory
 * does not change. The simulation keeps an OrderedDict's linked-list order (`move_to_end`) as its
 * dict's entry order this way; CPython leaves the dict alone and relinks nodes.
 */
export function keysPermute(keys: PyDictKeysObject, order: readonly number[]): void {
  const slots: number[] = [];
  keys.entries.forEach((e, i) => { if (e.value !== null) slots.push(i); });
  const moved = order.map((i) => keys.entries[i]);
  slots.forEach((s, j) => { keys.entries[s] = moved[j]; });
  keys.index = new Map();
  keys.entries.forEach((e, i) => { if (e.value !== null) indexAdd(keys.index, e.hashKey, i); });
}

/** Moves the live entries of `from` into the fresh `to` in order, compacting (`dictresize`'s copy). */
export function keysMoveEntries(from: PyDictKeysObject, to: PyDictKeysObject): void {
  for (const e of from.entries) if (e.value !== null) keysAppend(to, e);
}

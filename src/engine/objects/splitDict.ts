/**
 * Split tables (Objects/dictobject.c, CPython 3.11–3.13): the instances of a class share one keys
 * object (`ht_cached_keys`) and each instance keeps only its values, in insertion order.
 *
 *   class keys (768 B, log2 6)    [ 'x' | 'y' | 'z' | … ]   dk_usable forced to 30, then
 *                                                            one less per instance created
 *   instance values (3.11/3.12:   [ order prefix | v0 | v1 | v2 | … ]   capacity = nentries + usable
 *   PyMem_Malloc; 3.13: inline)
 *
 * A `__dict__` read makes a 64-byte dict that points at the same keys and takes over the values
 * (`make_dict_from_instance_attributes`). A name that does not fit (no usable entry left, or a
 * non-str key) converts the table to a combined one of `calculate_log2_keysize(3 × used)`
 * (`insertion_resize`), moving the live values in insertion order and freeing the values array.
 *
 * Invariants: `values.items[i]` belongs to `keys.entries[i]`; `values.order` lists the indices
 * that hold a value, oldest first; the values array owns its references.
 */
import type { Runtime } from '../runtime';
import { keysAppend, keysDecref, keysLookup, newKeysObject, PyDictKeysObject, type HashedKey } from './dictKeys';
import { newDict, type PyDictObject } from './dictObject';
import { mayBeTracked } from './tupleObject';
import { calculateLog2Keysize, dictKeysSize, dictValuesRequest, growthRate, SHARED_KEYS_MAX_SIZE } from './layout/dictLayout';
import { SHARED_KEYS_LOG2_SIZE } from './layout/instanceLayout';
import type { PyObject } from './object';
import type { PyUnicodeObject } from './unicodeObject';

/** `PyDictValues`: one instance's values, indexed like the shared keys' entries. */
export class SplitValues {
  /** Values by shared-key index; null where unset. */
  readonly items: (PyObject | null)[];
  /** Indices holding a value, in insertion order (the values' order prefix). */
  readonly order: number[] = [];

  constructor(
    /** Slots: `shared_keys_usable_size` when the instance was made. */
    readonly capacity: number,
    /** The separate `PyMem_Malloc` block (3.11/3.12), or 0 when inline in the object (3.13). */
    public address: number,
  ) {
    this.items = new Array<PyObject | null>(capacity).fill(null);
  }

  /** Number of values set. */
  get used(): number {
    return this.order.length;
  }
}

/** `_PyDict_NewKeysForClass`: a log2-6 unicode table (768 bytes) with `dk_usable` forced to 30. */
export function newSharedKeys(rt: Runtime): PyDictKeysObject {
  const address = rt.heap.memory.objectMalloc(dictKeysSize(SHARED_KEYS_LOG2_SIZE, 'unicode'), 'dict keys');
  return new PyDictKeysObject(SHARED_KEYS_LOG2_SIZE, 'split', SHARED_KEYS_MAX_SIZE, address);
}

/** `new_values(capacity)`: the separate values array of 3.11/3.12, or inline values (3.13). */
export function newSplitValues(rt: Runtime, capacity: number, inline: boolean): SplitValues {
  const address = inline ? 0 : rt.heap.memory.memMalloc(dictValuesRequest(capacity, rt.profile.version === '3.13'), 'dict values');
  return new SplitValues(capacity, address);
}

/**
 * `new_dict_with_shared_keys` (`new_dict_from_keys` in 3.11): the `__dict__` a managed-dict
 * instance without values gets, e.g. a `class I(int)` or IntEnum member on 3.12+, a `class S(str)`
 * one on 3.11: a separate values array of `shared_keys_usable_size` (272 B on 3.11/3.12, 280 B
 * on 3.13 for 30 slots), then the dict object (64 B), sharing the class's keys.
 */
export function dictWithSharedKeys(rt: Runtime, keys: PyDictKeysObject): PyDictObject {
  return dictFromValues(rt, keys, newSplitValues(rt, keys.nentries + keys.usable, false));
}

function strKey(name: PyUnicodeObject): HashedKey {
  return { key: name, hashKey: name.value };
}

/** The shared-key index of `name`, or -1. */
export function sharedIndex(keys: PyDictKeysObject, name: PyUnicodeObject): number {
  return keysLookup(keys, strKey(name));
}

/**
 * `insert_into_dictkeys`: the index of `name`, appending it (`dk_nentries++`, `dk_usable--`) when
 * new and room is left; -1 (`DKIX_EMPTY`) when the keys are full. Borrows `name`.
 */
export function sharedInsert(rt: Runtime, keys: PyDictKeysObject, name: PyUnicodeObject, capacity: number): number {
  const ix = sharedIndex(keys, name);
  if (ix >= 0) return ix < capacity ? ix : -1;
  if (keys.usable <= 0 || keys.nentries >= capacity) return -1;
  rt.heap.incref(name);
  keysAppend(keys, { key: name, value: null, hashKey: name.value });
  return keys.nentries - 1;
}

/** Stores `value` (stolen) at shared index `ix`; returns the old value (a reference to release). */
export function valuesStore(values: SplitValues, ix: number, value: PyObject): PyObject | null {
  const old = values.items[ix];
  values.items[ix] = value;
  if (old === null) values.order.push(ix);
  return old;
}

/** Removes the value at `ix` (returned, a reference to release), or null when unset. */
export function valuesDelete(values: SplitValues, ix: number): PyObject | null {
  const old = values.items[ix];
  if (old === null) return null;
  values.items[ix] = null;
  values.order.splice(values.order.indexOf(ix), 1);
  return old;
}

/** The (name, value) pairs in insertion order (borrowed). */
export function valuesItems(keys: PyDictKeysObject, values: SplitValues): Array<{ key: PyObject; value: PyObject; hashKey: string }> {
  return values.order.map((ix) => {
    const e = keys.entries[ix];
    return { key: e.key as PyObject, value: values.items[ix] as PyObject, hashKey: e.hashKey as string };
  });
}

/** `free_values`: releases each value in index order, then the separate block. */
export function releaseValues(rt: Runtime, values: SplitValues): void {
  const items = [...values.items];
  values.items.fill(null);
  values.order.length = 0;
  for (const v of items) rt.heap.xdecref(v);
  if (values.address !== 0) rt.heap.memory.free(values.address, 'dict values', 'mem');
  values.address = 0;
}

/**
 * `make_dict_from_instance_attributes` (`new_dict(keys, values, used, 0)`): a dict object (free
 * list first) sharing the class's keys and taking over `values`. Untracked unless a value may be.
 */
export function dictFromValues(rt: Runtime, keys: PyDictKeysObject, values: SplitValues): PyDictObject {
  const d = newDict(rt);
  keys.refcnt++;
  d.keys = keys;
  d.values = values;
  d.used = values.used;
  if (values.order.some((ix) => mayBeTracked(rt, values.items[ix] as PyObject))) rt.heap.gc.track(d);
  return d;
}

/**
 * `insertion_resize` of a split dict: the live values move, in insertion order, into a combined
 * unicode table sized for `3 × used`; the shared keys lose this dict's reference and the values
 * array is freed. Afterwards `d` is an ordinary combined dict.
 */
export function dictUnsplit(rt: Runtime, d: PyDictObject): void {
  const values = d.values;
  if (!values) return;
  const shared = d.keys;
  const combined = newKeysObject(rt, calculateLog2Keysize(growthRate(values.used)), true);
  for (const ix of values.order) {
    const e = shared.entries[ix];
    rt.heap.incref(e.key as PyObject);
    keysAppend(combined, { key: e.key, value: values.items[ix], hashKey: e.hashKey, hash: e.hash });
    values.items[ix] = null;
  }
  values.order.length = 0;
  d.keys = combined;
  d.values = null;
  keysDecref(rt, shared);
  if (values.address !== 0) rt.heap.memory.free(values.address, 'dict values', 'mem');
  values.address = 0;
}

/** `dk_refcnt`-aware release of a class's shared keys (the class's own reference). */
export function releaseSharedKeys(rt: Runtime, keys: PyDictKeysObject): void {
  keysDecref(rt, keys);
}

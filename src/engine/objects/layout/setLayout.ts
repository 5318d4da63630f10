/**
 * `set` / `frozenset` sizes and table growth, mirroring CPython 3.11–3.13 Objects/setobject.c:
 * a 200-byte GC `PySetObject` embedding an 8-entry `smalltable`; larger tables (16-byte
 * `setentry`: key, hash) are allocated separately and counted by `set_sizeof`.
 *
 * `fill` counts active plus dummy slots; a new key landing in a never-used slot bumps it, and
 * `set_add_entry` resizes once `fill * 5 >= mask * 3`. Sets never shrink on removal.
 */
import { genericAllocRequest, getsizeofFromSizeof, gcLayout, type TypeLayout } from './objectHeader';

/** `sizeof(PySetObject)` including the smalltable. */
export const SET_OBJECT_SIZE = 200;
/** `PySet_MINSIZE`: slots of the embedded smalltable. */
export const PYSET_MINSIZE = 8;
/** `sizeof(setentry)`. */
export const SET_ENTRY_SIZE = 16;

/** A set's `fill`, `used` and `mask + 1` (table slots). */
export interface SetState {
  readonly fill: number;
  readonly used: number;
  readonly tableSize: number;
}

/** `PySet_Type` / `PyFrozenSet_Type`: basicsize 200, itemsize 0, GC. */
export function setTypeLayout(): TypeLayout {
  return gcLayout(SET_OBJECT_SIZE);
}

/** Bytes of the separate table (0 while the smalltable serves). */
export function setTableRequest(tableSize: number): number {
  return tableSize > PYSET_MINSIZE ? SET_ENTRY_SIZE * tableSize : 0;
}

/** `sys.getsizeof` of a set with a table of `tableSize` slots. */
export function setGetsizeof(tableSize: number): number {
  return getsizeofFromSizeof(setTypeLayout(), SET_OBJECT_SIZE + setTableRequest(tableSize));
}

/** Bytes of the set object itself (216). */
export function setObjectRequest(): number {
  return genericAllocRequest(setTypeLayout());
}

/** `make_new_set`: an empty set on its smalltable. */
export function emptySet(): SetState {
  return { fill: 0, used: 0, tableSize: PYSET_MINSIZE };
}

/** `set_table_resize(so, minused)`: the smallest power of two above minused, from 8; no dummies. */
export function setTableResize(s: SetState, minused: number): SetState {
  let size = PYSET_MINSIZE;
  while (size <= minused) size <<= 1;
  return { fill: s.used, used: s.used, tableSize: size };
}

/**
 * `set_add_entry` of a new key: `reusesDummy` when it lands on a deleted slot (the caller's hash
 * simulation knows); then the `fill * 5 >= mask * 3` check grows by `used * 4` (`* 2` past 50000).
 */
export function setAddNew(s: SetState, reusesDummy = false): SetState {
  const t = { fill: s.fill + (reusesDummy ? 0 : 1), used: s.used + 1, tableSize: s.tableSize };
  if (t.fill * 5 < (t.tableSize - 1) * 3) return t;
  return setTableResize(t, t.used > 50000 ? t.used * 2 : t.used * 4);
}

/** Add n new keys one by one (`add`, `set(iterable)`, comprehensions, `BUILD_SET n`). */
export function setAddMany(s: SetState, n: number): SetState {
  let t = s;
  for (let i = 0; i < n; i++) t = setAddNew(t);
  return t;
}

/**
 * `set_merge` (update from a set or frozenset, `set(s)`, `s.copy()`, `|`, `SET_UPDATE` of a
 * constant frozenset) and the dict branch of `set_update_internal`: one up-front resize to
 * `(used + other) * 2` when `(fill + other) * 5 >= mask * 3`, then `newKeys` insertions.
 */
export function setMerge(s: SetState, otherSize: number, newKeys = otherSize): SetState {
  if (otherSize === 0) return s;
  let t = s;
  if ((t.fill + otherSize) * 5 >= (t.tableSize - 1) * 3) t = setTableResize(t, (t.used + otherSize) * 2);
  return setAddMany(t, newKeys);
}

/** Remove one key (`discard`, `remove`, `pop`): the slot becomes a dummy; no shrink. */
export function setRemove(s: SetState): SetState {
  return { ...s, used: s.used - 1 };
}

/** `set.clear()`: back to the smalltable. */
export function setClear(): SetState {
  return emptySet();
}

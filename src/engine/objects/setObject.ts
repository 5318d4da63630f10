/**
 * `set` and `frozenset` (Objects/setobject.c, CPython 3.11–3.13, identical in every measurement):
 * a 200-byte GC object (216 with the GC head) embedding an 8-slot `smalltable`; a larger table of
 * 16-byte `setentry`s (key, hash) comes from `PyMem_Malloc`. No free list; tracked from creation;
 * `frozenset()` is a new object every time.
 *
 * The table is simulated slot for slot, with CPython's probing (9 linear probes, then
 * `i = i*5 + 1 + perturb`, `perturb >>= 5`) over the keys' real hashes (pyHash.ts), so `fill`
 * (active + dummy slots), when a new key lands on a dummy, and the iteration order are CPython's.
 *
 *   add       set_add_entry: a key reaching a never-used slot bumps fill; then
 *             fill*5 >= mask*3 → set_table_resize(used > 50000 ? used*2 : used*4)
 *   resize    the smallest power of two > minused, from 8; 8 means the smalltable again
 *   merge     set_merge (update from a set, set(s), s.copy(), a constant literal's SET_UPDATE):
 *             (fill + other.used)*5 >= mask*3 → resize to (used + other.used)*2 first
 *   discard   the slot becomes a dummy; never shrinks. clear() returns to the smalltable.
 *
 * Ownership and keys as in dictObject.ts: functions steal what they are given, `HashedKey`s carry
 * the caller's hash key, optional `Py_hash_t` and equality.
 */
import type { Runtime } from '../runtime';
import type { HashKey, HashedKey, KeyEq } from './dictKeys';
import { dictItems, type PyDictObject } from './dictObject';
import { PYSET_MINSIZE, SET_ENTRY_SIZE, SET_OBJECT_SIZE } from './layout/setLayout';
import { PyGCObject, type PyObject } from './object';
import { defaultHash, type PyHash } from './pyHash';
import { TPFLAGS, type PyTypeObject } from './typeObject';

/** `LINEAR_PROBES`. */
const LINEAR_PROBES = 9;
/** `PERTURB_SHIFT`. */
const PERTURB_SHIFT = 5;

/** An active `setentry`: the key, its hash split in 32-bit halves for probing, and its lookup key. */
export interface SetEntry {
  readonly key: PyObject;
  readonly hash: PyHash;
  readonly lo: number;
  readonly hi: number;
  readonly hashKey: HashKey;
  readonly eq?: KeyEq;
}

/** The `dummy` key of a deleted slot (its hash is -1). */
export const DUMMY: unique symbol = Symbol('dummy');

/** A table slot: null never used, `DUMMY` deleted, else active. */
export type SetSlot = SetEntry | typeof DUMMY | null;

/** `PySetObject`. */
export class PySetObject extends PyGCObject {
  /** `fill`: active plus dummy slots. */
  fill = 0;
  /** `used`: active slots, `len(s)`. */
  used = 0;
  /** `mask`: table size − 1. */
  mask = PYSET_MINSIZE - 1;
  /** `table`: the smalltable while `tableAddress` is 0. */
  table: SetSlot[] = new Array<SetSlot>(PYSET_MINSIZE).fill(null);
  /** Address of the malloc'ed table; 0 while the smalltable serves. */
  tableAddress = 0;
  /** `finger`: where `pop()` looks next. */
  finger = 0;
}

/** The set and frozenset types. */
export function makeSetTypes(rt: Runtime): { set: PyTypeObject; frozenset: PyTypeObject } {
  const spec = (name: string) => rt.staticType({
    name, basicsize: SET_OBJECT_SIZE, flags: TPFLAGS.HAVE_GC | TPFLAGS.BASETYPE,
    // set_dealloc: untrack, release the keys in table order, free the table, PyObject_GC_Del.
    dealloc: (heap, o) => {
      const s = o as PySetObject;
      heap.gc.untrack(s);
      const { table, tableAddress } = s;
      emptyToMinsize(s);
      releaseSlots(rt, table, tableAddress);
      heap.gcDel(s);
    },
    traverse: (o, visit) => { for (const e of (o as PySetObject).table) if (e !== null && e !== DUMMY) visit(e.key); },
    clear: (_heap, o) => setClear(rt, o as PySetObject),
    sizeof: (o) => setSizeof(o as PySetObject),
  });
  return { set: spec('set'), frozenset: spec('frozenset') };
}

/** `set_sizeof`: the object, plus the table when it is not the smalltable. */
export function setSizeof(s: PySetObject): number {
  return s.type.basicsize + (s.tableAddress !== 0 ? SET_ENTRY_SIZE * (s.mask + 1) : 0);
}

/**
 * `make_new_set` (`set()`, `frozenset()`, `BUILD_SET`, comprehensions): `tp_alloc`, so a new GC
 * block every time, tracked at once. Fill it with `setAdd`, `setMerge` or `setUpdateFromDict`.
 */
export function newSet(rt: Runtime, type: PyTypeObject = rt.types.set): PySetObject {
  const s = rt.heap.gcNew((a) => new PySetObject(type, a), type.preHeaderSize + type.basicsize, type.name);
  rt.heap.gc.track(s);
  return s;
}

/** `set_empty_to_minsize`. */
function emptyToMinsize(s: PySetObject): void {
  s.table = new Array<SetSlot>(PYSET_MINSIZE).fill(null);
  s.tableAddress = 0;
  s.fill = 0;
  s.used = 0;
  s.mask = PYSET_MINSIZE - 1;
}

/** Releases the keys of a detached table in slot order, then frees it if malloc'ed. */
function releaseSlots(rt: Runtime, table: SetSlot[], address: number): void {
  for (const e of table) if (e !== null && e !== DUMMY) rt.heap.decref(e.key);
  if (address !== 0) rt.heap.memory.free(address, 'set table', 'mem');
}

/** A `HashedKey` with its hash resolved and split for probing. */
function entryOf(k: HashedKey): SetEntry {
  const hash = k.hash ?? defaultHash(k.hashKey);
  let lo: number;
  let hi: number;
  if (typeof hash === 'number' && hash >= 0 && hash < 2 ** 32) {
    lo = hash;
    hi = 0;
  } else {
    const u = BigInt.asUintN(64, BigInt(hash));
    lo = Number(u & 0xffffffffn);
    hi = Number(u >> 32n);
  }
  return { key: k.key, hash, lo, hi, hashKey: k.hashKey, eq: k.eq };
}

/** Whether active entry `e` holds a key equal to `k` (same rule as dict lookups). */
function sameKey(e: SetEntry, k: SetEntry): boolean {
  if (e.lo !== k.lo || e.hi !== k.hi) return false;
  if (e.key === k.key) return true;
  if (!(e.hashKey === k.hashKey || (e.hashKey !== e.hashKey && k.hashKey !== k.hashKey))) return false;
  const eq = k.eq ?? e.eq;
  return eq ? eq(e.key, k.key) : true;
}

/**
 * The probe sequence of CPython's set: from `hash & mask`, runs of up to 10 slots (the slot and
 * `LINEAR_PROBES` more, when they fit before the end), then `i = (i*5 + 1 + perturb) & mask`.
 * `visit` returns true to stop; the slot index it stopped at is returned.
 */
function probe(mask: number, e: SetEntry, visit: (j: number) => boolean): number {
  let perturbLo = e.lo;
  let perturbHi = e.hi;
  let i = e.lo & mask;
  for (;;) {
    const last = i + LINEAR_PROBES <= mask ? i + LINEAR_PROBES : i;
    for (let j = i; j <= last; j++) if (visit(j)) return j;
    perturbLo = ((perturbLo >>> PERTURB_SHIFT) | (perturbHi << (32 - PERTURB_SHIFT))) >>> 0;
    perturbHi >>>= PERTURB_SHIFT;
    i = (i * 5 + 1 + perturbLo) & mask;
  }
}

/** `set_lookkey`: the slot holding `k`, or -1. */
function lookkey(s: PySetObject, k: SetEntry): number {
  const table = s.table;
  let found = -1;
  probe(s.mask, k, (j) => {
    const e = table[j];
    if (e === null) return true;
    if (e !== DUMMY && sameKey(e, k)) {
      found = j;
      return true;
    }
    return false;
  });
  return found;
}

/** `set_insert_clean`: into a table known to hold neither `e` nor dummies. */
function insertClean(table: SetSlot[], mask: number, e: SetEntry): void {
  table[probe(mask, e, (j) => table[j] === null)] = e;
}

/**
 * `set_table_resize(so, minused)`: the smallest power of two above `minused` (from 8). Back to 8
 * reuses the smalltable (rebuilt only to drop dummies); otherwise a new `PyMem_Malloc` table,
 * filled in old slot order, then the old table freed.
 */
export function setTableResize(rt: Runtime, s: PySetObject, minused: number): void {
  let size = PYSET_MINSIZE;
  while (size <= minused) size *= 2;
  const old = s.table;
  const oldAddress = s.tableAddress;
  if (size === PYSET_MINSIZE && oldAddress === 0 && s.fill === s.used) return;
  s.tableAddress = size === PYSET_MINSIZE ? 0 : rt.heap.memory.memMalloc(SET_ENTRY_SIZE * size, 'set table');
  s.table = new Array<SetSlot>(size).fill(null);
  s.mask = size - 1;
  s.fill = s.used;
  for (const e of old) if (e !== null && e !== DUMMY) insertClean(s.table, s.mask, e);
  if (oldAddress !== 0) rt.heap.memory.free(oldAddress, 'set table', 'mem');
}

/**
 * `set_add_entry` (`s.add(k)`, `BUILD_SET`, `SET_ADD`). Steals `k.key` (released when an equal key
 * is already there). A new key takes the last dummy its probe passed, if any, without touching
 * `fill`; else the empty slot that ended the probe, and the resize check runs. Returns whether
 * the key was new.
 */
export function setAdd(rt: Runtime, s: PySetObject, k: HashedKey): boolean {
  return addEntry(rt, s, entryOf(k));
}

function addEntry(rt: Runtime, s: PySetObject, k: SetEntry): boolean {
  const table = s.table;
  let freeslot = -1;
  let active = false;
  const j = probe(s.mask, k, (i) => {
    const e = table[i];
    if (e === null) return true;
    if (e === DUMMY) freeslot = i;
    else if (sameKey(e, k)) return (active = true);
    return false;
  });
  if (active) {
    rt.heap.decref(k.key);
    return false;
  }
  s.used++;
  if (freeslot >= 0) {
    table[freeslot] = k;
    return true;
  }
  s.fill++;
  table[j] = k;
  if (s.fill * 5 >= s.mask * 3) setTableResize(rt, s, s.used > 50000 ? s.used * 2 : s.used * 4);
  return true;
}

/** `k in s`. */
export function setContains(s: PySetObject, k: HashedKey): boolean {
  return lookkey(s, entryOf(k)) >= 0;
}

/** `s.discard(k)` / `s.remove(k)`: false when missing. The slot becomes a dummy; the key is released. */
export function setDiscard(rt: Runtime, s: PySetObject, k: HashedKey): boolean {
  const j = lookkey(s, entryOf(k));
  if (j < 0) return false;
  const old = s.table[j] as SetEntry;
  s.table[j] = DUMMY;
  s.used--;
  rt.heap.decref(old.key);
  return true;
}

/** `s.pop()`: the first active slot from the finger on (a reference transferred), or null when empty. */
export function setPop(s: PySetObject): PyObject | null {
  if (s.used === 0) return null;
  let j = s.finger & s.mask;
  while (s.table[j] === null || s.table[j] === DUMMY) j = j === s.mask ? 0 : j + 1;
  const e = s.table[j] as SetEntry;
  s.table[j] = DUMMY;
  s.used--;
  s.finger = j + 1;
  return e.key;
}

/** `set_clear_internal` (`s.clear()`, `tp_clear`): empty onto the smalltable first, then release. */
export function setClear(rt: Runtime, s: PySetObject): void {
  if (s.tableAddress === 0 && s.fill === 0) return;
  const { table, tableAddress } = s;
  emptyToMinsize(s);
  releaseSlots(rt, table, tableAddress);
}

/** The keys in table order (`set_next`), as hashed keys (borrowed). */
export function setEntries(s: PySetObject): SetEntry[] {
  const out: SetEntry[] = [];
  for (const e of s.table) if (e !== null && e !== DUMMY) out.push(e);
  return out;
}

/**
 * `set_merge(so, other)`: one resize up front when `(fill + other.used)*5 >= mask*3`; then, into
 * an empty table of the same size without dummies on either side, a slot-for-slot copy; into
 * any other empty table, clean inserts; else ordinary adds. Keys gain references.
 */
export function setMerge(rt: Runtime, s: PySetObject, other: PySetObject): void {
  if (other === s || other.used === 0) return;
  if ((s.fill + other.used) * 5 >= s.mask * 3) setTableResize(rt, s, (s.used + other.used) * 2);
  if (s.fill === 0 && s.mask === other.mask && other.fill === other.used) {
    for (let i = 0; i <= other.mask; i++) {
      const e = other.table[i];
      if (e !== null && e !== DUMMY) {
        rt.heap.incref(e.key);
        s.table[i] = e;
      }
    }
    s.fill = other.fill;
    s.used = other.used;
    return;
  }
  if (s.fill === 0) {
    s.fill = other.used;
    s.used = other.used;
    for (const e of setEntries(other)) {
      rt.heap.incref(e.key);
      insertClean(s.table, s.mask, e);
    }
    return;
  }
  for (const e of setEntries(other)) {
    rt.heap.incref(e.key);
    addEntry(rt, s, e);
  }
}

/**
 * `set_update_internal` with an exact dict (`set(d)`, `s.update(d)`): one resize up front when
 * `(fill + len(d))*5 >= mask*3`, to `(used + len(d))*2`, then an add per key (keys gain references).
 */
export function setUpdateFromDict(rt: Runtime, s: PySetObject, d: PyDictObject): void {
  if ((s.fill + d.used) * 5 >= s.mask * 3) setTableResize(rt, s, (s.used + d.used) * 2);
  for (const item of dictItems(d)) {
    rt.heap.incref(item.key);
    setAdd(rt, s, item);
  }
}

/** `set.copy()` / `make_new_set_basetype`: a new set (of `type`) merged from `s`. */
export function setCopy(rt: Runtime, s: PySetObject, type: PyTypeObject = rt.types.set): PySetObject {
  const c = newSet(rt, type);
  setMerge(rt, c, s);
  return c;
}

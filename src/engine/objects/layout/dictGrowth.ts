/**
 * The keys table of a combined dict along every path that sizes it, mirroring `insertdict`,
 * `insert_to_emptydict`, `insertion_resize`, `dictresize`, `dict_new_presized`, `dict_merge`,
 * `PyDict_Copy` and `dict_fromkeys`, CPython 3.11–3.13 Objects/dictobject.c. States are values.
 *
 * Invariants: every new key takes the next entry (`dk_nentries++`, `dk_usable--`) whether or not
 * deleted slots exist, so churn forces resizes; deletion never shrinks; a resize sizes the table
 * from `ma_used`, so a resize after many deletions can shrink it.
 */
import {
  PYDICT_LOG_MINSIZE, calculateLog2Keysize, dictGetsizeof, estimateLog2Keysize, growthRate, usableFraction,
  type DictKeysKind,
} from './dictLayout';

/** A keys object: `dk_log2_size`, `dk_kind`, `dk_usable`, `dk_nentries`. */
export interface DictKeys {
  readonly log2Size: number;
  readonly kind: DictKeysKind;
  readonly usable: number;
  readonly nentries: number;
}

/** A combined dict: `ma_used` and its keys (null: the shared static `Py_EMPTY_KEYS`). */
export interface DictState {
  readonly used: number;
  readonly keys: DictKeys | null;
}

/** `PyDict_New()`: the empty keys, 64 bytes. */
export function emptyDict(): DictState {
  return { used: 0, keys: null };
}

/** `new_keys_object(log2_size, unicode)`. */
export function newKeysObject(log2Size: number, unicode: boolean): DictKeys {
  return { log2Size, kind: unicode ? 'unicode' : 'general', usable: usableFraction(2 ** log2Size), nentries: 0 };
}

/** `sys.getsizeof` of a combined dict. */
export function dictStateGetsizeof(d: DictState): number {
  return dictGetsizeof(d.keys);
}

/**
 * `dictresize(mp, log2_newsize, unicode)`: a fresh table holding the `ma_used` live entries; it
 * stays unicode only if asked to and the old table was unicode (or split).
 */
export function dictResize(d: DictState, log2Size: number, unicode: boolean): DictState {
  const keepsUnicode = unicode && (d.keys === null || d.keys.kind !== 'general');
  const keys = newKeysObject(log2Size, keepsUnicode);
  return { used: d.used, keys: { ...keys, usable: keys.usable - d.used, nentries: d.used } };
}

/** `insertion_resize(mp, unicode)`: resize to `calculate_log2_keysize(GROWTH_RATE(mp))`. */
export function insertionResize(d: DictState, unicode: boolean): DictState {
  return dictResize(d, calculateLog2Keysize(growthRate(d.used)), unicode);
}

/**
 * Insert one new key (`insertdict` / `insert_to_emptydict`): the first key allocates an 8-slot
 * table of its kind; a non-str key converts a unicode table; a full table grows.
 */
export function dictInsertNew(d: DictState, keyIsStr: boolean): DictState {
  let t = d;
  if (t.keys === null) {
    t = { used: 0, keys: newKeysObject(PYDICT_LOG_MINSIZE, keyIsStr) };
  } else {
    if (t.keys.kind !== 'general' && !keyIsStr) t = insertionResize(t, false);
    if (t.keys!.usable <= 0) t = insertionResize(t, true);
  }
  const k = t.keys!;
  return { used: t.used + 1, keys: { ...k, usable: k.usable - 1, nentries: k.nentries + 1 } };
}

/** Insert n new keys one by one (`d[k] = v`, comprehensions, `dict(zip(..))`, kwargs). */
export function dictInsertMany(d: DictState, n: number, keyIsStr: boolean): DictState {
  let t = d;
  for (let i = 0; i < n; i++) t = dictInsertNew(t, keyIsStr);
  return t;
}

/** Delete one key: `ma_used--`; the entry becomes a dummy and the table keeps its size. */
export function dictDelete(d: DictState): DictState {
  return { ...d, used: d.used - 1 };
}

/** `dict.clear()`: back to the empty keys. */
export function dictClear(): DictState {
  return emptyDict();
}

/** Largest presize, `1 << 17` slots (`dict_new_presized`'s `log2_max_presize`). */
const LOG2_MAX_PRESIZE = 17;

/**
 * `dict_new_presized(n, unicode)` (`_PyDict_FromItems` for `BUILD_MAP` / `BUILD_CONST_KEY_MAP`):
 * at most 5 items start empty; otherwise the table for n keys, capped at 2^17 slots.
 */
export function dictNewPresized(n: number, unicode: boolean): DictState {
  if (n <= usableFraction(2 ** PYDICT_LOG_MINSIZE)) return emptyDict();
  const log2 = n > usableFraction(2 ** LOG2_MAX_PRESIZE) ? LOG2_MAX_PRESIZE : estimateLog2Keysize(n);
  return { used: 0, keys: newKeysObject(log2, unicode) };
}

/** A dict display of n items whose keys are all str or not: presized, then inserted. */
export function dictFromItems(n: number, keysAreStr: boolean): DictState {
  return dictInsertMany(dictNewPresized(n, keysAreStr), n, keysAreStr);
}

/** Whether `dict_merge` clones other's keys into an empty target ("clean, combined, just allocated"). */
function canCloneKeys(other: DictState): boolean {
  const k = other.keys;
  if (k === null || k.kind === 'split' || other.used !== k.nentries) return false;
  return k.log2Size === PYDICT_LOG_MINSIZE || usableFraction(2 ** k.log2Size / 2) < other.used;
}

/** `clone_combined_dict_keys`: a copy of the table, deleted slots and all. */
function cloneKeys(other: DictState): DictState {
  return { used: other.used, keys: other.keys };
}

/**
 * `dict_merge(a, b)` with a dict b (`update`, `dict(d)`, `{**d}`, `DICT_UPDATE`): clone b's keys
 * into an empty a when b is compact; else one up-front resize for `a.used + b.used` keys, then
 * `newKeys` insertions (keys of b not already in a).
 */
export function dictMerge(a: DictState, b: DictState, newKeys = b.used): DictState {
  if (b.used === 0) return a;
  if (a.used === 0 && canCloneKeys(b)) return cloneKeys(b);
  const otherUnicode = b.keys !== null && b.keys.kind !== 'general';
  const aSlots = a.keys === null ? 1 : 2 ** a.keys.log2Size;
  let t = a;
  if (usableFraction(aSlots) < b.used) t = dictResize(t, estimateLog2Keysize(a.used + b.used), otherUnicode);
  return dictInsertMany(t, newKeys, otherUnicode);
}

/** `PyDict_Copy(d)` of a combined dict: a clone when at most a third of the entries are deleted. */
export function dictCopy(d: DictState): DictState {
  if (d.used === 0) return emptyDict();
  if (d.keys !== null && d.keys.kind !== 'split' && d.used >= Math.floor((d.keys.nentries * 2) / 3)) return cloneKeys(d);
  return dictMerge(emptyDict(), d);
}

/**
 * `dict.fromkeys(iterable)`: an exact dict source presizes to its kind, an exact set or frozenset
 * presizes a general table; any other iterable inserts one key at a time.
 */
export function dictFromKeys(source: 'dict' | 'set' | 'iterable', n: number, keysAreStr: boolean, sourceDictUnicode = keysAreStr): DictState {
  if (source === 'iterable') return dictInsertMany(emptyDict(), n, keysAreStr);
  const unicode = source === 'dict' && sourceDictUnicode;
  return dictInsertMany(dictResize(emptyDict(), estimateLog2Keysize(n), unicode), n, keysAreStr);
}

/**
 * `dict` sizes, mirroring CPython 3.11–3.13 Objects/dictobject.c and pycore_dict.h (all three
 * agree): a 48-byte GC `PyDictObject` (ma_used, ma_version_tag, ma_keys, ma_values) and a
 * separately allocated keys object:
 *
 * ```
 *   PyDictKeysObject 32 | dk_indices: 2^log2 × 1/2/4/8 bytes | dk_entries: USABLE_FRACTION × 16 or 24
 * ```
 *
 * Entries are `PyDictUnicodeEntry` (key, value: 16) while every key is an exact str, else
 * `PyDictKeyEntry` (hash, key, value: 24). `{}` shares the static `Py_EMPTY_KEYS`.
 */
import { POINTER_SIZE, genericAllocRequest, getsizeofFromSizeof, gcLayout, type TypeLayout } from './objectHeader';

/** `sizeof(PyDictObject)`. */
export const DICT_OBJECT_SIZE = 48;
/** `sizeof(PyDictKeysObject)`, the keys header. */
export const DICT_KEYS_HEADER_SIZE = 32;
/** `PyDict_LOG_MINSIZE`: the smallest table has 8 slots. */
export const PYDICT_LOG_MINSIZE = 3;
/** `SHARED_KEYS_MAX_SIZE`: the most names a class's shared keys take. */
export const SHARED_KEYS_MAX_SIZE = 30;

/** `dk_kind`: which entry layout the table uses (split tables are unicode-entried). */
export type DictKeysKind = 'unicode' | 'general' | 'split';

/** `PyDict_Type`: basicsize 48, itemsize 0, GC. */
export function dictTypeLayout(): TypeLayout {
  return gcLayout(DICT_OBJECT_SIZE);
}

/** `USABLE_FRACTION(n)`: entries a table of n slots holds. */
export function usableFraction(n: number): number {
  return Math.floor((n * 2) / 3);
}

/** `_Py_bit_length(x)`. */
function bitLength(x: number): number {
  return x <= 0 ? 0 : Math.floor(Math.log2(x)) + 1;
}

/**
 * `calculate_log2_keysize(minsize)`. Obscurity: not "the smallest dk_size >= minsize" as its
 * comment says: the bit trick `((minsize | 8) - 1) | 7` gives the smallest power of two
 * >= `minsize | 8`, so minsize 2 gets 16 slots and minsize 16 gets 32 (measured on all three).
 */
export function calculateLog2Keysize(minsize: number): number {
  return bitLength(((minsize | 8) - 1) | 7);
}

/** `estimate_log2_keysize(n)`: the table for n keys when presizing (`(3n + 1) / 2` slots). */
export function estimateLog2Keysize(n: number): number {
  return calculateLog2Keysize(Math.floor((n * 3 + 1) / 2));
}

/** `GROWTH_RATE(d)` = `ma_used * 3`: the minimum size `insertion_resize` asks for. */
export function growthRate(used: number): number {
  return used * 3;
}

/** `dk_log2_index_bytes`: indices are int8 below 256 slots, int16, int32, then int64. */
export function log2IndexBytes(log2Size: number): number {
  return log2Size < 8 ? log2Size : log2Size < 16 ? log2Size + 1 : log2Size < 32 ? log2Size + 2 : log2Size + 3;
}

/** Bytes per entry of a keys kind. */
export function dictEntrySize(kind: DictKeysKind): number {
  return kind === 'general' ? 3 * POINTER_SIZE : 2 * POINTER_SIZE;
}

/** `_PyDict_KeysSize` and `new_keys_object`'s request: header + indices + entries. */
export function dictKeysSize(log2Size: number, kind: DictKeysKind): number {
  return DICT_KEYS_HEADER_SIZE + 2 ** log2IndexBytes(log2Size) + usableFraction(2 ** log2Size) * dictEntrySize(kind);
}

/** Bytes of the dict object itself (64; often served by the dict free list). */
export function dictObjectRequest(): number {
  return genericAllocRequest(dictTypeLayout());
}

/**
 * Bytes of a separate split-dict values array (`new_values`): 3.11/3.12 put an order prefix
 * before the pointers (272 B for 30 slots); 3.13 a pointer-sized header before them and the order
 * suffix after (280 B for 30 slots, e.g. a `class I(int)` instance's dict).
 */
export function dictValuesRequest(capacity: number, v313 = false): number {
  const order = Math.ceil((capacity + (v313 ? 0 : 2)) / POINTER_SIZE) * POINTER_SIZE;
  return order + POINTER_SIZE * (capacity + (v313 ? 1 : 0));
}

/**
 * `sys.getsizeof(d)` (`_PyDict_SizeOf`): the object, plus the values array of a split dict
 * (`shared_keys_usable_size` pointers), plus the keys when this dict owns them (`dk_refcnt == 1`).
 */
export function dictGetsizeof(ownedKeys: { log2Size: number; kind: DictKeysKind } | null, splitUsableSize = 0): number {
  const keys = ownedKeys ? dictKeysSize(ownedKeys.log2Size, ownedKeys.kind) : 0;
  return getsizeofFromSizeof(dictTypeLayout(), DICT_OBJECT_SIZE + POINTER_SIZE * splitUsableSize + keys);
}

/**
 * Instances of Python classes, mirroring `type_new` (Objects/typeobject.c) and the shared-keys
 * machinery of Objects/dictobject.c, CPython 3.11–3.13:
 *
 * - a class adds 8 bytes per `__slots__` name; `__dict__` becomes a managed dict (pre-header)
 *   when the base has itemsize 0, else an 8-byte slot; `__weakref__` is an 8-byte slot in 3.11
 *   and a managed weakref (pre-header) from 3.12. Python classes are always GC types.
 * - a class with a managed dict owns shared keys (`ht_cached_keys`: a log2 6 unicode table, 768
 *   bytes, `dk_usable` forced to 30, kind SPLIT). Each instance creation does
 *   `if (dk_usable > 1) dk_usable--`, so the values capacity shrinks one slot per instance.
 * - 3.11/3.12 give each instance a separate values array (`new_values(capacity)`); 3.13 sizes
 *   the inline values from the usable size *before* the decrement, inside the object's block.
 * - a new attribute name takes the next shared entry while `dk_usable > 0`; otherwise (or for a
 *   non-str key) the instance converts to a combined dict of `calculate_log2_keysize(3 * used)`.
 */
import type { VersionProfile } from '../../profile/versionProfile';
import {
  POINTER_SIZE, PY_OBJECT_SIZE, preHeaderSize, roundUp, varSize, type TypeLayout,
} from './objectHeader';
import {
  SHARED_KEYS_MAX_SIZE, calculateLog2Keysize, dictKeysSize, dictObjectRequest, dictValuesRequest, dictGetsizeof,
  growthRate,
} from './dictLayout';

/** log2 size of a class's shared keys (`NEXT_LOG2_SHARED_KEYS_MAX_SIZE`). */
export const SHARED_KEYS_LOG2_SIZE = 6;

/** A base class as `type_new` sees it. */
export interface BaseTypeInfo {
  readonly layout: TypeLayout;
  /** The base already provides a dict (`tp_dictoffset != 0`). */
  readonly hasDict: boolean;
  /** The base already provides a weakref list (`tp_weaklistoffset != 0`). */
  readonly hasWeakref: boolean;
}

/** What a class statement asks for. */
export interface ClassSpec {
  /** `__slots__` names other than `__dict__` and `__weakref__` (0 without `__slots__`). */
  readonly slotCount: number;
  /** Instances get a `__dict__` (no `__slots__`, or `__dict__` among them). */
  readonly addDict: boolean;
  /** Instances get a `__weakref__` (no `__slots__`, or `__weakref__` among them). */
  readonly addWeakref: boolean;
}

/** The layout of a Python class's instances. */
export interface HeapTypeLayout extends TypeLayout {
  /** `Py_TPFLAGS_MANAGED_DICT`: the dict/values pointer lives in the pre-header. */
  readonly managedDict: boolean;
  /** `Py_TPFLAGS_MANAGED_WEAKREF` (3.12+). */
  readonly managedWeakref: boolean;
  /** `Py_TPFLAGS_INLINE_VALUES` (3.13: managed dict, no slots, base `object`). */
  readonly inlineValues: boolean;
}

/** `object`: 16 bytes, no dict, no weakref, not GC. */
export function objectBaseInfo(): BaseTypeInfo {
  return { layout: { basicSize: PY_OBJECT_SIZE, itemSize: 0, gc: false, managedPreHeader: false }, hasDict: false, hasWeakref: false };
}

/** A plain class statement (`class C: ...`, no `__slots__`). */
export function plainClassSpec(): ClassSpec {
  return { slotCount: 0, addDict: true, addWeakref: true };
}

/** The instance layout `type_new` gives a class. */
export function heapTypeLayout(profile: VersionProfile, base: BaseTypeInfo, spec: ClassSpec): HeapTypeLayout {
  let basicSize = base.layout.basicSize + POINTER_SIZE * spec.slotCount;
  const fixedSize = base.layout.itemSize === 0;
  const wantsDict = spec.addDict && !base.hasDict;
  const wantsWeakref = spec.addWeakref && !base.hasWeakref;
  // 3.12+ manage the dict of variable-size instances too (`T(tuple)`: dictoffset -1); 3.11 gives
  // them an 8-byte slot. A variable-size base never gets a weakref list (`may_add_weak`).
  const managedDict = wantsDict && (fixedSize || profile.managedWeakref);
  if (wantsDict && !managedDict) basicSize += POINTER_SIZE;
  const addWeakref = wantsWeakref && fixedSize;
  const managedWeakref = addWeakref && profile.managedWeakref;
  if (addWeakref && !managedWeakref) basicSize += POINTER_SIZE;
  const inlineValues = profile.instanceValues === 'inline-values' && managedDict && basicSize === PY_OBJECT_SIZE;
  return {
    basicSize, itemSize: base.layout.itemSize, gc: true, managedPreHeader: managedDict || managedWeakref,
    managedDict, managedWeakref, inlineValues,
  };
}

/** A class's shared keys: `dk_nentries` and `dk_usable`. */
export interface SharedKeysState {
  readonly nentries: number;
  readonly usable: number;
}

/** `_PyDict_NewKeysForClass`: no names yet, 30 usable. */
export function newSharedKeys(): SharedKeysState {
  return { nentries: 0, usable: SHARED_KEYS_MAX_SIZE };
}

/** Bytes of the shared keys object a class with a managed dict allocates (768). */
export function sharedKeysRequest(): number {
  return dictKeysSize(SHARED_KEYS_LOG2_SIZE, 'unicode');
}

/** `shared_keys_usable_size(keys)`: `dk_nentries + dk_usable`. */
export function sharedKeysUsableSize(k: SharedKeysState): number {
  return k.nentries + k.usable;
}

/** The allocations of one instance creation, and the class's keys afterwards. */
export interface InstanceCreation {
  /** The shared keys after the creation's `dk_usable--`. */
  readonly keys: SharedKeysState;
  /** Bytes of the object's block (pre-header + basicsize, + inline values in 3.13). */
  readonly objectRequest: number;
  /** Bytes of the separate values array (3.11/3.12), 0 otherwise. */
  readonly valuesRequest: number;
  /** Slots of the instance's values: `shared_keys_usable_size` after the decrement (3.11/3.12), before it (3.13). */
  readonly capacity: number;
}

/** `_PyInlineValuesSize(tp)` (3.13): insertion-order prefix plus usable + 1 pointers. */
export function inlineValuesSize(usableSize: number): number {
  return roundUp(usableSize, POINTER_SIZE) + POINTER_SIZE * (usableSize + 1);
}

/** Creating an instance of a class (`PyType_GenericAlloc` + `_PyObject_InitInlineValues` / `init_inline_values`). */
export function createInstance(layout: HeapTypeLayout, keys: SharedKeysState | null): InstanceCreation {
  const objectRequest = preHeaderSize(layout) + varSize(layout, 0);
  if (!layout.managedDict || keys === null) return { keys: keys ?? newSharedKeys(), objectRequest, valuesRequest: 0, capacity: 0 };
  const after = keys.usable > 1 ? { ...keys, usable: keys.usable - 1 } : keys;
  if (layout.inlineValues) {
    // Obscurity: 3.13 sizes the block (and the values' capacity) before the decrement.
    const capacity = sharedKeysUsableSize(keys);
    return { keys: after, objectRequest: objectRequest + inlineValuesSize(capacity), valuesRequest: 0, capacity };
  }
  const capacity = sharedKeysUsableSize(after);
  return { keys: after, objectRequest, valuesRequest: dictValuesRequest(capacity), capacity };
}

/** The outcome of setting a new attribute name on an instance that still uses shared values. */
export interface AttributeInsertion {
  readonly keys: SharedKeysState;
  /** Whether the instance had to convert to a combined dict. */
  readonly converted: boolean;
  /** Bytes requested: 0, or the dict object (64) and its new combined keys. */
  readonly requests: readonly number[];
}

/**
 * Set attribute `name` on an instance holding `used` attributes in shared values:
 * `known` (the name is already in the shared keys) stores in place; otherwise
 * `insert_into_dictkeys` takes a new entry while `dk_usable > 0`, else the instance's dict is
 * materialized (`make_dict_from_instance_attributes`) and `insertion_resize` makes it combined.
 */
export function setInstanceAttribute(keys: SharedKeysState, used: number, known: boolean, dictMaterialized = false): AttributeInsertion {
  if (known) return { keys, converted: false, requests: [] };
  if (keys.usable > 0) return { keys: { nentries: keys.nentries + 1, usable: keys.usable - 1 }, converted: false, requests: [] };
  const combined = dictKeysSize(calculateLog2Keysize(growthRate(used)), 'unicode');
  return { keys, converted: true, requests: dictMaterialized ? [combined] : [combined, dictObjectRequest()] };
}

/** `sys.getsizeof(obj.__dict__)` while the dict is split: 64 + 8 × the shared usable size. */
export function splitDictGetsizeof(keys: SharedKeysState): number {
  return dictGetsizeof(null, sharedKeysUsableSize(keys));
}

/** Bytes `obj.__dict__` requests when it first materializes the dict: the dict object. */
export function materializeDictRequest(): number {
  return dictObjectRequest();
}

/**
 * Bytes a 3.13 instance whose `__dict__` was materialized requests when it dies: the dict keeps
 * the values, so they are copied out of the object into `new_values(capacity)`.
 */
export function detachedValuesRequest(capacity: number): number {
  return dictValuesRequest(capacity);
}

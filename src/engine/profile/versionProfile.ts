/**
 * A version profile: every constant, layout, threshold and policy in which CPython 3.11, 3.12 and
 * 3.13 differ lives here and nowhere else. Code elsewhere in the engine asks the profile; it never
 * tests a version string.
 *
 * Values are measured on the real interpreters (3.11.7, 3.12.1, 3.13.0, 64-bit Linux) by the
 * scripts in test/oracle, or read from their installed headers; each field says which.
 */
import type { CPythonVersion } from '../../protocol/heapModel';

/** Every version-dependent fact the engine uses. */
export interface VersionProfile {
  /** `3.11`, `3.12` or `3.13`. */
  readonly version: CPythonVersion;
  /** `sys.version_info[:3]` of the interpreter the profile was measured on. */
  readonly versionInfo: readonly [number, number, number];

  // ---- object layouts (Include/object.h, Include/cpython/unicodeobject.h) ----
  /** `sizeof(PyASCIIObject)`: 48 in 3.11 (with `wstr`), 40 from 3.12 (PEP 623). */
  readonly asciiObjectSize: number;
  /** `sizeof(PyCompactUnicodeObject)`: 72 in 3.11, 56 from 3.12. */
  readonly compactUnicodeObjectSize: number;
  /** `sizeof(PyUnicodeObject)`, the non-compact layout of str subclasses: 80 / 64. */
  readonly unicodeObjectSize: number;
  /** `PyBool_Type.tp_basicsize`: 32 in 3.11, 24 after. `getsizeof(True)` is 28 in all three. */
  readonly boolBasicSize: number;
  /** `PyFunction_Type.tp_basicsize`: 136 / 144 / 144. */
  readonly functionBasicSize: number;
  /** `PyGen_Type.tp_basicsize` (frame data follows, itemsize 8): 152 / 144 / 144. */
  readonly generatorBasicSize: number;
  /** `PyType_Type.tp_basicsize` (a heap type object): 904 / 920 / 928. */
  readonly typeBasicSize: number;
  /** `PyCode_Type.tp_basicsize`: 184 / 192 / 200. */
  readonly codeBasicSize: number;
  /** `PyExc_ImportError.tp_basicsize`: 96 in 3.11, 104 from 3.12 (`name_from`). */
  readonly importErrorBasicSize: number;
  /** `PyFrame_Type.tp_basicsize`: 120 / 120 / 136. */
  readonly frameBasicSize: number;
  /**
   * `tp_basicsize` of an instance of a plain class (no `__slots__`): 3.11 keeps the weakref slot
   * in the object (24); 3.12+ move it to the pre-header (16).
   */
  readonly plainInstanceBasicSize: number;
  /**
   * How instance attributes are stored: `values-array` (3.11/3.12: a separate values array owned by
   * the object) or `inline-values` (3.13: the values follow the object in the same block).
   */
  readonly instanceValues: 'values-array' | 'inline-values';
  /**
   * Whether a heap type that adds `__weakref__` keeps the weakref list in the pre-header
   * (`Py_TPFLAGS_MANAGED_WEAKREF`, 3.12+) rather than in an 8-byte slot of the object (3.11).
   * Measured: `class E(Exception): pass` has basicsize 80 in 3.11, 72 plus a 32-byte header after.
   */
  readonly managedWeakref: boolean;
  /**
   * `rangeiterobject` / `longrangeiterobject` basic size: 48 in 3.11 (start, step, len, index),
   * 40 from 3.12 (the index is gone). Measured: `iter(range(3)).__basicsize__`.
   */
  readonly rangeIteratorBasicSize: number;
  /**
   * Whether the static one-character latin-1 strings (U+0080..U+00FF) carry their UTF-8 form
   * (3.12+ initialise it statically). Measured: `getsizeof('\xe9')` is 74 in 3.11, 61 after.
   */
  readonly latin1SingletonsCacheUtf8: boolean;

  // ---- growth policies (Objects/listobject.c) ----
  /**
   * Whether `del lst[i]` of one item goes through `list_resize` and may shrink the item array
   * (3.11/3.12 via `list_ass_slice`); 3.13's `list_ass_item` only moves the tail. Measured.
   */
  readonly listDelItemShrinks: boolean;
  /**
   * How `list.extend`/`list()` sizes the array for an exact set or dict argument: through the
   * generic iterator path, `preallocate-exact` from an empty list (3.11/3.12), or `resize`
   * (3.13's `list_extend_set`/`list_extend_dict` call `list_resize(m + n)`). Measured.
   */
  readonly listExtendSetOrDict: 'preallocate-exact' | 'resize';

  // ---- reference counting (PEP 683) ----
  /** Whether static and interned objects are immortal (3.12+). */
  readonly immortalObjects: boolean;
  /** What `sys.getrefcount` shows for an immortal object: `_Py_IMMORTAL_REFCNT` = 2^32-1. */
  readonly immortalRefcount: number;
  /** 3.11's statically allocated objects start at 999,999,999 and really count. */
  readonly staticInitialRefcount: number;
  /** `sys.intern` of a dynamic string: immortal in 3.12 only (3.13 makes it mortal again). */
  readonly internImmortalizes: boolean;

  // ---- the cyclic GC (Modules/gcmodule.c, Python/gc.c) ----
  /** `gc.get_threshold()` at startup: (700, 10, 10) in 3.11/3.12, (2000, 10, 10) in 3.13. */
  readonly gcThresholds: readonly [number, number, number];
  /**
   * When a triggered collection runs: `immediate` (3.11, inside the allocation) or `eval-breaker`
   * (3.12+, at the next eval-breaker check: a loop back-edge, a call or a function entry).
   */
  readonly gcTiming: 'immediate' | 'eval-breaker';
  /** `gc.get_freeze_count()` at startup: 0 / 375 / 0 (measured; the 375 of 3.12.1 is its startup). */
  readonly startupFreezeCount: number;
  /** `sys.getrecursionlimit()` default. */
  readonly recursionLimit: number;
  /** Whether `_debugmallocstats` prints the dict-keys free list line (3.13). */
  readonly statsPrintDictKeysFreeList: boolean;
  /**
   * Whether the startup's last gen-0 collection runs after the script was compiled, at its first
   * eval-breaker check (3.12: the compile pushes the count past the threshold, `gc.get_count()` is
   * (0, 5, 0) on line 1 of a small script): it untracks the script's constant tuples, so
   * `gc.is_tracked((1, 2))` is False. 3.11 collects during startup only, 3.13's threshold (2000)
   * is not reached. Measured by test/oracle/constTupleTracking.py.
   */
  readonly startupCollectsAfterCompile: boolean;
  /**
   * The one-character strings the interpreter's startup interned as objects of their own, not the
   * `_Py_LATIN1_CHR` singletons: a script's constant `'a'` is then that object, so `'abc'[0] is
   * 'a'` is False on 3.11/3.12 (3.13 interns the singletons). Measured by
   * test/oracle/latin1Identity.py.
   */
  readonly startupInternedChars: string;
}

const common = {
  immortalRefcount: 4294967295,
  staticInitialRefcount: 999999999,
  recursionLimit: 1000,
} as const;

/** CPython 3.11 (measured on 3.11.7). */
export const profile311: VersionProfile = {
  ...common,
  version: '3.11',
  versionInfo: [3, 11, 7],
  asciiObjectSize: 48,
  compactUnicodeObjectSize: 72,
  unicodeObjectSize: 80,
  boolBasicSize: 32,
  functionBasicSize: 136,
  generatorBasicSize: 152,
  typeBasicSize: 904,
  codeBasicSize: 184,
  frameBasicSize: 120,
  importErrorBasicSize: 96,
  plainInstanceBasicSize: 24,
  instanceValues: 'values-array',
  managedWeakref: false,
  rangeIteratorBasicSize: 48,
  latin1SingletonsCacheUtf8: false,
  listDelItemShrinks: true,
  listExtendSetOrDict: 'preallocate-exact',
  immortalObjects: false,
  internImmortalizes: false,
  gcThresholds: [700, 10, 10],
  gcTiming: 'immediate',
  startupFreezeCount: 0,
  statsPrintDictKeysFreeList: false,
  startupCollectsAfterCompile: false,
  startupInternedChars: 'BCLST_abcdefhijklmnopqrstvwxy',
};

/** CPython 3.12 (measured on 3.12.1). */
export const profile312: VersionProfile = {
  ...common,
  version: '3.12',
  versionInfo: [3, 12, 1],
  asciiObjectSize: 40,
  compactUnicodeObjectSize: 56,
  unicodeObjectSize: 64,
  boolBasicSize: 24,
  functionBasicSize: 144,
  generatorBasicSize: 144,
  typeBasicSize: 920,
  codeBasicSize: 192,
  frameBasicSize: 120,
  importErrorBasicSize: 104,
  plainInstanceBasicSize: 16,
  instanceValues: 'values-array',
  managedWeakref: true,
  rangeIteratorBasicSize: 40,
  latin1SingletonsCacheUtf8: true,
  listDelItemShrinks: true,
  listExtendSetOrDict: 'preallocate-exact',
  immortalObjects: true,
  internImmortalizes: true,
  gcThresholds: [700, 10, 10],
  gcTiming: 'eval-breaker',
  startupFreezeCount: 375,
  statsPrintDictKeysFreeList: false,
  startupCollectsAfterCompile: true,
  startupInternedChars: '_abcdenprsx',
};

/** CPython 3.13 (measured on 3.13.0). */
export const profile313: VersionProfile = {
  ...common,
  version: '3.13',
  versionInfo: [3, 13, 0],
  asciiObjectSize: 40,
  compactUnicodeObjectSize: 56,
  unicodeObjectSize: 64,
  boolBasicSize: 24,
  functionBasicSize: 144,
  generatorBasicSize: 144,
  typeBasicSize: 928,
  codeBasicSize: 200,
  frameBasicSize: 136,
  importErrorBasicSize: 104,
  plainInstanceBasicSize: 16,
  instanceValues: 'inline-values',
  managedWeakref: true,
  rangeIteratorBasicSize: 40,
  latin1SingletonsCacheUtf8: true,
  listDelItemShrinks: false,
  listExtendSetOrDict: 'resize',
  immortalObjects: true,
  internImmortalizes: false,
  gcThresholds: [2000, 10, 10],
  gcTiming: 'eval-breaker',
  startupFreezeCount: 0,
  statsPrintDictKeysFreeList: true,
  startupCollectsAfterCompile: false,
  startupInternedChars: '',
};

/** The profile of a version. */
export function profileFor(version: CPythonVersion): VersionProfile {
  switch (version) {
    case '3.11': return profile311;
    case '3.12': return profile312;
    case '3.13': return profile313;
  }
}

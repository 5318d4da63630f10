/**
 * The object space of one simulated interpreter: the heap plus the built-in types, their free
 * lists, and the static singletons and caches CPython keeps in its runtime state (small ints,
 * latin-1 characters, the empty str and tuple, None/True/False, interned strings).
 *
 * Construction order mirrors what exists before user code runs; `StartupCalibration` (a later
 * step) fills the heap and free lists to match a measured interpreter at that moment.
 */
import { Heap } from './heap';
import { obmallocAllocators } from './memory/obmallocAllocators';
import type { Allocators } from './memory/pyMemory';
import { Obmalloc } from './obmalloc/obmalloc';
import { clearDictFreeLists, makeDictType, type PyDictObject } from './objects/dictObject';
import { DictKeysFreeList } from './objects/dictKeys';
import { makeFloatType, type PyFloatObject } from './objects/floatObject';
import { makeComplexType } from './objects/complexObject';
import type { FreeList } from './objects/freeList';
import { makeCellType } from './objects/cellObject';
import { makeExceptionHierarchy } from './objects/exceptionTypes';
import { makeFunctionType } from './objects/funcObject';
import { makeListType, type PyListObject } from './objects/listObject';
import { makeCFunctionType } from './objects/nativeObject';
import { makeRangeTypes } from './objects/rangeObject';
import { makeSeqIterType } from './objects/seqIterObject';
import { makeSliceType, type PySliceObject } from './objects/sliceObject';
import { makeLongType, PyLongObject, SMALL_INT_MAX, SMALL_INT_MIN } from './objects/longObject';
import { PyObject } from './objects/object';
import { makeSetTypes } from './objects/setObject';
import { makeDictViewTypes, type DictViewTypes } from './objects/dictViewObject';
import { makeSetIterType } from './objects/setIterObject';
import { makeLazyIterTypes, type LazyIterTypes } from './objects/lazyIterObjects';
import { makeTupleType, PyTupleObject } from './objects/tupleObject';
import { PyTypeObject, TPFLAGS, type TypeSpec } from './objects/typeObject';
import { makeUnicodeType, measureString, PyUnicodeObject } from './objects/unicodeObject';
import { latin1SingletonHasUtf8, utf8Width } from './objects/layout/unicodeLayout';
import { profileFor, type VersionProfile } from './profile/versionProfile';
import type { CPythonVersion } from '../protocol/heapModel';

/** The built-in types the engine itself allocates. */
export interface BuiltinTypes {
  type: PyTypeObject;
  object: PyTypeObject;
  NoneType: PyTypeObject;
  bool: PyTypeObject;
  int: PyTypeObject;
  float: PyTypeObject;
  complex: PyTypeObject;
  str: PyTypeObject;
  tuple: PyTypeObject;
  list: PyTypeObject;
  dict: PyTypeObject;
  set: PyTypeObject;
  frozenset: PyTypeObject;
  cell: PyTypeObject;
  function: PyTypeObject;
  range: PyTypeObject;
  rangeIterator: PyTypeObject;
  listIterator: PyTypeObject;
  tupleIterator: PyTypeObject;
  builtinFunction: PyTypeObject;
  slice: PyTypeObject;
  /** dict_keys/values/items and their (reverse) iterators. */
  dictViews: DictViewTypes;
  setIterator: PyTypeObject;
  /** enumerate, zip, map, filter, reversed and the str/list reverse iterators. */
  lazyIters: LazyIterTypes;
}

/** An object space: heap, types, free lists, singletons. */
export class Runtime {
  readonly heap: Heap;
  readonly types: BuiltinTypes;
  readonly floatFreeList: FreeList<PyFloatObject>;
  readonly tupleFreeLists: FreeList<PyTupleObject>[];
  readonly listFreeList: FreeList<PyListObject>;
  readonly dictFreeList: FreeList<PyDictObject>;
  /** 8-slot unicode dict keys blocks (`keys_free_list`). */
  readonly dictKeysFreeList = new DictKeysFreeList();
  /** -5..256 (`_PyLong_SMALL_INTS`). */
  readonly smallInts: PyLongObject[] = [];
  /** The 256 one-character latin-1 strings (`_Py_LATIN1_CHR`). */
  readonly latin1: PyUnicodeObject[] = [];
  readonly emptyStr: PyUnicodeObject;
  readonly emptyTuple: PyTupleObject;
  readonly None: PyObject;
  readonly True: PyLongObject;
  readonly False: PyLongObject;
  /** The one dead slice kept for reuse (`slice_cache`). */
  readonly sliceCache: FreeList<PySliceObject>;
  /** The built-in exception types by name. */
  readonly exceptions: Map<string, PyTypeObject>;
  /** The interned strings by value. */
  readonly interned = new Map<string, PyUnicodeObject>();
  /** `&_Py_ID(False)` and `&_Py_ID(True)`: the static strs `bool_repr` returns. */
  readonly boolNames: readonly [PyUnicodeObject, PyUnicodeObject];

  /** A runtime over the simulated pymalloc and malloc. */
  static create(version: CPythonVersion, obmalloc = new Obmalloc()): Runtime {
    return new Runtime(profileFor(version), obmallocAllocators(obmalloc), obmalloc);
  }

  /**
   * @param obmalloc the simulated allocator behind `allocators`, when it is the real one (for the
   *   arena view and the stats dump); tests may run on a stand-in.
   */
  constructor(readonly profile: VersionProfile, allocators: Allocators, readonly obmalloc: Obmalloc | null = null) {
    this.heap = new Heap(profile, allocators);
    const noDealloc = () => { throw new Error('deallocating a static type'); };
    // `type` is its own metatype.
    const typeType = new PyTypeObject(null, this.heap.staticAddress(profile.typeBasicSize), {
      name: 'type', basicsize: profile.typeBasicSize, itemsize: 40, flags: TPFLAGS.HAVE_GC | TPFLAGS.BASETYPE, dealloc: noDealloc,
    });
    typeType.type = typeType;
    this.heap.immortalize(typeType);
    const partial = { type: typeType } as BuiltinTypes;
    this.types = partial;
    partial.object = this.staticType({ name: 'object', basicsize: 16, flags: TPFLAGS.BASETYPE, dealloc: (h, o) => h.freeObject(o) });
    // PyType_Ready: a type without a base gets `object` (type's own tp_base included).
    typeType.base = partial.object;
    partial.NoneType = this.staticType({ name: 'NoneType', basicsize: 16, flags: 0, dealloc: noDealloc });
    partial.int = makeLongType(this);
    partial.bool = this.staticType({ name: 'bool', basicsize: profile.boolBasicSize, itemsize: 4, flags: 0, base: partial.int, dealloc: noDealloc, sizeof: () => 28 });
    const float = makeFloatType(this);
    partial.float = float.type;
    this.floatFreeList = float.freeList;
    partial.complex = makeComplexType(this);
    partial.str = makeUnicodeType(this);
    const tuple = makeTupleType(this);
    partial.tuple = tuple.type;
    this.tupleFreeLists = tuple.freeLists;
    const list = makeListType(this);
    partial.list = list.type;
    this.listFreeList = list.freeList;
    const dict = makeDictType(this);
    partial.dict = dict.type;
    this.dictFreeList = dict.freeList;
    const sets = makeSetTypes(this);
    partial.set = sets.set;
    partial.frozenset = sets.frozenset;
    partial.dictViews = makeDictViewTypes(this);
    partial.setIterator = makeSetIterType(this);
    partial.lazyIters = makeLazyIterTypes(this);
    partial.cell = makeCellType(this);
    partial.function = makeFunctionType(this);
    const ranges = makeRangeTypes(this);
    partial.range = ranges.range;
    partial.rangeIterator = ranges.rangeIterator;
    partial.listIterator = makeSeqIterType(this, 'list_iterator');
    partial.tupleIterator = makeSeqIterType(this, 'tuple_iterator');
    partial.builtinFunction = makeCFunctionType(this);
    const slice = makeSliceType(this);
    partial.slice = slice.type;
    this.sliceCache = slice.cache;
    this.exceptions = makeExceptionHierarchy(this);

    this.None = this.staticObject(new PyObject(partial.NoneType, this.heap.staticAddress(16)));
    this.False = this.staticObject(new PyLongObject(partial.bool, this.heap.staticAddress(32), 0));
    this.True = this.staticObject(new PyLongObject(partial.bool, this.heap.staticAddress(32), 1));
    for (let v = SMALL_INT_MIN; v <= SMALL_INT_MAX; v++) {
      this.smallInts.push(this.staticObject(new PyLongObject(partial.int, this.heap.staticAddress(32), v)));
    }
    this.emptyStr = this.staticString('');
    for (let c = 0; c < 256; c++) {
      const s = this.staticString(String.fromCharCode(c));
      // 3.12+'s `_Py_LATIN1_CHR` statics carry their UTF-8 copy: getsizeof('é') is 61, not 58.
      if (latin1SingletonHasUtf8(this.profile, c)) s.utf8Cached = utf8Width(c) + 1;
      this.latin1.push(s);
    }
    for (const ch of this.profile.startupInternedChars) this.interned.set(ch, this.staticString(ch));
    this.boolNames = [this.staticString('False'), this.staticString('True')];
    this.emptyTuple = this.staticObject(new PyTupleObject(partial.tuple, this.heap.staticAddress(16 + 24), []));
  }

  /** A static built-in type (immortal in 3.12+). */
  staticType(spec: TypeSpec): PyTypeObject {
    // PyType_Ready's rule: every type but `object` has a base, `object` by default.
    const base = spec.base ?? (this.types.object ?? null);
    const t = new PyTypeObject(this.types.type, this.heap.staticAddress(this.profile.typeBasicSize + 16), { ...spec, base });
    this.heap.immortalize(t);
    return t;
  }

  /** Gives a statically allocated object its immortal (3.12+) or initial static (3.11) count. */
  staticObject<T extends PyObject>(o: T): T {
    this.heap.immortalize(o);
    return o;
  }

  /** `clear_freelists` / `_PyGC_ClearAllFreeLists`: frees every float, tuple, list and dict free-list entry. */
  clearFreeLists(): void {
    this.floatFreeList.clear((o) => this.heap.freeObject(o));
    for (const f of this.tupleFreeLists) f.clear((o) => this.heap.gcDel(o));
    this.listFreeList.clear((o) => this.heap.gcDel(o));
    clearDictFreeLists(this);
  }

  /** `_Py_ID(value)` / `_Py_STR(value)`: a statically allocated, interned str (no heap block). */
  staticString(value: string): PyUnicodeObject {
    const m = measureString(value);
    const size = m.ascii ? this.profile.asciiObjectSize + m.length + 1 : this.profile.compactUnicodeObjectSize + (m.length + 1) * m.kind;
    const s = this.staticObject(new PyUnicodeObject(this.types.str, this.heap.staticAddress(size), value, m.length, m.kind, m.ascii));
    s.interned = 'immortal-static';
    return s;
  }
}

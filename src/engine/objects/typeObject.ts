/**
 * `PyTypeObject`, the part the memory manager needs: name, sizes, flags, and the slots that
 * allocate, release and traverse (`tp_dealloc`, `tp_traverse`, `tp_clear`, `tp_finalize`).
 * What a type *does* in Python (its methods, operators) belongs to the interpreter, which keeps it
 * in `dict`.
 */
import type { Heap } from '../heap';
import { PyGCObject, type PyObject } from './object';

/** `Py_TPFLAGS_*` bits the engine reads (values from Include/object.h). */
export const TPFLAGS = {
  /** `Py_TPFLAGS_INLINE_VALUES` (3.13): instance values follow the object in its block. */
  INLINE_VALUES: 1 << 2,
  /** `Py_TPFLAGS_MANAGED_WEAKREF` (3.12+): the weakref list lives in the pre-header. */
  MANAGED_WEAKREF: 1 << 3,
  /** `Py_TPFLAGS_MANAGED_DICT`: the instance dict pointer lives in the pre-header. */
  MANAGED_DICT: 1 << 4,
  /** `Py_TPFLAGS_HEAPTYPE`: created by a class statement. */
  HEAPTYPE: 1 << 9,
  /** `Py_TPFLAGS_BASETYPE`: may be subclassed. */
  BASETYPE: 1 << 10,
  /** `Py_TPFLAGS_HAVE_GC`: instances carry `PyGC_Head` and may be tracked. */
  HAVE_GC: 1 << 14,
} as const;

/** Calls `visit` on each object `o` references (`tp_traverse`). */
export type Traverse = (o: PyObject, visit: (referent: PyObject) => void) => void;

/** Releases `o` when its count reaches zero (`tp_dealloc`). */
export type Dealloc = (heap: Heap, o: PyObject) => void;

/** Drops `o`'s references to break a cycle (`tp_clear`). */
export type Clear = (heap: Heap, o: PyObject) => void;

/** `__sizeof__` of an object: its struct, items and separate buffers (`getsizeof` adds the pre-header). */
export type SizeOf = (o: PyObject) => number;

/** What creating a type takes. */
export interface TypeSpec {
  name: string;
  basicsize: number;
  itemsize?: number;
  flags: number;
  base?: PyTypeObject | null;
  dealloc: Dealloc;
  traverse?: Traverse;
  clear?: Clear;
  /** Defaults to `basicsize`. */
  sizeof?: SizeOf;
}

const noTraverse: Traverse = () => {};

/** An entry of `tp_subclasses`: the int key (the subclass's address) and the weakref to it. */
export interface SubclassRef {
  readonly key: PyObject;
  readonly ref: PyObject;
  readonly subclass: PyTypeObject;
  /** A measured library base's `module.qualname` when only the fill of its dict is modelled. */
  readonly fillKey?: string;
}

/** A type. Static (built-in) types have an address in the data segment and are never tracked. */
export class PyTypeObject extends PyGCObject {
  /** `tp_name`. */
  name: string;
  /** `tp_basicsize`. */
  readonly basicsize: number;
  /** `tp_itemsize`. */
  readonly itemsize: number;
  /** `tp_flags`. */
  flags: number;
  /** `tp_base`. */
  base: PyTypeObject | null;
  /** `tp_dealloc`. */
  dealloc: Dealloc;
  /** `tp_traverse`. */
  traverse: Traverse;
  /** `tp_clear` (null: the type cannot break cycles). */
  clear: Clear | null;
  /** `__sizeof__`. */
  sizeof: SizeOf;
  /** `_PyType_PreHeaderSize`: GC head, plus the dict/weakref pre-header of managed types. */
  preHeaderSize: number;
  /** The interpreter's view of the type (methods, attributes). The engine never reads it. */
  dict: unknown = null;
  /** `tp_mro` of a heap type (the C3 linearisation, itself first); null: the `tp_base` chain. */
  mro: PyTypeObject[] | null = null;
  /** `tp_finalize` (a Python `__del__`, a generator's close); null when the type has none. */
  finalize: ((o: PyObject) => void) | null = null;
  /**
   * `tp_subclasses`: one weak reference per direct subclass created by a class statement, keyed
   * in CPython by the subclass's address as an int (the key and the ref are owned here).
   */
  subclasses: SubclassRef[] | null = null;

  constructor(metatype: PyTypeObject | null, address: number, spec: TypeSpec) {
    // The metatype of `type` is `type` itself: patched by the caller when null.
    super(metatype as PyTypeObject, address);
    this.name = spec.name;
    this.basicsize = spec.basicsize;
    this.itemsize = spec.itemsize ?? 0;
    this.flags = spec.flags;
    this.base = spec.base ?? null;
    this.dealloc = spec.dealloc;
    this.traverse = spec.traverse ?? noTraverse;
    this.clear = spec.clear ?? null;
    const basicsize = spec.basicsize;
    this.sizeof = spec.sizeof ?? (() => basicsize);
    this.preHeaderSize = preHeaderSize(spec.flags);
  }

  /** `PyType_IS_GC`. */
  get isGC(): boolean {
    return (this.flags & TPFLAGS.HAVE_GC) !== 0;
  }

  /** `sys.getsizeof(o)`: `__sizeof__` plus the pre-header (`_PyType_PreHeaderSize`). */
  getsizeof(o: PyObject): number {
    return this.sizeof(o) + this.preHeaderSize;
  }

  /** Whether `this` is `other` or a subtype of it (`PyType_IsSubtype` along `tp_base`). */
  isSubtypeOf(other: PyTypeObject): boolean {
    if (this === other) return true;
    if (this.mro) return this.mro.includes(other);
    for (let t = this.base; t; t = t.base) if (t === other) return true;
    return false;
  }
}

/**
 * `_PyType_PreHeaderSize` (Include/internal/pycore_object.h): 16 for the GC head of a GC type, plus
 * 16 when the type keeps its dict (3.11) or its dict and weakrefs (3.12+) before the object.
 */
export function preHeaderSize(flags: number): number {
  const gc = (flags & TPFLAGS.HAVE_GC) !== 0 ? 16 : 0;
  const managed = (flags & (TPFLAGS.MANAGED_DICT | TPFLAGS.MANAGED_WEAKREF)) !== 0 ? 16 : 0;
  return gc + managed;
}

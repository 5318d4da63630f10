/**
 * The C-implemented objects of the standard-library modules (itertools' iterators, functools'
 * `partial` and `_lru_cache_wrapper`, operator's `itemgetter`…): one shape, a GC object whose
 * references sit in `refs` (released in order by `tp_dealloc`, visited by `tp_traverse`), with the
 * slots a type needs as closures: `next` (`tp_iternext`), `call` (`tp_call`), `repr`, `getAttr`.
 *
 * Sizes are `sys.getsizeof` of a fresh object in CPython (GC head included), per version where
 * they differ (`tools`: measured with 3.11.7, 3.12.1, 3.13.0).
 */
import { PyGCObject, type PyObject } from '../../engine/objects/object';
import { TPFLAGS, type PyTypeObject, type TypeSpec } from '../../engine/objects/typeObject';
import type { Interp } from '../runtime/interp';
import type { PreparedCall } from '../vm/callDispatch';
import type { Frame } from '../vm/frame';
import type { FoundAttr } from '../objects/typeLookup';
import type { NativeImpl } from '../vm/callables';
import { setTypeModule } from '../objects/typeModules';

/** An object of a C type of a standard-library module. */
export class PyNativeObject extends PyGCObject {
  /** Owned references (None-free: null for an empty slot). */
  refs: (PyObject | null)[] = [];
  /** `tp_iternext`: the next item (new reference) or null when exhausted. */
  next: ((interp: Interp) => PyObject | null) | null = null;
  /** `tp_call` (args borrowed): a frame to run or a result, as `prepareCall`. */
  call: ((interp: Interp, args: PyObject[], kwnames: string[] | null, previous: Frame | null) => PreparedCall) | null = null;
  /** The type has no vectorcall: calls go through `_PyObject_MakeTpCall`'s recursion guard (vm/cCallCount.ts). */
  tpCallGuarded = false;
  /** `tp_repr`. */
  repr: ((interp: Interp) => string) | null = null;
  /** `tp_str` when it differs from `repr`. */
  str: ((interp: Interp) => string) | null = null;
  /** `sq_length` and `sq_item` (index already in range), for a sequence. */
  sequence: { length: () => number; item: (interp: Interp, index: number) => PyObject } | null = null;
  /** Attributes other than methods (a new reference), or null. */
  getAttr: ((interp: Interp, name: string) => FoundAttr | null) | null = null;
  /** `tp_setattro` for the attributes it handles (value borrowed): true when it took the store. */
  setAttr: ((interp: Interp, name: string, value: PyObject) => boolean) | null = null;
  /** `mp_subscript` (`typing.List[int]`): a new reference. */
  subscript: ((interp: Interp, key: PyObject) => PyObject) | null = null;
  /** Rich comparison (`cmp_to_key`'s K objects): the result, or undefined when not implemented. */
  compare: ((interp: Interp, op: number, other: PyObject) => boolean | undefined) | null = null;
  /** `mp_ass_subscript` (array.array): stores `value` (borrowed) at `key`, or deletes it when null. */
  assign: ((interp: Interp, key: PyObject, value: PyObject | null) => void) | null = null;
  /** The number and sequence slots for operator `nb` (numberProtocol.ts's numbering): a new reference, or undefined when not implemented. */
  binary: ((interp: Interp, nb: number, other: PyObject, reflected: boolean) => PyObject | undefined) | null = null;
  /** `bf_getbuffer` for reading (array.array): the exported bytes, valid until the next change. */
  buffer: (() => Uint8Array) | null = null;
  /**
   * What a memoryview of the buffer reads it as (array.array: its typecode as the struct format)
   * and the exporter's `ob_exports` count: `acquire` when a managed buffer takes it, `release` when
   * that buffer is released (resizing is refused in between).
   */
  bufferExport: { format: string; itemsize: number; acquire(): void; release(): void } | null = null;
  /** `tp_iter` returning a new iterator (array.array's `arrayiterator`). */
  iter: ((interp: Interp) => PyObject) | null = null;
}

/** The slots of a native object's type: dealloc releasing `refs` in order, traverse, clear. */
export function nativeSlots(): Pick<TypeSpec, 'dealloc' | 'traverse' | 'clear'> {
  return {
    dealloc: (heap, o) => {
      const n = o as PyNativeObject;
      heap.gc.untrack(n);
      if (heap.weakrefLists.size !== 0 && heap.weakrefLists.has(n)) heap.clearWeakRefs(n);
      const refs = n.refs;
      n.refs = [];
      for (const r of refs) heap.xdecref(r);
      heap.gcDel(n);
    },
    traverse: (o, visit) => {
      for (const r of (o as PyNativeObject).refs) if (r) visit(r);
    },
    clear: (heap, o) => {
      const n = o as PyNativeObject;
      const refs = n.refs;
      n.refs = [];
      for (const r of refs) heap.xdecref(r);
    },
  };
}

const typesByRuntime = new WeakMap<object, Map<string, PyTypeObject>>();

/** The static type `qualified` (`itertools.count`) whose instances measure `size` bytes with the GC head. */
export function nativeType(interp: Interp, qualified: string, size: number): PyTypeObject {
  const rt = interp.rt;
  let types = typesByRuntime.get(rt);
  if (!types) typesByRuntime.set(rt, (types = new Map()));
  const existing = types.get(qualified);
  if (existing) return existing;
  const name = qualified.slice(qualified.lastIndexOf('.') + 1);
  const t = rt.staticType({
    name, basicsize: size - 16, flags: TPFLAGS.HAVE_GC,
    ...nativeSlots(),
  });
  if (name !== qualified) setTypeModule(t, qualified.slice(0, qualified.lastIndexOf('.')));
  types.set(qualified, t);
  return t;
}

/** A new tracked instance of `type` owning `refs` (stolen). */
export function newNativeObject(interp: Interp, type: PyTypeObject, refs: (PyObject | null)[]): PyNativeObject {
  const rt = interp.rt;
  const o = rt.heap.gcNew((a) => new PyNativeObject(type, a), type.preHeaderSize + type.basicsize, type.name);
  o.refs = refs;
  rt.heap.gc.track(o);
  return o;
}

/**
 * Moves the module functions that stand for C types into the types themselves: `module.name` is
 * `type` (`<class 'functools.partial'>`, `isinstance(p, functools.partial)`), and calling the type
 * runs the function (its `tp_new`). `functions` keeps only the plain functions.
 */
export function typesForConstructors(interp: Interp, functions: Record<string, NativeImpl>, types: Record<string, PyTypeObject>): Record<string, PyObject> {
  const values: Record<string, PyObject> = {};
  for (const [name, t] of Object.entries(types)) {
    const impl = functions[name];
    delete functions[name];
    interp.typeCalls.set(t, (i, _t, args, kwnames) => impl(i, args, kwnames));
    values[name] = t;
  }
  return values;
}

const iteratorTypes = new WeakSet<PyTypeObject>();

/** Records that `t`'s instances are iterators (`tp_iter` returning self, `tp_iternext`): `__iter__`, `__next__`. */
export function markIteratorType(t: PyTypeObject): void {
  iteratorTypes.add(t);
}

/** Whether `t` was marked by `markIteratorType`. */
export function isIteratorType(t: PyTypeObject): boolean {
  return iteratorTypes.has(t);
}

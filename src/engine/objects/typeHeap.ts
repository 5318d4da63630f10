/**
 * Heap types: what a class statement creates (`type_new`, Objects/typeobject.c, CPython 3.11–3.13).
 *
 *   block: [ PyGC_Head 16 | PyHeapTypeObject 904/920/928 | PyMemberDef × (nslots + 1 sentinel), 40 each ]
 *   ht_cached_keys: a separate 768-byte shared keys block when instances have a managed dict
 *   getsizeof(class) = 16 + basicsize + 768 = 1688 / 1704 / 1712 (`type___sizeof__`)
 *
 * `type_new` also allocates, in this order: `tp_bases` (a 1-tuple `(object,)` when no base is
 * given), the `tp_dict` copy of the namespace, the type, `tp_mro`, the `__dict__`/`__weakref__`
 * getset descriptors, and each base's `tp_subclasses` entry (an int key and a weakref). The type
 * sits in a cycle with its MRO tuple (and its descriptors), so only the collector frees it.
 * Instances hold a reference to their heap type (`PyType_GenericAlloc`
 * increfs it, `subtype_dealloc` releases it), so a class lives as long as any instance.
 */
import { builtinSubclassAdded, builtinSubclassRemoved, libraryFillApplies } from './builtinSubclassDicts';
import type { Runtime } from '../runtime';
import type { PyDictKeysObject } from './dictKeys';
import { heapTypeGetsizeof } from './layout/miscLayouts';
import type { HeapTypeLayout } from './layout/instanceLayout';
import type { PyObject } from './object';
import { dictDelItem, dictSetItem, newDict, type PyDictObject } from './dictObject';
import { newInt, type PyLongObject } from './longObject';
import { releaseSharedKeys } from './splitDict';
import { newTuple, type PyTupleObject } from './tupleObject';
import { TypeNamespace } from './typeDict';
import { PyTypeObject, TPFLAGS, type TypeSpec } from './typeObject';
import { newWeakref, type PyWeakReference } from './weakrefObject';

/** `sizeof(PyMemberDef)`: one per `__slots__` name, after the heap type. */
export const MEMBER_DEF_SIZE = 40;

/** `PyHeapTypeObject`. */
export class PyHeapTypeObject extends PyTypeObject {
  /** `tp_dict` by name (typeDict.ts): the class attributes, in definition order; `ns.dict` owns them. */
  readonly ns = new TypeNamespace();
  /** `tp_bases`: the tuple (owned) and its items (borrowed from it). */
  basesTuple: PyTupleObject | null = null;
  bases: PyTypeObject[] = [];
  /** `tp_mro` (owned; `mro` holds its items). */
  mroTuple: PyTupleObject | null = null;
  /** `ht_slots`: the sorted `__slots__` names as a tuple (owned), when the class has `__slots__`. */
  htSlots: PyTupleObject | null = null;
  /** `tp_doc`: the address of the UTF-8 copy of a str `__doc__` (`PyObject_Malloc(len + 1)`), or 0. */
  docAddress = 0;
  /** `tp_subclasses` as CPython's dict (address int → weakref), created with the first subclass. */
  subclassDict: PyDictObject | null = null;
  /** The layout of the instances. */
  layout!: HeapTypeLayout;
  /** `ht_cached_keys`: the instances' shared keys (managed-dict classes only). */
  cachedKeys: PyDictKeysObject | null = null;
  /** `__slots__` names, in member order (instance slot i). */
  slotNames: string[] = [];
  /** `ht_qualname`. */
  qualname = '';
  /** `ht_name` (owned): the str `type.__name__` returns itself, set by createClass. */
  htName: PyObject | null = null;
  /** `__module__`. */
  module = '__main__';
  /** Members allocated after the type (`PyMemberDef`s). */
  nmembers = 0;
  /** Instances have a `__dict__` slot in the object (not managed). */
  dictMember = false;
  /** Instances have a `__weakref__` slot in the object (3.11, or not managed). */
  weakrefMember = false;
  /**
   * A module's C type modelled as a class (`OrderedDict`, `defaultdict`): its dealloc, traverse,
   * clear and sizeof carry native state, and subclasses inherit them as C subclasses do.
   */
  nativeSlots = false;
}

/** What creating a heap type takes besides the instance type spec. */
export interface HeapTypeInit {
  readonly spec: TypeSpec;
  readonly layout: HeapTypeLayout;
  /** `tp_bases` (stolen). */
  readonly basesTuple: PyTupleObject;
  /** `tp_dict`: the namespace copy (stolen). */
  readonly dict: PyDictObject;
  readonly slotNames: string[];
  /** `ctx->nslot`: the `__slots__` names other than `__dict__`/`__weakref__` (PyMemberDefs after the type). */
  readonly nmembers: number;
  /** `ob_type` of the new class: `type`, or a metaclass (a heap type the class holds a reference to). */
  readonly metatype?: PyTypeObject;
}

let typeTypePatched = new WeakSet<Runtime>();

/** Gives `type` the dealloc, traverse and clear of heap types (static types never die). */
function patchTypeType(rt: Runtime): void {
  if (typeTypePatched.has(rt)) return;
  typeTypePatched.add(rt);
  const t = rt.types.type;
  const staticDealloc = t.dealloc;
  t.dealloc = (heap, o) => {
    if (!(o instanceof PyHeapTypeObject)) return staticDealloc(heap, o);
    heap.gc.untrack(o);
    deallocHeapType(rt, o);
    if (o.cachedKeys) releaseSharedKeys(rt, o.cachedKeys);
    o.cachedKeys = null;
    heap.gcDel(o);
  };
  // type_traverse: tp_dict, tp_mro, tp_bases, tp_base.
  t.traverse = (o, visit) => {
    if (!(o instanceof PyHeapTypeObject)) return;
    if (o.ns.dict) visit(o.ns.dict);
    if (o.mroTuple) visit(o.mroTuple);
    if (o.basesTuple) visit(o.basesTuple);
    if (o.base instanceof PyHeapTypeObject) visit(o.base);
  };
  t.clear = (_heap, o) => { if (o instanceof PyHeapTypeObject) clearHeapType(rt, o); };
  t.sizeof = (o) => (o instanceof PyHeapTypeObject
    ? heapTypeGetsizeof(rt.profile, o.cachedKeys !== null) - 16 : rt.profile.typeBasicSize);
}

/**
 * `type_clear`: empties `tp_dict` in place (`PyDict_Clear`) and drops `tp_mro`; the bases stay
 * until the type is deallocated.
 */
function clearHeapType(rt: Runtime, t: PyHeapTypeObject): void {
  t.ns.clearDict();
  const mro = t.mroTuple;
  t.mroTuple = null;
  t.mro = [t];
  rt.heap.xdecref(mro);
}

/**
 * `type_dealloc`: out of each base's `tp_subclasses` (`remove_all_subclasses`), then `tp_base`,
 * `tp_dict`, `tp_bases`, `tp_mro`, `ht_cached_keys`.
 */
function deallocHeapType(rt: Runtime, t: PyHeapTypeObject): void {
  for (const b of t.bases) removeSubclass(rt, b, t);
  const base = t.base;
  const subclassDict = t.subclassDict;
  t.subclassDict = null;
  const dict = t.ns.detach();
  const bases = t.basesTuple;
  const mro = t.mroTuple;
  t.basesTuple = null;
  t.mroTuple = null;
  t.bases = [];
  t.mro = [t];
  if (base instanceof PyHeapTypeObject) rt.heap.decref(base);
  rt.heap.xdecref(dict);
  rt.heap.xdecref(bases);
  rt.heap.xdecref(mro);
  rt.heap.xdecref(t.htSlots);
  t.htSlots = null;
  rt.heap.xdecref(t.htName);
  t.htName = null;
  rt.heap.xdecref(subclassDict);
  if (t.docAddress !== 0) rt.heap.memory.free(t.docAddress, 'tp_doc', 'obj');
  t.docAddress = 0;
}

/**
 * `add_subclass` (`type_ready_add_subclasses`): the base keeps a weak reference to the new class,
 * keyed by the class's address as an int (`PyLong_FromVoidPtr`: a two-digit int).
 */
function addSubclass(rt: Runtime, base: PyTypeObject, t: PyHeapTypeObject): void {
  const key = newInt(rt, BigInt(t.address));
  const ref = newWeakref(rt, t, null);
  if (!(base instanceof PyHeapTypeObject)) {
    (base.subclasses ??= []).push({ key, ref, subclass: t });
    builtinSubclassAdded(rt, base);
    return;
  }
  // A library class whose dict CPython's startup already filled (builtinSubclassDicts.ts).
  const fillKey = `${base.module}.${base.qualname}`;
  if (libraryFillApplies(rt, fillKey, t.module, base.module)) {
    (base.subclasses ??= []).push({ key, ref, subclass: t, fillKey });
    builtinSubclassAdded(rt, base, fillKey);
    return;
  }
  (base.subclasses ??= []).push({ key, ref, subclass: t });
  // A class's own tp_subclasses dict is created with its first subclass and owns the entries.
  base.subclassDict ??= newDict(rt);
  dictSetItem(rt, base.subclassDict, { key, hashKey: key.value }, ref);
}

/** `remove_subclass`: drops the base's key and weak reference for `t`. */
function removeSubclass(rt: Runtime, base: PyTypeObject, t: PyTypeObject): void {
  const list = base.subclasses;
  const i = list ? list.findIndex((e) => e.subclass === t) : -1;
  if (!list || i < 0) return;
  const [e] = list.splice(i, 1);
  if (e.fillKey !== undefined) builtinSubclassRemoved(rt, base, e.fillKey);
  else if (base instanceof PyHeapTypeObject && base.subclassDict) {
    dictDelItem(rt, base.subclassDict, { key: e.key, hashKey: (e.key as PyLongObject).value });
    return;
  } else if (!(base instanceof PyHeapTypeObject)) builtinSubclassRemoved(rt, base);
  rt.heap.decref(e.key);
  rt.heap.decref(e.ref);
}

/** `type.__subclasses__()`: the live direct subclasses of `t`, oldest first (borrowed). */
export function liveSubclasses(t: PyTypeObject): PyTypeObject[] {
  return (t.subclasses ?? []).filter((e) => (e.ref as PyWeakReference).referent !== null).map((e) => e.subclass);
}

/**
 * `type_new` → `PyType_GenericAlloc(metatype, nslots)` and the first steps of `type_ready`: a
 * tracked heap type owning `init.dict` and `init.basesTuple` (both stolen), with its `tp_mro`
 * tuple (the type itself first), and registered in each base's `tp_subclasses`.
 */
export function newHeapType(rt: Runtime, name: string, init: HeapTypeInit): PyHeapTypeObject {
  patchTypeType(rt);
  // PyType_GenericAlloc allocates one item more than asked (the PyMemberDef sentinel).
  const nbytes = 16 + rt.profile.typeBasicSize + MEMBER_DEF_SIZE * (init.nmembers + 1);
  const flags = init.spec.flags | TPFLAGS.HEAPTYPE | TPFLAGS.HAVE_GC;
  const metatype = init.metatype ?? rt.types.type;
  const t = rt.heap.gcNew((a) => new PyHeapTypeObject(metatype, a, { ...init.spec, name, flags }), nbytes, 'type');
  if (metatype instanceof PyHeapTypeObject) rt.heap.incref(metatype);
  t.layout = init.layout;
  t.basesTuple = init.basesTuple;
  t.bases = init.basesTuple.items as PyTypeObject[];
  if (t.base instanceof PyHeapTypeObject) rt.heap.incref(t.base);
  t.ns.attach(rt, init.dict);
  t.slotNames = init.slotNames;
  t.nmembers = init.nmembers;
  rt.heap.gc.track(t);
  return t;
}

/** `type_ready_mro`: `tp_mro` as a tuple (the type first), built after the type exists. */
export function setHeapTypeMro(rt: Runtime, t: PyHeapTypeObject, mro: readonly PyTypeObject[]): void {
  const items: PyObject[] = [t, ...mro];
  for (const m of items) rt.heap.incref(m);
  t.mroTuple = newTuple(rt, items);
  t.mro = [t, ...mro];
}

/** `type_ready_add_subclasses`: every base keeps a weak reference to `t`. */
export function registerSubclass(rt: Runtime, t: PyHeapTypeObject): void {
  for (const b of t.bases) addSubclass(rt, b, t);
}

/** Whether `t` was created by a class statement. */
export function isHeapType(t: PyTypeObject): t is PyHeapTypeObject {
  return t instanceof PyHeapTypeObject;
}

/** For tests: forget which runtimes had `type` patched. */
export function resetHeapTypePatches(): void {
  typeTypePatched = new WeakSet<Runtime>();
}

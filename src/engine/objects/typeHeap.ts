/**
 * Heap types: what a class statement creates (`type_new`, Objects/typeobject.c, CPython 3.11–3.13).
 *
 *   block: [ PyGC_Head 16 | PyHeapTypeObject 904/920/928 | PyMemberDef × nslots (40 each) ]
 *   ht_cached_keys: a separate 768-byte shared keys block when instances have a managed dict
 *   getsizeof(class) = 16 + basicsize + 768 = 1688 / 1704 / 1712 (`type___sizeof__`)
 *
 * The class namespace (`tp_dict`) is kept as a name → object map the type owns; the engine only
 * traverses and releases it. Instances hold a reference to their heap type (`PyType_GenericAlloc`
 * increfs it, `subtype_dealloc` releases it), so a class lives as long as any instance.
 */
import type { Runtime } from '../runtime';
import type { PyDictKeysObject } from './dictKeys';
import { heapTypeGetsizeof } from './layout/miscLayouts';
import type { HeapTypeLayout } from './layout/instanceLayout';
import type { PyObject } from './object';
import { releaseSharedKeys } from './splitDict';
import { PyTypeObject, TPFLAGS, type TypeSpec } from './typeObject';

/** `sizeof(PyMemberDef)`: one per `__slots__` name, after the heap type. */
export const MEMBER_DEF_SIZE = 40;

/** `PyHeapTypeObject`. */
export class PyHeapTypeObject extends PyTypeObject {
  /** `tp_dict`: the class attributes (owned references), in definition order. */
  readonly ns = new Map<string, PyObject>();
  /** `tp_bases` (owned). */
  bases: PyTypeObject[] = [];
  /** The layout of the instances. */
  layout!: HeapTypeLayout;
  /** `ht_cached_keys`: the instances' shared keys (managed-dict classes only). */
  cachedKeys: PyDictKeysObject | null = null;
  /** `__slots__` names, in member order (instance slot i). */
  slotNames: string[] = [];
  /** `ht_qualname`. */
  qualname = '';
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
  readonly bases: PyTypeObject[];
  readonly mro: PyTypeObject[];
  readonly slotNames: string[];
  /** Members after the type object (slots, plus a dict/weakref member when not managed). */
  readonly nmembers: number;
  readonly cachedKeys: PyDictKeysObject | null;
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
    clearHeapType(rt, o);
    if (o.cachedKeys) releaseSharedKeys(rt, o.cachedKeys);
    o.cachedKeys = null;
    heap.gcDel(o);
  };
  t.traverse = (o, visit) => {
    if (!(o instanceof PyHeapTypeObject)) return;
    for (const v of o.ns.values()) visit(v);
    for (const b of o.bases) visit(b);
    if (o.mro) for (const m of o.mro) if (m !== o) visit(m);
  };
  t.clear = (_heap, o) => { if (o instanceof PyHeapTypeObject) clearHeapType(rt, o); };
  t.sizeof = (o) => (o instanceof PyHeapTypeObject
    ? heapTypeGetsizeof(rt.profile, o.cachedKeys !== null) - 16 : rt.profile.typeBasicSize);
}

/** `type_clear`: the namespace, the bases and the MRO. */
function clearHeapType(rt: Runtime, t: PyHeapTypeObject): void {
  const values = [...t.ns.values()];
  t.ns.clear();
  const bases = t.bases;
  t.bases = [];
  const mro = t.mro ?? [];
  t.mro = [t];
  for (const v of values) rt.heap.decref(v);
  for (const b of bases) rt.heap.decref(b);
  for (const m of mro) if (m !== t) rt.heap.decref(m);
}

/**
 * `type_new` → `PyType_GenericAlloc(metatype, nslots)`: a tracked heap type. Takes references to
 * the bases and the MRO entries; the caller fills `ns` (stolen references) afterwards.
 */
export function newHeapType(rt: Runtime, name: string, init: HeapTypeInit): PyHeapTypeObject {
  patchTypeType(rt);
  const nbytes = 16 + rt.profile.typeBasicSize + MEMBER_DEF_SIZE * init.nmembers;
  const flags = init.spec.flags | TPFLAGS.HEAPTYPE | TPFLAGS.HAVE_GC;
  const metatype = init.metatype ?? rt.types.type;
  const t = rt.heap.gcNew((a) => new PyHeapTypeObject(metatype, a, { ...init.spec, name, flags }), nbytes, 'type');
  if (metatype instanceof PyHeapTypeObject) rt.heap.incref(metatype);
  t.layout = init.layout;
  t.bases = [...init.bases];
  for (const b of t.bases) rt.heap.incref(b);
  t.mro = [t, ...init.mro];
  for (const m of init.mro) rt.heap.incref(m);
  t.slotNames = init.slotNames;
  t.nmembers = init.nmembers;
  t.cachedKeys = init.cachedKeys;
  rt.heap.gc.track(t);
  return t;
}

/** Whether `t` was created by a class statement. */
export function isHeapType(t: PyTypeObject): t is PyHeapTypeObject {
  return t instanceof PyHeapTypeObject;
}

/** For tests: forget which runtimes had `type` patched. */
export function resetHeapTypePatches(): void {
  typeTypePatched = new WeakSet<Runtime>();
}

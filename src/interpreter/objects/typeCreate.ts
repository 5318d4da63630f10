/**
 * `type_new` (Objects/typeobject.c, CPython 3.11–3.13): from a class body's namespace to a heap
 * type. The MRO is C3 (`mro_implementation`); `__slots__` become member descriptors and fix the
 * instance layout (instanceLayout.ts `heapTypeLayout`); a class whose instances have a managed
 * dict gets its shared keys (`ht_cached_keys`, 768 bytes); `__qualname__` leaves the namespace;
 * `__del__` becomes `tp_finalize`.
 */
import { mangle } from '../compiler/symtable';
import { callUnraisable } from '../runtime/unraisable';
import { classTypes } from '../../engine/objects/classTypes';
import { builtinSubclassSlots, byteArraySubRelease } from '../../engine/objects/builtinSubclass';
import { byteArrayType } from '../../engine/objects/byteArrayObject';
import { valueSubclassRelease } from '../../engine/objects/valueSubclass';
import { descrBase, newDescr, PyDescrObject } from '../../engine/objects/descrObject';
import type { PyInstanceObject } from '../../engine/objects/instanceObject';
import { instanceDealloc, instanceTraverse, instanceClear } from '../../engine/objects/instanceObject';
import {
  heapTypeLayout, objectBaseInfo, type BaseTypeInfo, type HeapTypeLayout,
} from '../../engine/objects/layout/instanceLayout';
import { newList, PyListObject } from '../../engine/objects/listObject';
import type { PyObject } from '../../engine/objects/object';
import { newSharedKeys } from '../../engine/objects/splitDict';
import { newTuple, PyTupleObject } from '../../engine/objects/tupleObject';
import { dictCopy, dictItems, newDict, PyDictObject } from '../../engine/objects/dictObject';
import { MEMBER_DEF_SIZE, newHeapType, PyHeapTypeObject, registerSubclass, setHeapTypeMro } from '../../engine/objects/typeHeap';
import { PyFunctionObject } from '../../engine/objects/funcObject';
import { TPFLAGS, type PyTypeObject, type TypeSpec } from '../../engine/objects/typeObject';
import { intern, newStr, PyUnicodeObject } from '../../engine/objects/unicodeObject';
import type { Interp } from '../runtime/interp';
import { callAny } from '../vm/callDispatch';
import { builtinBaseOf, isDescrBase, isValueType } from './builtinBase';
import { mroOf } from './typeLookup';
import { utf8Length } from '../parser/sourceText';

/** C3 linearisation of a class with `bases` (the class itself excluded). */
export function c3Mro(interp: Interp, name: string, bases: PyTypeObject[]): PyTypeObject[] {
  const seqs = [...bases.map((b) => [...mroOf(b)]), [...bases]].filter((s) => s.length > 0);
  const out: PyTypeObject[] = [];
  while (seqs.some((s) => s.length > 0)) {
    const live = seqs.filter((s) => s.length > 0);
    const head = live.map((s) => s[0]).find((c) => !live.some((s) => s.indexOf(c) > 0));
    if (!head) {
      return interp.typeError(`Cannot create a consistent method resolution order (MRO) for bases ${bases.map((b) => b.name).join(', ')}`);
    }
    out.push(head);
    for (const s of live) if (s[0] === head) s.shift();
  }
  void name;
  return out;
}

/** The names a `__slots__` value lists: a str, a tuple or list, or a dict's keys (name → docstring). */
function slotItems(v: PyObject): PyObject[] | null {
  if (v instanceof PyUnicodeObject) return [v];
  if (v instanceof PyTupleObject || v instanceof PyListObject) return v.items;
  if (v instanceof PyDictObject) return dictItems(v).map((e) => e.key);
  return null;
}

function slotNamesOf(interp: Interp, v: PyObject | undefined): string[] | null {
  if (!v) return null;
  const items = slotItems(v);
  if (!items) return interp.typeError(`'${v.type.name}' object is not iterable`);
  return items.map((x) => {
    if (!(x instanceof PyUnicodeObject)) return interp.typeError(`__slots__ items must be strings, not '${x.type.name}'`);
    return x.value;
  });
}

function baseInfo(interp: Interp, base: PyTypeObject): BaseTypeInfo {
  if (base instanceof PyHeapTypeObject) {
    const l = base.layout;
    // A dict or weakref list a base further up provides (BaseException's dict) is inherited too.
    const up = base.base ? baseInfo(interp, base.base) : null;
    return {
      layout: l, hasDict: l.managedDict || base.dictMember || (up?.hasDict ?? false),
      hasWeakref: l.managedWeakref || base.weakrefMember || (up?.hasWeakref ?? false),
    };
  }
  if (base === interp.rt.types.object) return objectBaseInfo();
  if (base === interp.rt.types.type) {
    // A metaclass: `type` has its own dict and weakref list (tp_dictoffset, tp_weaklistoffset), so
    // `class M(type)` adds nothing to the instances, which are classes (PyHeapTypeObject).
    return { layout: { basicSize: base.basicsize, itemSize: MEMBER_DEF_SIZE, gc: true, managedPreHeader: false }, hasDict: true, hasWeakref: true };
  }
  if (isDescrBase(interp, base)) {
    // classmethod and staticmethod keep their own `__dict__` (cm_dict, tp_dictoffset); property has none.
    const hasDict = base !== classTypes(interp.rt).property;
    return { layout: { basicSize: base.basicsize, itemSize: 0, gc: true, managedPreHeader: false }, hasDict, hasWeakref: false };
  }
  if (builtinBaseOf(interp, base)) {
    // str's tp_basicsize is `sizeof(PyUnicodeObject)`: a subclass's strings are not compact.
    const basicSize = base === interp.rt.types.str ? interp.rt.profile.unicodeObjectSize : base.basicsize;
    return { layout: { basicSize, itemSize: base.itemsize, gc: true, managedPreHeader: false }, hasDict: false, hasWeakref: false };
  }
  if (base.isSubtypeOf(interp.excType('BaseException'))) {
    // ExceptionGroup already has its weakref list (a slot in 3.11, the pre-header from 3.12).
    const hasWeakref = base.isSubtypeOf(interp.excType('ExceptionGroup'));
    return { layout: { basicSize: base.basicsize, itemSize: 0, gc: true, managedPreHeader: false }, hasDict: true, hasWeakref };
  }
  return interp.typeError(`subclassing '${base.name}' is not supported by the simulation yet`);
}

/**
 * `solid_base`: the nearest class in `t`'s base chain that adds instance fields to its base
 * (`__slots__` members; a built-in's own struct). A `__dict__` or `__weakref__` member does not
 * count (`extra_ivars` subtracts them), so a plain class's solid base is that of its base.
 */
function solidBase(t: PyTypeObject): PyTypeObject {
  if (t instanceof PyHeapTypeObject) return t.nmembers > 0 || !t.base ? t : solidBase(t.base);
  const base = t.base;
  if (!base) return t;
  const same = t.basicsize === base.basicsize && (t.itemsize ?? 0) === (base.itemsize ?? 0);
  return same ? solidBase(base) : t;
}

/**
 * `best_base`: the base whose solid base is the most derived one becomes `tp_base`, the layout the
 * new class extends: `class D(Mixin, dict)` is a dict subclass even though `Mixin` comes first.
 * Bases whose solid bases are unrelated cannot share one instance layout.
 */
function bestBase(interp: Interp, bases: PyTypeObject[]): PyTypeObject {
  let base = bases[0];
  let winner = solidBase(base);
  for (const b of bases.slice(1)) {
    const candidate = solidBase(b);
    if (winner.isSubtypeOf(candidate)) continue;
    if (!candidate.isSubtypeOf(winner)) return interp.typeError('multiple bases have instance lay-out conflict');
    winner = candidate;
    base = b;
  }
  return base;
}

/**
 * `type_new(metatype, name, bases, ns)` for a class statement; steals the namespace's references.
 * `metatype` is the most derived metaclass (`type` unless a metaclass says otherwise).
 */
export function createClass(
  interp: Interp, name: string, bases: PyTypeObject[], ns: Map<string, PyObject>, metatype: PyTypeObject = interp.rt.types.type,
  source: PyDictObject | null = null,
): PyHeapTypeObject {
  const rt = interp.rt;
  const explicitBases = bases.length > 0 ? bases : [rt.types.object];
  for (const b of explicitBases) {
    if ((!(b instanceof PyHeapTypeObject) && b !== rt.types.type && (b.flags & TPFLAGS.BASETYPE) === 0)) {
      interp.typeError(`type '${b.name}' is not an acceptable base type`);
    }
  }
  const mro = c3Mro(interp, name, explicitBases);
  const solid = bestBase(interp, explicitBases);
  const info = baseInfo(interp, solid);
  const slotList = slotNamesOf(interp, ns.get('__slots__'));
  // type_new_copy_slots: a private name is mangled (`__b` of class S is the member `_S__b`).
  const ownSlots = slotList ? slotList.filter((s) => s !== '__dict__' && s !== '__weakref__').map((s) => mangle(name, s)) : [];
  const spec = { slotCount: ownSlots.length, addDict: !slotList || slotList.includes('__dict__'), addWeakref: !slotList || slotList.includes('__weakref__') };
  let layout: HeapTypeLayout = heapTypeLayout(rt.profile, info, spec);
  if (solid instanceof PyHeapTypeObject) {
    const b = solid.layout;
    layout = {
      ...layout, managedDict: layout.managedDict || b.managedDict, managedWeakref: layout.managedWeakref || b.managedWeakref,
      inlineValues: b.inlineValues && ownSlots.length === 0, managedPreHeader: layout.managedPreHeader || b.managedPreHeader,
    };
  }
  const dictMember = spec.addDict && !info.hasDict && !layout.managedDict;
  // may_add_weak: a variable-size base (int, tuple, bytes) gets no weakref list nor `__weakref__`.
  const mayAddWeak = spec.addWeakref && !info.hasWeakref && !info.layout.itemSize;
  const weakrefMember = mayAddWeak && !layout.managedWeakref;
  const flags = TPFLAGS.HAVE_GC | TPFLAGS.BASETYPE
    | (layout.managedDict ? TPFLAGS.MANAGED_DICT : 0) | (layout.managedWeakref ? TPFLAGS.MANAGED_WEAKREF : 0)
    | (layout.inlineValues ? TPFLAGS.INLINE_VALUES : 0)
    | (solid.flags & TPFLAGS.MANAGED_WEAKREF); // inherit_special: a base's pre-header (ExceptionGroup's)
  const inheritedSlots = solid instanceof PyHeapTypeObject ? solid.slotNames : [];
  const isExc = solid.isSubtypeOf(interp.excType('BaseException'));
  const builtin = builtinBaseOf(interp, solid);
  const typeSpec: TypeSpec = solid.isSubtypeOf(rt.types.type) ? metaclassSpec(interp, name, layout.basicSize, flags, solid) : builtin ? {
    name, basicsize: layout.basicSize, itemsize: builtin.itemsize, flags, base: solid,
    ...builtinSubclassSlots(builtin, layout.basicSize, isValueType(interp, builtin) ? valueSubclassRelease(rt, builtin)
      : builtin === byteArrayType(rt) ? { dealloc: byteArraySubRelease } : {}),
  } : {
    name, basicsize: layout.basicSize, flags, base: solid,
    dealloc: isExc ? (heap, o) => {
      const t = o.type;
      solid.dealloc(heap, o);
      heap.decref(t);
    } : (heap, o) => instanceDealloc(rt, heap, o),
    traverse: isExc ? solid.traverse : instanceTraverse,
    clear: isExc ? solid.clear ?? undefined : (_heap, o) => instanceClear(rt, o as PyInstanceObject),
  };
  const qualname = ns.get('__qualname__');
  ns.delete('__qualname__');
  implicitDescriptors(interp, ns);
  // type_new_get_bases: `(object,)` for a class without bases (a class statement's own tuple is
  // what CPython keeps otherwise; both are allocated on the class line).
  for (const b of explicitBases) rt.heap.incref(b);
  const basesTuple = newTuple(rt, [...explicitBases]);
  // type_new_init: tp_dict = PyDict_Copy(namespace), before the type object.
  const dict = source ? dictCopy(rt, source) : newDict(rt);
  // type_new_copy_slots: the names (without __dict__/__weakref__) in a list, sorted, as a tuple.
  const htSlots = slotList ? slotsTuple(interp, ns.get('__slots__') as PyObject) : null;
  const t = newHeapType(rt, name, {
    spec: typeSpec, layout, basesTuple, dict, slotNames: [...inheritedSlots, ...ownSlots],
    nmembers: ownSlots.length, metatype,
  });
  t.htSlots = htSlots;
  // ht_name is the name object type() was given: for a class statement the code's interned constant.
  const nameObject = rt.interned.get(name);
  if (nameObject) rt.heap.incref(nameObject);
  t.htName = nameObject ?? intern(rt, newStr(rt, name));
  fillTypeDict(rt, t, ns);
  // type_new_set_names: a property in the class body learns its name (property.__set_name__).
  for (const [k, v] of t.ns) if (v instanceof PyDescrObject && descrBase(v) === classTypes(rt).property) v.slotName = k;
  if (solid instanceof PyHeapTypeObject && solid.nativeSlots) {
    t.nativeSlots = true;
    t.dealloc = solid.dealloc;
    t.traverse = solid.traverse;
    t.clear = solid.clear;
    t.sizeof = solid.sizeof;
  }
  t.dictMember = dictMember || (solid instanceof PyHeapTypeObject && solid.dictMember);
  t.weakrefMember = weakrefMember || (solid instanceof PyHeapTypeObject && solid.weakrefMember);
  t.qualname = qualname instanceof PyUnicodeObject ? qualname.value : name;
  rt.heap.xdecref(qualname);
  const module = t.ns.get('__module__');
  if (module instanceof PyUnicodeObject) t.module = module.value;
  // PyType_Ready: tp_mro, then type_ready_fill_dict (slot members, __dict__/__weakref__ getsets,
  // __doc__), __hash__ = None for __eq__ without __hash__, tp_subclasses, the shared keys.
  setHeapTypeMro(rt, t, mro);
  const member = classTypes(rt).memberDescriptor;
  ownSlots.forEach((slot, i) => {
    rt.heap.incref(t);
    const d = newDescr(rt, member, [t]);
    d.slotIndex = inheritedSlots.length + i;
    d.slotName = slot;
    const old = t.ns.get(slot);
    t.ns.set(slot, d);
    rt.heap.xdecref(old);
  });
  if (spec.addDict && !info.hasDict) addGetset(rt, t, '__dict__');
  if (mayAddWeak) addGetset(rt, t, '__weakref__');
  // type_new_set_doc: a str docstring is copied into tp_doc (PyObject_Malloc of its UTF-8 + NUL).
  const doc = t.ns.get('__doc__');
  if (doc instanceof PyUnicodeObject) t.docAddress = rt.heap.memory.objectMalloc(utf8Length(doc.value) + 1, 'tp_doc');
  if (!doc) t.ns.set('__doc__', interp.none());
  if (t.ns.has('__eq__') && !t.ns.has('__hash__')) t.ns.set('__hash__', interp.none());
  registerSubclass(rt, t);
  if (layout.managedDict) t.cachedKeys = newSharedKeys(rt);
  installFinalizer(interp, t);
  return t;
}

/**
 * tp_dict from the namespace: `ns` (owned values) replaces what the copy of `source` holds, and
 * names it dropped (`__qualname__`, `__classcell__`) leave the copy as CPython deletes them.
 */
function fillTypeDict(rt: Interp['rt'], t: PyHeapTypeObject, ns: Map<string, PyObject>): void {
  for (const name of [...t.ns.keys()]) {
    if (ns.has(name)) continue;
    const old = t.ns.get(name);
    t.ns.delete(name);
    rt.heap.xdecref(old);
  }
  for (const [k, v] of ns) {
    const old = t.ns.get(k);
    if (old === v) { rt.heap.decref(v); continue; }
    t.ns.set(k, v);
    rt.heap.xdecref(old);
  }
  ns.clear();
}

/** `ht_slots`: a sorted list of the slot names made into a tuple (a new reference). */
function slotsTuple(interp: Interp, v: PyObject): PyTupleObject {
  const rt = interp.rt;
  const items = (slotItems(v) as PyObject[])
    .filter((x) => (x as PyUnicodeObject).value !== '__dict__' && (x as PyUnicodeObject).value !== '__weakref__');
  for (const x of items) rt.heap.incref(x);
  const list = newList(rt, items);
  list.items.sort((a, b) => ((a as PyUnicodeObject).value < (b as PyUnicodeObject).value ? -1 : 1));
  for (const x of list.items) rt.heap.incref(x);
  const tuple = newTuple(rt, [...list.items]);
  rt.heap.decref(list);
  return tuple;
}

/** `type_add_getset` for `__dict__` / `__weakref__`: a getset descriptor holding its class. */
function addGetset(rt: Interp['rt'], t: PyHeapTypeObject, name: string): void {
  rt.heap.incref(t);
  const d = newDescr(rt, classTypes(rt).getsetDescriptor, [t]);
  d.slotName = name;
  // type_add_getset uses PyDict_SetDefault: a class that defines its own `__dict__` (a method,
  // say) keeps it, and the fresh descriptor is freed again.
  if (t.ns.has(name)) {
    rt.heap.decref(d);
    return;
  }
  t.ns.set(name, d);
}

/**
 * The instance side of a metaclass: its instances are classes, released by `type`'s own dealloc
 * (typeHeap.ts patches it in on the first class), which then drops the class's reference to its
 * metaclass, as for any subclass of a built-in type.
 */
function metaclassSpec(interp: Interp, name: string, basicsize: number, flags: number, base: PyTypeObject): TypeSpec {
  const type = interp.rt.types.type;
  return {
    name, basicsize, itemsize: MEMBER_DEF_SIZE, flags, base, ...builtinSubclassSlots(type, basicsize),
    clear: (heap, o) => type.clear?.(heap, o),
  };
}

/**
 * `type_new_set_classcell` and friends: a plain function named `__new__` becomes a staticmethod,
 * `__init_subclass__` and `__class_getitem__` become classmethods (`type_new_set_attrs`).
 */
function implicitDescriptors(interp: Interp, ns: Map<string, PyObject>): void {
  const rt = interp.rt;
  const ct = classTypes(rt);
  const wrap: [string, PyTypeObject][] = [['__new__', ct.staticmethod], ['__init_subclass__', ct.classmethod], ['__class_getitem__', ct.classmethod]];
  for (const [name, kind] of wrap) {
    const f = ns.get(name);
    if (!(f instanceof PyFunctionObject)) continue;
    ns.set(name, newDescr(rt, kind, [f]));
  }
}

/** `tp_finalize` = `slot_tp_finalize` when the class (or a base) defines `__del__`. */
function installFinalizer(interp: Interp, t: PyHeapTypeObject): void {
  const hasDel = mroOf(t).some((c) => c instanceof PyHeapTypeObject && c.ns.has('__del__'));
  if (!hasDel) return;
  t.finalize = (o) => {
    const del = mroOf(o.type).map((c) => (c instanceof PyHeapTypeObject ? c.ns.get('__del__') : undefined)).find((x) => x);
    if (!del) return;
    // PyErr_WriteUnraisable: "Exception ignored in: <function C.__del__ ...>" goes to stderr; the run goes on.
    callUnraisable(interp, del, () => interp.rt.heap.decref(callAny(interp, del, [o])));
  };
}

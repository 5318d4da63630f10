/**
 * Attribute access on classes and their instances: `PyObject_GenericGetAttr` /
 * `_PyObject_GenericSetAttrWithDict` (Objects/object.c), `type_getattro` (Objects/typeobject.c),
 * `super_getattro` for LOAD_SUPER_ATTR, and the instance side of the split dict
 * (`_PyObject_StoreInstanceAttribute`, `_PyObject_GetManagedDict`; Objects/dictobject.c 3.12).
 *
 * Order of a lookup on an instance: a data descriptor on the type (property, slot member), then
 * the instance's values or dict, then a non-data descriptor (function → bound method,
 * classmethod, staticmethod) or plain class attribute.
 */
import { isQuietMiss, QUIET_MISS } from './quietAttrMiss';
import { PyDescrObject } from '../../engine/objects/descrObject';
import { dictDelItem, dictGetItem, dictSetItem, PyDictObject, newDict } from '../../engine/objects/dictObject';
import { PyBaseExceptionObject } from '../../engine/objects/exceptionObject';
import { exceptionField } from './exceptionFields';
import { PyFunctionObject } from '../../engine/objects/funcObject';
import { PyInstanceObject } from '../../engine/objects/instanceObject';
import { builtinBaseOf, builtinContainerInit } from './builtinBase';
import { subclassInstanceDicts } from '../../engine/objects/builtinSubclass';
import { newMethod, PyMethodObject } from '../../engine/objects/methodObject';
import { newBoundCMethod, PyCFunctionObject } from '../../engine/objects/nativeObject';
import type { PyObject } from '../../engine/objects/object';
import { dictFromValues, sharedIndex, sharedInsert, valuesDelete, valuesStore } from '../../engine/objects/splitDict';
import { PyHeapTypeObject } from '../../engine/objects/typeHeap';
import { newTuple, PyTupleObject } from '../../engine/objects/tupleObject';
import { PyTypeObject } from '../../engine/objects/typeObject';
import { intern, newStr, type PyUnicodeObject } from '../../engine/objects/unicodeObject';
import { classTypes } from '../../engine/objects/classTypes';
import type { Interp } from '../runtime/interp';
import { callAny } from '../vm/callDispatch';
import { supportsWeakrefs, weakrefsOf } from '../../engine/objects/weakrefObject';
import { propertyAttr } from '../builtins/classBuiltins';
import { funcGetAttr, funcSetAttr } from './funcAttrs';
import { PyNativeObject } from '../modules/nativeObject';
import { dequeGetAttr } from '../modules/dequeOps';
import { valueGetAttr } from './valueAttrs';
import { structSeqGetAttr } from './structSeq';
import { frameGetAttr } from './frameAttrs';
import { newMappingProxy } from './mappingProxy';
import { isCTypeClass } from './typeModules';
import { bindBuiltin, builtinClassAttr, builtinMroAttr, builtinTypeDict } from './builtinSlots';
import { PyMethodWrapperObject, PyNativeDescrObject } from '../../engine/objects/nativeDescrObject';
import { typeModule, typeShortName } from './typeModules';
import { raiseAttributeError } from '../session/suggestions';
import { builtinDocAttr } from './builtinDocs';
import { tpName } from './typeModules';

/** An attribute found: a new reference; `method` when it is an unbound function to call with self. */
export interface FoundAttr {
  value: PyObject;
  method: boolean;
}

/** The interned str for an attribute name (co_names are interned: no allocation once it exists). */
export function internName(interp: Interp, name: string): PyUnicodeObject {
  const existing = interp.rt.interned.get(name);
  if (existing) return existing;
  return intern(interp.rt, newStr(interp.rt, name));
}

/**
 * `__bases__` of a built-in type: its `tp_base`, or for the one with several (ExceptionGroup, an
 * explicit MRO) the MRO entries that no earlier base already derives from.
 */
export function staticBases(t: PyTypeObject): PyTypeObject[] {
  if (!t.mro) return t.base ? [t.base] : [];
  const kept: PyTypeObject[] = [];
  for (const x of t.mro.slice(1)) if (!kept.some((k) => k.isSubtypeOf(x))) kept.push(x);
  return kept;
}

/** The MRO of `t`: its `tp_mro`, or the `tp_base` chain of a static type. */
export function mroOf(t: PyTypeObject): PyTypeObject[] {
  if (t.mro) return t.mro;
  const out: PyTypeObject[] = [];
  for (let b: PyTypeObject | null = t; b; b = b.base) out.push(b);
  return out;
}

/** `_PyType_Lookup`: the class attribute `name` along the MRO after `skipThrough` (borrowed), or null. */
export function typeLookup(interp: Interp, t: PyTypeObject, name: string, skipThrough: PyTypeObject | null = null): PyObject | null {
  const mro = mroOf(t);
  let i = skipThrough ? mro.indexOf(skipThrough) + 1 : 0;
  if (skipThrough && i === 0) i = mro.length;
  for (; i < mro.length; i++) {
    const c = mro[i];
    if (c instanceof PyHeapTypeObject) {
      const v = c.ns.get(name);
      if (v) return v;
    } else {
      const m = interp.methods.lookup(c, name);
      if (m && interp.methods.lookup(c.base ?? c, name) !== m) return m;
      if (m && !c.base) return m;
    }
  }
  return null;
}

function isDataDescr(interp: Interp, d: PyObject): boolean {
  const ct = classTypes(interp.rt);
  return d.type === ct.property || d.type === ct.memberDescriptor
    || (d.type instanceof PyHeapTypeObject && (classDefined(d.type, '__set__') !== null || classDefined(d.type, '__delete__') !== null));
}

/** The method `name` a class statement gave `t` or one of its bases (borrowed), or null. */
function classDefined(t: PyHeapTypeObject, name: string): PyObject | null {
  for (const c of mroOf(t)) if (c instanceof PyHeapTypeObject) { const v = c.ns.get(name); if (v) return v; }
  return null;
}

/** Whether native `f`, found as `t`'s `name`, is a C type's method (not one a class statement or a module's Python class gave). */
function isBuiltinMethod(t: PyHeapTypeObject, name: string, f: PyObject): boolean {
  for (const c of mroOf(t)) if (c instanceof PyHeapTypeObject && c.ns.get(name) === f) return isCTypeClass(c);
  return true;
}

/** A bound method for `func` and `self` (or a bound built-in method). */
export function bindMethod(interp: Interp, func: PyObject, self: PyObject): PyObject {
  const rt = interp.rt;
  return newMethod(rt, classTypes(rt).method, func, self);
}

/** A function, staticmethod, classmethod or property: their `__get__` is a C slot (`tp_descr_get`). */
function isNativeDescriptor(interp: Interp, o: PyObject): boolean {
  const ct = classTypes(interp.rt);
  return o instanceof PyFunctionObject
    || (o instanceof PyDescrObject && (o.type === ct.staticmethod || o.type === ct.classmethod || o.type === ct.property));
}

/**
 * The method-wrapper `descr.__get__(obj, type=None)` called by hand (`f.__get__(self)()`):
 * `wrap_descr_get`, with None for either argument meaning "absent"; a new reference.
 */
function explicitDescrGet(interp: Interp, args: PyObject[]): PyObject {
  const [d, obj, type] = args;
  if (args.length < 2 || args.length > 3) interp.typeError(`expected 1 or 2 arguments, got ${args.length - 1}`);
  const none = interp.rt.None;
  const o = obj === none ? null : obj;
  const t = type !== undefined && type !== none ? type : null;
  if (!o && !t) interp.typeError('__get__(None, None) is invalid');
  if (t && !(t instanceof PyTypeObject)) interp.typeError(`descriptor type must be a type, not '${t.type.name}'`);
  return descrGet(interp, d, o, (t as PyTypeObject | null) ?? (o as PyObject).type, false).value;
}

/** `descr.__get__(obj, type)` for the descriptors a class body makes; `obj` null for class access. */
function descrGet(interp: Interp, d: PyObject, obj: PyObject | null, type: PyTypeObject, forMethod: boolean): FoundAttr {
  const rt = interp.rt;
  const ct = classTypes(rt);
  // A descriptor class written in Python: its __get__(obj or None, type).
  const userGet = d.type instanceof PyHeapTypeObject ? classDefined(d.type, '__get__') : null;
  if (userGet) return { value: callAny(interp, userGet, [d, obj ?? rt.None, type]), method: false };
  if (d instanceof PyFunctionObject || d instanceof PyCFunctionObject) {
    if (obj === null) { rt.heap.incref(d); return { value: d, method: false }; }
    if (forMethod) { rt.heap.incref(d); return { value: d, method: true }; }
    return { value: bindMethod(interp, d, obj), method: false };
  }
  if (d instanceof PyDescrObject) {
    if (d.type === ct.staticmethod) { const f = d.refs[0] as PyObject; rt.heap.incref(f); return { value: f, method: false }; }
    if (d.type === ct.classmethod) return { value: bindMethod(interp, d.refs[0] as PyObject, obj === null ? type : obj.type), method: false };
    if (obj !== null && d.type === ct.property) {
      const fget = d.refs[0];
      if (!fget || fget === rt.None) interp.raise('AttributeError', `${propertyLabel(d)} of '${type.name}' object has no getter`);
      return { value: callAny(interp, fget, [obj]), method: false };
    }
    if (obj !== null && d.type === ct.getsetDescriptor) return getsetGet(interp, d, obj);
    if (obj instanceof PyInstanceObject && d.type === ct.memberDescriptor) {
      const v = obj.slots[d.slotIndex];
      if (v === null) {
        if (isQuietMiss(interp, obj, d.slotName, 'slot')) throw QUIET_MISS;
        interp.raise('AttributeError', `'${type.name}' object has no attribute '${d.slotName}'`);
      }
      rt.heap.incref(v);
      return { value: v, method: false };
    }
  }
  rt.heap.incref(d);
  return { value: d, method: false };
}

/** `property 'name'`, or just `property` for one that never learnt its name (prop_name NULL). */
function propertyLabel(p: PyDescrObject): string {
  return p.slotName ? `property '${p.slotName}'` : 'property';
}

/** A class's `__dict__` / `__weakref__` getset descriptor read on an instance. */
function getsetGet(interp: Interp, d: PyDescrObject, obj: PyObject): FoundAttr {
  const rt = interp.rt;
  if (d.slotName === '__dict__') {
    const dict = instanceDict(interp, obj);
    if (dict) return { value: dict, method: false };
    return interp.raise('AttributeError', `'${obj.type.name}' object has no attribute '__dict__'`);
  }
  const head = supportsWeakrefs(obj) ? weakrefsOf(rt.heap, obj)[0] ?? rt.None : rt.None;
  rt.heap.incref(head);
  return { value: head, method: false };
}

/** The instance's own value for `name` (borrowed), from its values or dict. */
function instanceValue(interp: Interp, o: PyObject, name: string): PyObject | null {
  if (o instanceof PyInstanceObject) {
    const keys = (o.type as PyHeapTypeObject).cachedKeys;
    if (o.values && keys) {
      const ix = sharedIndex(keys, internName(interp, name));
      return ix < 0 || ix >= o.values.capacity ? null : o.values.items[ix];
    }
    if (o.dict) return dictGetItem(o.dict, { key: internName(interp, name), hashKey: name });
    return null;
  }
  if (o instanceof PyBaseExceptionObject && o.dict instanceof PyDictObject) {
    return dictGetItem(o.dict, { key: internName(interp, name), hashKey: name });
  }
  const own = subclassInstanceDicts.get(o);
  return own ? dictGetItem(own, { key: internName(interp, name), hashKey: name }) : null;
}

/** `_PyObject_GetManagedDict` / `PyObject_GenericGetDict`: the instance's dict, made on first use (new reference). */
export function instanceDict(interp: Interp, o: PyObject): PyDictObject | null {
  const rt = interp.rt;
  if (o instanceof PyInstanceObject) {
    if (!o.dict && o.values) {
      const keys = (o.type as PyHeapTypeObject).cachedKeys;
      if (keys) {
        o.dict = dictFromValues(rt, keys, o.values);
        o.values = null;
      }
    }
    const t = o.type as PyHeapTypeObject;
    if (!o.dict && (t.layout.managedDict || t.dictMember)) o.dict = newDict(rt);
    if (o.dict) rt.heap.incref(o.dict);
    return o.dict;
  }
  if (o instanceof PyBaseExceptionObject) {
    if (!(o.dict instanceof PyDictObject)) o.dict = newDict(rt);
    rt.heap.incref(o.dict);
    return o.dict as PyDictObject;
  }
  // An instance of a dict/list/tuple subclass: its dict lives beside the built-in object.
  const t = o.type;
  if (t instanceof PyHeapTypeObject && (t.layout.managedDict || t.dictMember) && builtinBaseOf(interp, t)) {
    let d = subclassInstanceDicts.get(o);
    if (!d) subclassInstanceDicts.set(o, (d = newDict(rt)));
    rt.heap.incref(d);
    return d;
  }
  return null;
}

/**
 * `PyObject_GetAttr` for heap-type instances and classes, and the class attributes of any heap
 * type's instance; null when `owner` is none of these (the caller goes on with built-in types).
 */
export function getAttrUser(interp: Interp, owner: PyObject, name: string, forMethod: boolean): FoundAttr | null {
  const rt = interp.rt;
  if (name === '__get__' && isNativeDescriptor(interp, owner)) return { value: newBoundCMethod(rt, '__get__', explicitDescrGet, owner), method: false };
  if (owner instanceof PyTypeObject && name === '__module__' && interp.rt.exceptions.get(owner.name) === owner) {
    const m = internName(interp, 'builtins');
    interp.rt.heap.incref(m);
    return { value: m, method: false };
  }
  const doc = builtinDocAttr(interp, owner, name);
  if (doc) return doc;
  if (owner instanceof PyTypeObject) return owner instanceof PyHeapTypeObject || name === '__mro__' || name === '__module__' || name === '__qualname__' || name === '__name__' || name === '__bases__' || name === '__dict__' ? typeGetAttr(interp, owner, name) : null;
  if (owner instanceof PyMethodObject) {
    if (name === '__func__' || name === '__self__' || name === '__class__') {
      const v = (name === '__func__' ? owner.func : name === '__self__' ? owner.self : owner.type) as PyObject;
      rt.heap.incref(v);
      return { value: v, method: false };
    }
    // method_getattro: the method type's own attributes, else the function's (__name__, __doc__,
    // attributes set on it); a miss then reads "'function' object has no attribute".
    if ((name !== '__doc__' && (interp.methods.lookup(owner.type, name) ?? builtinMroAttr(interp, mroOf(owner.type), name)))) return null;
    return interp.getAttr(owner.func as PyObject, name, false);
  }
  if (owner instanceof PyFunctionObject) return funcGetAttr(interp, owner, name);
  if (owner instanceof PyCFunctionObject) return cfunctionGetAttr(interp, owner, name);
  if (owner instanceof PyNativeObject && owner.getAttr) return owner.getAttr(interp, name);
  const dequeAttr = dequeGetAttr(interp, owner, name) ?? frameGetAttr(interp, owner, name)
    ?? valueGetAttr(interp, owner, name) ?? structSeqGetAttr(interp, owner, name);
  if (dequeAttr) return dequeAttr;
  if (owner instanceof PyDescrObject && owner.type === classTypes(rt).property) return propertyAttr(interp, owner, name);
  if (owner instanceof PyDescrObject && owner.type === classTypes(rt).super) {
    return superGetAttr(interp, owner.refs[0] as PyTypeObject, owner.refs[1] as PyObject, name, false);
  }
  if (owner instanceof PyBaseExceptionObject && name === 'value' && owner.type.isSubtypeOf(interp.excType('StopIteration'))) {
    const v = owner.extra[0] ?? rt.None;
    rt.heap.incref(v);
    return { value: v, method: false };
  }
  if (owner instanceof PyBaseExceptionObject && name === 'code' && owner.type.isSubtypeOf(interp.excType('SystemExit'))) {
    // SystemExit_init: code is None, the one argument, or the whole args tuple.
    const args = owner.args instanceof PyTupleObject ? owner.args.items : [];
    const v = args.length === 0 ? rt.None : args.length === 1 ? args[0] : owner.args as PyObject;
    rt.heap.incref(v);
    return { value: v, method: false };
  }
  if (owner instanceof PyBaseExceptionObject) {
    const field = exceptionField(interp, owner, name);
    if (field) return { value: field, method: false };
  }
  if (owner instanceof PyBaseExceptionObject && !(owner.type instanceof PyHeapTypeObject) && name === '__dict__') {
    return { value: instanceDict(interp, owner) as PyDictObject, method: false };
  }
  if (owner instanceof PyBaseExceptionObject && !(owner.type instanceof PyHeapTypeObject) && owner.dict instanceof PyDictObject) {
    // BaseException's tp_dictoffset: `__notes__` (add_note) and the like live in the instance dict.
    const own = dictGetItem(owner.dict, { key: internName(interp, name), hashKey: name });
    if (own) { rt.heap.incref(own); return { value: own, method: false }; }
  }
  const type = owner.type;
  if (!(type instanceof PyHeapTypeObject)) {
    // object.__class__, the getset every instance of a built-in type reaches too.
    if (name !== '__class__') return null;
    rt.heap.incref(type);
    return { value: type, method: false };
  }
  const descr = typeLookup(interp, type, name);
  if (descr && isDataDescr(interp, descr)) return descrGet(interp, descr, owner, type, forMethod);
  const own = instanceValue(interp, owner, name);
  if (own) { rt.heap.incref(own); return { value: own, method: false }; }
  // A built-in base's method (`Stack().append`): method_get binds it into a built-in method.
  if (descr instanceof PyCFunctionObject && !descr.self && isBuiltinMethod(type, name, descr)) return bindBuiltin(interp, descr, owner, forMethod);
  if (descr) return descrGet(interp, descr, owner, type, forMethod);
  if (name === '__class__') { rt.heap.incref(type); return { value: type, method: false }; }
  if (name === '__dict__') {
    const d = instanceDict(interp, owner);
    if (d) return { value: d, method: false };
  }
  if (name === '__weakref__' && supportsWeakrefs(owner)) {
    // The head of the weakref list (the basic ref when there is one), or None.
    const head = weakrefsOf(rt.heap, owner)[0] ?? rt.None;
    rt.heap.incref(head);
    return { value: head, method: false };
  }
  if (owner instanceof PyBaseExceptionObject) return null;
  // object's slot wrappers and methods (`p.__init__`, `p.__eq__`), before __getattr__ as in CPython.
  const builtin = builtinMroAttr(interp, mroOf(type), name);
  if (builtin) return bindBuiltin(interp, builtin, owner, forMethod);
  const getattr = typeLookup(interp, type, '__getattr__');
  if (getattr) return { value: callAny(interp, getattr, [owner, internName(interp, name)]), method: false };
  return raiseAttributeError(interp, owner, name, `'${tpName(type)}' object has no attribute '${name}'`);
}

const cfunctionAttrs = new WeakMap<PyCFunctionObject, Map<string, PyObject>>();

/**
 * Gives a built-in function an attribute (owned by the function, which is static): how a module
 * hangs a class method such as `chain.from_iterable` on what is here a function.
 */
export function setCFunctionAttr(f: PyCFunctionObject, name: string, value: PyObject): void {
  let attrs = cfunctionAttrs.get(f);
  if (!attrs) cfunctionAttrs.set(f, (attrs = new Map()));
  attrs.set(name, value);
}

/** `meth_get__name__` and the attributes given with setCFunctionAttr; null for the rest. */
function cfunctionGetAttr(interp: Interp, f: PyCFunctionObject, name: string): FoundAttr | null {
  if (name === '__name__') return { value: newStr(interp.rt, f.name), method: false };
  const owner = f instanceof PyNativeDescrObject ? f.owner : f instanceof PyMethodWrapperObject ? f.descr.owner : null;
  if (name === '__qualname__' && (owner || f.self)) return { value: newStr(interp.rt, `${owner ? owner.name : (f.self as PyObject).type.name}.${f.name}`), method: false };
  const ref = name === '__objclass__' && owner ? owner : name === '__self__' && f.self ? f.self : null;
  if (ref) { interp.rt.heap.incref(ref); return { value: ref, method: false }; }
  const v = cfunctionAttrs.get(f)?.get(name);
  if (!v) return null;
  interp.rt.heap.incref(v);
  return { value: v, method: false };
}

/** `type_getattro` for a class object. */
function typeGetAttr(interp: Interp, t: PyTypeObject, name: string): FoundAttr {
  const rt = interp.rt;
  const str = (s: string): FoundAttr => ({ value: newStr(rt, s), method: false });
  // type_name: a heap type's ht_name itself, a static type's tp_name as a new str.
  if (name === '__name__' && t instanceof PyHeapTypeObject && t.htName) { rt.heap.incref(t.htName); return { value: t.htName, method: false }; }
  if (name === '__name__') return str(typeShortName(t));
  if (name === '__qualname__') return str(t instanceof PyHeapTypeObject ? t.qualname : typeShortName(t));
  // type's own getset `__dict__`: a new read-only proxy of tp_dict (type_dict).
  if (name === '__dict__' && t instanceof PyHeapTypeObject && t.ns.dict) return { value: newMappingProxy(interp, t.ns.dict), method: false };
  if (name === '__dict__' && !(t instanceof PyHeapTypeObject)) return { value: newMappingProxy(interp, builtinTypeDict(interp, t)), method: false };
  const own = t instanceof PyHeapTypeObject ? (name === '__mro__' ? t.mroTuple : name === '__bases__' ? t.basesTuple : null) : null;
  if (own) { rt.heap.incref(own); return { value: own, method: false }; }
  if (name === '__mro__' || name === '__bases__') {
    const items = name === '__mro__' ? [...mroOf(t)] : t instanceof PyHeapTypeObject ? [...t.bases] : staticBases(t);
    for (const x of items) rt.heap.incref(x);
    return { value: newTuple(rt, items), method: false };
  }
  if (name === '__base__') { const b = t.base ?? interp.none(); rt.heap.incref(b); return { value: b, method: false }; }
  if (name === '__module__') return str(typeModule(t));
  if (name === '__class__') { rt.heap.incref(t.type); return { value: t.type, method: false }; }
  // type_getattro: a data descriptor of the metaclass, the class's own MRO, then the metaclass's
  // other attributes bound to the class (a metaclass method, or `type`'s own: `C.mro()`).
  const meta = t.type;
  const metaAttr = meta instanceof PyHeapTypeObject ? typeLookup(interp, meta, name) : null;
  if (metaAttr && isDataDescr(interp, metaAttr)) return descrGet(interp, metaAttr, t, meta, false);
  const descr = typeLookup(interp, t, name);
  if (descr) return descrGet(interp, descr, null, t, false);
  const builtin = builtinMroAttr(interp, mroOf(t), name);
  if (builtin) return { value: builtinClassAttr(interp, builtin, t), method: false };
  if (metaAttr) return descrGet(interp, metaAttr, t, meta, false);
  const typeMethod = interp.methods.lookup(rt.types.type, name);
  if (typeMethod) return { value: bindMethod(interp, typeMethod, t), method: false };
  return raiseAttributeError(interp, t, name, `type object '${t.name}' has no attribute '${name}'`);
}

const builtinInits = new WeakMap<Interp, PyObject>();

/** `object.__init__` / `BaseException.__init__` (sets `args`), reached through super(). */
function builtinInit(interp: Interp): PyObject {
  let f = builtinInits.get(interp);
  if (!f) {
    f = interp.methods.staticFunction('__init__', (i, args, kwnames) => {
      const self = args[0];
      if (builtinContainerInit(i, self, args.slice(1), kwnames)) return i.none();
      if (self instanceof PyBaseExceptionObject) {
        const rest = args.slice(1);
        for (const a of rest) i.rt.heap.incref(a);
        const old = self.args;
        self.args = newTuple(i.rt, rest);
        i.rt.heap.xdecref(old);
      }
      return i.none();
    });
    builtinInits.set(interp, f);
  }
  return f;
}

/** `super().name` (LOAD_SUPER_ATTR): the MRO of `self`'s type after `start`. */
export function superGetAttr(interp: Interp, start: PyTypeObject, self: PyObject, name: string, forMethod: boolean): FoundAttr {
  const isClass = self instanceof PyTypeObject && self.isSubtypeOf(start);
  const objType = isClass ? self : self.type;
  const descr = typeLookup(interp, objType, name, start) ?? (name === '__init__' ? builtinInit(interp) : null);
  if (!descr) {
    // A built-in class method further along (`object.__init_subclass__`), bound to the class.
    const cm = interp.methods.lookupClassMethod(start.base ?? start, name) ?? interp.methods.lookupClassMethod(interp.rt.types.object, name);
    if (cm && mroOf(objType).includes(interp.rt.types.object)) return { value: newBoundCMethod(interp.rt, name, cm, objType), method: false };
  }
  if (!descr) {
    // A built-in class after `start` (`dict` in `class D(Mixin, dict)`): its slot wrapper or
    // method, bound to `self` (`super().__setitem__(k, v)` runs dict's own store).
    const mro = mroOf(objType);
    const builtin = isClass ? null : builtinMroAttr(interp, mro.slice(mro.indexOf(start) + 1), name);
    if (builtin) return bindBuiltin(interp, builtin, self, forMethod);
    return interp.raise('AttributeError', `'super' object has no attribute '${name}'`);
  }
  return descrGet(interp, descr, isClass ? null : self, objType, forMethod);
}

/** `type.__setattr__`: a class attribute stored (value borrowed) or deleted (null). */
export function setClassAttr(interp: Interp, owner: PyHeapTypeObject, name: string, value: PyObject | null): boolean {
  const rt = interp.rt;
  const old = owner.ns.get(name);
  if (value) { rt.heap.incref(value); owner.ns.set(name, value); } else {
    if (!old) interp.raise('AttributeError', `type object '${owner.name}' has no attribute '${name}'`);
    owner.ns.delete(name);
  }
  rt.heap.xdecref(old);
  return true;
}

/** `PyObject_SetAttr` (value stolen? no: borrowed) for heap-type instances and classes; false when not handled. */
export function setAttrUser(interp: Interp, owner: PyObject, name: string, value: PyObject | null): boolean {
  const rt = interp.rt;
  if (owner instanceof PyHeapTypeObject) {
    // A metaclass's own __setattr__/__delattr__ (EnumMeta refuses to rebind members).
    const hook = owner.type instanceof PyHeapTypeObject ? classDefined(owner.type, value ? '__setattr__' : '__delattr__') : null;
    if (hook) {
      const key = internName(interp, name);
      rt.heap.decref(callAny(interp, hook, value ? [owner, key, value] : [owner, key]));
      return true;
    }
    return setClassAttr(interp, owner, name, value);
  }
  if (owner instanceof PyFunctionObject) return funcSetAttr(interp, owner, name, value);
  const type = owner.type;
  if (!(type instanceof PyHeapTypeObject)) return false;
  const descr = typeLookup(interp, type, name);
  const ct = classTypes(rt);
  if (descr && descr.type instanceof PyHeapTypeObject) {
    const hook = classDefined(descr.type, value ? '__set__' : '__delete__');
    if (hook) {
      rt.heap.decref(callAny(interp, hook, value ? [descr, owner, value] : [descr, owner]));
      return true;
    }
    if (isDataDescr(interp, descr)) interp.raise('AttributeError', value ? '__set__' : '__delete__');
  }
  if (descr instanceof PyDescrObject && descr.type === ct.property) {
    const f = descr.refs[value ? 1 : 2];
    if (!f || f === rt.None) interp.raise('AttributeError', `${propertyLabel(descr)} of '${type.name}' object has no ${value ? 'setter' : 'deleter'}`);
    rt.heap.decref(callAny(interp, f, value ? [owner, value] : [owner]));
    return true;
  }
  if (descr instanceof PyDescrObject && descr.type === ct.memberDescriptor && owner instanceof PyInstanceObject) {
    const old = owner.slots[descr.slotIndex];
    if (!value && !old) interp.raise('AttributeError', `'${type.name}' object has no attribute '${name}'`);
    if (value) rt.heap.incref(value);
    owner.slots[descr.slotIndex] = value;
    rt.heap.xdecref(old);
    return true;
  }
  const key = internName(interp, name);
  if (owner instanceof PyInstanceObject && owner.values && type.cachedKeys) {
    const keys = type.cachedKeys;
    const ix = value ? sharedInsert(rt, keys, key, owner.values.capacity) : sharedIndex(keys, key);
    if (ix >= 0 && ix < owner.values.capacity) {
      if (!value) {
        const old = valuesDelete(owner.values, ix);
        if (!old) interp.raise('AttributeError', `'${type.name}' object has no attribute '${name}'`);
        rt.heap.decref(old);
        return true;
      }
      rt.heap.incref(value);
      rt.heap.xdecref(valuesStore(owner.values, ix, value));
      return true;
    }
    if (!value) interp.raise('AttributeError', `'${type.name}' object has no attribute '${name}'`);
    // `_PyObject_MakeDictFromInstanceAttributes`, then PyDict_SetItem converts it to combined.
    owner.dict = dictFromValues(rt, keys, owner.values);
    owner.values = null;
  }
  const dict = owner instanceof PyInstanceObject ? owner.dict ?? instanceDictBorrowed(interp, owner) : instanceDictBorrowed(interp, owner);
  if (!dict) {
    // 3.13's _PyObject_GenericSetAttrWithDict says why when there is no __dict__.
    const why = rt.profile.version === '3.13' ? ' and no __dict__ for setting new attributes' : '';
    return interp.raise('AttributeError', `'${type.name}' object has no attribute '${name}'${why}`);
  }
  if (value) {
    rt.heap.incref(value);
    rt.heap.incref(key);
    dictSetItem(rt, dict, { key, hashKey: name }, value);
  } else if (!dictDelItem(rt, dict, { key, hashKey: name })) {
    interp.raise('AttributeError', `'${type.name}' object has no attribute '${name}'`);
  }
  return true;
}

function instanceDictBorrowed(interp: Interp, o: PyObject): PyDictObject | null {
  const d = instanceDict(interp, o);
  if (d) interp.rt.heap.decref(d);
  return d;
}

/**
 * Attribute access on classes and their instances: `PyObject_GenericGetAttr` /
 * `_PyObject_GenericSetAttrWithDict` (Objects/object.c) and the store side of the split dict
 * (`_PyObject_StoreInstanceAttribute`; Objects/dictobject.c 3.12). The layers below, each its own
 * file:
 *
 *   instanceAttrs.ts   getAttrUser / setAttrUser: which kind of owner, then the order below
 *   classAttrs.ts      type_getattro, super_getattro, type.__setattr__
 *   cfunctionAttrs.ts  built-in functions' attributes
 *   descriptorGet.ts   the descriptor protocol (__get__ of functions, property, slots...)
 *   instanceDict.ts    an instance's own values / managed dict
 *   typeLookup.ts      _PyType_Lookup along the MRO, FoundAttr, interned names
 *
 * Order of a lookup on an instance: a data descriptor on the type (property, slot member), then
 * the instance's values or dict, then a non-data descriptor (function → bound method,
 * classmethod, staticmethod) or plain class attribute.
 */
import { descrBase, PyDescrObject } from '../../engine/objects/descrObject';
import { dictDelItem, dictGetItem, dictSetItem, PyDictObject } from '../../engine/objects/dictObject';
import { PyBaseExceptionObject } from '../../engine/objects/exceptionObject';
import { exceptionField } from './exceptionFields';
import { PyFunctionObject } from '../../engine/objects/funcObject';
import { PyInstanceObject } from '../../engine/objects/instanceObject';
import { PyMethodObject } from '../../engine/objects/methodObject';
import { newBoundCMethod, PyCFunctionObject } from '../../engine/objects/nativeObject';
import type { PyObject } from '../../engine/objects/object';
import { dictFromValues, sharedIndex, sharedInsert, valuesDelete, valuesStore } from '../../engine/objects/splitDict';
import { PyHeapTypeObject } from '../../engine/objects/typeHeap';
import { PyTupleObject } from '../../engine/objects/tupleObject';
import { PyTypeObject } from '../../engine/objects/typeObject';
import { classTypes } from '../../engine/objects/classTypes';
import type { Interp } from '../runtime/interp';
import { callAny } from '../vm/callDispatch';
import { supportsWeakrefs, weakrefsOf } from '../../engine/objects/weakrefObject';
import { propertyAttr } from '../builtins/classBuiltins';
import { descrSubclassAttr } from '../builtins/descrSubclass';
import { funcGetAttr, funcSetAttr } from './funcAttrs';
import { PyNativeObject } from '../modules/nativeObject';
import { dequeGetAttr } from '../modules/dequeOps';
import { valueGetAttr } from './valueAttrs';
import { structSeqGetAttr } from './structSeq';
import { frameGetAttr } from './frameAttrs';
import { bindBuiltin, builtinMroAttr } from './builtinSlots';
import { raiseAttributeError } from '../session/suggestions';
import { builtinDocAttr } from './builtinDocs';
import { tpName } from './typeModules';
import { type FoundAttr, internName, mroOf, typeLookup } from './typeLookup';
import { isDataDescr, classDefined, isBuiltinMethod, isNativeDescriptor, explicitDescrGet, descrGet, propertyLabel } from './descriptorGet';
import { instanceValue, instanceDict, instanceDictBorrowed } from './instanceDict';
import { cfunctionGetAttr } from './cfunctionAttrs';
import { typeGetAttr, superGetAttr, setClassAttr } from './classAttrs';

/**
 * `PyObject_GetAttr` for heap-type instances and classes, and the class attributes of any heap
 * type's instance; null when `owner` is none of these (the caller goes on with built-in types).
 */
export function getAttrUser(interp: Interp, owner: PyObject, name: string, forMethod: boolean, getattrFallback = true): FoundAttr | null {
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
  const descrSub = owner instanceof PyDescrObject ? descrSubclassAttr(interp, owner, name) : null;
  if (descrSub) return descrSub;
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
  const getattr = getattrFallback ? typeLookup(interp, type, '__getattr__') : null;
  if (getattr) return { value: callAny(interp, getattr, [owner, internName(interp, name)]), method: false };
  return raiseAttributeError(interp, owner, name, `'${tpName(type)}' object has no attribute '${name}'`);
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
    // A property subclass without its own __set__ stores through property's.
    if (isDataDescr(interp, descr) && !(descr instanceof PyDescrObject)) interp.raise('AttributeError', value ? '__set__' : '__delete__');
  }
  if (descr instanceof PyDescrObject && descrBase(descr) === ct.property) {
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
  const dict = owner instanceof PyInstanceObject ? owner.dict ?? instanceDictBorrowed(interp, owner) : instanceDictBorrowed(interp, owner, true);
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

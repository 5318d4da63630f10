/**
 * An instance's own attribute storage: 3.12's split values (`_PyObject_GetManagedDict`
 * materialising the dict on first use), a plain instance dict, an exception's dict, and the dict
 * beside a dict/list/tuple subclass's built-in object.
 */
import { dictGetItem, PyDictObject, newDict } from '../../engine/objects/dictObject';
import { PyBaseExceptionObject } from '../../engine/objects/exceptionObject';
import { PyInstanceObject } from '../../engine/objects/instanceObject';
import { builtinBaseOf } from './builtinBase';
import { subclassInstanceDicts } from '../../engine/objects/builtinSubclass';
import type { PyObject } from '../../engine/objects/object';
import { dictFromValues, dictWithSharedKeys, sharedIndex } from '../../engine/objects/splitDict';
import { PyHeapTypeObject } from '../../engine/objects/typeHeap';
import type { Interp } from '../runtime/interp';
import { descrBase, PyDescrObject } from '../../engine/objects/descrObject';
import { classTypes } from '../../engine/objects/classTypes';
import { internName } from './typeLookup';

/** The instance's own value for `name` (borrowed), from its values or dict. */
export function instanceValue(interp: Interp, o: PyObject, name: string): PyObject | null {
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
  const own = descrDict(interp, o) ?? subclassInstanceDicts.get(o);
  return own ? dictGetItem(own, { key: internName(interp, name), hashKey: name }) : null;
}

/** A classmethod/staticmethod subclass instance's `cm_dict` (borrowed), or null. */
function descrDict(interp: Interp, o: PyObject): PyDictObject | null {
  if (!(o instanceof PyDescrObject) || descrBase(o) === classTypes(interp.rt).property) return null;
  return o.dict instanceof PyDictObject ? o.dict : null;
}

/**
 * `_PyObject_GetManagedDict` / `PyObject_GenericGetDict`: the instance's dict, made on first use
 * (new reference); `store` when an attribute store makes it (`_PyObjectDict_SetItem`).
 */
export function instanceDict(interp: Interp, o: PyObject, store = false): PyDictObject | null {
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
  // A classmethod/staticmethod subclass's instance: its `__dict__` is cm_dict (tp_dictoffset).
  if (o instanceof PyDescrObject && o.type instanceof PyHeapTypeObject && descrBase(o) !== classTypes(rt).property) {
    o.dict ??= newDict(rt);
    rt.heap.incref(o.dict);
    return o.dict as PyDictObject;
  }
  // An instance of a dict/list/tuple subclass: its dict lives beside the built-in object.
  const t = o.type;
  if (t instanceof PyHeapTypeObject && (t.layout.managedDict || t.dictMember) && builtinBaseOf(interp, t)) {
    let d = subclassInstanceDicts.get(o);
    if (!d) {
      // A managed dict shares the class's keys (split), except that 3.11's getter makes a plain
      // dict; 3.11's int/tuple/bytes subclasses keep a dict slot and no shared keys (test/oracle/builtinSubclassInstanceDicts.py).
      const keys = t.cachedKeys;
      d = keys && (store || rt.profile.version !== '3.11') ? dictWithSharedKeys(rt, keys) : newDict(rt);
      subclassInstanceDicts.set(o, d);
    }
    rt.heap.incref(d);
    return d;
  }
  return null;
}

/** The instance's dict made on first use, borrowed (the instance holds it). */
export function instanceDictBorrowed(interp: Interp, o: PyObject, store = false): PyDictObject | null {
  const d = instanceDict(interp, o, store);
  if (d) interp.rt.heap.decref(d);
  return d;
}

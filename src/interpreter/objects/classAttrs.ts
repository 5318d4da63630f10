/**
 * Attributes of class objects: `type_getattro` (Objects/typeobject.c: the metaclass's data
 * descriptors, the class's MRO, then the metaclass's other attributes), `super_getattro` for
 * LOAD_SUPER_ATTR, and `type.__setattr__`.
 */
import { PyBaseExceptionObject } from '../../engine/objects/exceptionObject';
import { builtinContainerInit } from './builtinBase';
import { newBoundCMethod } from '../../engine/objects/nativeObject';
import type { PyObject } from '../../engine/objects/object';
import { PyHeapTypeObject } from '../../engine/objects/typeHeap';
import { newTuple } from '../../engine/objects/tupleObject';
import { PyTypeObject } from '../../engine/objects/typeObject';
import { newStr } from '../../engine/objects/unicodeObject';
import type { Interp } from '../runtime/interp';
import { newMappingProxy } from './mappingProxy';
import { bindBuiltin, builtinClassAttr, builtinMroAttr, builtinTypeDict } from './builtinSlots';
import { typeModule, typeShortName } from './typeModules';
import { raiseAttributeError } from '../session/suggestions';
import { type FoundAttr, staticBases, mroOf, typeLookup } from './typeLookup';
import { isDataDescr, bindMethod, descrGet } from './descriptorGet';

/** `type_getattro` for a class object. */
export function typeGetAttr(interp: Interp, t: PyTypeObject, name: string): FoundAttr {
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

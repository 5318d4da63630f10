/**
 * What a built-in type holds in its own `__dict__`: the slot wrappers `add_operators` makes from
 * typeobject.c's slotdefs for the slots the type fills (`list.__len__`), its method table
 * (`list.append`), getsets and members — the names and kinds measured on CPython
 * (builtinSlotNames.ts). The descriptors are made once per interpreter, on first use, as static
 * objects (CPython makes them while readying the type at startup); a method the interpreter
 * implements itself (`MethodTables.define`) is that descriptor, a slot wrapper calls the generic
 * operation (slotWrapperImpls.ts).
 */
import { tpName } from './typeModules';
import { nativeDescrTypes, newMethodWrapper, PyNativeDescrObject, staticNativeDescr, type NativeDescrKind } from '../../engine/objects/nativeDescrObject';
import { CFUNCTION_SIZE, newBoundCMethod, PyCFunctionObject } from '../../engine/objects/nativeObject';
import type { PyObject } from '../../engine/objects/object';
import { PyHeapTypeObject } from '../../engine/objects/typeHeap';
import type { PyTypeObject } from '../../engine/objects/typeObject';
import type { Runtime } from '../../engine/runtime';
import type { Interp } from '../runtime/interp';
import type { FoundAttr } from './typeLookup';
import { BUILTIN_GETTERS } from './builtinGetsets';
import { classTypes } from '../../engine/objects/classTypes';
import { dictSetItem, newDict, type PyDictObject } from '../../engine/objects/dictObject';
import { internedKey } from '../../engine/objects/typeDict';
import { PyDescrObject } from '../../engine/objects/descrObject';
import { UnsupportedError } from '../runtime/pyError';
import type { NativeImpl } from '../vm/callables';
import { SLOT_NAME_CHANGES, SLOT_NAMES_311 } from './builtinSlotNames';
import { slotWrapperImpl } from './slotWrapperImpls';
import { isIteratorType } from '../modules/nativeObject';
import { builtinDocText } from './builtinDocs';

/** Kind letters of builtinSlotNames.ts: w wrapper, m method, c class method, g getset, M member, n `__new__`, s staticmethod, d doc, x None. */
export type SlotKind = 'w' | 'm' | 'c' | 'g' | 'M' | 'n' | 's' | 'd' | 'x';

/** What a module's iterator type holds at least (`tp_iter`, `tp_iternext` wrappers). */
const ITERATOR_SLOTS = new Map<string, SlotKind>([['__iter__', 'w'], ['__next__', 'w']]);

const byVersion = new Map<string, Map<string, Map<string, SlotKind>>>();

function parse(entries: string, into: Map<string, SlotKind>): void {
  for (const e of entries.split(' ')) {
    if (!e) continue;
    if (e.startsWith('-')) { into.delete(e.slice(1)); continue; }
    const [name, kind] = (e.startsWith('+') ? e.slice(1) : e).split(':');
    into.set(name, kind as SlotKind);
  }
}

/** The names by type name for `version`: 3.11's, then each later version's changes. */
function namesFor(version: string): Map<string, Map<string, SlotKind>> {
  let m = byVersion.get(version);
  if (m) return m;
  m = new Map();
  for (const [t, entries] of Object.entries(SLOT_NAMES_311)) {
    const names = new Map<string, SlotKind>();
    parse(entries, names);
    m.set(t, names);
  }
  for (const v of ['3.12', '3.13']) {
    if (v > version) break;
    for (const [t, changes] of Object.entries(SLOT_NAME_CHANGES[v])) parse(changes, m.get(t) as Map<string, SlotKind>);
  }
  byVersion.set(version, m);
  return m;
}

/** The names a built-in type's own `__dict__` holds, with their kinds (null for heap types and unmeasured types). */
export function ownSlotNames(rt: Runtime, t: PyTypeObject): Map<string, SlotKind> | null {
  if (t instanceof PyHeapTypeObject) return null;
  return namesFor(rt.profile.version).get(t.name) ?? (isIteratorType(t) ? ITERATOR_SLOTS : null);
}

/** The kind of `t.__dict__[name]` on the running version, or undefined. */
export function ownSlotKind(rt: Runtime, t: PyTypeObject, name: string): SlotKind | undefined {
  return ownSlotNames(rt, t)?.get(name);
}

/**
 * `impl` behind a descriptor of `owner`: the first argument must be an instance of `owner`
 * (`descr_check` / `method_vectorcall_*`'s messages, Objects/descrobject.c).
 */
export function checkedDescrImpl(kind: NativeDescrKind, owner: PyTypeObject, name: string, impl: NativeImpl): NativeImpl {
  if (owner.base === null) return impl; // object: everything qualifies
  return (interp, args, kwnames) => {
    const self = args[0];
    const nkw = kwnames ? kwnames.length : 0;
    if (self === undefined || args.length - nkw === 0) {
      return interp.typeError(kind === 'wrapper_descriptor'
        ? `descriptor '${name}' of '${tpName(owner)}' object needs an argument`
        : `unbound method ${tpName(owner)}.${name}() needs an argument`);
    }
    if (!self.type.isSubtypeOf(owner)) {
      return interp.typeError(kind === 'wrapper_descriptor'
        ? `descriptor '${name}' requires a '${tpName(owner)}' object but received a '${tpName(self.type)}'`
        : `descriptor '${name}' for '${tpName(owner)}' objects doesn't apply to a '${tpName(self.type)}' object`);
    }
    return impl(interp, args, kwnames);
  };
}

const made = new WeakMap<Interp, Map<PyTypeObject, Map<string, PyObject>>>();

/** A descriptor the interpreter has no implementation for: it exists (dir, hasattr), calling it says so. */
function unsupported(owner: PyTypeObject, name: string): NativeImpl {
  return (interp) => { throw new UnsupportedError(`${owner.name}.${name}() (not simulated yet)`, interp.line); };
}

/**
 * `t.__dict__[name]` of a built-in type, borrowed: the interpreter's own method descriptor, a slot
 * wrapper or method descriptor over the generic operation, None for `__hash__ = None`; null for
 * names it does not hold (or holds as a getset, member or doc, which the callers handle).
 */
export function builtinOwnAttr(interp: Interp, t: PyTypeObject, name: string): PyObject | null {
  const own = interp.methods.lookupOwn(t, name);
  if (own) return own;
  const kind = ownSlotKind(interp.rt, t, name);
  if (kind === 'x') return interp.rt.None;
  if (kind !== 'w' && kind !== 'm' && kind !== 'c' && kind !== 's' && kind !== 'g' && kind !== 'M') return null;
  // type's own getsets (`__name__`, `__mro__`…) are read by type_getattro's own code (typeGetAttr).
  if ((kind === 'g' || kind === 'M') && t === interp.rt.types.type) return null;
  let byType = made.get(interp);
  if (!byType) made.set(interp, (byType = new Map()));
  let byName = byType.get(t);
  if (!byName) byType.set(t, (byName = new Map()));
  let d = byName.get(name);
  if (!d) {
    d = makeDescr(interp, t, name, kind);
    byName.set(name, d);
  }
  return d;
}

/** The static descriptor of kind `kind` for `t.__dict__[name]`. */
function makeDescr(interp: Interp, t: PyTypeObject, name: string, kind: 'w' | 'm' | 'c' | 's' | 'g' | 'M'): PyObject {
  const rt = interp.rt;
  if (kind === 's') return staticMethodEntry(interp, t, name);
  if (kind === 'g' || kind === 'M') {
    const ct = classTypes(rt);
    const type = kind === 'g' ? ct.getsetDescriptor : ct.memberDescriptor;
    const d = rt.staticObject(new PyDescrObject(type, rt.heap.staticAddress(16 + type.basicsize)));
    d.refs = [t];
    d.slotName = name;
    return d;
  }
  if (kind === 'c') {
    const impl = interp.methods.lookupClassMethod(t, name) ?? unsupported(t, name);
    return staticNativeDescr(rt, 'classmethod_descriptor', t, name, impl);
  }
  const descrKind: NativeDescrKind = kind === 'w' ? 'wrapper_descriptor' : 'method_descriptor';
  const impl = slotWrapperImpl(t, name) ?? unsupported(t, name);
  return staticNativeDescr(rt, descrKind, t, name, checkedDescrImpl(descrKind, t, name, impl));
}

/**
 * A built-in type's attribute read on the class itself: a class method binds to the class
 * (`classmethod_get`), anything else is the descriptor (`list.__len__`, `int.real`). New reference.
 */
export function builtinClassAttr(interp: Interp, d: PyObject, cls: PyTypeObject): PyObject {
  const rt = interp.rt;
  const fn = staticMethodFunction(rt, d);
  if (fn) return fn;
  if (d instanceof PyNativeDescrObject && d.type === nativeDescrTypes(rt).classmethodDescriptor) return newBoundCMethod(rt, d.name, d.impl, cls);
  rt.heap.incref(d);
  return d;
}

/** `_PyType_Lookup` over the built-in types of `mro` only (borrowed), or null. */
export function builtinMroAttr(interp: Interp, mro: readonly PyTypeObject[], name: string): PyObject | null {
  for (const t of mro) {
    if (t instanceof PyHeapTypeObject) continue;
    const v = builtinOwnAttr(interp, t, name);
    if (v) return v;
  }
  return null;
}

/**
 * A built-in type's attribute `d` read on `owner`: a slot wrapper gives a new method-wrapper
 * (`wrapperdescr_get`); a method descriptor is returned unbound for the method form of LOAD_ATTR
 * (`method: true`), or bound into a built-in method (`method_get`); anything else as it is.
 */
export function bindBuiltin(interp: Interp, d: PyObject, owner: PyObject, forMethod: boolean): FoundAttr {
  const rt = interp.rt;
  const types = nativeDescrTypes(rt);
  if (d instanceof PyNativeDescrObject && d.type === types.wrapperDescriptor) return { value: newMethodWrapper(rt, d, owner), method: false };
  if (d instanceof PyNativeDescrObject && d.type === types.classmethodDescriptor) return { value: newBoundCMethod(rt, d.name, d.impl, owner.type), method: false };
  const fn = staticMethodFunction(rt, d);
  if (fn) return { value: fn, method: false };
  if (d instanceof PyDescrObject) {
    // A getset or member of a built-in type: its getter's value.
    const owner0 = d.refs[0] as PyTypeObject;
    const get = BUILTIN_GETTERS[owner0.name]?.[d.slotName];
    if (!get) throw new UnsupportedError(`the attribute ${owner0.name}.${d.slotName}`, interp.line);
    return { value: get(interp, owner), method: false };
  }
  if (d instanceof PyCFunctionObject && !forMethod) return { value: newBoundCMethod(rt, d.name, d.impl, owner), method: false };
  rt.heap.incref(d);
  return { value: d, method: d instanceof PyCFunctionObject };
}

const typeDicts = new WeakMap<Interp, Map<PyTypeObject, PyDictObject>>();

/**
 * A built-in type's `tp_dict` as a real dict (borrowed), made on first use: every name of
 * `ownSlotNames` (alphabetically) and of the interpreter's method table, with its descriptor.
 * `__doc__` is the measured doc string (a static str, as CPython makes it when readying the type);
 * the few names the simulation has no object for hold None.
 */
export function builtinTypeDict(interp: Interp, t: PyTypeObject): PyDictObject {
  const rt = interp.rt;
  let byType = typeDicts.get(interp);
  if (!byType) typeDicts.set(interp, (byType = new Map()));
  let d = byType.get(t);
  if (d) return d;
  d = newDict(rt);
  const names = new Set([...(ownSlotNames(rt, t)?.keys() ?? []), ...interp.methods.ownNames(t)]);
  for (const name of names) {
    const v = builtinOwnAttr(interp, t, name) ?? dictOnlyEntry(interp, t, name) ?? typeDocEntry(interp, t, name) ?? rt.None;
    const k = internedKey(rt, name);
    rt.heap.incref(k.key);
    rt.heap.incref(v);
    dictSetItem(rt, d, k, v);
  }
  byType.set(t, d);
  return d;
}

/** `t.__dict__['__doc__']` of a static type: its measured doc as a static str, or null. */
function typeDocEntry(interp: Interp, t: PyTypeObject, name: string): PyObject | null {
  if (name !== '__doc__' || ownSlotKind(interp.rt, t, name) !== 'd') return null;
  const text = builtinDocText(interp.rt, 'doc', t.name);
  return text === null ? null : interp.rt.staticString(text);
}

/**
 * The entries only the dict shows: `__new__` (`tp_new_wrapper`, a built-in method bound to the
 * type) and static methods (`str.maketrans`, a staticmethod around a built-in function); static.
 */
function dictOnlyEntry(interp: Interp, t: PyTypeObject, name: string): PyObject | null {
  const rt = interp.rt;
  if (ownSlotKind(rt, t, name) !== 'n') return null;
  return typeBoundFunction(interp, t, name);
}

/** A built-in function whose `__self__` is the type (`type_add_method` passes it for METH_STATIC too). */
function typeBoundFunction(interp: Interp, t: PyTypeObject, name: string): PyObject {
  const rt = interp.rt;
  const impl = interp.methods.lookupClassMethod(t, name) ?? unsupported(t, name);
  return rt.staticObject(new PyCFunctionObject(rt.types.builtinFunction, rt.heap.staticAddress(16 + CFUNCTION_SIZE), name, impl, t));
}

/** `t.__dict__[name]` for a METH_STATIC method (`str.maketrans`): a staticmethod around it. */
function staticMethodEntry(interp: Interp, t: PyTypeObject, name: string): PyObject {
  const rt = interp.rt;
  const type = classTypes(rt).staticmethod;
  const d = rt.staticObject(new PyDescrObject(type, rt.heap.staticAddress(16 + type.basicsize)));
  d.refs = [typeBoundFunction(interp, t, name)];
  return d;
}

/** `sm_descr_get`: the function a built-in staticmethod holds (new reference), or null for other descriptors. */
function staticMethodFunction(rt: Interp['rt'], d: PyObject): PyObject | null {
  if (!(d instanceof PyDescrObject) || d.type !== classTypes(rt).staticmethod) return null;
  const f = d.refs[0] as PyObject;
  rt.heap.incref(f);
  return f;
}

/**
 * What a built-in type holds in its own `__dict__`: the slot wrappers `add_operators` makes from
 * typeobject.c's slotdefs for the slots the type fills (`list.__len__`), its method table
 * (`list.append`), getsets and members — the names and kinds measured on CPython
 * (builtinSlotNames.ts). The descriptors are made once per interpreter, on first use, as static
 * objects (CPython makes them while readying the type at startup); a method the interpreter
 * implements itself (`MethodTables.define`) is that descriptor, a slot wrapper calls the generic
 * operation (slotWrapperImpls.ts).
 */
import { nativeDescrTypes, newMethodWrapper, PyNativeDescrObject, staticNativeDescr, type NativeDescrKind } from '../../engine/objects/nativeDescrObject';
import { newBoundCMethod, PyCFunctionObject } from '../../engine/objects/nativeObject';
import type { PyObject } from '../../engine/objects/object';
import { PyHeapTypeObject } from '../../engine/objects/typeHeap';
import type { PyTypeObject } from '../../engine/objects/typeObject';
import type { Runtime } from '../../engine/runtime';
import type { Interp } from '../runtime/interp';
import type { FoundAttr } from './instanceAttrs';
import { UnsupportedError } from '../runtime/pyError';
import type { NativeImpl } from '../vm/callables';
import { SLOT_NAME_CHANGES, SLOT_NAMES_311 } from './builtinSlotNames';
import { slotWrapperImpl } from './slotWrapperImpls';

/** Kind letters of builtinSlotNames.ts: w wrapper, m method, c class method, g getset, M member, n `__new__`, s staticmethod, d doc, x None. */
export type SlotKind = 'w' | 'm' | 'c' | 'g' | 'M' | 'n' | 's' | 'd' | 'x';

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
  return namesFor(rt.profile.version).get(t.name) ?? null;
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
        ? `descriptor '${name}' of '${owner.name}' object needs an argument`
        : `unbound method ${owner.name}.${name}() needs an argument`);
    }
    if (!self.type.isSubtypeOf(owner)) {
      return interp.typeError(kind === 'wrapper_descriptor'
        ? `descriptor '${name}' requires a '${owner.name}' object but received a '${self.type.name}'`
        : `descriptor '${name}' for '${owner.name}' objects doesn't apply to a '${self.type.name}' object`);
    }
    return impl(interp, args, kwnames);
  };
}

const made = new WeakMap<Interp, Map<PyTypeObject, Map<string, PyNativeDescrObject>>>();

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
  if (kind !== 'w' && kind !== 'm') return null;
  let byType = made.get(interp);
  if (!byType) made.set(interp, (byType = new Map()));
  let byName = byType.get(t);
  if (!byName) byType.set(t, (byName = new Map()));
  let d = byName.get(name);
  if (!d) {
    const descrKind: NativeDescrKind = kind === 'w' ? 'wrapper_descriptor' : 'method_descriptor';
    const impl = slotWrapperImpl(t, name) ?? unsupported(t, name);
    d = staticNativeDescr(interp.rt, descrKind, t, name, checkedDescrImpl(descrKind, t, name, impl));
    byName.set(name, d);
  }
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
  if (d instanceof PyNativeDescrObject && d.type === nativeDescrTypes(rt).wrapperDescriptor) return { value: newMethodWrapper(rt, d, owner), method: false };
  if (d instanceof PyCFunctionObject && !forMethod) return { value: newBoundCMethod(rt, d.name, d.impl, owner), method: false };
  rt.heap.incref(d);
  return { value: d, method: d instanceof PyCFunctionObject };
}

/**
 * `__doc__` and `__text_signature__` of the builtins module's functions, the common built-in types
 * and what those types hold in their own `__dict__` (method descriptors, slot wrappers, getsets,
 * members), as CPython 3.11–3.13 print them. The texts are measured (builtinDocs.json, written by
 * test/oracle/builtinDocsProbe.py); each read makes a new str, as CPython does: `meth_get__doc__`,
 * `method_get_doc`, `wrapperdescr_get_doc`, `getset_get_doc` and `type_get_doc` (static types)
 * all return `PyUnicode_FromString` of the C doc string, so `len.__doc__ is len.__doc__` is False.
 */
import type { PyObject } from '../../engine/objects/object';
import { newStr } from '../../engine/objects/unicodeObject';
import { PyCFunctionObject } from '../../engine/objects/nativeObject';
import { PyMethodWrapperObject, PyNativeDescrObject } from '../../engine/objects/nativeDescrObject';
import { PyDescrObject } from '../../engine/objects/descrObject';
import { classTypes } from '../../engine/objects/classTypes';
import { PyHeapTypeObject } from '../../engine/objects/typeHeap';
import { PyTypeObject } from '../../engine/objects/typeObject';
import type { Runtime } from '../../engine/runtime';
import type { Interp } from '../runtime/interp';
import { mroOf, type FoundAttr } from './typeLookup';
import measured from './builtinDocs.json';

/** The shape of builtinDocs.json (see the probe's header). */
interface DocTable {
  texts: string[];
  keys: string[];
  doc: number[];
  sig: number[];
  docChanges: Record<string, Record<string, number>>;
  sigChanges: Record<string, Record<string, number>>;
}

interface VersionDocs { doc: Map<string, string>; sig: Map<string, string> }

const byVersion = new Map<string, VersionDocs>();

/** 3.12's texts by key with `version`'s changes applied, decoded once per version. */
function docsFor(version: string): VersionDocs {
  let v = byVersion.get(version);
  if (v) return v;
  const table = measured as DocTable;
  const decode = (base: number[], changes: Record<string, number> | undefined): Map<string, string> => {
    const m = new Map<string, string>();
    base.forEach((t, i) => {
      const ti = changes && String(i) in changes ? changes[String(i)] : t;
      if (ti >= 0) m.set(table.keys[i], table.texts[ti]);
    });
    return m;
  };
  v = { doc: decode(table.doc, table.docChanges[version]), sig: decode(table.sig, table.sigChanges[version]) };
  byVersion.set(version, v);
  return v;
}

/** The measured text of `which` for `key` ("len", "str", "str.upper") on the running version, or null. */
export function builtinDocText(rt: Runtime, which: 'doc' | 'sig', key: string): string | null {
  return docsFor(rt.profile.version)[which].get(key) ?? null;
}

/** The first `T.name` along `mro` that has a measured doc or signature. */
function keyAlong(rt: Runtime, mro: readonly PyTypeObject[], name: string): string | null {
  const docs = docsFor(rt.profile.version);
  for (const t of mro) {
    const key = `${t.name}.${name}`;
    if (docs.doc.has(key) || docs.sig.has(key)) return key;
  }
  return null;
}

/**
 * The key of a built-in callable: `len` for a function of builtins, `str.upper` for a method
 * descriptor, a slot wrapper, a method-wrapper or a method bound to an instance (`"a".upper`) or,
 * for a class method, to a class (`dict.fromkeys`, along the class's MRO).
 */
function cfunctionKey(interp: Interp, f: PyCFunctionObject): string | null {
  const rt = interp.rt;
  if (f instanceof PyNativeDescrObject) return keyAlong(rt, mroOf(f.owner), f.name);
  if (f instanceof PyMethodWrapperObject) return keyAlong(rt, mroOf(f.descr.owner), f.name);
  // Every built-in `__new__` is typeobject.c's one `tp_new_methoddef` (`tp_new_wrapper`): one
  // doc and signature, whichever type it is bound to (`int.__new__`'s type is held apart here).
  if (f.name === '__new__') return 'object.__new__';
  if (f.self === null) return interp.builtins.get(f.name) === f ? f.name : null;
  if (f.self instanceof PyTypeObject) return keyAlong(rt, mroOf(f.self), f.name) ?? keyAlong(rt, mroOf(f.self.type), f.name);
  return keyAlong(rt, mroOf(f.self.type), f.name);
}

/** The measured key of `owner` when it is a built-in function, a static type or one of its getsets/members. */
function docKey(interp: Interp, owner: PyObject): string | null {
  if (owner instanceof PyCFunctionObject) return cfunctionKey(interp, owner);
  if (owner instanceof PyTypeObject) return owner instanceof PyHeapTypeObject ? null : owner.name;
  const ct = classTypes(interp.rt);
  if (owner instanceof PyDescrObject && (owner.type === ct.getsetDescriptor || owner.type === ct.memberDescriptor)) {
    const t = owner.refs[0];
    return t instanceof PyTypeObject && !(t instanceof PyHeapTypeObject) ? `${t.name}.${owner.slotName}` : null;
  }
  return null;
}

/** `subtype_getsets`' docs: what a class's own `__dict__` and `__weakref__` descriptors say (typeobject.c). */
function heapGetsetDoc(interp: Interp, owner: PyObject): string | null {
  if (!(owner instanceof PyDescrObject) || owner.type !== classTypes(interp.rt).getsetDescriptor || !(owner.refs[0] instanceof PyHeapTypeObject)) return null;
  if (owner.slotName === '__dict__') return 'dictionary for instance variables';
  return owner.slotName === '__weakref__' ? 'list of weak references to the object' : null;
}

/**
 * `__doc__` / `__text_signature__` of a built-in function or method, a static type or a built-in
 * getset/member descriptor: a new str of the measured text, None where CPython has none or the
 * simulation has not measured it (other modules' functions); null for other objects and names.
 */
export function builtinDocAttr(interp: Interp, owner: PyObject, name: string): FoundAttr | null {
  if (name !== '__doc__' && name !== '__text_signature__') return null;
  const heapGetset = heapGetsetDoc(interp, owner);
  if (heapGetset !== null && name === '__doc__') return { value: newStr(interp.rt, heapGetset), method: false };
  const isDescr = owner instanceof PyDescrObject && docKey(interp, owner) !== null;
  if (!(owner instanceof PyCFunctionObject) && !(owner instanceof PyTypeObject && !(owner instanceof PyHeapTypeObject)) && !isDescr) return null;
  if (isDescr && name === '__text_signature__') return null;
  const key = docKey(interp, owner);
  const text = key === null ? null : builtinDocText(interp.rt, name === '__doc__' ? 'doc' : 'sig', key);
  return { value: text === null ? interp.none() : newStr(interp.rt, text), method: false };
}

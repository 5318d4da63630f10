/**
 * `dataclasses.Field` and its sentinels (Lib/dataclasses.py, 3.11–3.13): what `field()` returns
 * and what `fields()` lists. A Field keeps its objects (name, type, default, default_factory,
 * metadata, hash) as owned refs and its flags beside them; `MISSING` is the one
 * `_MISSING_TYPE` instance that stands for "no default". Obscurity: CPython's Field is a
 * `__slots__` class of 11 members (getsizeof 120 with the GC head on all three versions); ours is
 * a native object of the same size.
 */
import type { PyObject } from '../../engine/objects/object';
import type { PyTypeObject } from '../../engine/objects/typeObject';
import { newDict, PyDictObject } from '../../engine/objects/dictObject';
import { newMappingProxy } from '../objects/mappingProxy';
import { newStr, PyUnicodeObject } from '../../engine/objects/unicodeObject';
import { isTrue } from '../objects/abstract';
import { reprOf } from '../objects/repr';
import type { Interp } from '../runtime/interp';
import type { NativeImpl } from '../vm/callables';
import type { PyNativeObject } from './nativeObject';
import { nativeType, newNativeObject } from './nativeObject';
import { bindArgs } from './pyArgs';

/** What a Field is (`_FIELD`, `_FIELD_CLASSVAR`, `_FIELD_INITVAR`). */
export type FieldKind = '_FIELD' | '_FIELD_CLASSVAR' | '_FIELD_INITVAR';

/** Slots of a Field's `refs`. */
export const enum FieldRef { name, type, default, defaultFactory, metadata, hash }

/** A Field's flags (its objects are in `refs`). */
export interface FieldFlags {
  init: boolean;
  repr: boolean;
  compare: boolean;
  /** `kw_only`: null while MISSING (the class's `kw_only` decides). */
  kwOnly: boolean | null;
  kind: FieldKind;
}

/** The sentinels of one runtime's dataclasses module. */
export interface DataclassSentinels {
  missing: PyNativeObject;
  kwOnly: PyNativeObject;
  /** `_EMPTY_METADATA`: the one empty mappingproxy every `field()` without metadata shares. */
  emptyMetadata: PyNativeObject;
  /** `_HAS_DEFAULT_FACTORY`: the `__init__` default of a default_factory field (repr `<factory>`). */
  hasDefaultFactory: PyNativeObject;
}

const flagsOf = new WeakMap<PyObject, FieldFlags>();
const sentinelsOf = new WeakMap<object, DataclassSentinels>();

/** The module's sentinels (made once per runtime, kept alive by the module). */
export function sentinels(interp: Interp): DataclassSentinels {
  let s = sentinelsOf.get(interp.rt);
  if (!s) {
    const missing = newNativeObject(interp, nativeType(interp, 'dataclasses._MISSING_TYPE', 16), []);
    missing.repr = () => `<dataclasses._MISSING_TYPE object at 0x${missing.id.toString(16).padStart(12, '0')}>`;
    const kwOnly = newNativeObject(interp, nativeType(interp, 'dataclasses.KW_ONLY', 16), []);
    kwOnly.repr = () => "<class 'dataclasses.KW_ONLY'>";
    const empty = newDict(interp.rt);
    const emptyMetadata = newMappingProxy(interp, empty);
    interp.rt.heap.decref(empty);
    const hasDefaultFactory = newNativeObject(interp, nativeType(interp, 'dataclasses._HAS_DEFAULT_FACTORY_CLASS', 16), []);
    hasDefaultFactory.repr = () => '<factory>';
    sentinelsOf.set(interp.rt, (s = { missing, kwOnly, emptyMetadata, hasDefaultFactory }));
  }
  return s;
}

/** The flags of Field `f`, or undefined when `f` is not a Field. */
export function fieldFlags(f: PyObject): FieldFlags | undefined {
  return flagsOf.get(f);
}

/** `dataclasses.Field`, the type of what `field()` returns and `fields()` lists. */
export function fieldType(interp: Interp): PyTypeObject {
  return nativeType(interp, 'dataclasses.Field', 120);
}

/** A new Field owning `refs` (stolen). */
export function newField(interp: Interp, refs: PyObject[], flags: FieldFlags): PyNativeObject {
  const f = newNativeObject(interp, fieldType(interp), refs);
  flagsOf.set(f, flags);
  f.repr = (i) => fieldRepr(i, f);
  f.getAttr = (i, name) => {
    const value = fieldAttr(i, f, name);
    return value ? { value, method: false } : null;
  };
  return f;
}

function fieldAttr(interp: Interp, f: PyNativeObject, name: string): PyObject | null {
  const fl = flagsOf.get(f) as FieldFlags;
  const refIndex: Record<string, FieldRef> = {
    name: FieldRef.name, type: FieldRef.type, default: FieldRef.default, default_factory: FieldRef.defaultFactory,
    metadata: FieldRef.metadata, hash: FieldRef.hash,
  };
  if (name in refIndex) {
    const v = f.refs[refIndex[name]] ?? interp.rt.None;
    interp.rt.heap.incref(v);
    return v;
  }
  if (name === 'init' || name === 'repr' || name === 'compare') return interp.bool(fl[name]);
  if (name === 'kw_only') return fl.kwOnly === null ? refOf(interp, sentinels(interp).missing) : interp.bool(fl.kwOnly);
  if (name === '_field_type') return newStr(interp.rt, fl.kind);
  return null;
}

function refOf(interp: Interp, o: PyObject): PyObject {
  interp.rt.heap.incref(o);
  return o;
}

/** `Field.__repr__`: every attribute, comma-separated without spaces, as CPython prints it. */
function fieldRepr(interp: Interp, f: PyNativeObject): string {
  const fl = flagsOf.get(f) as FieldFlags;
  const r = (o: PyObject | null) => reprOf(interp, o ?? interp.rt.None);
  const kw = fl.kwOnly === null ? r(sentinels(interp).missing) : fl.kwOnly ? 'True' : 'False';
  const py = (b: boolean) => (b ? 'True' : 'False');
  const md = f.refs[FieldRef.metadata];
  return `Field(name=${r(f.refs[FieldRef.name])},type=${r(f.refs[FieldRef.type])},default=${r(f.refs[FieldRef.default])},`
    + `default_factory=${r(f.refs[FieldRef.defaultFactory])},init=${py(fl.init)},repr=${py(fl.repr)},hash=${r(f.refs[FieldRef.hash])},`
    + `compare=${py(fl.compare)},metadata=${reprOf(interp, md ?? interp.rt.None)},kw_only=${kw},_field_type=${fl.kind})`;
}

const FIELD_SIG = {
  qualname: 'field', params: [], required: 0,
  kwOnly: ['default', 'default_factory', 'init', 'repr', 'hash', 'compare', 'metadata', 'kw_only'],
};

/** `dataclasses.field(*, default, default_factory, init, repr, hash, compare, metadata, kw_only)`. */
export const fieldFunction: NativeImpl = (interp, args, kwnames) => {
  const [dflt, factory, init, repr, hash, compare, metadata, kwOnly] = bindArgs(interp, FIELD_SIG, args, kwnames);
  const { missing } = sentinels(interp);
  const given = (o: PyObject | undefined) => o !== undefined && o !== missing;
  if (given(dflt) && given(factory)) interp.raise('ValueError', 'cannot specify both default and default_factory');
  const rt = interp.rt;
  const own = (o: PyObject | undefined, fallback: PyObject) => refOf(interp, o ?? fallback);
  // Field.__init__: metadata None (the default) is the shared `_EMPTY_METADATA`, a dict gets a new
  // mappingproxy over it (a per-field dict here would hold 64 bytes more on the `field()` line).
  const md = metadata === undefined || metadata === rt.None ? refOf(interp, sentinels(interp).emptyMetadata)
    : metadata instanceof PyDictObject ? newMappingProxy(interp, metadata) : refOf(interp, metadata);
  return newField(interp, [own(undefined, rt.None), own(undefined, rt.None), own(dflt, missing), own(factory, missing), md, own(hash, rt.None)], {
    init: init === undefined || isTrue(interp, init), repr: repr === undefined || isTrue(interp, repr),
    compare: compare === undefined || isTrue(interp, compare),
    kwOnly: kwOnly === undefined || kwOnly === missing ? null : isTrue(interp, kwOnly), kind: '_FIELD',
  });
};

/** Sets a Field's name and type (owned references replace the old ones). */
export function nameField(interp: Interp, f: PyNativeObject, name: PyObject, type: PyObject): void {
  const heap = interp.rt.heap;
  heap.incref(name);
  heap.incref(type);
  const [oldName, oldType] = [f.refs[FieldRef.name], f.refs[FieldRef.type]];
  f.refs[FieldRef.name] = name;
  f.refs[FieldRef.type] = type;
  heap.xdecref(oldName);
  heap.xdecref(oldType);
}

/** The name of Field `f`. */
export function fieldName(f: PyNativeObject): string {
  const n = f.refs[FieldRef.name];
  return n instanceof PyUnicodeObject ? n.value : '?';
}

/**
 * `dataclasses` (Lib/dataclasses.py, 3.11–3.13): `@dataclass` with its parameters, `field`,
 * `fields`, `asdict`, `astuple`, `replace`, `is_dataclass`, `FrozenInstanceError`, `InitVar`,
 * `KW_ONLY`, `MISSING`. `@dataclass` reads the class's `__annotations__` in order after its bases'
 * fields (`_process_class`), skips ClassVars, stores `__dataclass_fields__` and adds the methods
 * of dataclassSource.ts (exec'd Python source) that the class does not define itself. `slots=True` makes a new class
 * with `__slots__` naming the fields (a smaller instance, 48 bytes for two fields on 3.11–3.13).
 * Obscurity: instances are ordinary instances of the class (getsizeof 56 on 3.11, 48 on 3.12+).
 */
import { dictItems, newDict, PyDictObject } from '../../engine/objects/dictObject';
import { newList, PyListObject } from '../../engine/objects/listObject';
import type { PyObject } from '../../engine/objects/object';
import { newTuple, PyTupleObject } from '../../engine/objects/tupleObject';
import { PyHeapTypeObject } from '../../engine/objects/typeHeap';
import { PyTypeObject } from '../../engine/objects/typeObject';
import { newStr, PyUnicodeObject } from '../../engine/objects/unicodeObject';
import { isTrue } from '../objects/abstract';
import { dictStore } from '../objects/containerOps';
import { reprOf } from '../objects/repr';
import { createClass } from '../objects/typeCreate';
import type { Interp } from '../runtime/interp';
import type { PyModuleObject } from '../runtime/moduleObject';
import type { NativeImpl } from '../vm/callables';
import { callAny } from '../vm/callDispatch';
import { FieldRef, fieldFlags, fieldFunction, fieldType, fieldName, nameField, newField, sentinels } from './dataclassField';
import { compareSource, createMethod, type DataclassInfo, frozenSource, hashSource, initSource, isKwOnly, type MethodSource, nameMethod, reprSource } from './dataclassSource';
import { typeLookup } from '../objects/typeLookup';
import { addSupportNames, supportName } from './dataclassSupport';
import { newDataclassParams } from './dataclassParams';
import { classSignature } from '../builtins/helpClass';
import { formatSignature } from '../builtins/helpSignature';
import type { PyNativeObject } from './nativeObject';
import { bindArgs } from './pyArgs';
import { annotationIs, newForm } from './typingForms';
import { isIdentifier, KEYWORDS } from './namedtupleOps';
import { collect } from '../builtins/builtinFunctions';

/** `@dataclass`'s parameters. */
interface Params {
  init: boolean; repr: boolean; eq: boolean; order: boolean; unsafeHash: boolean; frozen: boolean;
  matchArgs: boolean; kwOnly: boolean; slots: boolean; weakrefSlot: boolean;
}

const PARAM_NAMES = ['init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen', 'match_args', 'kw_only', 'slots', 'weakref_slot'];
const DATACLASS_SIG = { qualname: 'dataclass', params: ['cls'], required: 0, kwOnly: PARAM_NAMES };

/** Each dataclass's info (its fields, for subclasses and the module functions). */
const infos = new WeakMap<PyObject, DataclassInfo>();

function own(interp: Interp, o: PyObject): PyObject {
  interp.rt.heap.incref(o);
  return o;
}

function setClassAttr(interp: Interp, cls: PyHeapTypeObject, name: string, v: PyObject): void {
  const old = cls.ns.get(name);
  cls.ns.set(name, v);
  interp.rt.heap.xdecref(old ?? null);
}

/** `_process_class`: the class's fields, then its methods; returns the class (a new one with slots=True). */
function processClass(interp: Interp, cls: PyObject, p: Params, frozenError: PyObject): PyObject {
  if (!(cls instanceof PyHeapTypeObject)) return interp.typeError('dataclass() should be called on a class');
  const rt = interp.rt;
  const { missing, kwOnly: kwOnlyMarker } = sentinels(interp);
  const classHash = cls.ns.get('__hash__');
  // `has_explicit_hash`: a __hash__ of the class body's own (a None from __eq__ alone is not one).
  const explicitHash = classHash !== undefined && !(classHash === rt.None && cls.ns.has('__eq__'));
  const fields = new Map<string, PyNativeObject>();
  for (const base of [...(cls.mro ?? [])].slice(1).reverse()) {
    for (const f of infos.get(base)?.fields ?? []) fields.set(fieldName(f), f);
  }
  const fieldsDict = newDict(rt);
  for (const f of fields.values()) dictStore(interp, fieldsDict, f.refs[FieldRef.name] as PyObject, f);
  const annotations = cls.ns.get('__annotations__');
  let kwOnlyFromHere = false;
  for (const entry of annotations instanceof PyDictObject ? dictItems(annotations) : []) {
    const name = entry.key instanceof PyUnicodeObject ? entry.key.value : '';
    const type = entry.value;
    if (type === kwOnlyMarker || annotationIs(type, 'KW_ONLY', 'dataclasses')) {
      kwOnlyFromHere = true;
      continue;
    }
    const value = cls.ns.get(name);
    let f: PyNativeObject;
    if (value && fieldFlags(value)) {
      f = value as PyNativeObject;
      rt.heap.incref(f);
    } else {
      f = newField(interp, [own(interp, rt.None), own(interp, rt.None), own(interp, value ?? missing), own(interp, missing), own(interp, sentinels(interp).emptyMetadata), own(interp, rt.None)],
        { init: true, repr: true, compare: true, kwOnly: null, kind: '_FIELD' });
    }
    nameField(interp, f, entry.key, type);
    const flags = fieldFlags(f) as NonNullable<ReturnType<typeof fieldFlags>>;
    if (annotationIs(type, 'ClassVar', 'typing')) flags.kind = '_FIELD_CLASSVAR';
    else if (annotationIs(type, 'InitVar', 'dataclasses')) flags.kind = '_FIELD_INITVAR';
    // Fields and InitVars take the class's (or KW_ONLY's) kw_only; ClassVars keep MISSING.
    if (flags.kind !== '_FIELD_CLASSVAR' && flags.kwOnly === null) flags.kwOnly = kwOnlyFromHere || p.kwOnly;
    const dflt = f.refs[FieldRef.default] as PyObject;
    if (flags.kind === '_FIELD' && dflt !== missing && isMutableDefault(interp, dflt)) {
      rt.heap.decref(f);
      rt.heap.decref(fieldsDict);
      interp.raise('ValueError', `mutable default ${reprOf(interp, dflt.type)} for field ${name} is not allowed: use default_factory`);
    }
    // A field() in the class body becomes its default (or goes away without one).
    if (value && value === f) {
      if (dflt !== missing) setClassAttr(interp, cls, name, own(interp, dflt));
      else {
        cls.ns.delete(name);
        rt.heap.decref(f);
      }
    }
    dictStore(interp, fieldsDict, entry.key, f);
    rt.heap.decref(f);
    fields.set(name, f);
  }
  const all = [...fields.values()].filter((f) => fieldFlags(f)?.kind !== '_FIELD_CLASSVAR');
  const info: DataclassInfo = { qualname: cls.qualname, fields: all, frozen: p.frozen, kwOnly: p.kwOnly };
  checkDefaultOrder(interp, info, missing, fieldsDict);
  setClassAttr(interp, cls, '__dataclass_params__', newDataclassParams(interp, {
    init: p.init, repr: p.repr, eq: p.eq, order: p.order, unsafe_hash: p.unsafeHash, frozen: p.frozen,
    match_args: p.matchArgs, kw_only: p.kwOnly, slots: p.slots, weakref_slot: p.weakrefSlot,
  }));
  setClassAttr(interp, cls, '__dataclass_fields__', fieldsDict);
  infos.set(cls, info);
  const make = (m: MethodSource, wrap: PyObject | null = null): PyObject => {
    const inner = createMethod(interp, cls, m);
    if (!wrap) return nameMethod(interp, cls, m.name, inner);
    try {
      return nameMethod(interp, cls, m.name, callAny(interp, wrap, [inner]));
    } finally {
      rt.heap.decref(inner);
    }
  };
  const add = (name: string, source: () => MethodSource, wrap: PyObject | null = null): boolean => {
    if (cls.ns.has(name)) return false;
    cls.ns.set(name, make(source(), wrap));
    return true;
  };
  const v313 = rt.profile.version === '3.13';
  if (v313) {
    if (!cls.ns.has('__replace__')) cls.ns.set('__replace__', supportName(interp, '_replace'));
    setHash(interp, cls, info, p, explicitHash);
  }
  if (p.init) add('__init__', () => initSource(interp, info, typeLookup(interp, cls, '__post_init__') !== null, rt.types.object));
  if (p.repr) {
    const wrap = supportName(interp, '_recursive_repr');
    try {
      add('__repr__', () => reprSource(info), wrap);
    } finally {
      rt.heap.decref(wrap);
    }
  }
  if (p.eq) add('__eq__', () => compareSource(interp, info, '__eq__', '=='));
  if (p.order) {
    for (const [name, op] of [['__lt__', '<'], ['__le__', '<='], ['__gt__', '>'], ['__ge__', '>=']] as const) {
      if (!add(name, () => compareSource(interp, info, name, op))) {
        const sep = rt.profile.version === '3.13' ? '' : '.';
        interp.typeError(`Cannot overwrite attribute ${name} in class ${cls.name}${sep} Consider using functools.total_ordering`);
      }
    }
  }
  if (p.frozen) {
    for (const [name, deleting] of [['__setattr__', false], ['__delattr__', true]] as const) {
      if (!add(name, () => frozenSource(info, cls, frozenError, deleting))) interp.typeError(`Cannot overwrite attribute ${name} in class ${cls.name}`);
    }
  }
  if (!v313) setHash(interp, cls, info, p, explicitHash);
  if (p.matchArgs && !cls.ns.has('__match_args__')) {
    const names = all.filter((f) => fieldFlags(f)?.init && !isKwOnly(info, f)).map((f) => own(interp, f.refs[FieldRef.name] as PyObject));
    cls.ns.set('__match_args__', newTuple(rt, names));
  }
  setSignatureDoc(interp, cls);
  return p.slots ? withSlots(interp, cls, info) : own(interp, cls);
}

/**
 * A class without a docstring gets its signature as `__doc__`: `Point(x: int, y: int = 0)`
 * (`cls.__name__ + str(inspect.signature(cls)).replace(' -> None', '')`).
 */
function setSignatureDoc(interp: Interp, cls: PyHeapTypeObject): void {
  const doc = cls.ns.get('__doc__');
  if (doc && isTrue(interp, doc)) return;
  const sig = classSignature(interp, cls);
  const text = sig ? formatSignature(sig, null).replace(' -> None', '') : '';
  setClassAttr(interp, cls, '__doc__', newStr(interp.rt, `${cls.name}${text}`));
}

/** `f.default.__class__.__hash__ is None`: list, dict, set and unhashable classes. */
function isMutableDefault(interp: Interp, v: PyObject): boolean {
  const t = interp.rt.types;
  if (v.type === t.list || v.type === t.dict || v.type === t.set) return true;
  return v.type instanceof PyHeapTypeObject && v.type.ns.get('__hash__') === interp.rt.None;
}

/** `_process_class`'s check that a required positional parameter never follows a defaulted one. */
function checkDefaultOrder(interp: Interp, info: DataclassInfo, missing: PyObject, fieldsDict: PyObject): void {
  let lastDefault: string | null = null;
  for (const f of info.fields) {
    if (!fieldFlags(f)?.init || isKwOnly(info, f)) continue;
    const hasDefault = f.refs[FieldRef.default] !== missing || f.refs[FieldRef.defaultFactory] !== missing;
    if (hasDefault) lastDefault = fieldName(f);
    else if (lastDefault !== null) {
      const tail = interp.rt.profile.version === '3.13' ? ` '${lastDefault}'` : '';
      const message = `non-default argument '${fieldName(f)}' follows default argument${tail}`;
      interp.rt.heap.decref(fieldsDict);
      interp.typeError(message);
    }
  }
}

/** `_hash_action`: add `__hash__`, set it to None, or leave the class's own. */
function setHash(interp: Interp, cls: PyHeapTypeObject, info: DataclassInfo, p: Params, explicit: boolean): void {
  if (p.unsafeHash) {
    if (explicit) interp.typeError(`Cannot overwrite attribute __hash__ in class ${cls.name}`);
    setClassAttr(interp, cls, '__hash__', nameMethod(interp, cls, '__hash__', createMethod(interp, cls, hashSource(interp, info))));
  } else if (p.eq && p.frozen) {
    if (!explicit) setClassAttr(interp, cls, '__hash__', nameMethod(interp, cls, '__hash__', createMethod(interp, cls, hashSource(interp, info))));
  } else if (p.eq && !explicit) {
    setClassAttr(interp, cls, '__hash__', interp.none());
  }
}

/** `_add_slots`: a new class with `__slots__` = the field names and the same namespace otherwise. */
function withSlots(interp: Interp, cls: PyHeapTypeObject, info: DataclassInfo): PyObject {
  const rt = interp.rt;
  if (cls.ns.has('__slots__')) interp.typeError(`${cls.name} already specifies __slots__`);
  const ns = new Map<string, PyObject>();
  const names = info.fields.filter((f) => fieldFlags(f)?.kind === '_FIELD').map((f) => fieldName(f));
  for (const [k, v] of cls.ns) {
    if (names.includes(k) || k === '__dict__' || k === '__weakref__') continue;
    ns.set(k, own(interp, v));
  }
  ns.set('__slots__', newTuple(rt, names.map((n) => newStr(rt, n))));
  ns.set('__qualname__', newStr(rt, cls.qualname));
  ns.set('__module__', newStr(rt, cls.module));
  const made = createClass(interp, cls.name, cls.bases, ns);
  infos.set(made, info);
  return made;
}

function params(interp: Interp, bound: (PyObject | undefined)[]): Params {
  const flag = (i: number, dflt: boolean) => (bound[i] === undefined ? dflt : isTrue(interp, bound[i] as PyObject));
  return {
    init: flag(1, true), repr: flag(2, true), eq: flag(3, true), order: flag(4, false), unsafeHash: flag(5, false),
    frozen: flag(6, false), matchArgs: flag(7, true), kwOnly: flag(8, false), slots: flag(9, false),
    weakrefSlot: flag(10, false),
  };
}

/** The dataclass info of a dataclass or its instance, or null. */
function infoOf(o: PyObject): DataclassInfo | null {
  return infos.get(o) ?? (o instanceof PyTypeObject ? null : infos.get(o.type) ?? null);
}

/** `fields(class_or_instance)`: the Fields (not ClassVars or InitVars) as a tuple. */
const fieldsFunction: NativeImpl = (interp, args) => {
  const info = args.length === 1 ? infoOf(args[0]) : null;
  if (!info) return interp.typeError('must be called with a dataclass type or instance');
  return newTuple(interp.rt, info.fields.filter((f) => fieldFlags(f)?.kind === '_FIELD').map((f) => own(interp, f)));
};

/**
 * `_asdict_inner` / `_astuple_inner`: dataclasses become dicts (or tuples), lists, tuples and
 * dicts are rebuilt with converted items, anything else is `copy.deepcopy`'d.
 */
function convert(interp: Interp, o: PyObject, asTuple: boolean, deepcopy: PyObject): PyObject {
  const rt = interp.rt;
  const info = o instanceof PyTypeObject ? null : infos.get(o.type);
  if (info) {
    const fs = info.fields.filter((f) => fieldFlags(f)?.kind === '_FIELD');
    const values = fs.map((f) => {
      const v = interp.getAttr(o, fieldName(f), false).value;
      try {
        return convert(interp, v, asTuple, deepcopy);
      } finally {
        rt.heap.decref(v);
      }
    });
    if (asTuple) return newTuple(rt, values);
    const d = newDict(rt);
    fs.forEach((f, i) => {
      dictStore(interp, d, f.refs[FieldRef.name] as PyObject, values[i]);
      rt.heap.decref(values[i]);
    });
    return d;
  }
  if (o instanceof PyListObject && o.type === rt.types.list) return newList(rt, o.items.map((x) => convert(interp, x, asTuple, deepcopy)));
  if (o instanceof PyTupleObject && o.type === rt.types.tuple) return newTuple(rt, o.items.map((x) => convert(interp, x, asTuple, deepcopy)));
  if (o instanceof PyDictObject && o.type === rt.types.dict) {
    const d = newDict(rt);
    for (const e of dictItems(o)) {
      const k = convert(interp, e.key, asTuple, deepcopy);
      const v = convert(interp, e.value, asTuple, deepcopy);
      dictStore(interp, d, k, v);
      rt.heap.decref(k);
      rt.heap.decref(v);
    }
    return d;
  }
  return callAny(interp, deepcopy, [o]);
}

function converter(asTuple: boolean): NativeImpl {
  const name = asTuple ? 'astuple' : 'asdict';
  return (interp, args, kwnames) => {
    const [obj] = bindArgs(interp, { qualname: name, params: ['obj', asTuple ? 'tuple_factory' : 'dict_factory'], required: 1 }, args, kwnames);
    const o = obj as PyObject;
    if (o instanceof PyTypeObject || !infos.get(o.type)) interp.typeError(`${name}() should be called on dataclass instances`);
    const copy = interp.importModule('copy') as PyModuleObject;
    try {
      return convert(interp, o, asTuple, copy.dict.get('deepcopy') as PyObject);
    } finally {
      interp.rt.heap.decref(copy);
    }
  };
}

/** `replace(obj, /, **changes)`: a new instance from the init fields, with `changes` applied. */
const replaceFunction: NativeImpl = (interp, args, kwnames) => {
  const nkw = kwnames ? kwnames.length : 0;
  if (args.length - nkw !== 1) interp.typeError(`replace() takes 1 positional argument but ${args.length - nkw} were given`);
  const obj = args[0];
  const info = obj instanceof PyTypeObject ? null : infos.get(obj.type);
  if (!info) return interp.typeError('replace() should be called on dataclass instances');
  const changes = new Map<string, PyObject>();
  (kwnames ?? []).forEach((k, i) => changes.set(k, args[1 + i]));
  const names: string[] = [];
  const values: PyObject[] = [];
  const owned: PyObject[] = [];
  try {
    for (const f of info.fields) {
      const name = fieldName(f);
      const fl = fieldFlags(f);
      if (fl?.kind === '_FIELD_CLASSVAR') continue;
      if (!fl?.init) {
        if (changes.has(name)) interp.raise('ValueError', `field ${name} is declared with init=False, it cannot be specified with replace()`);
        continue;
      }
      if (changes.has(name)) continue;
      if (fl.kind === '_FIELD_INITVAR' && f.refs[FieldRef.default] === sentinels(interp).missing) {
        interp.raise('ValueError', `InitVar '${name}' must be specified with replace()`);
      }
      if (fl.kind === '_FIELD_INITVAR') continue;
      const v = interp.getAttr(obj, name, false).value;
      owned.push(v);
      names.push(name);
      values.push(v);
    }
    for (const [k, v] of changes) {
      names.push(k);
      values.push(v);
    }
    return callAny(interp, obj.type, values, names);
  } finally {
    for (const v of owned) interp.rt.heap.decref(v);
  }
};

const MAKE_SIG = { qualname: 'make_dataclass', params: ['cls_name', 'fields'], required: 2, kwOnly: ['bases', 'namespace', ...PARAM_NAMES, 'module'] };

/**
 * `make_dataclass(cls_name, fields, *, bases=(), namespace=None, ...)`: a class whose body is
 * `namespace`, then each field's default, then `__annotations__` (a bare name is annotated
 * 'typing.Any'), run through `@dataclass` with the same parameters. 3.11 builds it with
 * types.new_class, so its `__module__` is 'types'; 3.12+ use `module`, else the caller's ('__main__').
 */
function makeDataclass(interp: Interp, args: PyObject[], kwnames: string[] | null, frozenError: PyObject): PyObject {
  const rt = interp.rt;
  const bound = bindArgs(interp, { ...MAKE_SIG, kwOnly: rt.profile.version === '3.11' ? MAKE_SIG.kwOnly.slice(0, -1) : MAKE_SIG.kwOnly }, args, kwnames);
  const [nameArg, fieldsArg, basesArg, nsArg] = bound;
  const clsName = nameArg instanceof PyUnicodeObject ? nameArg.value : reprOf(interp, nameArg as PyObject);
  const ns = new Map<string, PyObject>();
  const put = (k: string, v: PyObject) => { rt.heap.xdecref(ns.get(k) ?? null); ns.set(k, own(interp, v)); };
  try {
    if (nsArg instanceof PyDictObject) for (const e of dictItems(nsArg)) if (typeof e.hashKey === 'string') put(e.hashKey, e.value);
    const annotations = newDict(rt);
    const seen = new Set<string>();
    const defaults: [string, PyObject][] = [];
    const items = collect(interp, fieldsArg as PyObject);
    try {
      for (const item of items) {
        const parts = item instanceof PyUnicodeObject ? [item] : item instanceof PyTupleObject || item instanceof PyListObject ? item.items : [];
        if (parts.length === 0 || parts.length > 3) interp.typeError(`Invalid field: ${reprOf(interp, item)}`);
        const name = parts[0] as PyObject;
        if (!(name instanceof PyUnicodeObject) || !isIdentifier(name.value)) interp.typeError(`Field names must be valid identifiers: ${reprOf(interp, name)}`);
        if (KEYWORDS.has(name.value)) interp.typeError(`Field names must not be keywords: ${reprOf(interp, name)}`);
        if (seen.has(name.value)) interp.typeError(`Field name duplicated: ${reprOf(interp, name)}`);
        seen.add(name.value);
        const tp = parts.length === 1 ? newStr(rt, 'typing.Any') : own(interp, parts[1] as PyObject);
        try { dictStore(interp, annotations, name, tp); } finally { rt.heap.decref(tp); }
        if (parts.length === 3) defaults.push([name.value, parts[2] as PyObject]);
      }
      for (const [k, v] of defaults) put(k, v);
      put('__annotations__', annotations);
    } finally {
      rt.heap.decref(annotations);
      for (const item of items) rt.heap.decref(item);
    }
    const moduleArg = bound[bound.length - 1];
    const module = rt.profile.version === '3.11' ? newStr(rt, 'types') : moduleArg !== undefined && moduleArg !== rt.None ? own(interp, moduleArg) : newStr(rt, '__main__');
    if (!ns.has('__module__')) ns.set('__module__', module);
    else rt.heap.decref(module);
    const bases = basesArg instanceof PyTupleObject ? basesArg.items.filter((b): b is PyTypeObject => b instanceof PyTypeObject) : [];
    let meta: PyTypeObject = rt.types.type;
    for (const b of bases) if (b.type instanceof PyTypeObject && b.type.isSubtypeOf(meta)) meta = b.type;
    const cls = createClass(interp, clsName, bases, ns, meta);
    ns.clear();
    try {
      return processClass(interp, cls, params(interp, [undefined, ...bound.slice(4, 4 + PARAM_NAMES.length)]), frozenError);
    } finally {
      rt.heap.decref(cls);
    }
  } finally {
    for (const v of ns.values()) rt.heap.decref(v);
  }
}

/** Creates the module (on first import). */
export function createDataclasses(interp: Interp): PyModuleObject {
  const rt = interp.rt;
  const { missing, kwOnly } = sentinels(interp);
  const errorNs = new Map<string, PyObject>([['__module__', newStr(rt, 'dataclasses')]]);
  const frozenError = createClass(interp, 'FrozenInstanceError', [interp.excType('AttributeError')], errorNs);
  const initVarOf = (i: Interp, t: PyObject): PyObject => {
    const name = t instanceof PyTypeObject ? t.name : reprOf(i, t);
    i.rt.heap.incref(t);
    return newForm(i, 'dataclasses.InitVar', 24, { form: 'InitVar', args: [t] }, `dataclasses.InitVar[${name}]`);
  };
  const initVar = newForm(interp, 'dataclasses.InitVar', 24, { form: 'InitVar', args: null }, "<class 'dataclasses.InitVar'>", initVarOf);
  const dataclass: NativeImpl = (i, args, kwnames) => {
    const bound = bindArgs(i, DATACLASS_SIG, args, kwnames);
    const p = params(i, bound);
    if (bound[0] !== undefined && bound[0] !== i.rt.None) return processClass(i, bound[0], p, frozenError);
    return i.nativeFunction('wrap', (j, a) => processClass(j, a[0], p, frozenError));
  };
  const isDataclass: NativeImpl = (i, args) => i.bool(args.length === 1 && infoOf(args[0]) !== null);
  const m = interp.defineModule('dataclasses', {
    dataclass, field: fieldFunction, fields: fieldsFunction, asdict: converter(false), astuple: converter(true),
    replace: replaceFunction, is_dataclass: isDataclass, make_dataclass: (i, args, kwnames) => makeDataclass(i, args, kwnames, frozenError),
  }, {
    FrozenInstanceError: frozenError, MISSING: own(interp, missing), KW_ONLY: own(interp, kwOnly), InitVar: initVar, Field: fieldType(interp),
  });
  addSupportNames(interp, m, m.dict.get('replace') as PyObject);
  return m;
}

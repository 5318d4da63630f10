/**
 * `EnumType` (Lib/enum.py, 3.11–3.13): `EnumType.__new__` making a class and its members in
 * definition order, the functional API `Enum('Animal', 'CAT DOG')`, `boundary=`, and the metaclass's
 * methods (`Color(1)`, `Color['RED']`, iteration, `len`, `in`, repr, member reassignment).
 */
import { dictItems, newDict, PyDictObject } from '../../engine/objects/dictObject';
import { newInt, PyLongObject } from '../../engine/objects/longObject';
import { newList, PyListObject } from '../../engine/objects/listObject';
import type { PyObject } from '../../engine/objects/object';
import { PyTupleObject } from '../../engine/objects/tupleObject';
import type { PyHeapTypeObject } from '../../engine/objects/typeHeap';
import { PyTypeObject } from '../../engine/objects/typeObject';
import { newStr, PyUnicodeObject } from '../../engine/objects/unicodeObject';
import { getIter } from '../objects/abstract';
import { dictStore, raiseKeyError } from '../objects/containerOps';
import { setClassAttr } from '../objects/classAttrs';
import { reprOf } from '../objects/repr';
import type { Interp } from '../runtime/interp';
import type { NativeImpl } from '../vm/callables';
import { typeNewFromEntries } from '../vm/metaclass';
import { type Boundary, enumInfo, enumInfoOf, memberByValue, memberOf, newEnumInfo, newMember, own, setEnumInfo } from './enumMembers';
import { flagMember } from './enumFlags';
import { autoKind, isDescriptor, nextValue, generator } from './enumClassBody';
import { adoptEnumMethods } from './enumMethods';
import { bookkeepingEntries, endInProgress, finishBookkeeping, recordMember } from './enumBookkeeping';
import { builtinBaseOf } from '../objects/builtinBase';
import { stateOf } from './enumModule';
import { enumDirMethod } from './enumDir';

/** `<enum 'Color'>` / `<flag 'Perm'>`. */
export function classRepr(interp: Interp, cls: PyTypeObject): string {
  return `<${cls.isSubtypeOf(stateOf(interp).Flag) ? 'flag' : 'enum'} '${cls.name}'>`;
}

/** A Flag class's `_boundary_`: its FlagBoundary member. */
export function setBoundaryAttr(interp: Interp, cls: PyHeapTypeObject): void {
  const fb = stateOf(interp).FlagBoundary;
  const m = fb ? enumInfo(fb)?.byName.get(enumInfoOf(interp, cls).boundary.toUpperCase()) : undefined;
  if (m) setClassAttr(interp, cls, '_boundary_', m);
}

/** The `boundary=` keyword of a class statement (taken out of `kw`), else the first enum base's. */
function boundaryOf(interp: Interp, kw: Map<string, PyObject>, bases: readonly PyTypeObject[]): Boundary {
  const given = kw.get('boundary');
  kw.delete('boundary');
  if (given) {
    const v = memberOf(given)?.value;
    if (v instanceof PyUnicodeObject && ['strict', 'conform', 'eject', 'keep'].includes(v.value)) return v.value as Boundary;
    return interp.typeError(`invalid boundary ${reprOf(interp, given)}`);
  }
  for (const b of bases) {
    const info = enumInfo(b);
    if (info) return info.boundary;
  }
  return 'strict';
}

/**
 * `EnumType.__new__(mcs, name, bases, classdict)`: the class without its member names, then the
 * members in definition order. A new reference.
 */
export function enumNew(interp: Interp, mcs: PyTypeObject, name: string, bases: PyTypeObject[], ns: PyDictObject, kw: Map<string, PyObject>): PyHeapTypeObject {
  const rt = interp.rt;
  const state = stateOf(interp);
  for (const b of bases) {
    const bi = enumInfo(b);
    if (bi && bi.byName.size > 0) interp.typeError(`<enum '${name}'> cannot extend ${classRepr(interp, b)}`);
  }
  const flag = bases.some((b) => b.isSubtypeOf(state.Flag));
  const kind = autoKind(interp, bases);
  const entries: [string, PyObject][] = [];
  const proto: [string, PyObject][] = [];
  const nameObjs = new Map<string, PyObject>();
  const values: PyObject[] = [];
  const bookkeeping: [string, PyObject][] = [];
  try {
    // `_generate_next_value_` comes first (EnumType.__prepare__ put it there), then the body with
    // each member's name holding a placeholder (enum.py's `_proto_member`), then the bookkeeping.
    const book = bookkeepingEntries(interp, name, bases.map((b) => builtinBaseOf(interp, b)).find((b) => b) ?? rt.types.object);
    bookkeeping.push(...book.before);
    const hasGnv = dictItems(ns).some((e) => e.hashKey === '_generate_next_value_');
    if (!hasGnv) entries.push(...book.before);
    for (const e of dictItems(ns)) {
      const key = e.hashKey;
      if (typeof key === 'string' && !key.startsWith('_') && !isDescriptor(interp, e.value, name)) {
        const v = e.value.type === state.autoType ? nextValue(interp, generator(ns, bases), kind, key, values) : own(interp, e.value);
        proto.push([key, v]);
        nameObjs.set(key, e.key);
        values.push(v);
        entries.push([key, rt.None]);
      } else if (typeof key === 'string') entries.push([key, e.value]);
    }
    bookkeeping.push(...book.after);
    entries.push(...book.after);
    const boundary = boundaryOf(interp, kw, bases);
    const cls = typeNewFromEntries(interp, name, bases, entries, kw, mcs);
    const info = newEnumInfo(flag, boundary);
    setEnumInfo(cls, info);
    try {
      proto.forEach(([memberName, v], order) => {
        let m = memberByValue(interp, info, v);
        let canonical = false;
        if (m) rt.heap.incref(m);
        else {
          m = newMember(interp, cls, memberName, v, order, nameObjs.get(memberName) ?? null);
          const bits = flag && v instanceof PyLongObject ? BigInt(v.value) : null;
          if (bits !== null && info.flagMask !== null) info.flagMask |= bits;
          // A Flag's multi-bit and zero members are aliases in iteration (3.11+).
          canonical = bits === null || (bits > 0n && (bits & (bits - 1n)) === 0n);
          if (canonical) info.canonical.push(m);
        }
        info.byName.set(memberName, m);
        recordMember(interp, cls, nameObjs.get(memberName) as PyObject, memberName, m, v, canonical);
        rt.heap.decref(m);
      });
      endInProgress(interp, cls, name);
      adoptEnumMethods(interp, cls, bases);
      if (flag) setBoundaryAttr(interp, cls);
      finishBookkeeping(interp, cls, flag);
    } catch (e) {
      rt.heap.decref(cls);
      throw e;
    }
    return cls;
  } finally {
    for (const [, v] of proto) rt.heap.decref(v);
    for (const [, v] of bookkeeping) rt.heap.decref(v);
  }
}

/** `Enum('Animal', 'CAT DOG')` / `Enum('Animal', ['CAT', 'DOG'])` / pairs / a dict. */
function functionalApi(interp: Interp, base: PyHeapTypeObject, nameObj: PyObject, names: PyObject): PyObject {
  const rt = interp.rt;
  if (!(nameObj instanceof PyUnicodeObject)) return interp.typeError('enum name must be a string');
  const ns = newDict(rt);
  const put = (k: string, v: PyObject) => {
    const key = newStr(rt, k);
    dictStore(interp, ns, key, v);
    rt.heap.decref(key);
  };
  try {
    const state = stateOf(interp);
    const flag = base.isSubtypeOf(state.Flag);
    const pairs: [string, PyObject | null][] = [];
    if (names instanceof PyUnicodeObject) for (const n of names.value.replace(/,/g, ' ').split(/\s+/).filter(Boolean)) pairs.push([n, null]);
    else if (names instanceof PyDictObject) for (const e of dictItems(names)) pairs.push([String(e.hashKey), e.value]);
    else if (names instanceof PyListObject || names instanceof PyTupleObject) {
      for (const x of names.items) {
        if (x instanceof PyUnicodeObject) pairs.push([x.value, null]);
        else if (x instanceof PyTupleObject && x.items.length === 2 && x.items[0] instanceof PyUnicodeObject) pairs.push([x.items[0].value, x.items[1]]);
        else interp.typeError('invalid enum member specification');
      }
    }
    pairs.forEach(([n, v], i) => {
      const value = v ? own(interp, v) : newInt(rt, flag ? 2n ** BigInt(i) : BigInt(i + 1));
      put(n, value);
      rt.heap.decref(value);
    });
    const module = newStr(rt, '__main__');
    put('__module__', module);
    rt.heap.decref(module);
    put('__qualname__', nameObj);
    return enumNew(interp, stateOf(interp).meta, nameObj.value, [base], ns, new Map());
  } finally {
    rt.heap.decref(ns);
  }
}

/** EnumType's methods (natives in its namespace, as enum.py's are functions of its class body). */
export function metaMethods(): Record<string, NativeImpl> {
  return {
    __call__: (i, args) => {
      const cls = args[0] as PyHeapTypeObject;
      const info = enumInfoOf(i, cls);
      if (args.length >= 3) return functionalApi(i, cls, args[1], args[2]);
      if (args.length !== 2) return i.typeError(`${cls.name}() takes 1 positional argument but ${args.length - 1} were given`);
      const value = args[1];
      if (memberOf(value) && value.type === cls) return own(i, value);
      const m = memberByValue(i, info, value);
      if (m) return own(i, m);
      if (info.flagMask !== null && value instanceof PyLongObject) return flagMember(i, cls, info, BigInt(value.value));
      return i.raise('ValueError', `${reprOf(i, value)} is not a valid ${cls.qualname}`);
    },
    __getitem__: (i, args) => {
      const m = args[1] instanceof PyUnicodeObject ? enumInfoOf(i, args[0]).byName.get(args[1].value) : undefined;
      if (!m) raiseKeyError(i, args[1]);
      return own(i, m);
    },
    __iter__: (i, args) => {
      const l = newList(i.rt, enumInfoOf(i, args[0]).canonical.map((m) => own(i, m)));
      try { return getIter(i, l); } finally { i.rt.heap.decref(l); }
    },
    __reversed__: (i, args) => {
      const l = newList(i.rt, [...enumInfoOf(i, args[0]).canonical].reverse().map((m) => own(i, m)));
      try { return getIter(i, l); } finally { i.rt.heap.decref(l); }
    },
    __len__: (i, args) => newInt(i.rt, enumInfoOf(i, args[0]).canonical.length),
    __bool__: (i) => i.bool(true),
    __contains__: (i, args) => {
      const [cls, x] = args;
      const info = enumInfoOf(i, cls);
      if (memberOf(x)) return i.bool(x.type === cls || (x.type instanceof PyTypeObject && x.type.isSubtypeOf(cls as PyTypeObject)));
      if (i.rt.profile.version === '3.11') return i.typeError(`unsupported operand type(s) for 'in': '${x.type.name}' and '${cls.type.name}'`);
      return i.bool(memberByValue(i, info, x) !== null);
    },
    __repr__: (i, args) => newStr(i.rt, classRepr(i, args[0] as PyTypeObject)),
    __dir__: enumDirMethod,
    __setattr__: (i, args) => {
      const [cls, name, value] = args;
      if (name instanceof PyUnicodeObject && enumInfo(cls)?.byName.has(name.value)) return i.raise('AttributeError', `cannot reassign member '${name.value}'`);
      setClassAttr(i, cls as PyHeapTypeObject, (name as PyUnicodeObject).value, value);
      return i.none();
    },
  };
}

/**
 * The class `class name(base): ...` of module `moduleName` whose body held `body` (values
 * stolen): members and natives, as the functional API and the stdlib's own enums make them.
 */
export function enumFromBody(interp: Interp, base: PyHeapTypeObject, moduleName: string, name: string, body: [string, PyObject][]): PyHeapTypeObject {
  const rt = interp.rt;
  const ns = newDict(rt);
  try {
    for (const [k, v] of [['__module__', newStr(rt, moduleName)], ['__qualname__', newStr(rt, name)], ...body] as [string, PyObject][]) {
      const key = newStr(rt, k);
      dictStore(interp, ns, key, v);
      rt.heap.decref(key);
      rt.heap.decref(v);
    }
    return enumNew(interp, stateOf(interp).meta, name, [base], ns, new Map());
  } finally {
    rt.heap.decref(ns);
  }
}

/**
 * `enum` (Lib/enum.py, 3.11–3.13): `EnumType` (alias `EnumMeta`), `Enum`, `Flag`, `auto`, `unique`,
 * `ReprEnum`, `IntEnum`, `IntFlag`, `StrEnum`, `FlagBoundary` (`STRICT`, `CONFORM`, `EJECT`, `KEEP`).
 *
 *   EnumType.__new__   the class body's public names whose values are no descriptors become
 *                      members (auto() values by `_generate_next_value_`: last + 1 from 1, a Flag's
 *                      next power of two, a StrEnum's lower-cased name); an equal value makes an
 *                      alias; the class namespace holds every member (enumMembers.ts)
 *   EnumType.__call__  `Color(1)` by value (ValueError '7 is not a valid Color'), or the functional
 *                      API `Enum('Animal', 'CAT DOG')`; `Color['RED']` by name (KeyError)
 *   Enum               repr `<Color.RED: 1>`, str/format `Color.RED`, hash of the name, `name`/`value`
 *   Flag               `|`, `&`, `^`, `~`, `in`, iteration over the bits; composites print `P.R|W`;
 *                      a value with unknown bits follows the class's boundary (flagMember)
 *   ReprEnum           str/format are the data type's: `str(HTTP.OK)` is `'200'`, a StrEnum member
 *                      prints its characters; IntEnum/IntFlag/StrEnum members are int/str subclass
 *                      instances (getsizeof 44/60/60 for an int member, as `class I(int)`)
 *
 * What these print, measured with 3.11.7 / 3.12.1 / 3.13.0 (test/oracle/enumProbe.py,
 * test/oracle/intEnumProbe.py), is the same on all three except `1 in Color`: a TypeError on 3.11,
 * a value test on 3.12+. A plain Enum member is an instance of its class with a dict: getsizeof 56
 * on 3.11, 48 on 3.12+.
 *
 * Obscurity: CPython's first `import enum` runs enum.py; the simulated module allocates only its
 * classes. `re.RegexFlag` is made here too (createGlobalFlag), as re imports enum.
 */
import { classTypes } from '../../engine/objects/classTypes';
import { newDescr } from '../../engine/objects/descrObject';
import { dictItems, newDict, PyDictObject } from '../../engine/objects/dictObject';
import { PyFunctionObject } from '../../engine/objects/funcObject';
import { newInt, PyLongObject } from '../../engine/objects/longObject';
import { newList, PyListObject } from '../../engine/objects/listObject';
import type { PyObject } from '../../engine/objects/object';
import { newTuple, PyTupleObject } from '../../engine/objects/tupleObject';
import { PyHeapTypeObject } from '../../engine/objects/typeHeap';
import { PyTypeObject } from '../../engine/objects/typeObject';
import { newStr, PyUnicodeObject } from '../../engine/objects/unicodeObject';
import type { Runtime } from '../../engine/runtime';
import { getIter } from '../objects/abstract';
import { dictStore, raiseKeyError } from '../objects/containerOps';
import { formatStr } from '../objects/formatSpec';
import { baseFormatText } from '../objects/formatBuiltins';
import { setClassAttr, typeLookup } from '../objects/instanceAttrs';
import { baseReprOf, reprOf } from '../objects/repr';
import { createClass } from '../objects/typeCreate';
import type { Interp } from '../runtime/interp';
import type { PyModuleObject } from '../runtime/moduleObject';
import type { NativeImpl } from '../vm/callables';
import { callAny } from '../vm/callDispatch';
import { typeNewFromEntries, unwrapDescriptor, userLookup } from '../vm/metaclass';
import { setStoreHook } from '../vm/namespace';
import { type Boundary, enumInfo, enumInfoOf, memberByValue, memberOf, newEnumInfo, newMember, own, setEnumInfo } from './enumMembers';
import { flagMember, flagMethods } from './enumFlags';
import { nativeType, newNativeObject, type PyNativeObject } from './nativeObject';

interface EnumState {
  readonly meta: PyHeapTypeObject;
  readonly Enum: PyHeapTypeObject;
  readonly Flag: PyHeapTypeObject;
  readonly ReprEnum: PyHeapTypeObject;
  readonly IntEnum: PyHeapTypeObject;
  readonly IntFlag: PyHeapTypeObject;
  readonly StrEnum: PyHeapTypeObject;
  readonly autoType: PyTypeObject;
  /** `FlagBoundary` (a StrEnum, so made after the state exists). */
  FlagBoundary: PyHeapTypeObject | null;
}

/** How `auto()` numbers a class's members: Enum's last + 1, Flag's next bit, StrEnum's lower-cased name. */
type AutoKind = 'enum' | 'flag' | 'str';

function autoKind(interp: Interp, bases: readonly PyObject[]): AutoKind {
  const state = stateOf(interp);
  const sub = (t: PyTypeObject) => bases.some((b) => b instanceof PyTypeObject && b.isSubtypeOf(t));
  return sub(state.Flag) ? 'flag' : sub(state.StrEnum) ? 'str' : 'enum';
}

const states = new WeakMap<Runtime, EnumState>();

function stateOf(interp: Interp): EnumState {
  return states.get(interp.rt) ?? createState(interp);
}

/** `<enum 'Color'>` / `<flag 'Perm'>`. */
function classRepr(interp: Interp, cls: PyTypeObject): string {
  return `<${cls.isSubtypeOf(stateOf(interp).Flag) ? 'flag' : 'enum'} '${cls.name}'>`;
}

/** Whether a class-body value is a descriptor (a method, property...) rather than a member. */
function isDescriptor(interp: Interp, v: PyObject): boolean {
  if (v instanceof PyFunctionObject || v instanceof PyTypeObject) return true;
  const ct = classTypes(interp.rt);
  if (v.type === ct.property || v.type === ct.classmethod || v.type === ct.staticmethod) return true;
  return v.type.name === 'builtin_function_or_method';
}

/** `_generate_next_value_` for `auto()`: the class body's own, else Enum's (last + 1) or Flag's (next bit). */
function nextValue(interp: Interp, custom: PyObject | null, kind: AutoKind, name: string, values: PyObject[]): PyObject {
  const rt = interp.rt;
  if (custom) {
    const last = newList(rt, values.map((v) => own(interp, v)));
    const nameObj = newStr(rt, name);
    const start = newInt(rt, 1);
    const count = newInt(rt, values.length);
    try {
      return callAny(interp, unwrapDescriptor(custom), [nameObj, start, count, last]);
    } finally {
      for (const o of [last, nameObj, start, count]) rt.heap.decref(o);
    }
  }
  if (kind === 'str') return newStr(rt, name.toLowerCase());
  const ints = values.filter((v): v is PyLongObject => v instanceof PyLongObject).map((v) => BigInt(v.value));
  if (kind === 'flag') {
    if (!ints.length) return newInt(rt, 1);
    const high = ints.reduce((a, b) => (a > b ? a : b));
    return newInt(rt, high <= 0n ? 1 : 2n ** BigInt(high.toString(2).length));
  }
  const last = values.length ? values[values.length - 1] : null;
  if (!last) return newInt(rt, 1);
  if (last instanceof PyLongObject) return newInt(rt, BigInt(last.value) + 1n);
  return interp.typeError(`unable to sort non-numeric values`);
}

/** The `_generate_next_value_` of a class body or of a user-defined base (borrowed), or null for Enum's own. */
function generator(ns: PyDictObject, bases: readonly PyObject[]): PyObject | null {
  const own = dictItems(ns).find((e) => e.hashKey === '_generate_next_value_')?.value;
  if (own) return own;
  for (const b of bases) {
    const found = b instanceof PyTypeObject ? userLookup(b, '_generate_next_value_') : null;
    if (found) return found;
  }
  return null;
}

/**
 * `EnumType.__prepare__`: the body's namespace, whose stores resolve `auto()` at once as
 * `_EnumDict.__setitem__` does (so `RW = READ | WRITE` sees ints).
 */
function prepare(interp: Interp, bases: readonly PyObject[]): PyObject {
  const rt = interp.rt;
  const state = stateOf(interp);
  const kind = autoKind(interp, bases);
  const d = newDict(rt);
  const values: PyObject[] = [];
  setStoreHook(d, (name, value) => {
    if (name.startsWith('_') || isDescriptor(interp, value)) return value;
    if (value.type === state.autoType) {
      const v = nextValue(interp, generator(d, bases), kind, name, values);
      rt.heap.decref(value);
      value = v;
    } else if (value instanceof PyTupleObject && value.type === rt.types.tuple && value.items.some((v) => v.type === state.autoType)) {
      // `A = auto(), 'x'`: each auto() in a plain tuple gets the next value; those values, not
      // the tuple, become the last values.
      const items = value.items.map((v) => {
        if (v.type !== state.autoType) return own(interp, v);
        const next = nextValue(interp, generator(d, bases), kind, name, values);
        values.push(next);
        return next;
      });
      rt.heap.decref(value);
      return newTuple(rt, items);
    }
    values.push(value);
    return value;
  });
  return d;
}

/** A Flag class's `_boundary_`: its FlagBoundary member. */
function setBoundaryAttr(interp: Interp, cls: PyHeapTypeObject): void {
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
function enumNew(interp: Interp, mcs: PyTypeObject, name: string, bases: PyTypeObject[], ns: PyDictObject, kw: Map<string, PyObject>): PyHeapTypeObject {
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
  const values: PyObject[] = [];
  try {
    for (const e of dictItems(ns)) {
      const key = e.hashKey;
      if (typeof key === 'string' && !key.startsWith('_') && !isDescriptor(interp, e.value)) {
        const v = e.value.type === state.autoType ? nextValue(interp, generator(ns, bases), kind, key, values) : own(interp, e.value);
        proto.push([key, v]);
        values.push(v);
      } else if (typeof key === 'string') entries.push([key, e.value]);
    }
    const boundary = boundaryOf(interp, kw, bases);
    const cls = typeNewFromEntries(interp, name, bases, entries, kw, mcs);
    const info = newEnumInfo(flag, boundary);
    setEnumInfo(cls, info);
    adoptEnumMethods(interp, cls, bases);
    if (flag) setBoundaryAttr(interp, cls);
    try {
      proto.forEach(([memberName, v], order) => {
        let m = memberByValue(interp, info, v);
        if (m) rt.heap.incref(m);
        else {
          m = newMember(interp, cls, memberName, v, order);
          const bits = flag && v instanceof PyLongObject ? BigInt(v.value) : null;
          if (bits !== null && info.flagMask !== null) info.flagMask |= bits;
          // A Flag's multi-bit and zero members are aliases in iteration (3.11+).
          if (bits === null || (bits > 0n && (bits & (bits - 1n)) === 0n)) info.canonical.push(m);
        }
        info.byName.set(memberName, m);
        setClassAttr(interp, cls, memberName, m);
        rt.heap.decref(m);
      });
    } catch (e) {
      rt.heap.decref(cls);
      throw e;
    }
    return cls;
  } finally {
    for (const [, v] of proto) rt.heap.decref(v);
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
function metaMethods(): Record<string, NativeImpl> {
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
    __setattr__: (i, args) => {
      const [cls, name, value] = args;
      if (name instanceof PyUnicodeObject && enumInfo(cls)?.byName.has(name.value)) return i.raise('AttributeError', `cannot reassign member '${name.value}'`);
      setClassAttr(i, cls as PyHeapTypeObject, (name as PyUnicodeObject).value, value);
      return i.none();
    },
  };
}

/** `self._name_` / `self._value_` of a member (TypeError for anything else). */
function member(interp: Interp, o: PyObject): { name: string | null; value: PyObject } {
  const m = memberOf(o);
  if (!m) return interp.typeError(`descriptor requires an enum member, not '${o.type.name}'`);
  return m;
}

/** `str(member)`: `Color.RED`, a composite `Perm.R|W`, an empty flag `Perm(0)`. */
function memberStr(interp: Interp, o: PyObject): string {
  const m = member(interp, o);
  return m.name === null ? `${o.type.name}(${reprOf(interp, m.value)})` : `${o.type.name}.${m.name}`;
}

/** Enum's methods. */
function enumMethods(): Record<string, NativeImpl> {
  return {
    __repr__: (i, args) => {
      const m = member(i, args[0]);
      const head = m.name === null ? args[0].type.name : `${args[0].type.name}.${m.name}`;
      return newStr(i.rt, `<${head}: ${reprOf(i, m.value)}>`);
    },
    __str__: (i, args) => newStr(i.rt, memberStr(i, args[0])),
    __format__: (i, args) => {
      const spec = args[1] instanceof PyUnicodeObject ? args[1].value : '';
      return newStr(i.rt, formatStr(i, memberStr(i, args[0]), spec));
    },
    __hash__: (i, args) => {
      const name = member(i, args[0]).name;
      const s = name === null ? own(i, i.rt.None) : newStr(i.rt, name);
      try { return callAny(i, i.builtins.get('hash') as PyObject, [s]); } finally { i.rt.heap.decref(s); }
    },
    __reduce_ex__: (i, args) => {
      const m = member(i, args[0]);
      return newTuple(i.rt, [own(i, args[0].type), newTuple(i.rt, [own(i, m.value)])]);
    },
  };
}

/**
 * ReprEnum's `__str__` and `__format__`: the data type's (`str(Status.OK)` is `'200'` for an
 * IntEnum since 3.11, a StrEnum member prints its characters).
 */
function reprEnumMethods(): Record<string, NativeImpl> {
  return {
    __str__: (i, args) => newStr(i.rt, args[0] instanceof PyUnicodeObject ? args[0].value : baseReprOf(i, args[0])),
    __format__: (i, args) => newStr(i.rt, baseFormatText(i, args[0], args[1] instanceof PyUnicodeObject ? args[1].value : '')),
  };
}

/**
 * A class mixing a data type with an enum: where its `__repr__`, `__str__` or `__format__` would
 * be the data type's or object's, the first enum base's is set on the class (`EnumType.__new__`),
 * so `class N(int, Enum)` prints `N.Z` while its arithmetic stays int's.
 */
function adoptEnumMethods(interp: Interp, cls: PyHeapTypeObject, bases: readonly PyTypeObject[]): void {
  const firstEnum = bases.find((b) => enumInfo(b) !== null);
  if (!firstEnum) return;
  for (const name of ['__repr__', '__str__', '__format__']) {
    if (cls.ns.has(name)) continue;
    const found = typeLookup(interp, cls, name);
    const fromClass = found !== null && (cls.mro ?? []).some((c) => c instanceof PyHeapTypeObject && c.ns.get(name) === found);
    const enumMethod = fromClass ? null : typeLookup(interp, firstEnum, name);
    if (enumMethod) setClassAttr(interp, cls, name, enumMethod);
  }
}

/** A property over a native getter whose setter refuses as enum.property does. */
function memberProperty(interp: Interp, name: string, get: NativeImpl): PyObject {
  const refuse: NativeImpl = (i) => i.raise('AttributeError', `<enum 'Enum'> cannot set attribute '${name}'`);
  return newDescr(interp.rt, classTypes(interp.rt).property, [interp.nativeFunction(name, get), interp.nativeFunction(name, refuse), null, null]);
}

function createState(interp: Interp): EnumState {
  const rt = interp.rt;
  const module = () => newStr(rt, 'enum');
  const ns = new Map<string, PyObject>([['__module__', module()], ['__qualname__', newStr(rt, 'EnumType')]]);
  const metaNew = interp.nativeFunction('__new__', (i, args, kwnames) => {
    const nkw = kwnames ? kwnames.length : 0;
    const [mcs, nameObj, basesObj, nsObj] = args;
    if (!(nameObj instanceof PyUnicodeObject) || !(basesObj instanceof PyTupleObject) || !(nsObj instanceof PyDictObject)) {
      return i.typeError('EnumType.__new__() takes exactly 3 arguments');
    }
    const kw = new Map<string, PyObject>();
    (kwnames ?? []).forEach((k, j) => kw.set(k, args[args.length - nkw + j]));
    return enumNew(i, mcs as PyTypeObject, nameObj.value, basesObj.items as PyTypeObject[], nsObj, kw);
  });
  ns.set('__new__', newDescr(rt, classTypes(rt).staticmethod, [metaNew]));
  for (const [name, impl] of Object.entries(metaMethods())) ns.set(name, interp.nativeFunction(name, impl));
  const prepareFn = interp.nativeFunction('__prepare__', (i, args) => prepare(i, args[2] instanceof PyTupleObject ? args[2].items : []));
  ns.set('__prepare__', newDescr(rt, classTypes(rt).classmethod, [prepareFn]));
  const membersGet: NativeImpl = (i, args) => {
    const d = newDict(i.rt);
    for (const [k, m] of enumInfoOf(i, args[0]).byName) {
      const key = newStr(i.rt, k);
      dictStore(i, d, key, m);
      i.rt.heap.decref(key);
    }
    return d;
  };
  ns.set('__members__', newDescr(rt, classTypes(rt).property, [interp.nativeFunction('__members__', membersGet), null, null, null]));
  const meta = createClass(interp, 'EnumType', [rt.types.type], ns);
  const makeBase = (name: string, bases: PyTypeObject[], methods: Record<string, NativeImpl>, extra: [string, PyObject][] = [], flag = false) => {
    const entries: [string, PyObject][] = [['__module__', module()], ['__qualname__', newStr(rt, name)], ...extra];
    for (const [k, impl] of Object.entries(methods)) entries.push([k, interp.nativeFunction(k, impl)]);
    const cls = typeNewFromEntries(interp, name, bases, entries, new Map(), meta);
    for (const [, v] of entries) rt.heap.decref(v);
    setEnumInfo(cls, newEnumInfo(flag, name === 'IntFlag' ? 'keep' : 'strict'));
    adoptEnumMethods(interp, cls, bases);
    return cls;
  };
  const Enum = makeBase('Enum', [], enumMethods(), [
    ['name', memberProperty(interp, 'name', (i, args) => {
      const n = member(i, args[0]).name;
      return n === null ? i.none() : newStr(i.rt, n);
    })],
    ['value', memberProperty(interp, 'value', (i, args) => own(i, member(i, args[0]).value))],
  ]);
  const Flag = makeBase('Flag', [Enum], flagMethods(), [], true);
  const ReprEnum = makeBase('ReprEnum', [Enum], reprEnumMethods());
  const IntEnum = makeBase('IntEnum', [rt.types.int, ReprEnum], {});
  // Flag's operators go in IntFlag's own namespace: int's come first in its MRO (enum.py copies them too).
  const ops = flagMethods();
  const IntFlag = makeBase('IntFlag', [rt.types.int, ReprEnum, Flag],
    Object.fromEntries(Object.entries(ops).filter(([k]) => /^__r?(or|and|xor)__$|^__invert__$/.test(k))), [], true);
  const StrEnum = makeBase('StrEnum', [rt.types.str, ReprEnum], {});
  const autoType = nativeType(interp, 'enum.auto', 48);
  const state: EnumState = { meta, Enum, Flag, ReprEnum, IntEnum, IntFlag, StrEnum, autoType, FlagBoundary: null };
  states.set(rt, state);
  const boundaries = ['STRICT', 'CONFORM', 'EJECT', 'KEEP'].map((n): [string, PyObject] => [n, newStr(rt, n.toLowerCase())]);
  state.FlagBoundary = enumFromBody(interp, StrEnum, 'enum', 'FlagBoundary', boundaries);
  setBoundaryAttr(interp, Flag);
  setBoundaryAttr(interp, IntFlag);
  return state;
}

/** `@unique`: ValueError naming each alias and its canonical member. */
function unique(interp: Interp, cls: PyObject): PyObject {
  const info = enumInfoOf(interp, cls);
  const dups = [...info.byName].filter(([name, m]) => memberOf(m)?.name !== name).map(([name, m]) => `${name} -> ${memberOf(m)?.name}`);
  if (dups.length) interp.raise('ValueError', `duplicate values found in ${classRepr(interp, cls as PyTypeObject)}: ${dups.join(', ')}`);
  return own(interp, cls);
}

/** `import enum`. */
export function createEnum(interp: Interp): PyModuleObject {
  const state = stateOf(interp);
  const rt = interp.rt;
  const fb = state.FlagBoundary as PyHeapTypeObject;
  const classes: Record<string, PyObject> = {
    Enum: state.Enum, Flag: state.Flag, ReprEnum: state.ReprEnum, IntEnum: state.IntEnum, IntFlag: state.IntFlag, StrEnum: state.StrEnum, FlagBoundary: fb,
  };
  for (const [n, m] of enumInfo(fb)?.byName ?? []) classes[n] = m;
  for (const o of [state.meta, state.meta, ...Object.values(classes)]) rt.heap.incref(o);
  const autoNull: PyNativeObject = newNativeObject(interp, nativeType(interp, 'enum._auto_null', 16), []);
  autoNull.repr = () => '_auto_null';
  const auto: NativeImpl = (i) => {
    const o: PyNativeObject = newNativeObject(i, state.autoType, []);
    o.repr = () => 'auto(_auto_null)';
    // `auto().value` is the `_auto_null` sentinel until the class body resolves it.
    o.getAttr = (j, attr) => (attr === 'value' ? { value: own(j, autoNull), method: false } : null);
    return o;
  };
  return interp.defineModule('enum', { auto, unique: (i, args) => unique(i, args[0]) },
    { EnumType: state.meta, EnumMeta: state.meta, ...classes });
}

/**
 * The class `class name(base): ...` of module `moduleName` whose body held `body` (values
 * stolen): members and natives, as the functional API and the stdlib's own enums make them.
 */
function enumFromBody(interp: Interp, base: PyHeapTypeObject, moduleName: string, name: string, body: [string, PyObject][]): PyHeapTypeObject {
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

/**
 * A `@global_enum` IntFlag of a module (`re.RegexFlag`): `members` in definition order (an equal
 * value makes an alias), each printing as `module.NAME` for repr, str and format. A new reference.
 */
export function createGlobalFlag(interp: Interp, moduleName: string, name: string, members: readonly (readonly [string, number])[]): PyHeapTypeObject {
  const rt = interp.rt;
  const text: NativeImpl = (i, args) => {
    const m = member(i, args[0]);
    const names = m.name === null ? [] : m.name.split('|');
    const shown = names.map((n) => (n.startsWith('0x') ? n : `${moduleName}.${n}`)).join('|');
    return newStr(i.rt, shown || `${moduleName}.${name}(${reprOf(i, m.value)})`);
  };
  const format: NativeImpl = (i, args) => {
    const shown = text(i, [args[0]], null) as PyUnicodeObject;
    try { return newStr(i.rt, formatStr(i, shown.value, args[1] instanceof PyUnicodeObject ? args[1].value : '')); } finally { i.rt.heap.decref(shown); }
  };
  const body: [string, PyObject][] = [
    ['__repr__', interp.nativeFunction('__repr__', text)], ['__str__', interp.nativeFunction('__str__', text)],
    ['__format__', interp.nativeFunction('__format__', format)], ...members.map(([k, v]): [string, PyObject] => [k, newInt(rt, v)]),
  ];
  const cls = enumFromBody(interp, stateOf(interp).IntFlag, moduleName, name, body);
  enumInfoOf(interp, cls).globalModule = moduleName;
  return cls;
}

/**
 * `enum` (Lib/enum.py, 3.11–3.13): `EnumType` (alias `EnumMeta`), `Enum`, `Flag`, `auto`, `unique`.
 *
 *   EnumType.__new__   the class body's public names whose values are no descriptors become
 *                      members (auto() values by `_generate_next_value_`: last + 1 from 1, a Flag's
 *                      next power of two); an equal value makes an alias; the class namespace holds
 *                      every member (enumMembers.ts)
 *   EnumType.__call__  `Color(1)` by value (ValueError '7 is not a valid Color'), or the functional
 *                      API `Enum('Animal', 'CAT DOG')`; `Color['RED']` by name (KeyError)
 *   Enum               repr `<Color.RED: 1>`, str/format `Color.RED`, hash of the name, `name`/`value`
 *   Flag               `|`, `&`, `^`, `~`, `in`, iteration over the bits; composites print `P.R|W`
 *
 * What these print, measured with 3.11.7 / 3.12.1 / 3.13.0 (test/oracle/enumProbe.py), is the same
 * on all three except `1 in Color`: a TypeError on 3.11, a value test on 3.12+. A member is an
 * instance of its class with a dict: getsizeof 56 on 3.11, 48 on 3.12+.
 *
 * Obscurity: CPython's first `import enum` runs enum.py; the simulated module allocates only its
 * classes. IntEnum, IntFlag and StrEnum need int and str subclasses, which the simulation does
 * not have yet (test/fidelity/KNOWN-DIFFERENCES.md).
 */
import { classTypes } from '../../engine/objects/classTypes';
import { newDescr } from '../../engine/objects/descrObject';
import { dictItems, newDict, PyDictObject } from '../../engine/objects/dictObject';
import { PyFunctionObject } from '../../engine/objects/funcObject';
import { newInt, PyLongObject } from '../../engine/objects/longObject';
import { newList, PyListObject } from '../../engine/objects/listObject';
import type { PyObject } from '../../engine/objects/object';
import { newTuple, PyTupleObject } from '../../engine/objects/tupleObject';
import type { PyHeapTypeObject } from '../../engine/objects/typeHeap';
import { PyTypeObject } from '../../engine/objects/typeObject';
import { newStr, PyUnicodeObject } from '../../engine/objects/unicodeObject';
import type { Runtime } from '../../engine/runtime';
import { getIter } from '../objects/abstract';
import { dictStore, raiseKeyError } from '../objects/containerOps';
import { formatStr } from '../objects/formatSpec';
import { setClassAttr } from '../objects/instanceAttrs';
import { reprOf } from '../objects/repr';
import { createClass } from '../objects/typeCreate';
import type { Interp } from '../runtime/interp';
import type { PyModuleObject } from '../runtime/moduleObject';
import type { NativeImpl } from '../vm/callables';
import { callAny } from '../vm/callDispatch';
import { typeNewFromEntries, unwrapDescriptor, userLookup } from '../vm/metaclass';
import { setStoreHook } from '../vm/namespace';
import { bitsOf, type EnumInfo, enumInfo, memberByValue, memberOf, newMember, setEnumInfo } from './enumMembers';
import { nativeType, newNativeObject, type PyNativeObject } from './nativeObject';

interface EnumState {
  readonly meta: PyHeapTypeObject;
  readonly Enum: PyHeapTypeObject;
  readonly Flag: PyHeapTypeObject;
  readonly autoType: PyTypeObject;
}

const states = new WeakMap<Runtime, EnumState>();

function stateOf(interp: Interp): EnumState {
  return states.get(interp.rt) ?? createState(interp);
}

function own<T extends PyObject>(interp: Interp, o: T): T {
  interp.rt.heap.incref(o);
  return o;
}

/** `<enum 'Color'>` / `<flag 'Perm'>`. */
function classRepr(interp: Interp, cls: PyTypeObject): string {
  return `<${cls.isSubtypeOf(stateOf(interp).Flag) ? 'flag' : 'enum'} '${cls.name}'>`;
}

/** The info of the enum class `cls` (TypeError for anything else). */
function infoOf(interp: Interp, cls: PyObject): EnumInfo {
  const info = enumInfo(cls);
  if (!info) return interp.typeError(`'${cls.type.name}' object is not an enum class`);
  return info;
}

/** Whether a class-body value is a descriptor (a method, property...) rather than a member. */
function isDescriptor(interp: Interp, v: PyObject): boolean {
  if (v instanceof PyFunctionObject || v instanceof PyTypeObject) return true;
  const ct = classTypes(interp.rt);
  if (v.type === ct.property || v.type === ct.classmethod || v.type === ct.staticmethod) return true;
  return v.type.name === 'builtin_function_or_method';
}

/** `_generate_next_value_` for `auto()`: the class body's own, else Enum's (last + 1) or Flag's (next bit). */
function nextValue(interp: Interp, custom: PyObject | null, flag: boolean, name: string, values: PyObject[]): PyObject {
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
  const ints = values.filter((v): v is PyLongObject => v instanceof PyLongObject).map((v) => BigInt(v.value));
  if (flag) {
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
  const flag = bases.some((b) => b instanceof PyTypeObject && b.isSubtypeOf(state.Flag));
  const d = newDict(rt);
  const values: PyObject[] = [];
  setStoreHook(d, (name, value) => {
    if (name.startsWith('_') || isDescriptor(interp, value)) return value;
    if (value.type === state.autoType) {
      const v = nextValue(interp, generator(d, bases), flag, name, values);
      rt.heap.decref(value);
      value = v;
    }
    values.push(value);
    return value;
  });
  return d;
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
  const entries: [string, PyObject][] = [];
  const proto: [string, PyObject][] = [];
  const values: PyObject[] = [];
  try {
    for (const e of dictItems(ns)) {
      const key = e.hashKey;
      if (typeof key === 'string' && !key.startsWith('_') && !isDescriptor(interp, e.value)) {
        const v = e.value.type === state.autoType ? nextValue(interp, generator(ns, bases), flag, key, values) : own(interp, e.value);
        proto.push([key, v]);
        values.push(v);
      } else if (typeof key === 'string') entries.push([key, e.value]);
    }
    const cls = typeNewFromEntries(interp, name, bases, entries, kw, mcs);
    const info: EnumInfo = { canonical: [], byName: new Map(), flagMask: flag ? 0n : null, pseudo: new Map() };
    setEnumInfo(cls, info);
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

/** The member of Flag class `cls` for `bits`: a named one, else a cached pseudo-member. Borrowed. */
function flagMember(interp: Interp, cls: PyHeapTypeObject, info: EnumInfo, bits: bigint): PyObject {
  for (const m of info.byName.values()) if (bitsOf(interp, m) === bits) return m;
  const cached = info.pseudo.get(bits);
  if (cached) return cached;
  const mask = info.flagMask ?? 0n;
  if (bits < 0n || (bits & ~mask) !== 0n) {
    const width = Math.max(mask.toString(2).length, bits.toString(2).length);
    const bin = (v: bigint) => `0b0 ${v.toString(2).padStart(width, '0')}`;
    interp.raise('ValueError', `${classRepr(interp, cls)} invalid value ${bits}\n    given ${bin(bits)}\n  allowed ${bin(mask)}`);
  }
  const names = info.canonical.filter((m) => (bitsOf(interp, m) & bits) !== 0n).map((m) => memberOf(m)?.name);
  const value = newInt(interp.rt, bits);
  try {
    const m = newMember(interp, cls, bits === 0n ? null : names.join('|'), value, info.byName.size);
    info.pseudo.set(bits, m);
    return m;
  } finally {
    interp.rt.heap.decref(value);
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
      const info = infoOf(i, cls);
      if (args.length >= 3) return functionalApi(i, cls, args[1], args[2]);
      if (args.length !== 2) return i.typeError(`${cls.name}() takes 1 positional argument but ${args.length - 1} were given`);
      const value = args[1];
      if (memberOf(value) && value.type === cls) return own(i, value);
      const m = memberByValue(i, info, value);
      if (m) return own(i, m);
      if (info.flagMask !== null && value instanceof PyLongObject) return own(i, flagMember(i, cls, info, BigInt(value.value)));
      return i.raise('ValueError', `${reprOf(i, value)} is not a valid ${cls.qualname}`);
    },
    __getitem__: (i, args) => {
      const m = args[1] instanceof PyUnicodeObject ? infoOf(i, args[0]).byName.get(args[1].value) : undefined;
      if (!m) raiseKeyError(i, args[1]);
      return own(i, m);
    },
    __iter__: (i, args) => {
      const l = newList(i.rt, infoOf(i, args[0]).canonical.map((m) => own(i, m)));
      try { return getIter(i, l); } finally { i.rt.heap.decref(l); }
    },
    __reversed__: (i, args) => {
      const l = newList(i.rt, [...infoOf(i, args[0]).canonical].reverse().map((m) => own(i, m)));
      try { return getIter(i, l); } finally { i.rt.heap.decref(l); }
    },
    __len__: (i, args) => newInt(i.rt, infoOf(i, args[0]).canonical.length),
    __bool__: (i) => i.bool(true),
    __contains__: (i, args) => {
      const [cls, x] = args;
      const info = infoOf(i, cls);
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

/** Flag's operators: the result is the class's member (or pseudo-member) for the combined bits. */
function flagMethods(): Record<string, NativeImpl> {
  const binary = (op: (a: bigint, b: bigint) => bigint): NativeImpl => (i, args) => {
    const [a, b] = args;
    if (!memberOf(b) || b.type !== a.type) return own(i, i.builtins.get('NotImplemented') as PyObject);
    const cls = a.type as PyHeapTypeObject;
    return own(i, flagMember(i, cls, infoOf(i, cls), op(bitsOf(i, a), bitsOf(i, b))));
  };
  const bitsMembers = (i: Interp, o: PyObject): PyObject[] => {
    const bits = bitsOf(i, o);
    return infoOf(i, o.type).canonical.filter((m) => (bitsOf(i, m) & bits) !== 0n);
  };
  return {
    __or__: binary((a, b) => a | b),
    __and__: binary((a, b) => a & b),
    __xor__: binary((a, b) => a ^ b),
    __ror__: binary((a, b) => a | b),
    __rand__: binary((a, b) => a & b),
    __rxor__: binary((a, b) => a ^ b),
    __invert__: (i, args) => {
      const cls = args[0].type as PyHeapTypeObject;
      const info = infoOf(i, cls);
      return own(i, flagMember(i, cls, info, (info.flagMask ?? 0n) & ~bitsOf(i, args[0])));
    },
    __contains__: (i, args) => {
      const [self, other] = args;
      if (!memberOf(other) || other.type !== self.type) {
        return i.typeError(`unsupported operand type(s) for 'in': '${other.type.name}' and '${self.type.name}'`);
      }
      const b = bitsOf(i, other);
      return i.bool((bitsOf(i, self) & b) === b);
    },
    __bool__: (i, args) => i.bool(bitsOf(i, args[0]) !== 0n),
    __len__: (i, args) => newInt(i.rt, bitsMembers(i, args[0]).length),
    __iter__: (i, args) => {
      const l = newList(i.rt, bitsMembers(i, args[0]).map((m) => own(i, m)));
      try { return getIter(i, l); } finally { i.rt.heap.decref(l); }
    },
  };
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
    for (const [k, m] of infoOf(i, args[0]).byName) {
      const key = newStr(i.rt, k);
      dictStore(i, d, key, m);
      i.rt.heap.decref(key);
    }
    return d;
  };
  ns.set('__members__', newDescr(rt, classTypes(rt).property, [interp.nativeFunction('__members__', membersGet), null, null, null]));
  const meta = createClass(interp, 'EnumType', [rt.types.type], ns);
  const makeBase = (name: string, bases: PyTypeObject[], methods: Record<string, NativeImpl>, extra: [string, PyObject][] = []) => {
    const entries: [string, PyObject][] = [['__module__', module()], ['__qualname__', newStr(rt, name)], ...extra];
    for (const [k, impl] of Object.entries(methods)) entries.push([k, interp.nativeFunction(k, impl)]);
    const cls = typeNewFromEntries(interp, name, bases, entries, new Map(), meta);
    for (const [, v] of entries) rt.heap.decref(v);
    setEnumInfo(cls, { canonical: [], byName: new Map(), flagMask: bases.length ? 0n : null, pseudo: new Map() });
    return cls;
  };
  const Enum = makeBase('Enum', [], enumMethods(), [
    ['name', memberProperty(interp, 'name', (i, args) => {
      const n = member(i, args[0]).name;
      return n === null ? i.none() : newStr(i.rt, n);
    })],
    ['value', memberProperty(interp, 'value', (i, args) => own(i, member(i, args[0]).value))],
  ]);
  const Flag = makeBase('Flag', [Enum], flagMethods());
  const autoType = nativeType(interp, 'enum.auto', 48);
  const state: EnumState = { meta, Enum, Flag, autoType };
  states.set(rt, state);
  return state;
}

/** `@unique`: ValueError naming each alias and its canonical member. */
function unique(interp: Interp, cls: PyObject): PyObject {
  const info = infoOf(interp, cls);
  const dups = [...info.byName].filter(([name, m]) => memberOf(m)?.name !== name).map(([name, m]) => `${name} -> ${memberOf(m)?.name}`);
  if (dups.length) interp.raise('ValueError', `duplicate values found in ${classRepr(interp, cls as PyTypeObject)}: ${dups.join(', ')}`);
  return own(interp, cls);
}

/** `import enum`. */
export function createEnum(interp: Interp): PyModuleObject {
  const state = stateOf(interp);
  const rt = interp.rt;
  for (const o of [state.meta, state.meta, state.Enum, state.Flag]) rt.heap.incref(o);
  const auto: NativeImpl = (i) => {
    const o: PyNativeObject = newNativeObject(i, state.autoType, []);
    o.repr = () => 'auto(_auto_null)';
    return o;
  };
  return interp.defineModule('enum', { auto, unique: (i, args) => unique(i, args[0]) },
    { EnumType: state.meta, EnumMeta: state.meta, Enum: state.Enum, Flag: state.Flag });
}

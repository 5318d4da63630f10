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
 * The class body and auto() are in enumClassBody.ts, EnumType in enumType.ts, Enum's methods in
 * enumMethods.ts, Flag's in enumFlags.ts, the members' records in enumMembers.ts.
 *
 * Obscurity: CPython's first `import enum` runs enum.py; the simulated module allocates only its
 * classes. `re.RegexFlag` is made here too (createGlobalFlag), as re imports enum.
 */
import { classTypes } from '../../engine/objects/classTypes';
import { newDescr } from '../../engine/objects/descrObject';
import { newDict, PyDictObject } from '../../engine/objects/dictObject';
import { newInt } from '../../engine/objects/longObject';
import type { PyObject } from '../../engine/objects/object';
import { PyTupleObject } from '../../engine/objects/tupleObject';
import type { PyHeapTypeObject } from '../../engine/objects/typeHeap';
import type { PyTypeObject } from '../../engine/objects/typeObject';
import { newStr, PyUnicodeObject } from '../../engine/objects/unicodeObject';
import type { Runtime } from '../../engine/runtime';
import { dictStore } from '../objects/containerOps';
import { formatStr } from '../objects/formatSpec';
import { reprOf } from '../objects/repr';
import { createClass } from '../objects/typeCreate';
import type { Interp } from '../runtime/interp';
import type { PyModuleObject } from '../runtime/moduleObject';
import type { NativeImpl } from '../vm/callables';
import { typeNewFromEntries } from '../vm/metaclass';
import { enumInfo, enumInfoOf, memberOf, newEnumInfo, own, setEnumInfo } from './enumMembers';
import { flagMethods } from './enumFlags';
import { nativeType, newNativeObject, type PyNativeObject, typesForConstructors } from './nativeObject';
import { prepare } from './enumClassBody';
import { describeEnumRoutines, enumDescriptorDoc } from './enumDocs';
import { classRepr, setBoundaryAttr, enumNew, metaMethods, enumFromBody } from './enumType';
import { member, enumMethods, reprEnumMethods, adoptEnumMethods, memberProperty } from './enumMethods';

/** The enum module's classes, made once per runtime. */
export interface EnumState {
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

const states = new WeakMap<Runtime, EnumState>();

/** The runtime's enum classes, made on first use. */
export function stateOf(interp: Interp): EnumState {
  return states.get(interp.rt) ?? createState(interp);
}

/** EnumType and the base classes (Enum, Flag, ReprEnum, IntEnum, IntFlag, StrEnum), then FlagBoundary. */
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
  const prepareFn = interp.nativeFunction('__prepare__', (i, args) => prepare(i, args[1] instanceof PyUnicodeObject ? args[1].value : '', args[2] instanceof PyTupleObject ? args[2].items : []));
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
  const membersDoc = newStr(rt, enumDescriptorDoc(interp, 'EnumType.__members__'));
  ns.set('__members__', newDescr(rt, classTypes(rt).property, [interp.nativeFunction('__members__', membersGet), null, null, membersDoc]));
  const meta = createClass(interp, 'EnumType', [rt.types.type], ns);
  describeEnumRoutines(interp, 'EnumType', meta.ns);
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
    }, enumDescriptorDoc(interp, 'Enum.name'))],
    ['value', memberProperty(interp, 'value', (i, args) => own(i, member(i, args[0]).value), enumDescriptorDoc(interp, 'Enum.value'))],
  ]);
  const Flag = makeBase('Flag', [Enum], flagMethods(), [], true);
  describeEnumRoutines(interp, 'Flag', Flag.ns);
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
  // `auto` is a class (`<class 'enum.auto'>`): `RED = auto` without the call makes the class the value.
  const functions: Record<string, NativeImpl> = { auto, unique: (i, args) => unique(i, args[0]) };
  const types = typesForConstructors(interp, functions, { auto: state.autoType });
  return interp.defineModule('enum', functions, { EnumType: state.meta, EnumMeta: state.meta, ...classes, ...types });
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

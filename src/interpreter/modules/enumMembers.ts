/**
 * What `enum.EnumType` knows about each enum class (`_member_names_`, `_member_map_`,
 * `_value2member_map_` in Lib/enum.py), kept beside the simulated heap: the members themselves are
 * instances of the class held by its namespace, their `__dict__` holding `_value_`, `_name_`,
 * `__objclass__` and `_sort_order_` as in CPython 3.11–3.13. Flag pseudo-members (`P.R|P.W`, `P(0)`)
 * are created on first use and cached for the life of the class, as `_value2member_map_` does.
 */
import { newInt, PyLongObject } from '../../engine/objects/longObject';
import type { PyObject } from '../../engine/objects/object';
import { PyTupleObject } from '../../engine/objects/tupleObject';
import type { PyHeapTypeObject } from '../../engine/objects/typeHeap';
import { newStr } from '../../engine/objects/unicodeObject';
import { equals } from '../objects/richCompare';
import { builtinBaseOf, isValueType, newBuiltinSubclassInstance } from '../objects/builtinBase';
import { instanceValue } from '../objects/instanceDict';
import { genericSetAttr } from '../objects/typeSlots';
import { reprOf } from '../objects/repr';
import type { Interp } from '../runtime/interp';
import { callAny } from '../vm/callDispatch';
import { userLookup } from '../vm/metaclass';
import { newObjectOf } from '../vm/typeCall';
import { withArgsTuples } from '../vm/tpCallTemps';

/** One member: its name (null for a Flag pseudo-member of no bits) and value (borrowed from its dict). */
export interface MemberInfo {
  name: string | null;
  value: PyObject;
}

/** One enum class's members. */
export interface EnumInfo {
  /** `_member_names_`: the canonical members in definition order (no aliases; for Flag single bits). */
  readonly canonical: PyObject[];
  /** `_member_map_`: every name, aliases included, in definition order. */
  readonly byName: Map<string, PyObject>;
  /** Flag classes: the bits of all members (`_flag_mask_`), or null for an Enum. */
  flagMask: bigint | null;
  /** Flag pseudo-members by value (owned). */
  readonly pseudo: Map<bigint, PyObject>;
  /** Flag's `_boundary_`: what a value with bits no member has gives (flagMember, enumModule.ts). */
  readonly boundary: Boundary;
  /** `@global_enum` (`re.RegexFlag`): members print as `re.NAME`, unknown bits in hex; else null. */
  globalModule: string | null;
}

/** `enum.FlagBoundary`'s values: STRICT (Flag's default), CONFORM, EJECT, KEEP (IntFlag's). */
export type Boundary = 'strict' | 'conform' | 'eject' | 'keep';

/** The facts of a new enum class: a Flag class has a mask. */
export function newEnumInfo(flag: boolean, boundary: Boundary): EnumInfo {
  return { canonical: [], byName: new Map(), flagMask: flag ? 0n : null, pseudo: new Map(), boundary, globalModule: null };
}

const infos = new WeakMap<PyObject, EnumInfo>();
const members = new WeakMap<PyObject, MemberInfo>();

/** The enum info of `cls` (the class itself, not its bases), or null. */
export function enumInfo(cls: PyObject): EnumInfo | null {
  return infos.get(cls) ?? null;
}

/** The info of the enum class `cls` (TypeError for anything else). */
export function enumInfoOf(interp: Interp, cls: PyObject): EnumInfo {
  const info = infos.get(cls);
  if (!info) return interp.typeError(`'${cls.type.name}' object is not an enum class`);
  return info;
}

/** `o` with a new reference. */
export function own<T extends PyObject>(interp: Interp, o: T): T {
  interp.rt.heap.incref(o);
  return o;
}

/** Records `cls` as an enum class. */
export function setEnumInfo(cls: PyObject, info: EnumInfo): void {
  infos.set(cls, info);
}

/** The member facts of `o`, or null when it is no enum member. */
export function memberOf(o: PyObject): MemberInfo | null {
  return members.get(o) ?? null;
}

/** A member's value as an int (Flag arithmetic). */
export function bitsOf(interp: Interp, m: PyObject): bigint {
  const v = memberOf(m)?.value;
  if (!(v instanceof PyLongObject)) return interp.typeError(`unsupported flag value ${v ? reprOf(interp, v) : '?'}`);
  return BigInt(v.value);
}

/**
 * A new member of `cls` for `value` (`_proto_member.__set_name__`): the instance, the class's own
 * `__init__` called with the value's items, then `_value_`, `_name_`, `__objclass__`, `_sort_order_`
 * in its dict. A new reference.
 */
export function newMember(interp: Interp, cls: PyHeapTypeObject, name: string | null, value: PyObject, order: number, nameObj: PyObject | null = null): PyObject {
  const rt = interp.rt;
  const args = value instanceof PyTupleObject ? value.items : [value];
  // A class mixing in int, str or float (IntEnum, StrEnum) makes its members with the data type's
  // `__new__` (`int.__new__(cls, 1)`): an int subclass instance, not a plain object.
  const base = builtinBaseOf(interp, cls);
  // `int.__new__(cls, *args)` and the like: tp_new_wrapper's METH_VARARGS tuple.
  const m = base && isValueType(interp, base)
    ? withArgsTuples(interp, [[...args]], () => newBuiltinSubclassInstance(interp, cls, base, [...args], null, false))
    : newObjectOf(interp, cls, []);
  try {
    const init = userLookup(cls, '__init__');
    if (init) {
      rt.heap.decref(callAny(interp, init, [m, ...args]));
    }
    // enum.py's attribute stores (`enum_member._name_ = member_name`...): the member's inline values
    // or dict, as any instance attribute; the names are interned constants, the name the body's key.
    const set = (k: string, v: PyObject) => genericSetAttr(interp, m, k, v);
    // An `__init__` that set `_value_` itself (`self._value_ = code`) keeps it.
    const own = instanceValue(interp, m, '_value_');
    if (own) value = own;
    else set('_value_', value);
    const nameStr = name === null ? rt.None : nameObj ?? newStr(rt, name);
    set('_name_', nameStr);
    if (name !== null && !nameObj) rt.heap.decref(nameStr);
    set('__objclass__', cls);
    const orderObj = newInt(rt, order);
    set('_sort_order_', orderObj);
    rt.heap.decref(orderObj);
  } catch (e) {
    rt.heap.decref(m);
    throw e;
  }
  members.set(m, { name, value });
  return m;
}

/** The canonical member or alias whose value equals `value` (borrowed), or null. */
export function memberByValue(interp: Interp, info: EnumInfo, value: PyObject): PyObject | null {
  for (const m of info.byName.values()) {
    const v = (memberOf(m) as MemberInfo).value;
    if (v === value || equals(interp, v, value)) return m;
  }
  return null;
}

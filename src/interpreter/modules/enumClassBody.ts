/**
 * An enum class body (Lib/enum.py's `_EnumDict` and `_generate_next_value_`, 3.11–3.13): which
 * names become members, and the values `auto()` gives them (Enum's last + 1 from 1, a Flag's next
 * power of two, a StrEnum's lower-cased name, or the class's own `_generate_next_value_`).
 */
import { classTypes } from '../../engine/objects/classTypes';
import { dictItems, newDict, type PyDictObject } from '../../engine/objects/dictObject';
import { PyFunctionObject } from '../../engine/objects/funcObject';
import { newInt, PyLongObject } from '../../engine/objects/longObject';
import { newList } from '../../engine/objects/listObject';
import type { PyObject } from '../../engine/objects/object';
import { newTuple, PyTupleObject } from '../../engine/objects/tupleObject';
import { PyHeapTypeObject } from '../../engine/objects/typeHeap';
import { PyTypeObject } from '../../engine/objects/typeObject';
import { typeLookup } from '../objects/typeLookup';
import { newStr } from '../../engine/objects/unicodeObject';
import type { Interp } from '../runtime/interp';
import { callAny } from '../vm/callDispatch';
import { unwrapDescriptor, userLookup } from '../vm/metaclass';
import { setStoreHook } from '../vm/namespace';
import { own } from './enumMembers';
import { stateOf } from './enumModule';

/** How `auto()` numbers a class's members: Enum's last + 1, Flag's next bit, StrEnum's lower-cased name. */
type AutoKind = 'enum' | 'flag' | 'str';

/** The `auto()` numbering of a class with these bases. */
export function autoKind(interp: Interp, bases: readonly PyObject[]): AutoKind {
  const state = stateOf(interp);
  const sub = (t: PyTypeObject) => bases.some((b) => b instanceof PyTypeObject && b.isSubtypeOf(t));
  return sub(state.Flag) ? 'flag' : sub(state.StrEnum) ? 'str' : 'enum';
}

/** Whether a class-body value is a descriptor (a method, property...) rather than a member. */
export function isDescriptor(interp: Interp, v: PyObject, clsName: string): boolean {
  if (v instanceof PyFunctionObject) return true;
  // A class is a member (`RED = auto`, `B = int`) unless it has `__get__`/`__set__`/`__delete__`
  // (`C = property`) or is defined in the body (3.13's `_is_internal_class`; 3.11 and 3.12 make
  // that one a member too, with a DeprecationWarning, which we do not model).
  const ct = classTypes(interp.rt);
  if (v instanceof PyTypeObject) {
    if (v === ct.property || v === ct.classmethod || v === ct.staticmethod) return true;
    if (['__get__', '__set__', '__delete__'].some((n) => typeLookup(interp, v, n) !== null)) return true;
    const qualname = v instanceof PyHeapTypeObject ? v.qualname : v.name;
    return qualname === `${clsName}.${v.name}` || qualname.endsWith(`.${clsName}.${v.name}`);
  }
  if (v.type === ct.property || v.type === ct.classmethod || v.type === ct.staticmethod) return true;
  return v.type.name === 'builtin_function_or_method';
}

/** `_generate_next_value_` for `auto()`: the class body's own, else Enum's (last + 1) or Flag's (next bit). */
export function nextValue(interp: Interp, custom: PyObject | null, kind: AutoKind, name: string, values: PyObject[]): PyObject {
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
export function generator(ns: PyDictObject, bases: readonly PyObject[]): PyObject | null {
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
export function prepare(interp: Interp, clsName: string, bases: readonly PyObject[]): PyObject {
  const rt = interp.rt;
  const state = stateOf(interp);
  const kind = autoKind(interp, bases);
  const d = newDict(rt);
  const values: PyObject[] = [];
  setStoreHook(d, (name, value) => {
    if (name.startsWith('_') || isDescriptor(interp, value, clsName)) return value;
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

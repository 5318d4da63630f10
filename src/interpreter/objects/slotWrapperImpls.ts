/**
 * What a built-in type's slot wrapper does when called (`wrap_binaryfunc_l`, `wrap_lenfunc`,
 * `wrap_richcmpfunc`… in Objects/typeobject.c): the type's own slot function, never a subclass's
 * override (`int.__repr__(self)` inside `Money.__repr__` must not reach `Money.__repr__` again):
 * repr, str, hash, format, comparisons and the number operators go to the `base*` operations,
 * the container slots to the abstract ones told to skip the class's dunders (`user = false`);
 * `object`'s own slots (`object_richcompare`, `object_repr`, `object_init`…) are written out.
 *
 * Obscurity: a number type's binary wrapper returns NotImplemented for an operand of another type
 * (`int.__add__(2, 3.0)`), the reflected form then being the other type's business.
 */
import { typeDisplayName } from './typeModules';
import { PyFloatObject } from '../../engine/objects/floatObject';
import { PyLongObject, newIntFromSsize } from '../../engine/objects/longObject';
import type { PyObject } from '../../engine/objects/object';
import type { PyTypeObject } from '../../engine/objects/typeObject';
import { newStr, PyUnicodeObject } from '../../engine/objects/unicodeObject';
import type { Interp } from '../runtime/interp';
import type { NativeImpl } from '../vm/callables';
import { callAny } from '../vm/callDispatch';
import { contains, delItem, getItem, getIter, isTrue, iterNext, length, setItem } from './abstract';
import { builtinBinaryOp } from './numberProtocol';
import { baseCompare } from './richCompare';
import { lengthHint } from './sequenceOps';
import { baseHashOf, hashOf } from './hashKey';
import { baseReprOf, textObject } from './repr';
import { baseFormatText, formatObject } from './formatBuiltins';
import { isUserObject } from './typeSlots';
import { builtinContainerInit } from './builtinBase';
import { numberSlotImpl } from './numberSlotWrappers';
import { objectDirNames, typeDirNames } from '../builtins/dirBuiltin';
import { newList } from '../../engine/objects/listObject';

/** The binary operators by NB_* number, as dunder stems. */
const NB_NAMES = ['add', 'and', 'floordiv', 'lshift', 'matmul', 'mul', 'mod', 'or', 'pow', 'rshift', 'sub', 'truediv', 'xor'];
const COMPARE_NAMES = ['__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__'];

function notImplemented(interp: Interp): PyObject {
  const n = interp.builtins.get('NotImplemented') as PyObject;
  interp.rt.heap.incref(n);
  return n;
}

/** Whether `owner`'s comparison or number slot takes `other` of another type (float: ints; set: frozensets). */
function numberOperand(interp: Interp, owner: PyTypeObject, other: PyObject): boolean {
  const types = interp.rt.types;
  if (owner === types.int || owner === types.bool) return other instanceof PyLongObject;
  if (owner === types.float) return other instanceof PyLongObject || other instanceof PyFloatObject;
  if (owner === types.complex) return other instanceof PyLongObject || other instanceof PyFloatObject || other.type.isSubtypeOf(types.complex);
  if (owner === types.set || owner === types.frozenset) return other.type.isSubtypeOf(types.set) || other.type.isSubtypeOf(types.frozenset);
  return false;
}

function arity(interp: Interp, args: PyObject[], n: number): void {
  if (args.length - 1 !== n) interp.typeError(`expected ${n} argument${n === 1 ? '' : 's'}, got ${args.length - 1}`);
}

/** `<module.Qualname object at 0x…>` (`object_repr`). */
function objectRepr(o: PyObject): string {
  return `<${typeDisplayName(o.type)} object at 0x${o.id.toString(16).padStart(12, '0')}>`;
}

/** A new list of new strs, in the order given. */
function nameList(interp: Interp, names: Iterable<string>): PyObject {
  return newList(interp.rt, [...names].map((n) => newStr(interp.rt, n)));
}

/** `object`'s own slots, which never defer to a class's overrides. */
function objectSlot(name: string): NativeImpl | null {
  switch (name) {
    case '__init__': return (i) => i.none();
    case '__repr__': return (i, a) => newStr(i.rt, objectRepr(a[0]));
    case '__str__': return (i, a) => textObject(i, a[0], true);
    case '__hash__': return (i, a) => newIntFromSsize(i.rt, hashOf(i, a[0]));
    case '__eq__': return (i, a) => { arity(i, a, 1); return a[0] === a[1] ? i.bool(true) : notImplemented(i); };
    case '__ne__': return (i, a) => { arity(i, a, 1); return a[0] === a[1] ? i.bool(false) : notImplemented(i); };
    case '__lt__': case '__le__': case '__gt__': case '__ge__': return (i, a) => { arity(i, a, 1); return notImplemented(i); };
    case '__sizeof__': return (i, a) => newIntFromSsize(i.rt, a[0].type.sizeof(a[0]));
    case '__dir__': return (i, a) => {
      // object___dir___impl: the instance dict's names, then its class's (a new, unsorted list).
      if (a.length === 0) return i.typeError('unbound method object.__dir__() needs an argument');
      if (a.length > 1) return i.typeError(`object.__dir__() takes no arguments (${a.length - 1} given)`);
      return nameList(i, objectDirNames(i, a[0]));
    };
    case '__format__': return (i, a) => {
      arity(i, a, 1);
      const spec = a[1];
      if (!(spec instanceof PyUnicodeObject)) return i.typeError(`__format__() argument must be str, not ${spec.type.name}`);
      if (spec.value) return i.typeError(`unsupported format string passed to ${a[0].type.name}.__format__`);
      return textObject(i, a[0], false);
    };
    default: return genericSlot(name);
  }
}

/** The slots every built-in type reaches the same way. */
function genericSlot(name: string): NativeImpl | null {
  switch (name) {
    case '__getattribute__': return (i, a) => {
      arity(i, a, 1);
      if (!(a[1] instanceof PyUnicodeObject)) return i.typeError(`attribute name must be string, not '${a[1].type.name}'`);
      return i.genericGetAttr(a[0], a[1].value, false, false).value;
    };
    case '__call__': return (i, a, kw) => callAny(i, a[0], a.slice(1), kw);
    default: return null;
  }
}

/** The operation behind slot wrapper `name` of built-in type `owner`, or null when not simulated. */
export function slotWrapperImpl(owner: PyTypeObject, name: string): NativeImpl | null {
  if (owner.base === null) return objectSlot(name);
  // type___dir___impl: the names along the class's MRO.
  if (name === '__dir__' && owner.name === 'type') return (i, a) => { arity(i, a, 0); return nameList(i, typeDirNames(i, a[0] as PyTypeObject)); };
  switch (name) {
    case '__len__': return (i, a) => { arity(i, a, 0); return newIntFromSsize(i.rt, length(i, a[0], false)); };
    case '__getitem__': return (i, a) => { arity(i, a, 1); return getItem(i, a[0], a[1], false); };
    case '__setitem__': return (i, a) => { arity(i, a, 2); setItem(i, a[0], a[1], a[2], false); return i.none(); };
    case '__delitem__': return (i, a) => { arity(i, a, 1); delItem(i, a[0], a[1], false); return i.none(); };
    case '__contains__': return (i, a) => { arity(i, a, 1); return i.bool(contains(i, a[0], a[1], false)); };
    case '__iter__': return (i, a) => { arity(i, a, 0); return getIter(i, a[0], false); };
    case '__next__': return (i, a) => { arity(i, a, 0); return iterNext(i, a[0], true) ?? i.raise('StopIteration'); };
    case '__length_hint__': return (i, a) => { arity(i, a, 0); return newIntFromSsize(i.rt, lengthHint(i, a[0], 0)); };
    case '__repr__': return (i, a) => { arity(i, a, 0); return isUserObject(a[0]) ? newStr(i.rt, baseReprOf(i, a[0])) : textObject(i, a[0], true); };
    case '__str__': return (i, a) => {
      arity(i, a, 0);
      // unicode_str: a str subclass's characters as an exact str.
      return a[0] instanceof PyUnicodeObject && isUserObject(a[0]) ? newStr(i.rt, a[0].value) : textObject(i, a[0], false);
    };
    case '__hash__': return (i, a) => { arity(i, a, 0); return newIntFromSsize(i.rt, baseHashOf(i, a[0])); };
    case '__bool__': return (i, a) => { arity(i, a, 0); return i.bool(isTrue(i, a[0], false)); };
    case '__format__': return (i, a) => {
      arity(i, a, 1);
      if (!(a[1] instanceof PyUnicodeObject)) return i.typeError(`argument must be str, not ${a[1].type.name}`);
      return isUserObject(a[0]) ? newStr(i.rt, baseFormatText(i, a[0], a[1].value)) : formatObject(i, a[0], a[1].value);
    };
    case '__sizeof__': return (i, a) => newIntFromSsize(i.rt, a[0].type.sizeof(a[0]));
    case '__init__': return (i, a, kw) => { builtinContainerInit(i, a[0], a.slice(1), kw); return i.none(); };
  }
  const cmp = COMPARE_NAMES.indexOf(name);
  if (cmp >= 0) {
    return (i, a) => {
      arity(i, a, 1);
      if (!a[1].type.isSubtypeOf(owner) && !numberOperand(i, owner, a[1])) return notImplemented(i);
      return i.bool(baseCompare(i, cmp, a[0], a[1]));
    };
  }
  const number = numberSlotImpl(owner, name);
  if (number) return number;
  // The stem first: `__rshift__` is rshift, not the reflected "shift".
  const m = /^__(r|i)?([a-z]+)__$/.exec(name);
  const whole = m ? NB_NAMES.indexOf(name.slice(2, -2)) : -1;
  const nb = whole >= 0 ? whole : m ? NB_NAMES.indexOf(m[2]) : -1;
  if (m && nb >= 0) {
    const reflected = whole < 0 && m[1] === 'r';
    const inplace = whole < 0 && m[1] === 'i';
    const isNumber = (i: Interp) => owner === i.rt.types.int || owner === i.rt.types.bool || owner === i.rt.types.float || owner === i.rt.types.complex;
    return (i, a) => {
      arity(i, a, 1);
      if (isNumber(i) && !numberOperand(i, owner, a[1])) return notImplemented(i);
      // The type's own slot: a subclass's override (`Money.__add__` calling `int.__add__`) is not reached again.
      return reflected ? builtinBinaryOp(i, nb, a[1], a[0]) : builtinBinaryOp(i, inplace ? nb + 13 : nb, a[0], a[1]);
    };
  }
  return genericSlot(name);
}

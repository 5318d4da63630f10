/**
 * Classes that subclass `dict`, `list`, `tuple`, `int`, `str` or `float`: which built-in a class
 * extends, and `tp_new` for it (`dict_new`, `list_new`, `tuple_subtype_new`, `long_subtype_new`…),
 * then the base's `tp_init` when the class has no `__init__` of its own (`dict_init`: update;
 * `list_init`: extend).
 */
import { allocByteArrayOf, allocListOf, allocTupleOf } from '../../engine/objects/builtinSubclass';
import { PyDictObject } from '../../engine/objects/dictObject';
import { PyListObject } from '../../engine/objects/listObject';
import type { PyObject } from '../../engine/objects/object';
import { PyHeapTypeObject } from '../../engine/objects/typeHeap';
import { PyTypeObject } from '../../engine/objects/typeObject';
import { PyLongObject } from '../../engine/objects/longObject';
import type { PyFloatObject } from '../../engine/objects/floatObject';
import { PyUnicodeObject } from '../../engine/objects/unicodeObject';
import { allocBytesOf, allocComplexOf, allocFloatOf, allocLongOf, allocUnicodeOf } from '../../engine/objects/valueSubclass';
import { bytesType, PyBytesObject } from '../../engine/objects/bytesObject';
import { byteArrayType, PyByteArrayObject } from '../../engine/objects/byteArrayObject';
import { byteArrayInit } from './bytesConstructors';
import { PyComplexObject } from '../../engine/objects/complexObject';
import { collect } from '../builtins/builtinFunctions';
import type { Interp } from '../runtime/interp';
import { listExtend } from './sequenceOps';
import { dictUpdateArg } from './dictMethods';
import { setItem } from './abstract';
import { internName } from './typeLookup';
import { withArgsTuples } from '../vm/tpCallTemps';
import { classTypes } from '../../engine/objects/classTypes';
import { newDescrSubclassInstance } from '../builtins/descrSubclass';

/** The built-in `t` extends (`dict`, `list`, `tuple`, `int`, `str`, `float`), or null. */
export function builtinBaseOf(interp: Interp, t: PyTypeObject): PyTypeObject | null {
  const types = interp.rt.types;
  for (let b: PyTypeObject | null = t; b; b = b.base) {
    if (b === types.dict || b === types.list || b === types.tuple || b === byteArrayType(interp.rt) || isValueType(interp, b) || isDescrBase(interp, b)) return b;
    if (!(b instanceof PyHeapTypeObject)) return null;
  }
  return null;
}

/**
 * `type_call` for a subclass of built-in `base`: `tp_new`, then (`init`: the class has no Python
 * `__init__`) the base's `tp_init` with the same arguments. A new reference.
 */
export function newBuiltinSubclassInstance(
  interp: Interp, type: PyHeapTypeObject, base: PyTypeObject, args: PyObject[], kwnames: string[] | null, init: boolean,
): PyObject {
  const rt = interp.rt;
  if (isValueType(interp, base)) return newValueOf(interp, type, base, args, kwnames);
  if (isDescrBase(interp, base)) return newDescrSubclassInstance(interp, type, base, args, kwnames, init);
  if (base === rt.types.tuple) {
    if (kwnames && kwnames.length) interp.typeError('tuple() takes no keyword arguments');
    if (args.length > 1) interp.typeError(`tuple expected at most 1 argument, got ${args.length}`);
    return allocTupleOf(rt, type, args.length ? collect(interp, args[0]) : []);
  }
  if (base === rt.types.list) {
    const l = allocListOf(rt, type);
    if (!init) return l;
    try {
      if (kwnames && kwnames.length) interp.typeError(`${type.name}() takes no keyword arguments`);
      if (args.length > 1) interp.typeError(`list expected at most 1 argument, got ${args.length}`);
      if (args.length) listExtend(interp, l, args[0]);
    } catch (e) {
      rt.heap.decref(l);
      throw e;
    }
    return l;
  }
  if (base === byteArrayType(rt)) {
    // bytearray's tp_new is PyType_GenericNew: an empty instance, then bytearray___init__.
    const b = allocByteArrayOf(rt, type);
    if (!init) return b;
    try {
      byteArrayInit(interp, b, args, kwnames);
    } catch (e) {
      rt.heap.decref(b);
      throw e;
    }
    return b;
  }
  const call = interp.typeCalls.get(rt.types.dict);
  const d = call ? call(interp, type, init ? args : [], init ? kwnames : null) : null;
  if (!(d instanceof PyDictObject)) return interp.typeError(`cannot create '${type.name}' instances`);
  rt.heap.incref(type);
  return d;
}

/** Whether `t` is `property`, `classmethod` or `staticmethod`, the descriptors a class may extend. */
export function isDescrBase(interp: Interp, t: PyTypeObject): boolean {
  const ct = classTypes(interp.rt);
  return t === ct.property || t === ct.classmethod || t === ct.staticmethod;
}

/** Whether `t` is `int`, `str`, `float` or `complex`, the value types a class may extend. */
export function isValueType(interp: Interp, t: PyTypeObject): boolean {
  const types = interp.rt.types;
  return t === types.int || t === types.str || t === types.float || t === types.complex || t === bytesType(interp.rt);
}

/**
 * `long_subtype_new` / `unicode_subtype_new` / `float_subtype_new`: the base's own constructor
 * makes the exact value (`int('42')`, `str(obj)`), which is copied into an instance of `type`.
 */
function newValueOf(interp: Interp, type: PyTypeObject, base: PyTypeObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const rt = interp.rt;
  const tmp = interp.callType(base, args, kwnames);
  try {
    if (tmp instanceof PyLongObject) return allocLongOf(rt, type, tmp.value);
    if (tmp instanceof PyUnicodeObject) return allocUnicodeOf(rt, type, tmp.value);
    if (tmp instanceof PyComplexObject) return allocComplexOf(rt, type, tmp.real, tmp.imag);
    if (tmp instanceof PyBytesObject) return allocBytesOf(rt, type, tmp.value);
    return allocFloatOf(rt, type, (tmp as PyFloatObject).value);
  } finally {
    rt.heap.decref(tmp);
  }
}

/**
 * `int.__new__(cls, ...)`, `str.__new__`, `float.__new__`, `tuple.__new__`: what
 * `super().__new__(cls, v)` reaches from a subclass's own `__new__`.
 */
export function installBuiltinNews(interp: Interp): void {
  const types = interp.rt.types;
  for (const base of [types.int, types.str, types.float, types.tuple]) {
    interp.methods.define(base, '__new__', (i, args, kwnames) => {
      const cls = args[0];
      if (!(cls instanceof PyTypeObject)) return i.typeError(`${base.name}.__new__(X): X is not a type object (${cls?.type.name ?? 'NoneType'})`);
      if (!cls.isSubtypeOf(base)) return i.typeError(`${base.name}.__new__(${cls.name}): ${cls.name} is not a subtype of ${base.name}`);
      const rest = args.slice(1);
      if (!(cls instanceof PyHeapTypeObject)) return i.callType(cls, rest, kwnames);
      if (!isValueType(i, base)) return newBuiltinSubclassInstance(i, cls, base, rest, kwnames, true);
      // tp_new_wrapper is METH_VARARGS: the (cls, *args) tuple, then the slice without cls.
      return withArgsTuples(i, [args, rest], () => newValueOf(i, cls, base, rest, kwnames));
    });
  }
}

/**
 * `list.__init__` / `dict.__init__` reached through `super().__init__(...)` (the last
 * `kwnames.length` arguments are keywords: `dict_init` stores them); false when `self` is neither.
 */
export function builtinContainerInit(interp: Interp, self: PyObject, allArgs: PyObject[], kwnames: string[] | null = null): boolean {
  const nkw = kwnames ? kwnames.length : 0;
  const args = allArgs.slice(0, allArgs.length - nkw);
  if (self instanceof PyListObject) {
    if (nkw) interp.typeError('list() takes no keyword arguments');
    if (args.length > 1) interp.typeError(`list expected at most 1 argument, got ${args.length}`);
    if (args.length) listExtend(interp, self, args[0]);
    return true;
  }
  if (self instanceof PyByteArrayObject) {
    byteArrayInit(interp, self, allArgs, kwnames);
    return true;
  }
  if (self instanceof PyDictObject) {
    if (args.length > 1) interp.typeError(`dict expected at most 1 argument, got ${args.length}`);
    if (args.length) dictUpdateArg(interp, self, args[0]);
    (kwnames ?? []).forEach((name, k) => setItem(interp, self, internName(interp, name), allArgs[args.length + k]));
    return true;
  }
  return false;
}

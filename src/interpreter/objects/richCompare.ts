/**
 * Rich comparison (`PyObject_RichCompare`, `PyObject_RichCompareBool`, Objects/object.c) for the
 * built-in types: `==` and ordering of numbers, strings, lists, tuples, slices and the containers,
 * with 3.11's and 3.12's " in comparison" recursion guard. Borrows its arguments; failures throw PyError.
 */
import { PyWeakReference } from '../../engine/objects/weakrefObject';
import { PyFloatObject } from '../../engine/objects/floatObject';
import { PyListObject } from '../../engine/objects/listObject';
import { PyLongObject } from '../../engine/objects/longObject';
import type { PyObject } from '../../engine/objects/object';
import { PyCFunctionObject } from '../../engine/objects/nativeObject';
import { PyTupleObject } from '../../engine/objects/tupleObject';
import { PyUnicodeObject } from '../../engine/objects/unicodeObject';
import type { Interp } from '../runtime/interp';
import { isUserObject, slotCompare } from './typeSlots';
import { intCompare } from './intArith';
import { PySliceObject } from '../../engine/objects/sliceObject';
import { containerEquals, containerLength } from './containerOps';
import { setCompare } from './setMethods';
import { PyNativeObject } from '../modules/nativeObject';
import { dequeOrder } from '../modules/dequeOps';
import { isValueSubclassInstance } from '../../engine/objects/valueSubclass';
import { dictViewCompare } from './dictViewSetOps';
import { bytesOrder } from './bytesOps';
import { PyComplexObject } from '../../engine/objects/complexObject';
import { complexEquals } from './complexOps';
import { isTrue } from './abstract';
import { tpName } from './typeModules';

/** `PyObject_RichCompare` for operator index 0..5 (`<`, `<=`, `==`, `!=`, `>`, `>=`), as a boolean. */
export function compare(interp: Interp, op: number, a: PyObject, b: PyObject): boolean {
  if (!interp.cGuards) return compareUnguarded(interp, op, a, b);
  interp.enterRecursiveCall(' in comparison');
  try {
    return compareUnguarded(interp, op, a, b);
  } finally {
    interp.leaveRecursiveCall();
  }
}

/** `compare` without 3.11's recursion guard: what 3.11's specialized COMPARE_OP instructions do. */
export function compareUnguarded(interp: Interp, op: number, a: PyObject, b: PyObject): boolean {
  if (isUserObject(a) || isUserObject(b)) { const r = slotCompare(interp, op, a, b, (x) => isTrue(interp, x)); if (r !== null) return r; }
  return baseCompare(interp, op, a, b);
}

/**
 * Runs `f` inside `Py_EnterRecursiveCall(" in comparison")`: 3.11 counts it against the recursion
 * limit, 3.12 against its C budget (one unit); a no-op on 3.13.
 */
function inComparison<T>(interp: Interp, f: () => T): T {
  if (!interp.cGuards) return f();
  interp.enterRecursiveCall(' in comparison');
  try {
    return f();
  } finally {
    interp.leaveRecursiveCall();
  }
}

/** `PyObject_RichCompareBool(a, b, Py_EQ)` on two container items: identical items skip the comparison. */
function itemEquals(interp: Interp, a: PyObject, b: PyObject): boolean {
  return a === b ? equals(interp, a, b) : inComparison(interp, () => equals(interp, a, b));
}

/** The built-in types' own comparison, no class's override consulted (`int.__eq__(self, o)`). */
export function baseCompare(interp: Interp, op: number, a: PyObject, b: PyObject): boolean {
  if (a instanceof PyNativeObject && a.compare) { const r = a.compare(interp, op, b); if (r !== undefined) return r; }
  const views = dictViewCompare(interp, op, a, b);
  if (views !== undefined) return views;
  if (op === 2 || op === 3) {
    const eq = baseEquals(interp, a, b);
    return op === 2 ? eq : !eq;
  }
  const subset = setCompare(interp, op, a, b);
  if (subset !== undefined) return subset;
  const c = order(interp, a, b, op);
  switch (op) {
    case 0: return c < 0;
    case 1: return c <= 0;
    case 4: return c > 0;
    default: return c >= 0;
  }
}

const opSymbols = ['<', '<=', '==', '!=', '>', '>='];

/** Ordering of two comparable objects, or TypeError. */
function order(interp: Interp, a: PyObject, b: PyObject, op: number): number {
  if (a instanceof PyLongObject && b instanceof PyLongObject) return intCompare(a.value, b.value);
  if ((a instanceof PyLongObject || a instanceof PyFloatObject) && (b instanceof PyLongObject || b instanceof PyFloatObject)) {
    const x = a instanceof PyFloatObject ? a.value : Number(a.value);
    const y = b instanceof PyFloatObject ? b.value : Number(b.value);
    if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
    return x < y ? -1 : x > y ? 1 : 0;
  }
  if (a instanceof PyUnicodeObject && b instanceof PyUnicodeObject) return a.value < b.value ? -1 : a.value > b.value ? 1 : 0;
  if ((a instanceof PyListObject && b instanceof PyListObject) || (a instanceof PyTupleObject && b instanceof PyTupleObject)) {
    return itemsOrder(interp, a.items, b.items, op);
  }
  // slice_richcompare: two slices compare as the tuples (start, stop, step).
  if (a instanceof PySliceObject && b instanceof PySliceObject) return itemsOrder(interp, sliceParts(interp, a), sliceParts(interp, b), op);
  const deques = dequeOrder(interp, a, b, (x, y) => order(interp, x, y, op));
  if (deques !== undefined) return deques;
  const bytes = bytesOrder(a, b);
  if (bytes !== undefined) return bytes;
  return interp.typeError(`'${opSymbols[op]}' not supported between instances of '${tpName(a.type)}' and '${tpName(b.type)}'`);
}

/** Lexicographic order of two item sequences (the first unequal pair decides, then the lengths). */
function itemsOrder(interp: Interp, a: PyObject[], b: PyObject[], op: number): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    if (!itemEquals(interp, a[i], b[i])) return inComparison(interp, () => orderAs(op, compareUnguarded(interp, op, a[i], b[i])));
  }
  return a.length - b.length;
}

/**
 * tuplerichcompare / list_richcompare: the first differing items decide with the full
 * `PyObject_RichCompare(v, w, op)` (a class's `__lt__`, a datetime's ordering), folded back into
 * a sign that `baseCompare` reads the same way for `op`.
 */
function orderAs(op: number, holds: boolean): number {
  const lessSide = op === 0 || op === 1;
  return holds === lessSide ? -1 : 1;
}

/** A slice's (start, stop, step), None for the missing ones. */
function sliceParts(interp: Interp, s: PySliceObject): PyObject[] {
  return [s.start ?? interp.rt.None, s.stop ?? interp.rt.None, s.step ?? interp.rt.None];
}

/** `==` for the built-in types (identity otherwise). */
export function equals(interp: Interp, a: PyObject, b: PyObject): boolean {
  if (a !== b && (isUserObject(a) || isUserObject(b))) {
    const r = slotCompare(interp, 2, a, b, (x) => isTrue(interp, x));
    const builtinA = a instanceof PyListObject || a instanceof PyTupleObject || isValueSubclassInstance(a) || isValueSubclassInstance(b);
    if (r !== null || !(builtinA || containerLength(a) !== undefined)) return r ?? false;
  }
  return baseEquals(interp, a, b);
}

/** `equals` without the classes' `__eq__` for `a` and `b` themselves (their items still use theirs). */
function baseEquals(interp: Interp, a: PyObject, b: PyObject): boolean {
  if (a === b) return !(a instanceof PyFloatObject && Number.isNaN(a.value)) && !(a instanceof PyComplexObject && (Number.isNaN(a.real) || Number.isNaN(a.imag)));
  if (a instanceof PyComplexObject || b instanceof PyComplexObject) {
    const r = a instanceof PyComplexObject ? complexEquals(a, b) : complexEquals(b as PyComplexObject, a);
    if (r !== null) return r;
  }
  // `meth_richcompare` / `wrapper_richcompare`: the same method bound to the same object.
  if (a instanceof PyCFunctionObject && b instanceof PyCFunctionObject && a.self) return a.type === b.type && a.impl === b.impl && a.self === b.self;
  if (a instanceof PyLongObject && b instanceof PyLongObject) return intCompare(a.value, b.value) === 0;
  if ((a instanceof PyLongObject || a instanceof PyFloatObject) && (b instanceof PyLongObject || b instanceof PyFloatObject)) {
    const x = a instanceof PyFloatObject ? a.value : Number(a.value);
    const y = b instanceof PyFloatObject ? b.value : Number(b.value);
    return x === y;
  }
  // weakref_richcompare: two live refs compare their referents, otherwise by identity.
  if (a instanceof PyWeakReference && b instanceof PyWeakReference) {
    return a.referent && b.referent ? equals(interp, a.referent, b.referent) : false;
  }
  if (a instanceof PyUnicodeObject && b instanceof PyUnicodeObject) return a.value === b.value;
  if ((a instanceof PyListObject && b instanceof PyListObject) || (a instanceof PyTupleObject && b instanceof PyTupleObject)) {
    if (a.items.length !== b.items.length) return false;
    for (let i = 0; i < a.items.length; i++) if (!itemEquals(interp, a.items[i], b.items[i])) return false;
    return true;
  }
  if (a instanceof PySliceObject && b instanceof PySliceObject) {
    const x = sliceParts(interp, a);
    const y = sliceParts(interp, b);
    return x.every((v, i) => equals(interp, v, y[i]));
  }
  return containerEquals(interp, a, b) ?? dictViewCompare(interp, 2, a, b) ?? false;
}

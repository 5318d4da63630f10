/**
 * sq_concat and sq_repeat for str, list and tuple (`unicode_repeat`, `list_concat`, `list_repeat`,
 * `tuple_concat`, `tuple_repeat`), with the repeat count (`PyNumber_AsSsize_t`) and the size checks
 * CPython makes before it builds the result. Borrows its arguments and returns a new reference.
 */
import { newList, PyListObject } from '../../engine/objects/listObject';
import type { IntValue } from '../../engine/objects/longObject';
import type { PyObject } from '../../engine/objects/object';
import { newTuple, PyTupleObject } from '../../engine/objects/tupleObject';
import { newStr, PyUnicodeObject } from '../../engine/objects/unicodeObject';
import type { Interp } from '../runtime/interp';
import { indexValueOrNull } from './numberIndex';
import { isUserObject } from './typeSlots';

/**
 * sequence_repeat: `seq * n` (or `n * seq`) with a class instance `n` that has `__index__`; null
 * when `seq` is not a str, list or tuple or `n` has no `__index__`.
 */
export function indexRepeat(interp: Interp, seq: PyObject, n: PyObject): PyObject | null {
  if (!isUserObject(n) || !(seq instanceof PyUnicodeObject || seq instanceof PyListObject || seq instanceof PyTupleObject)) return null;
  const v = indexValueOrNull(interp, n);
  if (v === null) return null;
  if (seq instanceof PyUnicodeObject) return strRepeat(interp, seq, repeatCount(interp, v));
  return seq instanceof PyListObject ? listRepeat(interp, seq, repeatCount(interp, v)) : tupleRepeat(interp, seq, repeatCount(interp, v));
}

/** `PyNumber_AsSsize_t(n, PyExc_OverflowError)` for a repeat count; negative counts repeat 0 times. */
export function repeatCount(interp: Interp, v: IntValue): number {
  if (typeof v === 'bigint' && (v > PY_SSIZE_T_MAX_BIG || v < -PY_SSIZE_T_MAX_BIG - 1n)) {
    interp.raise('OverflowError', "cannot fit 'int' into an index-sized integer");
  }
  const n = Number(v);
  return n > 0 ? n : 0;
}

/** `PY_SSIZE_T_MAX` as a bigint: an int past it does not fit a Py_ssize_t. */
export const PY_SSIZE_T_MAX_BIG = 2n ** 63n - 1n;
/** `PY_SSIZE_T_MAX` as a double (2^63): a product past it does not fit a Py_ssize_t. */
const PY_SSIZE_T_MAX = 2 ** 63;

/**
 * A sequence repeat's size check, before any JS storage is built: `list_repeat`/`tuple_repeat`
 * answer MemoryError when `size * n` overflows, then the allocation of `8 * size * n` bytes fails
 * past the memory ceiling.
 */
function reserveItems(interp: Interp, size: number, n: number): void {
  if (size === 0 || n === 0) return;
  if (size * n >= PY_SSIZE_T_MAX / 8) interp.noMemory();
  interp.reserve(8 * size * n);
}

/** `unicode_repeat`: OverflowError past PY_SSIZE_T_MAX, MemoryError past the ceiling, checked before building the string. */
export function strRepeat(interp: Interp, a: PyUnicodeObject, n: number): PyObject {
  const len = a.value.length;
  if (len > 0 && n > 0) {
    if (len * n >= PY_SSIZE_T_MAX) interp.raise('OverflowError', 'repeated string is too long');
    interp.reserveStr(len * n);
  }
  return newStr(interp.rt, a.value.repeat(n));
}

/** `list_concat`: `a + b` for two lists. */
export function listConcat(interp: Interp, a: PyListObject, b: PyListObject): PyObject {
  const items = [...a.items, ...b.items];
  for (const x of items) interp.rt.heap.incref(x);
  return newList(interp.rt, items);
}

/** `tuple_concat`: `a + b` for two tuples (an empty side gives the other back). */
export function tupleConcat(interp: Interp, a: PyTupleObject, b: PyTupleObject): PyObject {
  if (b.items.length === 0 && a.type === interp.rt.types.tuple) { interp.rt.heap.incref(a); return a; }
  if (a.items.length === 0 && b.type === interp.rt.types.tuple) { interp.rt.heap.incref(b); return b; }
  const items = [...a.items, ...b.items];
  for (const x of items) interp.rt.heap.incref(x);
  return newTuple(interp.rt, items);
}

/** `list_repeat`: `a * n` for a list. */
export function listRepeat(interp: Interp, a: PyListObject, n: number): PyObject {
  reserveItems(interp, a.items.length, n);
  const items: PyObject[] = [];
  for (let i = 0; i < n; i++) for (const x of a.items) { interp.rt.heap.incref(x); items.push(x); }
  return newList(interp.rt, items);
}

/** `tuple_repeat`: `a * n` for a tuple (`n == 1` gives the tuple back). */
export function tupleRepeat(interp: Interp, a: PyTupleObject, n: number): PyObject {
  if (n === 1 && a.type === interp.rt.types.tuple) { interp.rt.heap.incref(a); return a; }
  reserveItems(interp, a.items.length, n);
  const items: PyObject[] = [];
  for (let i = 0; i < n; i++) for (const x of a.items) { interp.rt.heap.incref(x); items.push(x); }
  return newTuple(interp.rt, items);
}

/**
 * The abstract object layer (Objects/abstract.c, object.c) for the built-in types: truth, length,
 * iteration, subscripts and containment (the object, sequence and mapping protocols; the binary
 * operators are in numberProtocol.ts, comparison in richCompare.ts). Every function borrows its
 * arguments and returns a new reference, as the C API does; failures throw PyError.
 */
import { tpName } from './typeModules';
import { PyFloatObject } from '../../engine/objects/floatObject';
import { listAppend, listResize, PyListObject } from '../../engine/objects/listObject';
import { newInt, PyLongObject, type IntValue } from '../../engine/objects/longObject';
import type { PyObject } from '../../engine/objects/object';
import { PyRangeIterObject, PyRangeObject, newRangeIter } from '../../engine/objects/rangeObject';
import { exhaustSeqIter, newSeqIter, PySeqIterObject } from '../../engine/objects/seqIterObject';
import { newTuple, PyTupleObject } from '../../engine/objects/tupleObject';
import { newStr, PyUnicodeObject } from '../../engine/objects/unicodeObject';
import type { Interp } from '../runtime/interp';
import { PyError } from '../runtime/pyError';
import type { PyBaseExceptionObject } from '../../engine/objects/exceptionObject';
import { newException } from '../../engine/objects/exceptionObject';
import { indexValueOrNull } from './numberIndex';
import { ownSlotKind } from './builtinSlots';
import { callDunder, isUserObject, slotBool, slotIter, slotLen, slotNext } from './typeSlots';
import { floatRepr } from '../runtime/floatRepr';
import { PySliceObject } from '../../engine/objects/sliceObject';
import { getSlice, setListSlice } from './slicing';
import { containerContains, containerIter, containerIterNext, containerLength, dictDelete, dictStore, dictSubscript } from './containerOps';
import { PyDictObject } from '../../engine/objects/dictObject';
import { newStrIter } from '../builtins/iterTools';
import { PyNativeObject } from '../modules/nativeObject';
import { dequeDelItem, dequeSetItem, dequeSubscript } from '../modules/dequeOps';
import { PyHeapTypeObject } from '../../engine/objects/typeHeap';
import { typeLookup } from './typeLookup';
import { callAny } from '../vm/callDispatch';
import { unwrapDescriptor } from '../vm/metaclass';
import { PyTypeObject } from '../../engine/objects/typeObject';
import { builtinClassGetItem } from './genericAlias';
import { bytesDelItem, bytesSetItem, bytesSubscript } from './bytesOps';
import { PyComplexObject } from '../../engine/objects/complexObject';
import { PY_SSIZE_T_MAX_BIG } from './sequenceRepeat';
import { equals } from './richCompare';
import { warnFromNative } from '../modules/nativeWarn';

/** `PyObject_IsTrue`. */
export function isTrue(interp: Interp, o: PyObject, user = true): boolean {
  if (user && isUserObject(o)) {
    // A class's own __bool__/__len__, else its built-in base's (a defaultdict or list subclass).
    const b = slotBool(interp, o);
    if (b !== null) return b;
  }
  const rt = interp.rt;
  if (o === rt.True) return true;
  if (o === rt.False || o === rt.None) return false;
  if (o instanceof PyLongObject) return o.value !== 0 && o.value !== 0n;
  if (o instanceof PyFloatObject) return o.value !== 0;
  if (o instanceof PyComplexObject) return o.real !== 0 || o.imag !== 0;
  if (o instanceof PyUnicodeObject) return o.length > 0;
  if (o instanceof PyListObject || o instanceof PyTupleObject) return o.items.length > 0;
  if (o instanceof PyRangeObject) return o.length.value !== 0;
  const n = containerLength(o);
  if (n !== undefined) return n > 0;
  if (o.type.name === 'NotImplementedType') warnFromNative(interp, 'DeprecationWarning', 'NotImplemented should not be used in a boolean context');
  return true;
}

/** `PyObject_Size` / `len()`. */
export function length(interp: Interp, o: PyObject, user = true): number {
  if (user && isUserObject(o)) { const n = slotLen(interp, o); if (n !== null) return n; }
  if (o instanceof PyUnicodeObject) return o.length;
  if (o instanceof PyListObject || o instanceof PyTupleObject) return o.items.length;
  if (o instanceof PyRangeObject) {
    // range_length: PyLong_AsSsize_t of the length.
    if (BigInt(o.length.value) > 2n ** 63n - 1n) interp.raise('OverflowError', 'Python int too large to convert to C ssize_t');
    return Number(o.length.value);
  }
  if (o instanceof PyNativeObject && o.sequence) return o.sequence.length();
  const n = containerLength(o);
  if (n !== undefined) return n;
  return interp.typeError(`object of type '${tpName(o.type)}' has no len()`);
}

/** `PyObject_GetIter`: a new iterator (allocated as CPython allocates it). */
export function getIter(interp: Interp, o: PyObject, user = true): PyObject {
  if (user && isUserObject(o)) { const r = slotIter(interp, o); if (r) return r; }
  const rt = interp.rt;
  if (o instanceof PyListObject) return newSeqIter(rt, rt.types.listIterator, o);
  if (o instanceof PyTupleObject) return newSeqIter(rt, rt.types.tupleIterator, o);
  if (o instanceof PyRangeObject) return newRangeIter(rt, o);
  if (o instanceof PySeqIterObject || o instanceof PyRangeIterObject) { rt.heap.incref(o); return o; }
  if (o instanceof PyUnicodeObject) return newStrIter(interp, o);
  return containerIter(interp, o) ?? interp.typeError(`'${tpName(o.type)}' object is not iterable`);
}

/**
 * Runs `run` (which iterates `o`) with "not iterable" worded the caller's way (UNPACK_SEQUENCE's
 * "cannot unpack non-iterable int object", LIST_EXTEND's "Value after * must be an iterable, not
 * int"): CPython rewrites the TypeError only when the type has no tp_iter and is no sequence,
 * which is exactly when getIter raises its own "'T' object is not iterable".
 */
export function rewordNotIterable<T>(interp: Interp, o: PyObject, message: (typeName: string) => string, run: () => T): T {
  try {
    return run();
  } catch (e) {
    if (!(e instanceof PyError) || e.exc.type !== interp.excType('TypeError') || exceptionMessage(e.exc) !== `'${tpName(o.type)}' object is not iterable`) throw e;
    interp.rt.heap.decref(e.exc);
    return interp.typeError(message(tpName(o.type)));
  }
}

/** The message a built-in exception was raised with (its single str argument), or null. */
function exceptionMessage(exc: PyBaseExceptionObject): string | null {
  const args = exc.args;
  return args instanceof PyTupleObject && args.items.length === 1 && args.items[0] instanceof PyUnicodeObject ? args.items[0].value : null;
}

/**
 * `tp_iternext`: the next item (new reference), or null when exhausted (no StopIteration allocated).
 * `keepStop` is for `next()` and `__next__`, which call tp_iternext directly: a StopIteration a
 * native iterator raised (a coroutine wrapper's, carrying the return value) reaches the caller as is.
 */
export function iterNext(interp: Interp, it: PyObject, keepStop = false): PyObject | null {
  interp.poll();
  if (isUserObject(it)) { const r = slotNext(interp, it, keepStop); if (r !== undefined) return r; }
  const rt = interp.rt;
  if (it instanceof PySeqIterObject) {
    const seq = it.seq as PyListObject | PyTupleObject | null;
    if (seq && it.index < seq.items.length) {
      const v = seq.items[it.index++];
      rt.heap.incref(v);
      return v;
    }
    if (seq) exhaustSeqIter(rt, it);
    return null;
  }
  if (it instanceof PyRangeIterObject) {
    if (it.remaining <= 0) return null;
    const v = it.next;
    it.next += it.step;
    it.remaining--;
    return newInt(rt, v);
  }
  let next: PyObject | null | undefined;
  try {
    next = containerIterNext(interp, it);
  } catch (e) {
    // PyIter_Next and FOR_ITER take a StopIteration out of a native iterator's tp_iternext as its
    // end: `map(next, iterators)` stops at the first exhausted one.
    if (keepStop || !(e instanceof PyError && e.exc.type.isSubtypeOf(interp.excType('StopIteration')))) throw e;
    rt.heap.decref(e.exc);
    return null;
  }
  if (next !== undefined) return next;
  return interp.typeError(`'${tpName(it.type)}' object is not an iterator`);
}

/** Normalizes a Python index into [0, n) or raises IndexError with `what`. */
export function normalizeIndex(interp: Interp, index: PyObject, n: number, what: string): number {
  const v = indexValueOrNull(interp, index);
  if (v === null) return interp.typeError(`${what} indices must be integers or slices, not ${index.type.name}`);
  return inRange(interp, v, n, what, index);
}

/** Whether an int fits a `Py_ssize_t`. */
function fitsSsize(v: IntValue): boolean {
  return typeof v === 'number' || (v <= PY_SSIZE_T_MAX_BIG && v >= -PY_SSIZE_T_MAX_BIG - 1n);
}

/** PyNumber_AsSsize_t(key, PyExc_IndexError) then the bounds check. */
function inRange(interp: Interp, v: IntValue, n: number, what: string, key: PyObject): number {
  if (!fitsSsize(v)) interp.raise('IndexError', `cannot fit '${key.type.name}' into an index-sized integer`);
  let i = Number(v);
  if (i < 0) i += n;
  if (i < 0 || i >= n) interp.raise('IndexError', `${what} index out of range`);
  return i;
}

/**
 * `list_item`'s IndexError: its message is 3.12's static `_Py_STR(list_err)` and 3.11's `indexerr`,
 * a str made once before any script runs, so raising it allocates no message block.
 */
const listIndexErrors = new WeakMap<Interp, PyUnicodeObject>();

function listItemIndex(interp: Interp, key: PyObject, n: number): number {
  const v = indexValueOrNull(interp, key);
  if (v === null) return interp.typeError(`list indices must be integers or slices, not ${key.type.name}`);
  if (!fitsSsize(v)) interp.raise('IndexError', `cannot fit '${key.type.name}' into an index-sized integer`);
  const i = Number(v) < 0 ? Number(v) + n : Number(v);
  if (i < 0 || i >= n) {
    let message = listIndexErrors.get(interp);
    if (!message) listIndexErrors.set(interp, (message = interp.rt.staticString('list index out of range')));
    interp.rt.heap.incref(message);
    throw new PyError(newException(interp.rt, interp.excType('IndexError'), newTuple(interp.rt, [message])));
  }
  return i;
}

/** `PyObject_GetItem` (BINARY_SUBSCR). */
export function getItem(interp: Interp, o: PyObject, key: PyObject, user = true): PyObject {
  if (user && isUserObject(o)) { const r = callDunder(interp, o, '__getitem__', [key]); if (r) return r; }
  const rt = interp.rt;
  if (o instanceof PyDictObject) return dictSubscript(interp, o, key);
  if (key instanceof PySliceObject && !(o instanceof PyNativeObject && o.subscript)) return bytesSubscript(interp, o, key) ?? getSlice(interp, o, key);
  if (o instanceof PyListObject) { const v = o.items[listItemIndex(interp, key, o.items.length)]; rt.heap.incref(v); return v; }
  if (o instanceof PyTupleObject) { const v = o.items[normalizeIndex(interp, key, o.items.length, 'tuple')]; rt.heap.incref(v); return v; }
  if (o instanceof PyUnicodeObject) {
    // unicode_subscript words its TypeError apart from the other sequences' (3.11+).
    const v = indexValueOrNull(interp, key);
    if (v === null) return interp.typeError(`string indices must be integers, not '${key.type.name}'`);
    const chars = o.kind === 4 ? Array.from(o.value) : null;
    const i = inRange(interp, v, o.length, 'string', key);
    return newStr(rt, chars ? chars[i] : o.value[i]);
  }
  if (o instanceof PyRangeObject) {
    const i = normalizeIndex(interp, key, Number(o.length.value), 'range object');
    return newInt(rt, Number(o.start.value) + i * Number(o.step.value));
  }
  if (o instanceof PyNativeObject && o.subscript) return o.subscript(interp, key);
  if (o instanceof PyNativeObject && o.sequence) {
    const seq = o.sequence;
    return seq.item(interp, normalizeIndex(interp, key, seq.length(), o.type.name));
  }
  if (o instanceof PyHeapTypeObject) {
    // `C[key]` on a class: its `__class_getitem__` (an implicit classmethod, typeCreate.ts).
    const f = typeLookup(interp, o, '__class_getitem__');
    if (f) return callAny(interp, unwrapDescriptor(f), [o, key]);
    return interp.typeError(`type '${o.name}' is not subscriptable`);
  }
  if (o instanceof PyTypeObject) {
    const alias = builtinClassGetItem(interp, o, key);
    if (alias) return alias;
    return interp.typeError(`type '${o.name}' is not subscriptable`);
  }
  if (o instanceof PyNativeObject) {
    // A module's C type with `mp_subscript` (re.Match): its `__getitem__` method.
    const f = interp.methods.lookup(o.type, '__getitem__');
    if (f) return callAny(interp, f, [o, key]);
  }
  return dequeSubscript(interp, o, key) ?? bytesSubscript(interp, o, key) ?? interp.typeError(`'${tpName(o.type)}' object is not subscriptable`);
}

/** `PyObject_SetItem` (STORE_SUBSCR); steals nothing. */
export function setItem(interp: Interp, o: PyObject, key: PyObject, value: PyObject, user = true): void {
  if (user && isUserObject(o)) { const r = callDunder(interp, o, '__setitem__', [key, value]); if (r) { interp.rt.heap.decref(r); return; } }
  if (o instanceof PyDictObject) return dictStore(interp, o, key, value);
  if (o instanceof PyListObject && key instanceof PySliceObject) {
    const values = value instanceof PyListObject || value instanceof PyTupleObject ? [...value.items] : null;
    if (!values) interp.typeError('can only assign an iterable');
    setListSlice(interp, o, key, values);
    return;
  }
  if (o instanceof PyListObject) {
    const i = normalizeIndex(interp, key, o.items.length, 'list assignment');
    const old = o.items[i];
    interp.rt.heap.incref(value);
    o.items[i] = value;
    interp.rt.heap.decref(old);
    return;
  }
  if (o instanceof PyNativeObject && o.assign) return o.assign(interp, key, value);
  if (dequeSetItem(interp, o, key, value) || bytesSetItem(interp, o, key, value)) return;
  interp.typeError(`'${tpName(o.type)}' object does not support item assignment`);
}

/** `PySequence_Contains` (CONTAINS_OP). */
export function contains(interp: Interp, container: PyObject, item: PyObject, user = true): boolean {
  if (user && isUserObject(container)) {
    // `__contains__ = None` blocks the iteration fallback (slot_sq_contains).
    if (typeLookup(interp, container.type, '__contains__') === interp.rt.None) interp.typeError(`'${container.type.name}' object is not a container`);
    const r = callDunder(interp, container, '__contains__', [item]);
    if (r) { const t = isTrue(interp, r); interp.rt.heap.decref(r); return t; }
  }
  if (container instanceof PyListObject || container instanceof PyTupleObject) return container.items.some((x) => equals(interp, x, item));
  if (container instanceof PyUnicodeObject) {
    if (!(item instanceof PyUnicodeObject)) interp.typeError(`'in <string>' requires string as left operand, not ${item.type.name}`);
    return container.value.includes(item.value);
  }
  if (container instanceof PyRangeObject && item instanceof PyLongObject) {
    const v = Number(item.value);
    const start = Number(container.start.value);
    const step = Number(container.step.value);
    const n = Number(container.length.value);
    const k = (v - start) / step;
    return Number.isInteger(k) && k >= 0 && k < n;
  }
  const found = containerContains(interp, container, item);
  if (found !== undefined) return found;
  return iterSearch(interp, container, item);
}

/** `iter(seq)` for `_PySequence_IterSearch`: a TypeError reads "argument of type 'X' is not iterable". */
export function searchIter(interp: Interp, seq: PyObject): PyObject {
  try {
    return getIter(interp, seq);
  } catch (e) {
    if (e instanceof PyError && e.exc.type === interp.excType('TypeError')) {
      interp.rt.heap.decref(e.exc);
      interp.typeError(`argument of type '${seq.type.name}' is not iterable`);
    }
    throw e;
  }
}

/** `_PySequence_IterSearch`: `in` by walking the container's iterator (a class with only __iter__, a generator). */
function iterSearch(interp: Interp, container: PyObject, item: PyObject): boolean {
  const heap = interp.rt.heap;
  const it = searchIter(interp, container);
  try {
    for (let v = iterNext(interp, it); v; v = iterNext(interp, it)) {
      let eq: boolean;
      try {
        eq = equals(interp, v, item);
      } finally {
        heap.decref(v);
      }
      if (eq) return true;
    }
    return false;
  } finally {
    heap.decref(it);
  }
}

/** `float.__str__` shortcut for the formatter. */
export function floatText(o: PyFloatObject): string {
  return floatRepr(o.value);
}

/** `list.append(x)` with the reference the list keeps. */
export function appendBorrowed(interp: Interp, l: PyListObject, x: PyObject): void {
  interp.rt.heap.incref(x);
  listAppend(interp.rt, l, x);
}

/** `PyObject_DelItem` (DELETE_SUBSCR) for lists. */
export function delItem(interp: Interp, o: PyObject, key: PyObject, user = true): void {
  if (user && isUserObject(o)) { const r = callDunder(interp, o, '__delitem__', [key]); if (r) { interp.rt.heap.decref(r); return; } }
  if (o instanceof PyDictObject) return dictDelete(interp, o, key);
  if (o instanceof PyListObject) {
    if (key instanceof PySliceObject) {
      setListSlice(interp, o, key, []);
      return;
    }
    const i = normalizeIndex(interp, key, o.items.length, 'list assignment');
    // list_ass_slice(i, i+1, NULL): the item leaves, then the array may shrink.
    const [old] = o.items.splice(i, 1);
    o.items.push(old);
    listResizeTo(interp, o, o.items.length - 1);
    o.items.pop();
    interp.rt.heap.decref(old);
    return;
  }
  if (o instanceof PyNativeObject && o.assign) return o.assign(interp, key, null);
  if (dequeDelItem(interp, o, key) || bytesDelItem(interp, o, key)) return;
  // PyObject_DelItem: "doesn't" when the type has a mapping or sequence slot table (every class
  // has both), "does not" when it has neither (int, None, generators).
  interp.typeError(`'${tpName(o.type)}' object ${hasContainerSlots(interp, o.type) ? "doesn't" : 'does not'} support item deletion`);
}

function hasContainerSlots(interp: Interp, t: PyTypeObject): boolean {
  if (t instanceof PyHeapTypeObject) return true;
  for (let c: PyTypeObject | null = t; c; c = c.base) {
    if (['__len__', '__getitem__', '__contains__'].some((n) => ownSlotKind(interp.rt, c as PyTypeObject, n) !== undefined)) return true;
  }
  return false;
}

function listResizeTo(interp: Interp, l: PyListObject, n: number): void {
  if (interp.rt.profile.listDelItemShrinks) listResize(interp.rt, l, n);
}

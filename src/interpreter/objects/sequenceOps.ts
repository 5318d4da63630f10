/**
 * The sequence protocol's part of `+`, `*`, `+=` and `*=` (PyNumber_Add/Multiply and their
 * in-place forms falling back to sq_concat/sq_repeat and sq_inplace_concat/sq_inplace_repeat,
 * Objects/abstract.c, 3.11–3.13):
 *
 *   list.extend(x)     list_extend: an exact list or tuple is copied after one resize; any other
 *                      iterable is presized from its length hint (8 when it has none), appended,
 *                      and the array trimmed to what was used. A list that never had an array
 *                      gets an exact one (list_preallocate_exact, rounded up to even).
 *   list += iterable   list_inplace_concat: list_extend on the same object, which is the result
 *   list *= n          list_inplace_repeat: cleared for n < 1, else resized to size * n in place
 *   str/list/tuple + x sq_concat's TypeError: "can only concatenate list (not "tuple") to list"
 *   seq * x            sequence_repeat's TypeError when x has no __index__
 *   class Q(tuple) with __add__: no sq_concat left (see `sequenceSlotCleared`)
 */
import type { PyStep } from '../vm/resumableNative';
import { chainsItems, nextItem } from '../builtins/iterItemSteps';
import { listAppend, listResize, PyListObject, releaseItems } from '../../engine/objects/listObject';
import { PyDictViewObject } from '../../engine/objects/dictViewObject';
import { PyLazyIterObject } from '../../engine/objects/lazyIterObjects';
import { PyRangeIterObject } from '../../engine/objects/rangeObject';
import { PySeqIterObject } from '../../engine/objects/seqIterObject';
import { PyError } from '../runtime/pyError';
import { getIter, iterNext, length } from './abstract';
import { PyLongObject } from '../../engine/objects/longObject';
import type { PyObject } from '../../engine/objects/object';
import { PyTupleObject } from '../../engine/objects/tupleObject';
import { PyUnicodeObject } from '../../engine/objects/unicodeObject';
import type { Interp } from '../runtime/interp';
import { indexValueOrNull } from './numberIndex';
import { bufferOf } from './bytesOps';
import { hasSequenceTable } from './sequenceTable';
import { userLookup } from '../vm/metaclass';

/** BINARY_OP numbers used here (`NB_ADD`, `NB_MULTIPLY`, `NB_INPLACE_ADD`, `NB_INPLACE_MULTIPLY`). */
const NB_ADD = 0;
const NB_MULTIPLY = 5;
const NB_INPLACE_ADD = 13;
const NB_INPLACE_MULTIPLY = 18;

/** Upper bound of a list's item count (PY_SSIZE_T_MAX / sizeof(PyObject *)). */
const MAX_ITEMS = 2 ** 63 / 8;

/** `a += b` / `a *= b` on a list, done in place: `a` itself (a new reference), or null for other operands. */
export function listInPlaceOp(interp: Interp, nb: number, a: PyObject, b: PyObject): PyObject | null {
  if (!(a instanceof PyListObject)) return null;
  const rt = interp.rt;
  if (nb === NB_INPLACE_ADD) {
    listExtend(interp, a, b);
    rt.heap.incref(a);
    return a;
  }
  const count = nb === NB_INPLACE_MULTIPLY ? indexValueOrNull(interp, b) : null;
  if (count !== null) {
    const n = Number(count);
    const size = a.items.length;
    if (n < 1) {
      releaseItems(rt, a);
    } else if (size > 0 && n > 1) {
      if (size > MAX_ITEMS / n) interp.noMemory();
      interp.reserve(8 * size * n);
      const items = [...a.items];
      listResize(rt, a, size * n);
      for (let k = 1; k < n; k++) for (const x of items) { rt.heap.incref(x); a.items.push(x); }
    }
    rt.heap.incref(a);
    return a;
  }
  return null;
}

/** `list_preallocate_exact` for a list without an item array: `n` rounded up to even slots. */
function preallocateExact(interp: Interp, l: PyListObject, n: number): void {
  const size = (n + 1) & ~1;
  interp.reserve(8 * size);
  l.itemsAddress = interp.rt.heap.memory.memMalloc(8 * size, 'list items');
  l.allocated = size;
}

/** `list_extend(l, iterable)` (iterable borrowed), allocating as CPython does. */
export function listExtend(interp: Interp, l: PyListObject, iterable: PyObject): void {
  const rt = interp.rt;
  const it = extendBegin(interp, l, iterable);
  if (!it) return;
  try {
    for (let v = iterNext(interp, it); v !== null; v = iterNext(interp, it)) listAppend(rt, l, v);
    extendEnd(interp, l, iterable);
  } finally {
    rt.heap.decref(it);
  }
}

/** `listExtend` as a resumable native's steps (vm/resumableNative.ts): `list(gen())` in a thread. */
export function* listExtendSteps(interp: Interp, l: PyListObject, iterable: PyObject): Generator<PyStep, void, PyObject> {
  const rt = interp.rt;
  const it = extendBegin(interp, l, iterable);
  if (!it) return;
  try {
    const chain = chainsItems(interp, it);
    for (let v = chain ? yield* nextItem(interp, it) : iterNext(interp, it); v !== null; v = chain ? yield* nextItem(interp, it) : iterNext(interp, it)) listAppend(rt, l, v);
    extendEnd(interp, l, iterable);
  } finally {
    rt.heap.decref(it);
  }
}

/** Whether 3.13 sizes a list_extend of `iterable` once from its length (list_extend_set and siblings). */
function presizedExtend(interp: Interp, iterable: PyObject): boolean {
  const rt = interp.rt;
  const t = iterable.type;
  return rt.profile.version === '3.13' && (t === rt.types.set || t === rt.types.frozenset || t === rt.types.dict || iterable instanceof PyDictViewObject);
}

/**
 * list_extend up to its item loop: a list or tuple is copied at once (null), anything else gets
 * its iterator (a new reference) and the list its first allocation from the length hint.
 */
function extendBegin(interp: Interp, l: PyListObject, iterable: PyObject): PyObject | null {
  const rt = interp.rt;
  if (iterable.type === rt.types.list || iterable.type === rt.types.tuple || iterable === l) {
    const items = [...(iterable as PyListObject | PyTupleObject).items];
    if (items.length === 0) return null;
    if (l.itemsAddress === 0) preallocateExact(interp, l, items.length);
    else listResize(rt, l, l.items.length + items.length);
    for (const x of items) { rt.heap.incref(x); l.items.push(x); }
    return null;
  }
  // 3.13's list_extend_set / list_extend_dict / list_extend_dictitems: one list_resize to the
  // sum of the sizes (over-allocated, even for a list without an array), then the items.
  const presized = presizedExtend(interp, iterable);
  if (presized) listResize(rt, l, l.items.length + length(interp, iterable));
  const it = getIter(interp, iterable);
  try {
    const n = lengthHint(interp, iterable, 8);
    if (presized) {
      // Sized above.
    } else if (l.itemsAddress === 0) {
      if (n > 0) preallocateExact(interp, l, n);
    } else {
      listResize(rt, l, l.items.length + n);
    }
  } catch (e) {
    rt.heap.decref(it);
    throw e;
  }
  return it;
}

/** list_extend after its item loop: cuts back what the length hint over-promised. */
function extendEnd(interp: Interp, l: PyListObject, iterable: PyObject): void {
  if (!presizedExtend(interp, iterable) && l.items.length < l.allocated) listResize(interp.rt, l, l.items.length);
}

/**
 * `PyObject_LengthHint(o, dflt)`: len() when the type has one, the remaining count of the
 * built-in sequence, range and str iterators (their __length_hint__), else `dflt`.
 */
export function lengthHint(interp: Interp, o: PyObject, dflt: number): number {
  if (o instanceof PySeqIterObject) {
    const seq = o.seq as PyListObject | PyTupleObject | null;
    return seq ? Math.max(0, seq.items.length - o.index) : 0;
  }
  if (o instanceof PyRangeIterObject) return Math.max(0, o.remaining);
  if (o instanceof PyLazyIterObject) return lazyIterHint(o) ?? dflt;
  try {
    return length(interp, o);
  } catch (e) {
    if (!(e instanceof PyError) || e.exc.type !== interp.excType('TypeError')) throw e;
    interp.rt.heap.decref(e.exc);
    return dflt;
  }
}

/** The __length_hint__ of the str and reverse iterators; undefined for the others (map, zip…). */
function lazyIterHint(it: PyLazyIterObject): number | undefined {
  const src = it.source;
  switch (it.kind) {
    case 'str_ascii_iterator':
    case 'str_iterator':
      return src instanceof PyUnicodeObject ? Math.max(0, src.length - it.index) : 0;
    case 'list_reverseiterator':
    case 'reversed':
      return src ? Math.max(0, it.index + 1) : 0;
    default:
      return undefined;
  }
}

/** The name sq_concat's message uses, when `o` is a str, list or tuple. */
function concatName(o: PyObject): string | null {
  if (o instanceof PyUnicodeObject) return 'str';
  if (o instanceof PyListObject) return 'list';
  if (o instanceof PyTupleObject) return 'tuple';
  return null;
}

function isSequence(o: PyObject): boolean {
  return concatName(o) !== null || bufferOf(o) !== null;
}

/**
 * The TypeError CPython raises when no number slot took `a op b` but a sequence slot was tried:
 * a concatenation of a str, list or tuple with another type, or a repeat by a non-integer.
 */
export function sequenceOpError(interp: Interp, nb: number, a: PyObject, b: PyObject): void {
  if (nb === NB_ADD || nb === NB_INPLACE_ADD) {
    const name = concatName(a);
    if (name) interp.typeError(`can only concatenate ${name} (not "${b.type.name}") to ${name}`);
  }
  if (nb === NB_MULTIPLY || nb === NB_INPLACE_MULTIPLY) {
    if (isSequence(a) && !(b instanceof PyLongObject)) interp.typeError(`can't multiply sequence by non-int of type '${b.type.name}'`);
    if (isSequence(b) && !(a instanceof PyLongObject) && !(nb === NB_INPLACE_MULTIPLY && hasSequenceTable(a))) interp.typeError(`can't multiply sequence by non-int of type '${a.type.name}'`);
  }
}

/**
 * Whether `a + b` / `a += b`, after the classes' dunders answered NotImplemented, has no sequence
 * slot left to try: a class statement defining `__add__` leaves its type's sq_concat NULL
 * (update_one_slot: that slotdef has no generic function, Objects/typeobject.c), so
 * PyNumber_Add ends in "unsupported operand type(s)". `a += b` still reaches a list's
 * sq_inplace_concat unless `__iadd__` is defined too.
 *
 * Obscurity: `__mul__` clears sq_repeat the same way, but slot_nb_multiply then calls the
 * inherited `tuple.__rmul__` wrapper, so `2 * t` still repeats; only `+` is decided here.
 */
export function sequenceSlotCleared(nb: number, a: PyObject): boolean {
  if (nb !== NB_ADD && nb !== NB_INPLACE_ADD) return false;
  if (!isSequence(a) || userLookup(a.type, '__add__') === null) return false;
  return !(nb === NB_INPLACE_ADD && a instanceof PyListObject && userLookup(a.type, '__iadd__') === null);
}

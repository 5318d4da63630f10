/**
 * The methods of `list` (Objects/listobject.c) with CPython's memory behaviour: `append` grows by
 * `list_resize`, `pop` shrinks by it, `clear` frees the item array, `extend` presizes from the
 * argument's length when it has one.
 */
import { listAppend, listResize, newList, PyListObject, releaseItems } from '../../engine/objects/listObject';
import { newIntFromSsize } from '../../engine/objects/longObject';
import type { PyObject } from '../../engine/objects/object';
import { PyTupleObject } from '../../engine/objects/tupleObject';
import type { Interp } from '../runtime/interp';
import type { NativeImpl } from '../vm/callables';
import { equals } from './richCompare';
import { indexValueOrNull, ssizeValue } from './numberIndex';
import { reprOf } from './repr';
import { listExtendSteps } from './sequenceOps';
import { resumableNative } from '../vm/resumableNative';

function self(interp: Interp, args: PyObject[], name: string): PyListObject {
  const l = args[0];
  if (!(l instanceof PyListObject)) interp.typeError(`descriptor '${name}' for 'list' objects doesn't apply to a '${l.type.name}' object`);
  return l;
}

const append: NativeImpl = (interp, args) => {
  const l = self(interp, args, 'append');
  if (args.length !== 2) interp.typeError(`list.append() takes exactly one argument (${args.length - 1} given)`);
  interp.rt.heap.incref(args[1]);
  listAppend(interp.rt, l, args[1]);
  return interp.none();
};

/** `list.extend`, resumable (vm/resumableNative.ts): `l.extend(gen())` in a thread parks it while the generator waits. */
const extend = resumableNative(function* extendSteps(interp, args) {
  yield* listExtendSteps(interp, self(interp, args, 'extend'), args[1]);
  return interp.none();
});

const pop: NativeImpl = (interp, args) => {
  const l = self(interp, args, 'pop');
  // list_pop's clinic converts the index (through __index__) before looking at the list.
  const given = args.length > 1 ? ssizeValue(interp, args[1]) : -1;
  if (l.items.length === 0) interp.raise('IndexError', 'pop from empty list');
  const n = l.items.length;
  const index = given < 0 ? given + n : given;
  if (index < 0 || index >= n) interp.raise('IndexError', 'pop index out of range');
  // list_pop: list_resize(size - 1) may shrink the array; the item is handed to the caller.
  listResize(interp.rt, l, n - 1);
  const [v] = l.items.splice(index, 1);
  return v;
};

const insert: NativeImpl = (interp, args) => {
  const l = self(interp, args, 'insert');
  if (args.length !== 3) interp.typeError(`insert expected 2 arguments, got ${args.length - 1}`);
  const where = args[1];
  let i = ssizeValue(interp, where);
  const n = l.items.length;
  if (i < 0) i = Math.max(0, i + n);
  if (i > n) i = n;
  listResize(interp.rt, l, n + 1);
  interp.rt.heap.incref(args[2]);
  l.items.splice(i, 0, args[2]);
  return interp.none();
};

const clear: NativeImpl = (interp, args) => {
  releaseItems(interp.rt, self(interp, args, 'clear'));
  return interp.none();
};

/**
 * The `start`/`stop` of `list.index` and `tuple.index` (`_PyEval_SliceIndexNotNone` then the
 * clamping of list_index_impl): [lo, hi) within [0, n].
 */
function indexBounds(interp: Interp, args: PyObject[], n: number): [number, number] {
  if (args.length < 2) interp.typeError(`index expected at least 1 argument, got ${args.length - 1}`);
  if (args.length > 4) interp.typeError(`index expected at most 3 arguments, got ${args.length - 1}`);
  const bound = (o: PyObject | undefined, dflt: number): number => {
    if (o === undefined) return dflt;
    const given = indexValueOrNull(interp, o);
    if (given === null) return interp.typeError('slice indices must be integers or have an __index__ method');
    let v = Number(given);
    if (v < 0) v = Math.max(0, v + n);
    return Math.min(v, n);
  };
  return [bound(args[2], 0), bound(args[3], n)];
}

/** The first index in [lo, hi) of an item equal to `x`, or -1. */
function findIn(interp: Interp, items: PyObject[], x: PyObject, lo: number, hi: number): number {
  for (let i = lo; i < hi && i < items.length; i++) if (equals(interp, items[i], x)) return i;
  return -1;
}

const index: NativeImpl = (interp, args) => {
  const l = self(interp, args, 'index');
  const [lo, hi] = indexBounds(interp, args, l.items.length);
  const i = findIn(interp, l.items, args[1], lo, hi);
  if (i < 0) interp.raise('ValueError', `${reprOf(interp, args[1])} is not in list`);
  return newIntFromSsize(interp.rt, i);
};

const remove: NativeImpl = (interp, args) => {
  const l = self(interp, args, 'remove');
  if (args.length !== 2) interp.typeError(`list.remove() takes exactly one argument (${args.length - 1} given)`);
  const i = l.items.findIndex((x) => equals(interp, x, args[1]));
  if (i < 0) interp.raise('ValueError', 'list.remove(x): x not in list');
  // list_ass_slice deleting one item: the array shrinks through list_resize.
  listResize(interp.rt, l, l.items.length - 1);
  const [v] = l.items.splice(i, 1);
  interp.rt.heap.decref(v);
  return interp.none();
};

/** `list.copy()`: `list_slice` over the whole list (an exact-size array). */
const copy: NativeImpl = (interp, args) => {
  const l = self(interp, args, 'copy');
  for (const x of l.items) interp.rt.heap.incref(x);
  return newList(interp.rt, [...l.items]);
};

const count: NativeImpl = (interp, args) => {
  const l = self(interp, args, 'count');
  return newIntFromSsize(interp.rt, l.items.filter((x) => equals(interp, x, args[1])).length);
};

const reverse: NativeImpl = (interp, args) => {
  self(interp, args, 'reverse').items.reverse();
  return interp.none();
};

function selfTuple(interp: Interp, args: PyObject[], name: string): PyTupleObject {
  const t = args[0];
  if (!(t instanceof PyTupleObject)) interp.typeError(`descriptor '${name}' for 'tuple' objects doesn't apply to a '${t.type.name}' object`);
  if (args.length !== 2) interp.typeError(`tuple.${name}() takes exactly one argument (${args.length - 1} given)`);
  return t;
}

/** `tuple.index(x[, start[, stop]])` and `tuple.count(x)`. */
const tupleMethods: Record<string, NativeImpl> = {
  index: (interp, args) => {
    const t = args[0];
    if (!(t instanceof PyTupleObject)) return interp.typeError(`descriptor 'index' for 'tuple' objects doesn't apply to a '${t.type.name}' object`);
    const [lo, hi] = indexBounds(interp, args, t.items.length);
    const i = findIn(interp, t.items, args[1], lo, hi);
    if (i < 0) interp.raise('ValueError', 'tuple.index(x): x not in tuple');
    return newIntFromSsize(interp.rt, i);
  },
  count: (interp, args) => newIntFromSsize(interp.rt, selfTuple(interp, args, 'count').items.filter((x) => equals(interp, x, args[1])).length),
};

/** Registers the list methods (and tuple's two). */
export function installListMethods(interp: Interp): void {
  const t = interp.rt.types.list;
  const table: Record<string, NativeImpl> = { append, extend, pop, insert, clear, index, count, reverse, remove, copy };
  for (const [name, impl] of Object.entries(table)) interp.methods.define(t, name, impl);
  for (const [name, impl] of Object.entries(tupleMethods)) interp.methods.define(interp.rt.types.tuple, name, impl);
}

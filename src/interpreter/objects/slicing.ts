/**
 * Slicing (`PySlice_Unpack`, `PySlice_AdjustIndices`; `list_subscript`, `tuple_subscript`,
 * `unicode_subscript`): the result is allocated exactly (a list of the slice's length); a full
 * slice of an exact tuple or str is the same object.
 */
import { listResize, newList, PyListObject } from '../../engine/objects/listObject';
import type { PyObject } from '../../engine/objects/object';
import type { IntValue } from '../../engine/objects/longObject';
import { newInt } from '../../engine/objects/longObject';
import { newRange, PyRangeObject } from '../../engine/objects/rangeObject';
import type { PySliceObject } from '../../engine/objects/sliceObject';
import { newTuple, PyTupleObject } from '../../engine/objects/tupleObject';
import { newStr, PyUnicodeObject } from '../../engine/objects/unicodeObject';
import type { Interp } from '../runtime/interp';
import { indexValueOrNull } from './numberIndex';

/** A slice resolved against a length. */
export interface SliceRange {
  start: number;
  stop: number;
  step: number;
  count: number;
}

function bound(interp: Interp, o: PyObject | null, fallback: number): number {
  if (o === null || o === interp.rt.None) return fallback;
  const v = indexValueOrNull(interp, o);
  if (v !== null) return Number(v);
  return interp.typeError('slice indices must be integers or None or have an __index__ method');
}

/** `PySlice_GetIndicesEx`. */
export function sliceIndices(interp: Interp, s: PySliceObject, length: number): SliceRange {
  const step = bound(interp, s.step, 1);
  if (step === 0) interp.raise('ValueError', 'slice step cannot be zero');
  const lower = step < 0 ? -1 : 0;
  const upper = step < 0 ? length - 1 : length;
  const clamp = (v: number) => {
    if (v < 0) { v += length; return v < lower ? lower : v; }
    return v > upper ? upper : v;
  };
  const start = s.start === null || s.start === interp.rt.None ? (step < 0 ? upper : lower) : clamp(bound(interp, s.start, 0));
  const stop = s.stop === null || s.stop === interp.rt.None ? (step < 0 ? lower : upper) : clamp(bound(interp, s.stop, 0));
  let count = 0;
  if (step > 0 && start < stop) count = Math.floor((stop - start - 1) / step) + 1;
  else if (step < 0 && stop < start) count = Math.floor((start - stop - 1) / -step) + 1;
  return { start, stop, step, count };
}

function pick<T>(items: readonly T[], r: SliceRange): T[] {
  const out: T[] = [];
  for (let i = 0, k = r.start; i < r.count; i++, k += r.step) out.push(items[k]);
  return out;
}

/** `container[slice]` for the built-in sequences (new reference). */
export function getSlice(interp: Interp, container: PyObject, s: PySliceObject): PyObject {
  const rt = interp.rt;
  if (container instanceof PyListObject) {
    const items = pick(container.items, sliceIndices(interp, s, container.items.length));
    for (const x of items) rt.heap.incref(x);
    return newList(rt, items);
  }
  if (container instanceof PyTupleObject) {
    const r = sliceIndices(interp, s, container.items.length);
    if (r.step === 1 && r.count === container.items.length && container.type === rt.types.tuple) { rt.heap.incref(container); return container; }
    const items = pick(container.items, r);
    for (const x of items) rt.heap.incref(x);
    return newTuple(rt, items);
  }
  if (container instanceof PyUnicodeObject) {
    const chars = container.kind === 4 ? Array.from(container.value) : null;
    const r = sliceIndices(interp, s, container.length);
    if (r.step === 1 && r.count === container.length && container.type === rt.types.str) { rt.heap.incref(container); return container; }
    const text = chars ? pick(chars, r).join('') : r.step === 1 ? container.value.slice(r.start, r.start + r.count) : pick([...container.value], r).join('');
    return newStr(rt, text);
  }
  if (container instanceof PyRangeObject) return rangeSlice(interp, container, s);
  return interp.typeError(`'${container.type.name}' object is not subscriptable`);
}

/** `range_subscript` with a slice (compute_slice): the range of the picked values. */
function rangeSlice(interp: Interp, r: PyRangeObject, s: PySliceObject): PyObject {
  const rt = interp.rt;
  const at = sliceIndices(interp, s, Number(r.length.value));
  const first = BigInt(r.start.value);
  const step = BigInt(r.step.value);
  const parts = [first + BigInt(at.start) * step, first + BigInt(at.stop) * step, step * BigInt(at.step)].map((v) => newInt(rt, normalizeBig(v)));
  const out = newRange(rt, parts[0], parts[1], parts[2]);
  for (const p of parts) rt.heap.decref(p);
  return out;
}

/** A bigint as an IntValue: a number when it is a safe integer. */
function normalizeBig(v: bigint): IntValue {
  return v >= BigInt(Number.MIN_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v;
}

/** `list[slice] = iterable` (`list_ass_slice` for step 1; extended slices need equal lengths). */
export function setListSlice(interp: Interp, l: PyListObject, s: PySliceObject, values: PyObject[]): void {
  const heap = interp.rt.heap;
  const r = sliceIndices(interp, s, l.items.length);
  if (r.step === 1) {
    const stop = Math.max(r.start, r.stop);
    const removed = l.items.slice(r.start, stop);
    const n = l.items.length - removed.length + values.length;
    if (values.length > removed.length) listResize(interp.rt, l, n);
    for (const v of values) heap.incref(v);
    l.items.splice(r.start, removed.length, ...values);
    if (values.length < removed.length) {
      // list_ass_slice shrinks after moving the tail: the array may be reallocated smaller.
      const keep = l.items;
      l.items = keep.concat(removed);
      listResize(interp.rt, l, n);
      l.items = keep;
    }
    for (const x of removed) heap.decref(x);
    return;
  }
  if (values.length !== r.count) interp.raise('ValueError', `attempt to assign sequence of size ${values.length} to extended slice of size ${r.count}`);
  for (let i = 0, k = r.start; i < r.count; i++, k += r.step) {
    const old = l.items[k];
    heap.incref(values[i]);
    l.items[k] = values[i];
    heap.decref(old);
  }
}

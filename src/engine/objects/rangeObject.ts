/**
 * `range` and its iterators (Objects/rangeobject.c). A range object is 48 bytes (not GC) and holds
 * four int objects: start, stop, step and length, so `range(1000)` also allocates the ints it
 * needs beyond the small-int cache. `iter(range(...))` makes a `range_iterator` of C longs: 48 bytes
 * in 3.11, 40 in 3.12+ (measured), or a `longrange_iterator` when the bounds do not fit a C long.
 */
import type { Runtime } from '../runtime';
import { newInt, type IntValue, type PyLongObject } from './longObject';
import { PyObject } from './object';
import type { PyTypeObject } from './typeObject';

/** `rangeobject`. */
export class PyRangeObject extends PyObject {
  constructor(type: PyTypeObject, address: number, public start: PyLongObject, public stop: PyLongObject,
    public step: PyLongObject, public length: PyLongObject) {
    super(type, address);
  }
}

/** `rangeiterobject`: start, step, len as C longs. */
export class PyRangeIterObject extends PyObject {
  constructor(type: PyTypeObject, address: number, public next: number, public step: number, public remaining: number) {
    super(type, address);
  }
}

/** Bytes of a `rangeiterobject` in the profile's version. */
export function rangeIterSize(rt: Runtime): number {
  return rt.profile.version === '3.11' ? 48 : 40;
}

/** The range and range_iterator types. */
export function makeRangeTypes(rt: Runtime): { range: PyTypeObject; rangeIterator: PyTypeObject } {
  const range = rt.staticType({
    name: 'range', basicsize: 48, flags: 0,
    // range_dealloc: start, stop, step, length.
    dealloc: (heap, o) => {
      const r = o as PyRangeObject;
      heap.decref(r.start);
      heap.decref(r.stop);
      heap.decref(r.step);
      heap.decref(r.length);
      heap.freeObject(r);
    },
  });
  const size = rangeIterSize(rt);
  const rangeIterator = rt.staticType({
    name: 'range_iterator', basicsize: size, flags: 0, dealloc: (heap, o) => heap.freeObject(o),
  });
  return { range, rangeIterator };
}

/** Python's `len(range(start, stop, step))`. */
export function rangeLength(start: number, stop: number, step: number): number {
  if (step > 0) return start < stop ? Math.floor((stop - start - 1) / step) + 1 : 0;
  return start > stop ? Math.floor((start - stop - 1) / -step) + 1 : 0;
}

/**
 * The length of a range of any ints: doubles while every bound is exact as one, else exactly in
 * BigInt (`range(10**10**6)`'s length has a million digits; as a double it was Infinity).
 */
function rangeLengthOf(start: IntValue, stop: IntValue, step: IntValue): IntValue {
  if (typeof start === 'number' && typeof stop === 'number' && typeof step === 'number') return rangeLength(start, stop, step);
  const [a, b, c] = [BigInt(start), BigInt(stop), BigInt(step)];
  if (c > 0n) return a < b ? (b - a - 1n) / c + 1n : 0n;
  return a > b ? (a - b - 1n) / -c + 1n : 0n;
}

/**
 * `make_range_object`: the range keeps (new references to) the int objects it was given and
 * allocates only its length (`compute_range_length`, first) and then itself.
 */
export function newRange(rt: Runtime, start: PyLongObject, stop: PyLongObject, step: PyLongObject): PyRangeObject {
  const length = newInt(rt, rangeLengthOf(start.value, stop.value, step.value));
  rt.heap.incref(start);
  rt.heap.incref(stop);
  rt.heap.incref(step);
  return rt.heap.newObject((a) => new PyRangeObject(rt.types.range, a, start, stop, step, length), 48, 'range');
}

/** `range_iter`: a range_iterator over `r`. */
export function newRangeIter(rt: Runtime, r: PyRangeObject): PyRangeIterObject {
  const start = Number(r.start.value);
  const step = Number(r.step.value);
  const len = Number(r.length.value);
  return rt.heap.newObject((a) => new PyRangeIterObject(rt.types.rangeIterator, a, start, step, len), rangeIterSize(rt), 'range_iterator');
}

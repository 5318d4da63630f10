/**
 * `range.count` and `range.index` (Objects/rangeobject.c `range_count`, `range_index`): an int or
 * bool is answered by arithmetic on start/step/length (`range(10**20).index(5)` walks nothing);
 * anything else, a float or an int subclass included, by `_PySequence_IterSearch` over the range's
 * iterator with `==`, whose ValueError is the generic sequence one.
 */
import { newInt, PyLongObject } from '../../engine/objects/longObject';
import type { PyObject } from '../../engine/objects/object';
import type { PyRangeObject } from '../../engine/objects/rangeObject';
import type { Interp } from '../runtime/interp';
import type { NativeImpl } from '../vm/callables';
import { iterNext, searchIter } from './abstract';
import { equals } from './richCompare';
import { reprOf } from './repr';

/**
 * `_PySequence_IterSearch` with PY_ITERSEARCH_COUNT or _INDEX: how many items of `seq` equal `x`,
 * or the position of the first (ValueError "sequence.index(x): x not in sequence" when none).
 */
export function iterSearchCount(interp: Interp, seq: PyObject, x: PyObject, count: boolean): number {
  const heap = interp.rt.heap;
  const it = searchIter(interp, seq);
  let n = 0;
  try {
    for (let k = 0, v = iterNext(interp, it); v; k++, v = iterNext(interp, it)) {
      let same: boolean;
      try {
        same = v === x || equals(interp, v, x);
      } finally {
        heap.decref(v);
      }
      if (same && !count) return k;
      if (same) n++;
    }
  } finally {
    heap.decref(it);
  }
  if (!count) interp.raise('ValueError', 'sequence.index(x): x not in sequence');
  return n;
}

/** The position of int `v` in range `r`, or -1 (`range_contains_long` and `range_index`'s arithmetic). */
function positionOf(r: PyRangeObject, v: bigint): bigint {
  const start = BigInt(r.start.value);
  const step = BigInt(r.step.value);
  const offset = v - start;
  if (offset % step !== 0n) return -1n;
  const k = offset / step;
  return k >= 0n && k < BigInt(r.length.value) ? k : -1n;
}

/** Whether `o` takes the arithmetic path (`PyLong_CheckExact(ob) || PyBool_Check(ob)`). */
function exactIntOrBool(interp: Interp, o: PyObject): o is PyLongObject {
  return o instanceof PyLongObject && (o.type === interp.rt.types.int || o.type === interp.rt.types.bool);
}

/** `range.count(x)`. */
export const rangeCount: NativeImpl = (interp, args) => {
  const r = args[0] as PyRangeObject;
  const x = args[1];
  if (exactIntOrBool(interp, x)) return newInt(interp.rt, positionOf(r, BigInt(x.value)) >= 0n ? 1 : 0);
  return newInt(interp.rt, iterSearchCount(interp, r, x, true));
};

/** `range.index(x)`. */
export const rangeIndex: NativeImpl = (interp, args) => {
  const r = args[0] as PyRangeObject;
  const x = args[1];
  if (!exactIntOrBool(interp, x)) return newInt(interp.rt, iterSearchCount(interp, r, x, false));
  const k = positionOf(r, BigInt(x.value));
  if (k < 0n) interp.raise('ValueError', `${reprOf(interp, x)} is not in range`);
  return newInt(interp.rt, k);
};

/** Registers `range.count` and `range.index`. */
export function installRangeMethods(interp: Interp): void {
  interp.methods.define(interp.rt.types.range, 'count', rangeCount);
  interp.methods.define(interp.rt.types.range, 'index', rangeIndex);
}

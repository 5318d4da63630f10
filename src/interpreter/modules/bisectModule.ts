/**
 * `bisect` (Modules/_bisectmodule.c, 3.11–3.13): `bisect_left`/`bisect_right` (alias `bisect`)
 * and `insort_left`/`insort_right` (alias `insort`) with `lo`, `hi` and the keyword-only `key`.
 * The loop is the C one: `mid = (lo + hi) / 2`, the item through `PySequence_GetItem`, then
 * `x < item` (right) or `item < x` (left), so custom `__lt__` methods see CPython's calls.
 * `insort` inserts with `PyList_Insert` for an exact list (one list_resize), else calls the
 * object's `insert` method; with a key it bisects on `key(x)`.
 */
import { listResize, PyListObject } from '../../engine/objects/listObject';
import { newIntFromSsize } from '../../engine/objects/longObject';
import type { PyObject } from '../../engine/objects/object';
import { getItem, length } from '../objects/abstract';
import { compare } from '../objects/richCompare';
import type { Interp } from '../runtime/interp';
import type { PyModuleObject } from '../runtime/moduleObject';
import type { NativeImpl } from '../vm/callables';
import { callAny } from '../vm/callDispatch';
import { bindArgs } from './pyArgs';
import { asSize } from './moduleArgs';
import { callMethod } from './callMethod';
import { clinicKeywordCall } from '../builtins/clinicKwtuple';

const LT = 0;
/** The clinic parsers' keywords (a 5-tuple in 3.11). */
const BISECT_KEYWORDS = ['a', 'x', 'lo', 'hi', 'key'];

/** `internal_bisect_right` / `internal_bisect_left`. */
function internalBisect(interp: Interp, right: boolean, a: PyObject, x: PyObject, lo: number, hi: number, key: PyObject | null): number {
  if (lo < 0) interp.raise('ValueError', 'lo must be non-negative');
  if (hi === -1) hi = length(interp, a);
  const heap = interp.rt.heap;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    let item: PyObject;
    if (a instanceof PyListObject) {
      if (mid >= a.items.length) interp.raise('IndexError', 'list index out of range');
      item = a.items[mid];
      heap.incref(item);
    } else {
      const m = newIntFromSsize(interp.rt, mid);
      try {
        item = getItem(interp, a, m);
      } finally {
        heap.decref(m);
      }
    }
    if (key) {
      const k = callAny(interp, key, [item]);
      heap.decref(item);
      item = k;
    }
    let lt: boolean;
    try {
      lt = right ? compare(interp, LT, x, item) : compare(interp, LT, item, x);
    } finally {
      heap.decref(item);
    }
    if (right ? lt : !lt) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Creates the module (on first import). */
export function createBisect(interp: Interp): PyModuleObject {
  const rt = interp.rt;
  const heap = rt.heap;

  const bind = (i: Interp, name: string, args: PyObject[], kwnames: string[] | null) => {
    // 3.11: each function's clinic parser (shared by an alias) builds its keyword tuple on a first keyword call.
    clinicKeywordCall(i, `bisect.${name}`, BISECT_KEYWORDS, kwnames);
    const [a, x, lo, hi, key] = bindArgs(i, { qualname: name, params: ['a', 'x', 'lo', 'hi'], required: 2, kwOnly: ['key'] }, args, kwnames);
    return {
      a: a as PyObject, x: x as PyObject,
      lo: lo === undefined ? 0 : asSize(i, lo),
      hi: hi === undefined || hi === rt.None ? -1 : asSize(i, hi),
      key: key === undefined || key === rt.None ? null : key,
    };
  };

  const bisectFn = (name: string, right: boolean): NativeImpl => (i, args, kwnames) => {
    const b = bind(i, name, args, kwnames);
    return newIntFromSsize(rt, internalBisect(i, right, b.a, b.x, b.lo, b.hi, b.key));
  };

  const insortFn = (name: string, right: boolean): NativeImpl => (i, args, kwnames) => {
    const b = bind(i, name, args, kwnames);
    let index: number;
    if (b.key) {
      const kx = callAny(i, b.key, [b.x]);
      try {
        index = internalBisect(i, right, b.a, kx, b.lo, b.hi, b.key);
      } finally {
        heap.decref(kx);
      }
    } else {
      index = internalBisect(i, right, b.a, b.x, b.lo, b.hi, null);
    }
    if (b.a instanceof PyListObject && b.a.type === rt.types.list) {
      // PyList_Insert → ins1: list_resize(n + 1), then the items shift right.
      const l = b.a;
      const n = l.items.length;
      const where = Math.min(index, n);
      listResize(rt, l, n + 1);
      heap.incref(b.x);
      l.items.splice(where, 0, b.x);
    } else {
      const at = newIntFromSsize(rt, index);
      try {
        heap.decref(callMethod(i, b.a, 'insert', [at, b.x]));
      } finally {
        heap.decref(at);
      }
    }
    return i.none();
  };

  const functions: Record<string, NativeImpl> = {
    bisect_right: bisectFn('bisect_right', true),
    bisect_left: bisectFn('bisect_left', false),
    bisect: bisectFn('bisect_right', true),
    insort_right: insortFn('insort_right', true),
    insort_left: insortFn('insort_left', false),
    insort: insortFn('insort_right', true),
  };
  return interp.defineModule('bisect', functions);
}

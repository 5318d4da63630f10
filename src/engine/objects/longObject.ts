/**
 * `int` (Objects/longobject.c): arbitrary precision in 30-bit digits. -5..256 are static small
 * ints (`_PY_NSMALLNEGINTS` = 5, `_PY_NSMALLPOSINTS` = 257 in 3.11–3.13), shared by every use.
 *
 * Values are JS numbers while they are safe integers and bigints beyond, so the common case stays
 * fast; `ndigits` is what CPython's `ob_size` (3.11) or `lv_tag` (3.12+) records.
 */
import type { Runtime } from '../runtime';
import { PyObject, UNBOXED_SEED } from './object';
import { TPFLAGS, type PyTypeObject } from './typeObject';

/** An int's value: a safe-integer number, or a bigint outside that range. */
export type IntValue = number | bigint;

/** `PyLongObject`. */
export class PyLongObject extends PyObject {
  /** Tagged (see `UNBOXED_SEED`): one value past 2^31 must not box every int's value. */
  value: IntValue;

  constructor(type: PyTypeObject, address: number, value: IntValue) {
    super(type, address);
    this.value = UNBOXED_SEED;
    this.value = value;
  }
}

/** `offsetof(PyLongObject, ob_digit)`: the header before the digits. */
export const LONG_HEADER = 24;
/** `PyLong_SHIFT`. */
export const DIGIT_BITS = 30;
/** Smallest cached small int. */
export const SMALL_INT_MIN = -5;
/** Largest cached small int. */
export const SMALL_INT_MAX = 256;

/** Number of 30-bit digits of |v| (0 for zero), as `ob_size` counts them. */
export function digitCount(v: IntValue): number {
  if (typeof v === 'number') {
    // An int is never a non-finite double: that is a caller converting a huge BigInt with Number().
    if (!Number.isFinite(v)) throw new RangeError(`an int of ${v}`);
    let a = Math.abs(v);
    let n = 0;
    while (a >= 1) {
      a = Math.floor(a / 2 ** DIGIT_BITS);
      n++;
    }
    return n;
  }
  return v === 0n ? 0 : Math.ceil(bitLength(v) / DIGIT_BITS);
}

/** Below this many bits `toString(2)` is the fastest bit length. */
const SMALL_BIGINT = 1n << 4096n;

/**
 * `int.bit_length()` of a bigint without building a string of its bits (a 10^9-bit int's binary
 * string would not fit in a JS string): doubling then bisection on right shifts.
 */
export function bitLength(v: bigint): number {
  const a = v < 0n ? -v : v;
  if (a < SMALL_BIGINT) return a === 0n ? 0 : a.toString(2).length;
  let hi = 8192;
  while (a >> BigInt(hi) !== 0n) hi *= 2;
  let lo = hi / 2;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (a >> BigInt(mid) !== 0n) lo = mid;
    else hi = mid;
  }
  return hi;
}

/** `int.__sizeof__`: header plus max(1, ndigits) digits (a zero still has one digit's room). */
export function longSizeof(v: IntValue): number {
  return LONG_HEADER + 4 * Math.max(1, digitCount(v));
}

/**
 * Bytes `_PyLong_New(ndigits)` / `_PyLong_FromMedium` request: one-digit ("medium") values take
 * `sizeof(PyLongObject)` = 32 (24 + one digit, padded); longer ones `24 + 4 * ndigits`.
 */
export function longRequest(ndigits: number): number {
  return ndigits <= 1 ? 32 : LONG_HEADER + 4 * ndigits;
}

/** Normalizes a bigint result back to a number when it is a safe integer. */
export function normalizeInt(v: IntValue): IntValue {
  if (typeof v === 'bigint' && v >= BigInt(Number.MIN_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER)) return Number(v);
  return v;
}

/** The int type. */
export function makeLongType(rt: Runtime): PyTypeObject {
  return rt.staticType({
    name: 'int', basicsize: LONG_HEADER, itemsize: 4, flags: TPFLAGS.BASETYPE,
    dealloc: (heap, o) => heap.freeObject(o),
    sizeof: (o) => longSizeof((o as PyLongObject).value),
  });
}

/**
 * `PyLong_FromLong` and friends: a small int is the cached static object (a new reference);
 * anything else a new block. `ndigits` overrides the digit count the allocation is made for, for
 * results CPython allocates one digit larger than they end up (`x_add`, `x_sub`, `k_mul`).
 */
export function newInt(rt: Runtime, value: IntValue, ndigits?: number): PyLongObject {
  const v = normalizeInt(value);
  if (typeof v === 'number' && v >= SMALL_INT_MIN && v <= SMALL_INT_MAX) {
    const cached = rt.smallInts[v - SMALL_INT_MIN];
    rt.heap.incref(cached);
    return cached;
  }
  const request = longRequest(ndigits ?? digitCount(v));
  const heap = rt.heap;
  return heap.born(new PyLongObject(rt.types.int, heap.objectBlock(request, 'int'), v));
}

/**
 * `PyLong_FromSsize_t` (and `PyLong_FromSize_t`, the unsigned constructors, `_PyLong_FromByteArray`):
 * unlike `PyLong_FromLong` these have no one-digit shortcut through `_PyLong_FromMedium`, so a
 * medium value asks `_PyLong_New(1)`'s 28 bytes, not 32. Measured on 3.11.7, 3.12.1 and 3.13.0 for
 * len(), hash(), sys.getsizeof(), the index/count/find methods, enumerate() and bit_length()
 * (test/corpus/programs/int_result_sizes.py).
 */
export function newIntFromSsize(rt: Runtime, value: IntValue): PyLongObject {
  const v = normalizeInt(value);
  if (typeof v === 'number' && v >= SMALL_INT_MIN && v <= SMALL_INT_MAX) {
    const cached = rt.smallInts[v - SMALL_INT_MIN];
    rt.heap.incref(cached);
    return cached;
  }
  return newIntBlock(rt, v, longSizeof(v));
}

/**
 * An int in a block of exactly `request` bytes, for the paths that size it themselves
 * (`_PyLong_New(n)` asks 24 + 4 * max(1, n), not `_PyLong_FromMedium`'s 32).
 */
export function newIntBlock(rt: Runtime, value: IntValue, request: number): PyLongObject {
  const heap = rt.heap;
  return heap.born(new PyLongObject(rt.types.int, heap.objectBlock(request, 'int'), normalizeInt(value)));
}

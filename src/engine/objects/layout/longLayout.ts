/**
 * `int` sizes, mirroring Objects/longobject.c (3.11–3.13 agree): 30-bit digits after a 24-byte
 * header, `__sizeof__` counts max(1, ndigits) digits, and each creation path requests its own
 * digit count, which can exceed the normalized one.
 */
import { PY_VAR_OBJECT_SIZE, plainLayout, type TypeLayout } from './objectHeader';

/** `PyLong_SHIFT`: bits per digit. */
export const PYLONG_SHIFT = 30;
/** `sizeof(digit)`. */
export const DIGIT_SIZE = 4;
/** `offsetof(PyLongObject, ob_digit)` (3.11) / `long_value.ob_digit` (3.12+). */
export const LONG_HEADER_SIZE = PY_VAR_OBJECT_SIZE;
/** `sizeof(PyLongObject)`: header plus the one-digit array, padded: what `_PyLong_FromMedium` asks. */
export const LONG_OBJECT_SIZE = 32;

/** `PyLong_Type`: basicsize 24, itemsize 4, not GC. */
export function longTypeLayout(): TypeLayout {
  return { ...plainLayout(LONG_HEADER_SIZE), itemSize: DIGIT_SIZE };
}

/** Number of 30-bit digits of |v|, 0 for zero (what `ob_size` / `lv_tag` record). */
export function longDigitCount(v: bigint): number {
  const a = v < 0n ? -v : v;
  return a === 0n ? 0 : Math.ceil(a.toString(2).length / PYLONG_SHIFT);
}

/** Whether v is one of the static small ints -5..256 (`_PY_NSMALLNEGINTS`, `_PY_NSMALLPOSINTS`). */
export function isSmallInt(v: bigint): boolean {
  return v >= -5n && v <= 256n;
}

/** `int.__sizeof__` (= getsizeof: not GC): `long_sizeof`, zero still has a digit. */
export function longSizeof(ndigits: number): number {
  return LONG_HEADER_SIZE + DIGIT_SIZE * Math.max(1, ndigits);
}

/** Bytes `_PyLong_New(ndigits)` requests (a zero-size int still gets one digit). */
export function longNewRequest(ndigits: number): number {
  return LONG_HEADER_SIZE + DIGIT_SIZE * Math.max(1, ndigits);
}

/**
 * Bytes a fresh int of `ndigits` digits requests when built from a machine integer:
 * `_PyLong_FromMedium` (one digit) asks `sizeof(PyLongObject)`; wider ones go to `_PyLong_New`.
 */
export function longFromValueRequest(ndigits: number): number {
  return ndigits <= 1 ? LONG_OBJECT_SIZE : longNewRequest(ndigits);
}

/** Request of `x_add(a, b)`: `_PyLong_New(size_a + 1)`, size_a the longer operand's digits. */
export function longAddRequest(aDigits: number, bDigits: number): number {
  return longNewRequest(Math.max(aDigits, bDigits) + 1);
}

/** Request of `x_sub(a, b)`: `_PyLong_New(size_a)`, then normalized in place. */
export function longSubRequest(aDigits: number, bDigits: number): number {
  return longNewRequest(Math.max(aDigits, bDigits));
}

/** Request of `x_mul`/`k_mul` for small operands: `_PyLong_New(size_a + size_b)`. */
export function longMulRequest(aDigits: number, bDigits: number): number {
  return longNewRequest(aDigits + bDigits);
}

/**
 * Request of `a + b` or `a - b` as the eval loop computes it: two compact (≤ 1 digit) operands
 * take the medium fast path (`_PyLong_FromSTwoDigits`), which sizes the result exactly; otherwise
 * `x_add` (same signs for +) or `x_sub`. Returns 0 when the result is a small int.
 */
export function longAddSubRequest(a: bigint, b: bigint, op: '+' | '-'): number {
  const result = op === '+' ? a + b : a - b;
  if (isSmallInt(result)) return 0;
  const da = longDigitCount(a);
  const db = longDigitCount(b);
  if (da <= 1 && db <= 1) return longFromValueRequest(longDigitCount(result));
  const sameSigns = (a < 0n) === (b < 0n);
  const adds = op === '+' ? sameSigns : !sameSigns;
  return adds ? longAddRequest(da, db) : longSubRequest(da, db);
}

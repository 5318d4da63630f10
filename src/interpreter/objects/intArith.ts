/**
 * Python int arithmetic on the engine's int values (safe-integer numbers, bigints beyond), with
 * the allocation sizes CPython's longobject.c requests for each result: both operands "compact"
 * (at most one 30-bit digit) take the fast path (`_PyLong_FromSTwoDigits`: a medium int, 32
 * bytes); otherwise `x_add`/`x_sub` allocate one digit more than the larger operand, `x_mul`
 * size_a + size_b digits, before normalizing.
 */
import { digitCount, type IntValue, normalizeInt } from '../../engine/objects/longObject';

/** A result and the digit count CPython allocates it with (undefined: exactly its own digits). */
export interface IntResult {
  value: IntValue;
  ndigits?: number;
}

const big = (v: IntValue): bigint => (typeof v === 'bigint' ? v : BigInt(v));

/** Whether both are "compact" (|v| < 2^30): CPython's fast paths apply. */
function compact(a: IntValue, b: IntValue): boolean {
  return typeof a === 'number' && typeof b === 'number' && Math.abs(a) < 2 ** 30 && Math.abs(b) < 2 ** 30;
}

/** `a + b`. */
export function intAdd(a: IntValue, b: IntValue): IntResult {
  if (compact(a, b)) return { value: (a as number) + (b as number) };
  const value = typeof a === 'number' && typeof b === 'number' && Number.isSafeInteger(a + b) ? a + b : normalizeInt(big(a) + big(b));
  return { value, ndigits: sameSign(a, b) ? Math.max(digitCount(a), digitCount(b)) + 1 : Math.max(digitCount(a), digitCount(b)) };
}

/** `a - b`. */
export function intSub(a: IntValue, b: IntValue): IntResult {
  if (compact(a, b)) return { value: (a as number) - (b as number) };
  const value = typeof a === 'number' && typeof b === 'number' && Number.isSafeInteger(a - b) ? a - b : normalizeInt(big(a) - big(b));
  return { value, ndigits: sameSign(a, b) ? Math.max(digitCount(a), digitCount(b)) : Math.max(digitCount(a), digitCount(b)) + 1 };
}

/** `a * b`. */
export function intMul(a: IntValue, b: IntValue): IntResult {
  if (compact(a, b)) {
    const r = (a as number) * (b as number);
    return { value: Number.isSafeInteger(r) ? r : normalizeInt(big(a) * big(b)) };
  }
  const r = typeof a === 'number' && typeof b === 'number' ? a * b : NaN;
  const value = Number.isSafeInteger(r) ? r : normalizeInt(big(a) * big(b));
  return { value, ndigits: digitCount(a) + digitCount(b) };
}

/** `a // b` (floor division); b is non-zero. */
export function intFloorDiv(a: IntValue, b: IntValue): IntResult {
  if (typeof a === 'number' && typeof b === 'number') return { value: Math.floor(a / b) };
  const x = big(a);
  const y = big(b);
  let q = x / y;
  if ((x % y !== 0n) && ((x < 0n) !== (y < 0n))) q -= 1n;
  return { value: normalizeInt(q) };
}

/** `a % b` with the sign of b; b is non-zero. */
export function intMod(a: IntValue, b: IntValue): IntResult {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a % b;
    return { value: r !== 0 && (r < 0) !== (b < 0) ? r + b : r === 0 ? 0 : r };
  }
  const x = big(a);
  const y = big(b);
  let r = x % y;
  if (r !== 0n && (r < 0n) !== (y < 0n)) r += y;
  return { value: normalizeInt(r) };
}

/** `a ** b` for b >= 0. */
export function intPow(a: IntValue, b: IntValue): IntResult {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a ** b;
    if (Number.isSafeInteger(r)) return { value: r };
  }
  return { value: normalizeInt(big(a) ** big(b)) };
}

/** `a << b`, `a >> b`, `a & b`, `a | b`, `a ^ b`. */
export function intBitwise(op: '<<' | '>>' | '&' | '|' | '^', a: IntValue, b: IntValue): IntResult {
  const x = big(a);
  const y = big(b);
  switch (op) {
    case '<<': return { value: normalizeInt(x << y) };
    case '>>': return { value: normalizeInt(x >> y) };
    case '&': return { value: normalizeInt(x & y) };
    case '|': return { value: normalizeInt(x | y) };
    case '^': return { value: normalizeInt(x ^ y) };
  }
}

/** Compares two ints: negative, zero or positive. */
export function intCompare(a: IntValue, b: IntValue): number {
  if (typeof a === 'number' && typeof b === 'number') return a < b ? -1 : a > b ? 1 : 0;
  const x = big(a);
  const y = big(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** The int as a double (`PyLong_AsDouble`); Infinity when too large (the caller raises OverflowError). */
export function intToFloat(a: IntValue): number {
  return typeof a === 'number' ? a : Number(a);
}

function sameSign(a: IntValue, b: IntValue): boolean {
  return (a < 0) === (b < 0);
}

/**
 * The eval loop's shortcuts for exact ints and floats (what CPython 3.12's specializing
 * interpreter does with BINARY_OP_ADD_INT, COMPARE_OP_INT and friends): the same results,
 * allocations and sizes as `binaryOp`/`compare` in objects/abstract.ts, without their chain of
 * type tests. Each returns undefined when the operands are not the simple case, and the caller
 * takes the general path.
 */
import { newFloat, type PyFloatObject } from '../../engine/objects/floatObject';
import { newInt, type PyLongObject } from '../../engine/objects/longObject';
import type { PyObject } from '../../engine/objects/object';
import type { Runtime } from '../../engine/runtime';

/** Below this magnitude an int is "compact" (one 30-bit digit), as in intArith.ts. */
const COMPACT = 2 ** 30;

/**
 * BINARY_OP `+ - * // %` (and their in-place forms) on two compact exact ints, and `+ - * /` on
 * two exact floats or an exact float and an exact int. The int results are allocated as
 * intArith's compact paths allocate them.
 */
export function fastBinaryOp(rt: Runtime, nb: number, a: PyObject, b: PyObject): PyObject | undefined {
  const op = nb >= 13 ? nb - 13 : nb;
  const intType = rt.types.int;
  if (a.type === intType && b.type === intType) {
    const x = (a as PyLongObject).value;
    const y = (b as PyLongObject).value;
    if (typeof x !== 'number' || typeof y !== 'number' || !(x < COMPACT && x > -COMPACT && y < COMPACT && y > -COMPACT)) return undefined;
    switch (op) {
      case 0: return newInt(rt, x + y);
      case 10: return newInt(rt, x - y);
      case 5: {
        const r = x * y;
        return Number.isSafeInteger(r) ? newInt(rt, r) : undefined;
      }
      case 2: return y === 0 ? undefined : newInt(rt, Math.floor(x / y));
      case 6: {
        if (y === 0) return undefined;
        const r = x % y;
        return newInt(rt, r !== 0 && (r < 0) !== (y < 0) ? r + y : r === 0 ? 0 : r);
      }
      default: return undefined;
    }
  }
  // A float with a float or an int held as a number: the int converts exactly (`PyLong_AsDouble`).
  const floatType = rt.types.float;
  if ((a.type !== floatType && b.type !== floatType) || (a.type !== intType && a.type !== floatType)
    || (b.type !== intType && b.type !== floatType)) return undefined;
  const x = (a as PyFloatObject | PyLongObject).value;
  const y = (b as PyFloatObject | PyLongObject).value;
  if (typeof x !== 'number' || typeof y !== 'number') return undefined;
  switch (op) {
    case 0: return newFloat(rt, x + y);
    case 10: return newFloat(rt, x - y);
    case 5: return newFloat(rt, x * y);
    case 11: return y === 0 ? undefined : newFloat(rt, x / y);
    default: return undefined;
  }
}

/**
 * Whether 3.11's COMPARE_OP, when a conditional jump follows it, runs as a specialized instruction
 * for these operands (COMPARE_OP_INT_JUMP on single-digit ints, COMPARE_OP_FLOAT_JUMP,
 * COMPARE_OP_STR_JUMP for `==`/`!=`, CPython 3.11 `Python/specialize.c`): those never enter
 * `PyObject_RichCompare` and so never its recursion guard.
 */
export function specializes311(rt: Runtime, op: number, a: PyObject, b: PyObject): boolean {
  const t = a.type;
  if (t !== b.type) return false;
  if (t === rt.types.float) return true;
  if (t === rt.types.str) return op === 2 || op === 3;
  if (t !== rt.types.int) return false;
  const x = (a as PyLongObject).value;
  const y = (b as PyLongObject).value;
  return typeof x === 'number' && typeof y === 'number' && Math.abs(x) < 2 ** 30 && Math.abs(y) < 2 ** 30;
}

/**
 * COMPARE_OP (0..5: `<`, `<=`, `==`, `!=`, `>`, `>=`) on two exact ints held as numbers or two
 * exact floats (NaN compares unequal and unordered, as `float_richcompare`).
 */
export function fastCompare(rt: Runtime, op: number, a: PyObject, b: PyObject): boolean | undefined {
  const t = a.type;
  if (t !== b.type || (t !== rt.types.int && t !== rt.types.float)) return undefined;
  const x = (a as PyLongObject | PyFloatObject).value;
  const y = (b as PyLongObject | PyFloatObject).value;
  if (typeof x !== 'number' || typeof y !== 'number') return undefined;
  switch (op) {
    case 0: return x < y;
    case 1: return x <= y;
    case 2: return x === y;
    case 3: return x !== y;
    case 4: return x > y;
    default: return x >= y;
  }
}

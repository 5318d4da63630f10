/**
 * The number protocol's binary operators (Objects/abstract.c's `PyNumber_Add`, `PyNumber_Multiply`...
 * through `binary_op1`, BINARY_OP's `NB_*` numbering) for the built-in types, and int's and float's
 * own arithmetic (`long_*`, `float_*` in Objects/longobject.c, floatobject.c) with CPython's errors.
 * Borrows its arguments and returns a new reference; failures throw PyError.
 */
import { ratioToFloat } from '../modules/rational';
import { crPow } from '../builtins/libm/expLog';
import { newFloat, PyFloatObject } from '../../engine/objects/floatObject';
import { PyListObject } from '../../engine/objects/listObject';
import { bitLength, newInt, PyLongObject, type IntValue } from '../../engine/objects/longObject';
import type { PyObject } from '../../engine/objects/object';
import { newTuple, PyTupleObject } from '../../engine/objects/tupleObject';
import { newStr, PyUnicodeObject } from '../../engine/objects/unicodeObject';
import type { Interp } from '../runtime/interp';
import { PyError } from '../runtime/pyError';
import { newException } from '../../engine/objects/exceptionObject';
import { isUserObject, slotBinaryOp } from './typeSlots';
import { intAdd, intBitwise, intFloorDiv, intMod, intMul, intPow, intSub, intToFloat, type IntResult } from './intArith';
import { planBitwise, planShift } from './intPaths';
import { planDivision } from './intDivPlan';
import { planMul } from './intMulPlan';
import { planPow } from './intPowPlan';
import { replayIntPlan1 } from './intPlanReplay';
import { dictBinaryOp } from './dictMethods';
import { setBinaryOp, setInPlaceOp } from './setMethods';
import { printfFormat } from './printfFormat';
import { PyNativeObject } from '../modules/nativeObject';
import { dequeBinaryOp } from '../modules/dequeOps';
import { dictViewBinaryOp } from './dictViewSetOps';
import { typeOr } from './genericAlias';
import { bytesBinaryOp } from './bytesOps';
import { bytesFormat } from './bytesFormat';
import { listInPlaceOp, sequenceOpError, sequenceSlotCleared } from './sequenceOps';
import { complexBinaryOp, realPowAsComplex } from './complexOps';
import { indexRepeat, repeatCount, strRepeat, listConcat, tupleConcat, listRepeat, tupleRepeat } from './sequenceRepeat';
import { tpName } from './typeModules';

/** BINARY_OP's operators by NB_* number (the in-place forms are arg - 13). */
const NB = ['+', '&', '//', '<<', '@', '*', '%', '|', '**', '>>', '-', '/', '^'] as const;
type BinOp = (typeof NB)[number];

const isInt = (_interp: Interp, o: PyObject): o is PyLongObject => o instanceof PyLongObject;
const isFloat = (o: PyObject): o is PyFloatObject => o instanceof PyFloatObject;

function makeInt(interp: Interp, r: IntResult): PyObject {
  return newInt(interp.rt, r.value, r.ndigits);
}

/** `PyNumber_*` / BINARY_OP for operator number `nb` (0..25). */
export function binaryOp(interp: Interp, nb: number, a: PyObject, b: PyObject): PyObject {
  if (isUserObject(a) || isUserObject(b)) {
    const r = slotBinaryOp(interp, nb, a, b);
    if (r) return r;
    if (sequenceSlotCleared(nb, a)) return unsupportedOperands(interp, nb, a, b);
  }
  return builtinBinaryOp(interp, nb, a, b);
}

/** `binaryOp` without the classes' own dunders: what the built-in types do (`int.__add__`). */
export function builtinBinaryOp(interp: Interp, nb: number, a: PyObject, b: PyObject): PyObject {
  const op = NB[nb >= 13 ? nb - 13 : nb];
  const rt = interp.rt;
  if (isInt(interp, a) && isInt(interp, b)) return intOp(interp, op, a, b);
  if (nb >= 13) { const r = listInPlaceOp(interp, nb, a, b); if (r) return r; }
  if ((isFloat(a) || isInt(interp, a)) && (isFloat(b) || isInt(interp, b))) {
    const x = isFloat(a) ? a.value : intAsFloat(interp, a.value);
    const y = isFloat(b) ? b.value : intAsFloat(interp, b.value);
    return floatOp(interp, op, x, y, a, b);
  }
  const complexResult = complexBinaryOp(interp, op, a, b);
  if (complexResult) return complexResult;
  if (op === '+') {
    if (a instanceof PyUnicodeObject && b instanceof PyUnicodeObject) return newStr(rt, a.value + b.value);
    if (a instanceof PyListObject && b instanceof PyListObject) return listConcat(interp, a, b);
    if (a instanceof PyTupleObject && b instanceof PyTupleObject) return tupleConcat(interp, a, b);
  }
  if (op === '*') {
    if (a instanceof PyUnicodeObject && isInt(interp, b)) return strRepeat(interp, a, repeatCount(interp, b.value));
    if (isInt(interp, a) && b instanceof PyUnicodeObject) return strRepeat(interp, b, repeatCount(interp, a.value));
    if (a instanceof PyListObject && isInt(interp, b)) return listRepeat(interp, a, repeatCount(interp, b.value));
    if (isInt(interp, a) && b instanceof PyListObject) return listRepeat(interp, b, repeatCount(interp, a.value));
    if (a instanceof PyTupleObject && isInt(interp, b)) return tupleRepeat(interp, a, repeatCount(interp, b.value));
    const repeated = indexRepeat(interp, a, b) ?? indexRepeat(interp, b, a);
    if (repeated) return repeated;
  }
  if (op === '%' && a instanceof PyUnicodeObject) return printfFormat(interp, a, b);
  const bytesResult = op === '%' ? bytesFormat(interp, a, b) : bytesBinaryOp(interp, nb, a, b);
  if (bytesResult) return bytesResult;
  const setResult = nb >= 13 ? setInPlaceOp(interp, op, a, b) : setBinaryOp(interp, op, a, b);
  if (setResult) return setResult;
  const viewResult = nb < 13 ? dictViewBinaryOp(interp, op, a, b) : undefined;
  if (viewResult) return viewResult;
  const dictResult = dictBinaryOp(interp, nb, a, b);
  if (dictResult) return dictResult;
  const dequeResult = dequeBinaryOp(interp, nb, a, b);
  if (dequeResult) return dequeResult;
  const nativeResult = nativeBinaryOp(interp, nb, a, b);
  if (nativeResult) return nativeResult;
  const union = op === '|' ? typeOr(interp, a, b) : null;
  if (union) return union;
  sequenceOpError(interp, nb, a, b);
  return unsupportedOperands(interp, nb, a, b);
}

/** A module's C type's number or sequence slot (array.array's `+`, `*`, `+=`), the left operand first. */
function nativeBinaryOp(interp: Interp, nb: number, a: PyObject, b: PyObject): PyObject | undefined {
  if (a instanceof PyNativeObject && a.binary) { const r = a.binary(interp, nb, b, false); if (r) return r; }
  if (b instanceof PyNativeObject && b.binary && nb < 13) return b.binary(interp, nb, a, true);
  return undefined;
}

/** binop_type_error: no slot took `a op b`. */
function unsupportedOperands(interp: Interp, nb: number, a: PyObject, b: PyObject): never {
  const op = NB[nb >= 13 ? nb - 13 : nb];
  return interp.typeError(`unsupported operand type(s) for ${operatorName(op, nb >= 13)}: '${tpName(a.type)}' and '${tpName(b.type)}'`);
}

/** The operator as binary_op1's TypeError names it: `**` is `** or pow()` (`**=` stays `**=`). */
export function operatorName(op: string, inPlace: boolean): string {
  if (inPlace) return `${op}=`;
  return op === '**' ? '** or pow()' : op;
}

/** CPython's `MAX_LONG_DIGITS`: `_PyLong_New` refuses more 30-bit digits than fit a Py_ssize_t size. */
const MAX_LONG_DIGITS = (2 ** 63 - 1 - 24) / 4;
/** V8's largest BigInt (`BigInt::kMaxLengthBits`, 2^30 bits on 64-bit hosts). */
const JS_MAX_BIGINT_BITS = 2 ** 30;

function intBits(v: IntValue): number {
  return typeof v === 'bigint' ? bitLength(v) : Math.ceil(Math.log2(Math.abs(v) + 1));
}

/**
 * An int result of about `bits` bits, checked before it is computed: OverflowError past
 * `MAX_LONG_DIGITS` ('too many digits in integer', as `1 << 10**20`), MemoryError when its digits
 * would pass the memory ceiling, and MemoryError past what a JS BigInt can hold.
 */
function checkIntBits(interp: Interp, bits: number, overflow = true): void {
  if (bits < 1_000_000) return;
  const ndigits = Math.ceil(bits / 30);
  if (ndigits > MAX_LONG_DIGITS) {
    if (overflow) interp.raise('OverflowError', 'too many digits in integer');
    interp.noMemory();
  }
  interp.reserve(24 + 4 * ndigits);
  if (bits > JS_MAX_BIGINT_BITS) interp.noMemory();
}

function intAsFloat(interp: Interp, v: IntValue): number {
  const x = intToFloat(v);
  if (!Number.isFinite(x)) interp.raise('OverflowError', 'int too large to convert to float');
  return x;
}

/** Whether both are compact (|v| < 2^30): CPython's one-digit fast paths apply. */
function compactPair(a: IntValue, b: IntValue): boolean {
  return typeof a === 'number' && typeof b === 'number' && Math.abs(a) < 2 ** 30 && Math.abs(b) < 2 ** 30;
}

function intOp(interp: Interp, op: BinOp, ao: PyLongObject, bo: PyLongObject): PyObject {
  const a = ao.value;
  const b = bo.value;
  const rt = interp.rt;
  switch (op) {
    case '+': return makeInt(interp, intAdd(a, b));
    case '-': return makeInt(interp, intSub(a, b));
    case '*':
      if (compactPair(a, b)) return makeInt(interp, intMul(a, b));
      checkIntBits(interp, intBits(a) + intBits(b));
      return replayIntPlan1(rt, planMul(a, b, ao === bo), [ao, bo]);
    case '//':
      if (b === 0 || b === 0n) interp.raise('ZeroDivisionError', 'integer division or modulo by zero');
      if (compactPair(a, b)) return makeInt(interp, intFloorDiv(a, b));
      return replayIntPlan1(rt, planDivision(a, b, '//'), [ao, bo]);
    case '%':
      if (b === 0 || b === 0n) interp.raise('ZeroDivisionError', 'integer modulo by zero');
      if (compactPair(a, b)) return makeInt(interp, intMod(a, b));
      return replayIntPlan1(rt, planDivision(a, b, '%'), [ao, bo]);
    case '/': {
      if (b === 0 || b === 0n) interp.raise('ZeroDivisionError', 'division by zero');
      // long_true_divide: correctly rounded from the exact quotient, not from two rounded doubles.
      if (typeof a === 'number' && typeof b === 'number') return newFloat(interp.rt, a / b);
      const q = ratioToFloat(BigInt(a), BigInt(b));
      if (q === null) interp.raise('OverflowError', 'integer division result too large for a float');
      return newFloat(interp.rt, q as number);
    }
    case '**':
      if (b < 0) {
        if (a === 0 || a === 0n) interp.raise('ZeroDivisionError', '0.0 cannot be raised to a negative power');
        return newFloat(interp.rt, floatPow(interp, intAsFloat(interp, a), intAsFloat(interp, b)));
      }
      // long_pow squares its way up and fails in an allocation: MemoryError, never OverflowError.
      if (typeof a === 'bigint' || Math.abs(a) > 1) checkIntBits(interp, (typeof a === 'bigint' ? bitLength(a) : Math.log2(Math.abs(a))) * Number(b), false);
      if (typeof a === 'number' && Math.abs(a) <= 1) return makeInt(interp, intPow(a, b));
      return replayIntPlan1(rt, planPow(a, b, null), [ao, bo]);
    case '<<': case '>>':
      if (b < 0) interp.raise('ValueError', 'negative shift count');
      if (op === '<<' && a !== 0 && a !== 0n) checkIntBits(interp, intBits(a) + Number(b));
      // long_lshift1's fast path needs wordshift 0; long_rshift1's only a compact a.
      if (compactPair(a, b) && (op === '>>' || (b as number) < 30)) return makeInt(interp, intBitwise(op, a, b));
      if (typeof b === 'number') return replayIntPlan1(rt, planShift(a, b, op === '<<'), [ao, bo]);
      return makeInt(interp, intBitwise(op, a, b));
    case '&': case '|': case '^':
      if (compactPair(a, b)) return makeInt(interp, intBitwise(op, a, b));
      return replayIntPlan1(rt, planBitwise(a, b, op), [ao, bo]);
    case '@':
      return interp.typeError("unsupported operand type(s) for @: 'int' and 'int'");
  }
}

/** `float_pow`: C's pow() (correctly rounded here, as glibc's is) with float_pow's errors. */
function floatPow(interp: Interp, x: number, y: number): number {
  if (x === 0 && y < 0) interp.raise('ZeroDivisionError', '0.0 cannot be raised to a negative power');
  const r = crPow(x, y);
  if (Number.isNaN(r) && x < 0) interp.raise('ValueError', 'complex results are not supported yet');
  if (!Number.isFinite(r) && !Number.isNaN(r) && Number.isFinite(x) && Number.isFinite(y)) {
    // PyErr_SetFromErrno(OverflowError) with errno ERANGE: the args are (34, strerror).
    const rt = interp.rt;
    const args = newTuple(rt, [newInt(rt, 34), newStr(rt, 'Numerical result out of range')]);
    throw new PyError(newException(rt, interp.excType('OverflowError'), args));
  }
  return r;
}

function floatOp(interp: Interp, op: BinOp, x: number, y: number, a: PyObject, b: PyObject): PyObject {
  const rt = interp.rt;
  switch (op) {
    case '+': return newFloat(rt, x + y);
    case '-': return newFloat(rt, x - y);
    case '*': return newFloat(rt, x * y);
    case '/':
      if (y === 0) interp.raise('ZeroDivisionError', 'float division by zero');
      return newFloat(rt, x / y);
    case '//':
      if (y === 0) interp.raise('ZeroDivisionError', 'float floor division by zero');
      return newFloat(rt, Math.floor(x / y));
    case '%': {
      if (y === 0) interp.raise('ZeroDivisionError', interp.rt.profile.version === '3.13' ? 'float modulo by zero' : 'float modulo');
      let r = x % y;
      if (r !== 0 && (r < 0) !== (y < 0)) r += y;
      else if (r === 0) r = y < 0 ? -0 : 0;
      return newFloat(rt, r);
    }
    case '**':
      // float_pow: a negative base to a non-integral power is computed as complex.
      if (x < 0 && !Number.isNaN(y) && y !== Math.floor(y) && Number.isFinite(x)) return realPowAsComplex(interp, x, y);
      return newFloat(rt, floatPow(interp, x, y));
    default:
      return interp.typeError(`unsupported operand type(s) for ${operatorName(op, false)}: '${tpName(a.type)}' and '${tpName(b.type)}'`);
  }
}

/**
 * The abstract object layer (Objects/abstract.c, object.c) for the built-in types: binary
 * operators, rich comparison, truth, length, iteration, subscripts and containment. Every function
 * borrows its arguments and returns a new reference, as the C API does; failures throw PyError.
 */
import { ratioToFloat } from '../modules/rational';
import { crPow } from '../builtins/libm/expLog';
import { PyWeakReference } from '../../engine/objects/weakrefObject';
import { newFloat, PyFloatObject } from '../../engine/objects/floatObject';
import { listAppend, listResize, newList, PyListObject } from '../../engine/objects/listObject';
import { bitLength, newInt, PyLongObject, type IntValue } from '../../engine/objects/longObject';
import type { PyObject } from '../../engine/objects/object';
import { PyCFunctionObject } from '../../engine/objects/nativeObject';
import { PyRangeIterObject, PyRangeObject, newRangeIter } from '../../engine/objects/rangeObject';
import { exhaustSeqIter, newSeqIter, PySeqIterObject } from '../../engine/objects/seqIterObject';
import { newTuple, PyTupleObject } from '../../engine/objects/tupleObject';
import { newStr, PyUnicodeObject } from '../../engine/objects/unicodeObject';
import type { Interp } from '../runtime/interp';
import { PyError } from '../runtime/pyError';
import type { PyBaseExceptionObject } from '../../engine/objects/exceptionObject';
import { newException } from '../../engine/objects/exceptionObject';
import { indexValueOrNull } from './numberIndex';
import { ownSlotKind } from './builtinSlots';
import { callDunder, isUserObject, slotBinaryOp, slotBool, slotCompare, slotIter, slotLen, slotNext } from './typeSlots';
import {
  intAdd, intBitwise, intCompare, intFloorDiv, intMod, intMul, intPow, intSub, intToFloat, type IntResult,
} from './intArith';
import { floatRepr } from '../runtime/floatRepr';
import { PySliceObject } from '../../engine/objects/sliceObject';
import { getSlice, setListSlice } from './slicing';
import {
  containerContains, containerEquals, containerIter, containerIterNext, containerLength, dictDelete, dictStore, dictSubscript,
} from './containerOps';
import { PyDictObject } from '../../engine/objects/dictObject';
import { dictBinaryOp } from './dictMethods';
import { setBinaryOp, setCompare, setInPlaceOp } from './setMethods';
import { printfFormat } from './printfFormat';
import { newStrIter } from '../builtins/iterTools';
import { PyNativeObject } from '../modules/nativeObject';
import { dequeBinaryOp, dequeDelItem, dequeOrder, dequeSetItem, dequeSubscript } from '../modules/dequeOps';
import { PyHeapTypeObject } from '../../engine/objects/typeHeap';
import { isValueSubclassInstance } from '../../engine/objects/valueSubclass';
import { typeLookup } from './instanceAttrs';
import { dictViewBinaryOp, dictViewCompare } from './dictViewSetOps';
import { callAny } from '../vm/callDispatch';
import { unwrapDescriptor } from '../vm/metaclass';
import { PyTypeObject } from '../../engine/objects/typeObject';
import { builtinClassGetItem, typeOr } from './genericAlias';
import { bytesBinaryOp, bytesDelItem, bytesOrder, bytesSetItem, bytesSubscript } from './bytesOps';
import { bytesFormat } from './bytesFormat';
import { listInPlaceOp, sequenceOpError, sequenceSlotCleared } from './sequenceOps';
import { PyComplexObject } from '../../engine/objects/complexObject';
import { complexBinaryOp, complexEquals, realPowAsComplex } from './complexOps';

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
  if (isInt(interp, a) && isInt(interp, b)) return intOp(interp, op, a.value, b.value);
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

/**
 * sequence_repeat: `seq * n` (or `n * seq`) with a class instance `n` that has `__index__`; null
 * when `seq` is not a str, list or tuple or `n` has no `__index__`.
 */
function indexRepeat(interp: Interp, seq: PyObject, n: PyObject): PyObject | null {
  if (!isUserObject(n) || !(seq instanceof PyUnicodeObject || seq instanceof PyListObject || seq instanceof PyTupleObject)) return null;
  const v = indexValueOrNull(interp, n);
  if (v === null) return null;
  if (seq instanceof PyUnicodeObject) return strRepeat(interp, seq, repeatCount(interp, v));
  return seq instanceof PyListObject ? listRepeat(interp, seq, repeatCount(interp, v)) : tupleRepeat(interp, seq, repeatCount(interp, v));
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
  return interp.typeError(`unsupported operand type(s) for ${operatorName(op, nb >= 13)}: '${a.type.name}' and '${b.type.name}'`);
}

/** The operator as binary_op1's TypeError names it: `**` is `** or pow()` (`**=` stays `**=`). */
export function operatorName(op: string, inPlace: boolean): string {
  if (inPlace) return `${op}=`;
  return op === '**' ? '** or pow()' : op;
}

/** `PyNumber_AsSsize_t(n, PyExc_OverflowError)` for a repeat count; negative counts repeat 0 times. */
export function repeatCount(interp: Interp, v: IntValue): number {
  if (typeof v === 'bigint' && (v > PY_SSIZE_T_MAX_BIG || v < -PY_SSIZE_T_MAX_BIG - 1n)) {
    interp.raise('OverflowError', "cannot fit 'int' into an index-sized integer");
  }
  const n = Number(v);
  return n > 0 ? n : 0;
}

const PY_SSIZE_T_MAX_BIG = 2n ** 63n - 1n;
/** `PY_SSIZE_T_MAX` as a double (2^63): a product past it does not fit a Py_ssize_t. */
const PY_SSIZE_T_MAX = 2 ** 63;

/**
 * A sequence repeat's size check, before any JS storage is built: `list_repeat`/`tuple_repeat`
 * answer MemoryError when `size * n` overflows, then the allocation of `8 * size * n` bytes fails
 * past the memory ceiling.
 */
function reserveItems(interp: Interp, size: number, n: number): void {
  if (size === 0 || n === 0) return;
  if (size * n >= PY_SSIZE_T_MAX / 8) interp.noMemory();
  interp.reserve(8 * size * n);
}

/** `unicode_repeat`: OverflowError past PY_SSIZE_T_MAX, MemoryError past the ceiling, checked before building the string. */
function strRepeat(interp: Interp, a: PyUnicodeObject, n: number): PyObject {
  const len = a.value.length;
  if (len > 0 && n > 0) {
    if (len * n >= PY_SSIZE_T_MAX) interp.raise('OverflowError', 'repeated string is too long');
    interp.reserveStr(len * n);
  }
  return newStr(interp.rt, a.value.repeat(n));
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

function intOp(interp: Interp, op: BinOp, a: IntValue, b: IntValue): PyObject {
  switch (op) {
    case '+': return makeInt(interp, intAdd(a, b));
    case '-': return makeInt(interp, intSub(a, b));
    case '*':
      checkIntBits(interp, intBits(a) + intBits(b));
      return makeInt(interp, intMul(a, b));
    case '//':
      if (b === 0 || b === 0n) interp.raise('ZeroDivisionError', 'integer division or modulo by zero');
      return makeInt(interp, intFloorDiv(a, b));
    case '%':
      if (b === 0 || b === 0n) interp.raise('ZeroDivisionError', 'integer modulo by zero');
      return makeInt(interp, intMod(a, b));
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
      return makeInt(interp, intPow(a, b));
    case '<<': case '>>':
      if (b < 0) interp.raise('ValueError', 'negative shift count');
      if (op === '<<' && a !== 0 && a !== 0n) checkIntBits(interp, intBits(a) + Number(b));
      return makeInt(interp, intBitwise(op, a, b));
    case '&': case '|': case '^':
      return makeInt(interp, intBitwise(op, a, b));
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
      return interp.typeError(`unsupported operand type(s) for ${operatorName(op, false)}: '${a.type.name}' and '${b.type.name}'`);
  }
}

function listConcat(interp: Interp, a: PyListObject, b: PyListObject): PyObject {
  const items = [...a.items, ...b.items];
  for (const x of items) interp.rt.heap.incref(x);
  return newList(interp.rt, items);
}

function tupleConcat(interp: Interp, a: PyTupleObject, b: PyTupleObject): PyObject {
  if (b.items.length === 0 && a.type === interp.rt.types.tuple) { interp.rt.heap.incref(a); return a; }
  if (a.items.length === 0 && b.type === interp.rt.types.tuple) { interp.rt.heap.incref(b); return b; }
  const items = [...a.items, ...b.items];
  for (const x of items) interp.rt.heap.incref(x);
  return newTuple(interp.rt, items);
}

function listRepeat(interp: Interp, a: PyListObject, n: number): PyObject {
  reserveItems(interp, a.items.length, n);
  const items: PyObject[] = [];
  for (let i = 0; i < n; i++) for (const x of a.items) { interp.rt.heap.incref(x); items.push(x); }
  return newList(interp.rt, items);
}

function tupleRepeat(interp: Interp, a: PyTupleObject, n: number): PyObject {
  if (n === 1 && a.type === interp.rt.types.tuple) { interp.rt.heap.incref(a); return a; }
  reserveItems(interp, a.items.length, n);
  const items: PyObject[] = [];
  for (let i = 0; i < n; i++) for (const x of a.items) { interp.rt.heap.incref(x); items.push(x); }
  return newTuple(interp.rt, items);
}

/** `PyObject_IsTrue`. */
export function isTrue(interp: Interp, o: PyObject, user = true): boolean {
  if (user && isUserObject(o)) {
    // A class's own __bool__/__len__, else its built-in base's (a defaultdict or list subclass).
    const b = slotBool(interp, o);
    if (b !== null) return b;
  }
  const rt = interp.rt;
  if (o === rt.True) return true;
  if (o === rt.False || o === rt.None) return false;
  if (o instanceof PyLongObject) return o.value !== 0 && o.value !== 0n;
  if (o instanceof PyFloatObject) return o.value !== 0;
  if (o instanceof PyComplexObject) return o.real !== 0 || o.imag !== 0;
  if (o instanceof PyUnicodeObject) return o.length > 0;
  if (o instanceof PyListObject || o instanceof PyTupleObject) return o.items.length > 0;
  if (o instanceof PyRangeObject) return o.length.value !== 0;
  const n = containerLength(o);
  if (n !== undefined) return n > 0;
  return true;
}

/** `PyObject_RichCompare` for operator index 0..5 (`<`, `<=`, `==`, `!=`, `>`, `>=`), as a boolean. */
export function compare(interp: Interp, op: number, a: PyObject, b: PyObject): boolean {
  if (!interp.cGuardsShareLimit) return compareUnguarded(interp, op, a, b);
  interp.enterRecursiveCall(' in comparison');
  try {
    return compareUnguarded(interp, op, a, b);
  } finally {
    interp.leaveRecursiveCall();
  }
}

/** `compare` without 3.11's recursion guard: what 3.11's specialized COMPARE_OP instructions do. */
export function compareUnguarded(interp: Interp, op: number, a: PyObject, b: PyObject): boolean {
  if (isUserObject(a) || isUserObject(b)) { const r = slotCompare(interp, op, a, b, (x) => isTrue(interp, x)); if (r !== null) return r; }
  return baseCompare(interp, op, a, b);
}

/** Runs `f` inside 3.11's `Py_EnterRecursiveCall(" in comparison")` (a no-op guard on 3.12+). */
function inComparison<T>(interp: Interp, f: () => T): T {
  if (!interp.cGuardsShareLimit) return f();
  interp.enterRecursiveCall(' in comparison');
  try {
    return f();
  } finally {
    interp.leaveRecursiveCall();
  }
}

/** `PyObject_RichCompareBool(a, b, Py_EQ)` on two container items: identical items skip the comparison. */
function itemEquals(interp: Interp, a: PyObject, b: PyObject): boolean {
  return a === b ? equals(interp, a, b) : inComparison(interp, () => equals(interp, a, b));
}

/** The built-in types' own comparison, no class's override consulted (`int.__eq__(self, o)`). */
export function baseCompare(interp: Interp, op: number, a: PyObject, b: PyObject): boolean {
  if (a instanceof PyNativeObject && a.compare) { const r = a.compare(interp, op, b); if (r !== undefined) return r; }
  const views = dictViewCompare(interp, op, a, b);
  if (views !== undefined) return views;
  if (op === 2 || op === 3) {
    const eq = baseEquals(interp, a, b);
    return op === 2 ? eq : !eq;
  }
  const subset = setCompare(interp, op, a, b);
  if (subset !== undefined) return subset;
  const c = order(interp, a, b, op);
  switch (op) {
    case 0: return c < 0;
    case 1: return c <= 0;
    case 4: return c > 0;
    default: return c >= 0;
  }
}

const opSymbols = ['<', '<=', '==', '!=', '>', '>='];

/** Ordering of two comparable objects, or TypeError. */
function order(interp: Interp, a: PyObject, b: PyObject, op: number): number {
  if (a instanceof PyLongObject && b instanceof PyLongObject) return intCompare(a.value, b.value);
  if ((a instanceof PyLongObject || a instanceof PyFloatObject) && (b instanceof PyLongObject || b instanceof PyFloatObject)) {
    const x = a instanceof PyFloatObject ? a.value : Number(a.value);
    const y = b instanceof PyFloatObject ? b.value : Number(b.value);
    if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
    return x < y ? -1 : x > y ? 1 : 0;
  }
  if (a instanceof PyUnicodeObject && b instanceof PyUnicodeObject) return a.value < b.value ? -1 : a.value > b.value ? 1 : 0;
  if ((a instanceof PyListObject && b instanceof PyListObject) || (a instanceof PyTupleObject && b instanceof PyTupleObject)) {
    return itemsOrder(interp, a.items, b.items, op);
  }
  // slice_richcompare: two slices compare as the tuples (start, stop, step).
  if (a instanceof PySliceObject && b instanceof PySliceObject) return itemsOrder(interp, sliceParts(interp, a), sliceParts(interp, b), op);
  const deques = dequeOrder(interp, a, b, (x, y) => order(interp, x, y, op));
  if (deques !== undefined) return deques;
  const bytes = bytesOrder(a, b);
  if (bytes !== undefined) return bytes;
  return interp.typeError(`'${opSymbols[op]}' not supported between instances of '${a.type.name}' and '${b.type.name}'`);
}

/** Lexicographic order of two item sequences (the first unequal pair decides, then the lengths). */
function itemsOrder(interp: Interp, a: PyObject[], b: PyObject[], op: number): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    if (!itemEquals(interp, a[i], b[i])) return inComparison(interp, () => orderAs(op, compareUnguarded(interp, op, a[i], b[i])));
  }
  return a.length - b.length;
}

/**
 * tuplerichcompare / list_richcompare: the first differing items decide with the full
 * `PyObject_RichCompare(v, w, op)` (a class's `__lt__`, a datetime's ordering), folded back into
 * a sign that `baseCompare` reads the same way for `op`.
 */
function orderAs(op: number, holds: boolean): number {
  const lessSide = op === 0 || op === 1;
  return holds === lessSide ? -1 : 1;
}

/** A slice's (start, stop, step), None for the missing ones. */
function sliceParts(interp: Interp, s: PySliceObject): PyObject[] {
  return [s.start ?? interp.rt.None, s.stop ?? interp.rt.None, s.step ?? interp.rt.None];
}

/** `==` for the built-in types (identity otherwise). */
export function equals(interp: Interp, a: PyObject, b: PyObject): boolean {
  if (a !== b && (isUserObject(a) || isUserObject(b))) {
    const r = slotCompare(interp, 2, a, b, (x) => isTrue(interp, x));
    const builtinA = a instanceof PyListObject || a instanceof PyTupleObject || isValueSubclassInstance(a) || isValueSubclassInstance(b);
    if (r !== null || !(builtinA || containerLength(a) !== undefined)) return r ?? false;
  }
  return baseEquals(interp, a, b);
}

/** `equals` without the classes' `__eq__` for `a` and `b` themselves (their items still use theirs). */
function baseEquals(interp: Interp, a: PyObject, b: PyObject): boolean {
  if (a === b) return !(a instanceof PyFloatObject && Number.isNaN(a.value)) && !(a instanceof PyComplexObject && (Number.isNaN(a.real) || Number.isNaN(a.imag)));
  if (a instanceof PyComplexObject || b instanceof PyComplexObject) {
    const r = a instanceof PyComplexObject ? complexEquals(a, b) : complexEquals(b as PyComplexObject, a);
    if (r !== null) return r;
  }
  // `meth_richcompare` / `wrapper_richcompare`: the same method bound to the same object.
  if (a instanceof PyCFunctionObject && b instanceof PyCFunctionObject && a.self) return a.type === b.type && a.impl === b.impl && a.self === b.self;
  if (a instanceof PyLongObject && b instanceof PyLongObject) return intCompare(a.value, b.value) === 0;
  if ((a instanceof PyLongObject || a instanceof PyFloatObject) && (b instanceof PyLongObject || b instanceof PyFloatObject)) {
    const x = a instanceof PyFloatObject ? a.value : Number(a.value);
    const y = b instanceof PyFloatObject ? b.value : Number(b.value);
    return x === y;
  }
  // weakref_richcompare: two live refs compare their referents, otherwise by identity.
  if (a instanceof PyWeakReference && b instanceof PyWeakReference) {
    return a.referent && b.referent ? equals(interp, a.referent, b.referent) : false;
  }
  if (a instanceof PyUnicodeObject && b instanceof PyUnicodeObject) return a.value === b.value;
  if ((a instanceof PyListObject && b instanceof PyListObject) || (a instanceof PyTupleObject && b instanceof PyTupleObject)) {
    if (a.items.length !== b.items.length) return false;
    for (let i = 0; i < a.items.length; i++) if (!itemEquals(interp, a.items[i], b.items[i])) return false;
    return true;
  }
  if (a instanceof PySliceObject && b instanceof PySliceObject) {
    const x = sliceParts(interp, a);
    const y = sliceParts(interp, b);
    return x.every((v, i) => equals(interp, v, y[i]));
  }
  return containerEquals(interp, a, b) ?? dictViewCompare(interp, 2, a, b) ?? false;
}

/** `PyObject_Size` / `len()`. */
export function length(interp: Interp, o: PyObject, user = true): number {
  if (user && isUserObject(o)) { const n = slotLen(interp, o); if (n !== null) return n; }
  if (o instanceof PyUnicodeObject) return o.length;
  if (o instanceof PyListObject || o instanceof PyTupleObject) return o.items.length;
  if (o instanceof PyRangeObject) {
    // range_length: PyLong_AsSsize_t of the length.
    if (BigInt(o.length.value) > 2n ** 63n - 1n) interp.raise('OverflowError', 'Python int too large to convert to C ssize_t');
    return Number(o.length.value);
  }
  if (o instanceof PyNativeObject && o.sequence) return o.sequence.length();
  const n = containerLength(o);
  if (n !== undefined) return n;
  return interp.typeError(`object of type '${o.type.name}' has no len()`);
}

/** `PyObject_GetIter`: a new iterator (allocated as CPython allocates it). */
export function getIter(interp: Interp, o: PyObject, user = true): PyObject {
  if (user && isUserObject(o)) { const r = slotIter(interp, o); if (r) return r; }
  const rt = interp.rt;
  if (o instanceof PyListObject) return newSeqIter(rt, rt.types.listIterator, o);
  if (o instanceof PyTupleObject) return newSeqIter(rt, rt.types.tupleIterator, o);
  if (o instanceof PyRangeObject) return newRangeIter(rt, o);
  if (o instanceof PySeqIterObject || o instanceof PyRangeIterObject) { rt.heap.incref(o); return o; }
  if (o instanceof PyUnicodeObject) return newStrIter(interp, o);
  return containerIter(interp, o) ?? interp.typeError(`'${o.type.name}' object is not iterable`);
}

/**
 * Runs `run` (which iterates `o`) with "not iterable" worded the caller's way (UNPACK_SEQUENCE's
 * "cannot unpack non-iterable int object", LIST_EXTEND's "Value after * must be an iterable, not
 * int"): CPython rewrites the TypeError only when the type has no tp_iter and is no sequence,
 * which is exactly when getIter raises its own "'T' object is not iterable".
 */
export function rewordNotIterable<T>(interp: Interp, o: PyObject, message: (typeName: string) => string, run: () => T): T {
  try {
    return run();
  } catch (e) {
    if (!(e instanceof PyError) || e.exc.type !== interp.excType('TypeError') || exceptionMessage(e.exc) !== `'${o.type.name}' object is not iterable`) throw e;
    interp.rt.heap.decref(e.exc);
    return interp.typeError(message(o.type.name));
  }
}

/** The message a built-in exception was raised with (its single str argument), or null. */
function exceptionMessage(exc: PyBaseExceptionObject): string | null {
  const args = exc.args;
  return args instanceof PyTupleObject && args.items.length === 1 && args.items[0] instanceof PyUnicodeObject ? args.items[0].value : null;
}

/** `tp_iternext`: the next item (new reference), or null when exhausted (no StopIteration allocated). */
export function iterNext(interp: Interp, it: PyObject): PyObject | null {
  interp.poll();
  if (isUserObject(it)) { const r = slotNext(interp, it); if (r !== undefined) return r; }
  const rt = interp.rt;
  if (it instanceof PySeqIterObject) {
    const seq = it.seq as PyListObject | PyTupleObject | null;
    if (seq && it.index < seq.items.length) {
      const v = seq.items[it.index++];
      rt.heap.incref(v);
      return v;
    }
    if (seq) exhaustSeqIter(rt, it);
    return null;
  }
  if (it instanceof PyRangeIterObject) {
    if (it.remaining <= 0) return null;
    const v = it.next;
    it.next += it.step;
    it.remaining--;
    return newInt(rt, v);
  }
  let next: PyObject | null | undefined;
  try {
    next = containerIterNext(interp, it);
  } catch (e) {
    // PyIter_Next and FOR_ITER take a StopIteration out of a native iterator's tp_iternext as its
    // end: `map(next, iterators)` stops at the first exhausted one.
    if (!(e instanceof PyError && e.exc.type.isSubtypeOf(interp.excType('StopIteration')))) throw e;
    rt.heap.decref(e.exc);
    return null;
  }
  if (next !== undefined) return next;
  return interp.typeError(`'${it.type.name}' object is not an iterator`);
}

/** Normalizes a Python index into [0, n) or raises IndexError with `what`. */
export function normalizeIndex(interp: Interp, index: PyObject, n: number, what: string): number {
  const v = indexValueOrNull(interp, index);
  if (v === null) return interp.typeError(`${what} indices must be integers or slices, not ${index.type.name}`);
  return inRange(interp, v, n, what, index);
}

/** Whether an int fits a `Py_ssize_t`. */
function fitsSsize(v: IntValue): boolean {
  return typeof v === 'number' || (v <= PY_SSIZE_T_MAX_BIG && v >= -PY_SSIZE_T_MAX_BIG - 1n);
}

/** PyNumber_AsSsize_t(key, PyExc_IndexError) then the bounds check. */
function inRange(interp: Interp, v: IntValue, n: number, what: string, key: PyObject): number {
  if (!fitsSsize(v)) interp.raise('IndexError', `cannot fit '${key.type.name}' into an index-sized integer`);
  let i = Number(v);
  if (i < 0) i += n;
  if (i < 0 || i >= n) interp.raise('IndexError', `${what} index out of range`);
  return i;
}

/**
 * `list_item`'s IndexError: its message is 3.12's static `_Py_STR(list_err)` and 3.11's `indexerr`,
 * a str made once before any script runs, so raising it allocates no message block.
 */
const listIndexErrors = new WeakMap<Interp, PyUnicodeObject>();

function listItemIndex(interp: Interp, key: PyObject, n: number): number {
  const v = indexValueOrNull(interp, key);
  if (v === null) return interp.typeError(`list indices must be integers or slices, not ${key.type.name}`);
  if (!fitsSsize(v)) interp.raise('IndexError', `cannot fit '${key.type.name}' into an index-sized integer`);
  const i = Number(v) < 0 ? Number(v) + n : Number(v);
  if (i < 0 || i >= n) {
    let message = listIndexErrors.get(interp);
    if (!message) listIndexErrors.set(interp, (message = interp.rt.staticString('list index out of range')));
    interp.rt.heap.incref(message);
    throw new PyError(newException(interp.rt, interp.excType('IndexError'), newTuple(interp.rt, [message])));
  }
  return i;
}

/** `PyObject_GetItem` (BINARY_SUBSCR). */
export function getItem(interp: Interp, o: PyObject, key: PyObject, user = true): PyObject {
  if (user && isUserObject(o)) { const r = callDunder(interp, o, '__getitem__', [key]); if (r) return r; }
  const rt = interp.rt;
  if (o instanceof PyDictObject) return dictSubscript(interp, o, key);
  if (key instanceof PySliceObject && !(o instanceof PyNativeObject && o.subscript)) return bytesSubscript(interp, o, key) ?? getSlice(interp, o, key);
  if (o instanceof PyListObject) { const v = o.items[listItemIndex(interp, key, o.items.length)]; rt.heap.incref(v); return v; }
  if (o instanceof PyTupleObject) { const v = o.items[normalizeIndex(interp, key, o.items.length, 'tuple')]; rt.heap.incref(v); return v; }
  if (o instanceof PyUnicodeObject) {
    // unicode_subscript words its TypeError apart from the other sequences' (3.11+).
    const v = indexValueOrNull(interp, key);
    if (v === null) return interp.typeError(`string indices must be integers, not '${key.type.name}'`);
    const chars = o.kind === 4 ? Array.from(o.value) : null;
    const i = inRange(interp, v, o.length, 'string', key);
    return newStr(rt, chars ? chars[i] : o.value[i]);
  }
  if (o instanceof PyRangeObject) {
    const i = normalizeIndex(interp, key, Number(o.length.value), 'range object');
    return newInt(rt, Number(o.start.value) + i * Number(o.step.value));
  }
  if (o instanceof PyNativeObject && o.subscript) return o.subscript(interp, key);
  if (o instanceof PyNativeObject && o.sequence) {
    const seq = o.sequence;
    return seq.item(interp, normalizeIndex(interp, key, seq.length(), o.type.name));
  }
  if (o instanceof PyHeapTypeObject) {
    // `C[key]` on a class: its `__class_getitem__` (an implicit classmethod, typeCreate.ts).
    const f = typeLookup(interp, o, '__class_getitem__');
    if (f) return callAny(interp, unwrapDescriptor(f), [o, key]);
    return interp.typeError(`type '${o.name}' is not subscriptable`);
  }
  if (o instanceof PyTypeObject) {
    const alias = builtinClassGetItem(interp, o, key);
    if (alias) return alias;
    return interp.typeError(`type '${o.name}' is not subscriptable`);
  }
  if (o instanceof PyNativeObject) {
    // A module's C type with `mp_subscript` (re.Match): its `__getitem__` method.
    const f = interp.methods.lookup(o.type, '__getitem__');
    if (f) return callAny(interp, f, [o, key]);
  }
  return dequeSubscript(interp, o, key) ?? bytesSubscript(interp, o, key) ?? interp.typeError(`'${o.type.name}' object is not subscriptable`);
}

/** `PyObject_SetItem` (STORE_SUBSCR); steals nothing. */
export function setItem(interp: Interp, o: PyObject, key: PyObject, value: PyObject, user = true): void {
  if (user && isUserObject(o)) { const r = callDunder(interp, o, '__setitem__', [key, value]); if (r) { interp.rt.heap.decref(r); return; } }
  if (o instanceof PyDictObject) return dictStore(interp, o, key, value);
  if (o instanceof PyListObject && key instanceof PySliceObject) {
    const values = value instanceof PyListObject || value instanceof PyTupleObject ? [...value.items] : null;
    if (!values) interp.typeError('can only assign an iterable');
    setListSlice(interp, o, key, values);
    return;
  }
  if (o instanceof PyListObject) {
    const i = normalizeIndex(interp, key, o.items.length, 'list assignment');
    const old = o.items[i];
    interp.rt.heap.incref(value);
    o.items[i] = value;
    interp.rt.heap.decref(old);
    return;
  }
  if (o instanceof PyNativeObject && o.assign) return o.assign(interp, key, value);
  if (dequeSetItem(interp, o, key, value) || bytesSetItem(interp, o, key, value)) return;
  interp.typeError(`'${o.type.name}' object does not support item assignment`);
}

/** `PySequence_Contains` (CONTAINS_OP). */
export function contains(interp: Interp, container: PyObject, item: PyObject, user = true): boolean {
  if (user && isUserObject(container)) {
    // `__contains__ = None` blocks the iteration fallback (slot_sq_contains).
    if (typeLookup(interp, container.type, '__contains__') === interp.rt.None) interp.typeError(`'${container.type.name}' object is not a container`);
    const r = callDunder(interp, container, '__contains__', [item]);
    if (r) { const t = isTrue(interp, r); interp.rt.heap.decref(r); return t; }
  }
  if (container instanceof PyListObject || container instanceof PyTupleObject) return container.items.some((x) => equals(interp, x, item));
  if (container instanceof PyUnicodeObject) {
    if (!(item instanceof PyUnicodeObject)) interp.typeError(`'in <string>' requires string as left operand, not ${item.type.name}`);
    return container.value.includes(item.value);
  }
  if (container instanceof PyRangeObject && item instanceof PyLongObject) {
    const v = Number(item.value);
    const start = Number(container.start.value);
    const step = Number(container.step.value);
    const n = Number(container.length.value);
    const k = (v - start) / step;
    return Number.isInteger(k) && k >= 0 && k < n;
  }
  const found = containerContains(interp, container, item);
  if (found !== undefined) return found;
  return iterSearch(interp, container, item);
}

/** `iter(seq)` for `_PySequence_IterSearch`: a TypeError reads "argument of type 'X' is not iterable". */
export function searchIter(interp: Interp, seq: PyObject): PyObject {
  try {
    return getIter(interp, seq);
  } catch (e) {
    if (e instanceof PyError && e.exc.type === interp.excType('TypeError')) {
      interp.rt.heap.decref(e.exc);
      interp.typeError(`argument of type '${seq.type.name}' is not iterable`);
    }
    throw e;
  }
}

/** `_PySequence_IterSearch`: `in` by walking the container's iterator (a class with only __iter__, a generator). */
function iterSearch(interp: Interp, container: PyObject, item: PyObject): boolean {
  const heap = interp.rt.heap;
  const it = searchIter(interp, container);
  try {
    for (let v = iterNext(interp, it); v; v = iterNext(interp, it)) {
      let eq: boolean;
      try {
        eq = equals(interp, v, item);
      } finally {
        heap.decref(v);
      }
      if (eq) return true;
    }
    return false;
  } finally {
    heap.decref(it);
  }
}

/** `float.__str__` shortcut for the formatter. */
export function floatText(o: PyFloatObject): string {
  return floatRepr(o.value);
}

/** `list.append(x)` with the reference the list keeps. */
export function appendBorrowed(interp: Interp, l: PyListObject, x: PyObject): void {
  interp.rt.heap.incref(x);
  listAppend(interp.rt, l, x);
}

/** `PyObject_DelItem` (DELETE_SUBSCR) for lists. */
export function delItem(interp: Interp, o: PyObject, key: PyObject, user = true): void {
  if (user && isUserObject(o)) { const r = callDunder(interp, o, '__delitem__', [key]); if (r) { interp.rt.heap.decref(r); return; } }
  if (o instanceof PyDictObject) return dictDelete(interp, o, key);
  if (o instanceof PyListObject) {
    if (key instanceof PySliceObject) {
      setListSlice(interp, o, key, []);
      return;
    }
    const i = normalizeIndex(interp, key, o.items.length, 'list assignment');
    // list_ass_slice(i, i+1, NULL): the item leaves, then the array may shrink.
    const [old] = o.items.splice(i, 1);
    o.items.push(old);
    listResizeTo(interp, o, o.items.length - 1);
    o.items.pop();
    interp.rt.heap.decref(old);
    return;
  }
  if (o instanceof PyNativeObject && o.assign) return o.assign(interp, key, null);
  if (dequeDelItem(interp, o, key) || bytesDelItem(interp, o, key)) return;
  // PyObject_DelItem: "doesn't" when the type has a mapping or sequence slot table (every class
  // has both), "does not" when it has neither (int, None, generators).
  interp.typeError(`'${o.type.name}' object ${hasContainerSlots(interp, o.type) ? "doesn't" : 'does not'} support item deletion`);
}

function hasContainerSlots(interp: Interp, t: PyTypeObject): boolean {
  if (t instanceof PyHeapTypeObject) return true;
  for (let c: PyTypeObject | null = t; c; c = c.base) {
    if (['__len__', '__getitem__', '__contains__'].some((n) => ownSlotKind(interp.rt, c as PyTypeObject, n) !== undefined)) return true;
  }
  return false;
}

function listResizeTo(interp: Interp, l: PyListObject, n: number): void {
  if (interp.rt.profile.listDelItemShrinks) listResize(interp.rt, l, n);
}

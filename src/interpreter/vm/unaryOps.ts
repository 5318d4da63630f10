/**
 * Unary minus, inversion and CALL_INTRINSIC_1 (Python/bytecodes.c, 3.12): UNARY_NEGATIVE, UNARY_INVERT, then the
 * intrinsics the compiler emits, INTRINSIC_PRINT (1, sys.displayhook), INTRINSIC_UNARY_POSITIVE (5), INTRINSIC_IMPORT_STAR (2) and
 * INTRINSIC_LIST_TO_TUPLE (6). Operands are released after the result is computed, as everywhere
 * in the loop.
 */
import type { PyListObject } from '../../engine/objects/listObject';
import { newInt, PyLongObject } from '../../engine/objects/longObject';
import { intUnary } from '../objects/intPlanReplay';
import type { PyObject } from '../../engine/objects/object';
import { newComplex, PyComplexObject } from '../../engine/objects/complexObject';
import { newTuple } from '../../engine/objects/tupleObject';
import { binaryOp } from '../objects/numberProtocol';
import { callDunder } from '../objects/typeSlots';
import type { Interp } from '../runtime/interp';
import { UnsupportedError } from '../runtime/pyError';
import type { Frame } from './frame';
import { asyncGenWrap } from './asyncGenerators';
import { importStar } from './importOps';
import { typeParamIntrinsic1 } from '../objects/typeParams';
import { printExpr } from '../modules/displayHook';
import { Op as O } from './opcodeNumbers';
import { warnFromNative } from '../modules/nativeWarn';
import { tpName } from '../objects/typeModules';

/** Runs UNARY_NEGATIVE, UNARY_INVERT or CALL_INTRINSIC_1 on `frame`. */
export function unaryOp(interp: Interp, frame: Frame, op: number, arg: number): void {
  if (op === O.UNARY_NEGATIVE) negative(interp, frame.stack);
  else if (op === O.UNARY_INVERT) invert(interp, frame.stack);
  else intrinsic1(interp, frame, arg);
}

/** `~v` (PyNumber_Invert): the type's `__invert__` (Flag members…), else an int's `-v - 1`. */
function invert(interp: Interp, stack: (PyObject | null)[]): void {
  const rt = interp.rt;
  const v = stack.pop() as PyObject;
  try {
    const own = callDunder(interp, v, '__invert__');
    if (own) stack.push(own);
    else if (v instanceof PyLongObject && v.type === rt.types.int) stack.push(intUnary(interp, v, '~'));
    else if (v === rt.True || v === rt.False) stack.push(boolInvert(interp, v as PyLongObject));
    else interp.typeError(`bad operand type for unary ~: '${tpName(v.type)}'`);
  } finally {
    rt.heap.decref(v);
  }
}

/** bool_invert: 3.12+ warns, then inverts the underlying int (`~True` is -2). */
function boolInvert(interp: Interp, v: PyLongObject): PyObject {
  const version = interp.rt.profile.version;
  if (version !== '3.11') {
    const removal = version === '3.12' ? '' : ' and will be removed in Python 3.16';
    warnFromNative(interp, 'DeprecationWarning', `Bitwise inversion '~' on bool is deprecated${removal}. This returns the bitwise inversion of the underlying int object and is usually not what you expect from negating a bool. Use the 'not' operator for boolean negation or ~int(x) if you really want the bitwise inversion of the underlying int.`);
  }
  return newInt(interp.rt, -Number(v.value) - 1);
}

/** `-v`: `__neg__`, or else `0 - v` through the number protocol (its TypeError names the operand). */
function negative(interp: Interp, stack: (PyObject | null)[]): void {
  const heap = interp.rt.heap;
  const v = stack.pop() as PyObject;
  if (v instanceof PyLongObject && v.type === interp.rt.types.int) {
    stack.push(intUnary(interp, v, '-'));
    heap.decref(v);
    return;
  }
  const own = callDunder(interp, v, '__neg__');
  if (own) {
    heap.decref(v);
    stack.push(own);
    return;
  }
  if (v instanceof PyComplexObject) { // complex_neg: both parts flip, -(0j) is (-0-0j)
    stack.push(newComplex(interp.rt, -v.real, -v.imag));
    heap.decref(v);
    return;
  }
  if (!isNumberSubtype(interp, v)) { // no nb_negative: CPython's own message, not the `0 - v` one
    heap.decref(v);
    interp.typeError(`bad operand type for unary -: '${tpName(v.type)}'`);
  }
  const zero = newInt(interp.rt, 0);
  try {
    stack.push(binaryOp(interp, 10, zero, v));
  } finally {
    heap.decref(zero);
    heap.decref(v);
  }
}

function intrinsic1(interp: Interp, frame: Frame, arg: number): void {
  const rt = interp.rt;
  const heap = rt.heap;
  const stack = frame.stack;
  if (arg === 5) { // UNARY_POSITIVE
    const v = stack[stack.length - 1] as PyObject;
    const own = callDunder(interp, v, '__pos__');
    if (own) {
      heap.decref(v);
      stack[stack.length - 1] = own;
      return;
    }
    if (!isNumber(v)) interp.typeError(`bad operand type for unary +: '${tpName(v.type)}'`);
    return;
  }
  if (arg === 2) { // IMPORT_STAR
    const module = stack.pop() as PyObject;
    try {
      importStar(interp, module, frame.locals ?? frame.globals);
    } finally {
      heap.decref(module);
    }
    stack.push(interp.none());
    return;
  }
  if (arg === 1) { // PRINT: an expression statement compiled in 'single' mode
    const v = stack.pop() as PyObject;
    try {
      printExpr(interp, v);
    } finally {
      heap.decref(v);
    }
    stack.push(interp.none());
    return;
  }
  if (arg === 6) { // LIST_TO_TUPLE
    const l = stack.pop() as PyListObject;
    const items = [...l.items];
    for (const x of items) heap.incref(x);
    heap.decref(l);
    stack.push(newTuple(rt, items));
    return;
  }
  if (arg === 4) { // ASYNC_GEN_WRAP: a value an async generator yields to its consumer
    stack.push(asyncGenWrap(interp, stack.pop() as PyObject));
    return;
  }
  if (arg >= 7 && arg <= 11) { // TYPEVAR, PARAMSPEC, TYPEVARTUPLE, SUBSCRIPT_GENERIC, TYPEALIAS
    const v = stack[stack.length - 1] as PyObject;
    const out = typeParamIntrinsic1(interp, arg, v) as PyObject;
    stack.pop();
    heap.decref(v);
    stack.push(out);
    return;
  }
  throw new UnsupportedError(`intrinsic ${arg}`, frame.line);
}

/** Whether `v`'s type is int, float or complex or derives from one (it has nb_negative). */
function isNumberSubtype(interp: Interp, v: PyObject): boolean {
  const t = interp.rt.types;
  return v.type.isSubtypeOf(t.int) || v.type.isSubtypeOf(t.float) || v.type.isSubtypeOf(t.complex);
}

function isNumber(v: PyObject): boolean {
  return v.type.name === 'int' || v.type.name === 'float' || v.type.name === 'bool' || v.type.name === 'complex';
}

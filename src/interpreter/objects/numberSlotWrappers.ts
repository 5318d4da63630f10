/**
 * The slot wrappers of int, bool and float that are not binary operators through `nb_*`
 * numbers: the unary ones (`long_neg`, `long_abs`, `long_long`, `float_neg`, `float_abs`,
 * `float_float`, `float___trunc___impl`…) and `__divmod__`/`__rdivmod__` (`long_divmod`,
 * `float_divmod`), in Objects/longobject.c and floatobject.c, as `(5).__neg__()` calls them.
 *
 * Allocation as CPython's: `__pos__`, `__int__`, `__index__` and (for a non-negative int)
 * `__abs__` of an exact int hand back the int itself, a bool or int subclass a plain int copy;
 * `__pos__` and `__float__` of an exact float are the float itself, `__abs__` and `__neg__` always
 * a new float.
 */
import { replayIntPlan } from './intPlanReplay';
import { planDivision } from './intDivPlan';
import { newFloat, PyFloatObject } from '../../engine/objects/floatObject';
import { newInt, PyLongObject } from '../../engine/objects/longObject';
import type { PyObject } from '../../engine/objects/object';
import { newTuple } from '../../engine/objects/tupleObject';
import type { PyTypeObject } from '../../engine/objects/typeObject';
import type { Interp } from '../runtime/interp';
import type { NativeImpl } from '../vm/callables';
import { builtinBinaryOp } from './numberProtocol';
import { exactFloat, exactInt } from './numberMethods';

function noArgs(interp: Interp, args: PyObject[]): void {
  if (args.length !== 1) interp.typeError(`expected 0 arguments, got ${args.length - 1}`);
}

const neg = (v: bigint | number): bigint | number => (typeof v === 'bigint' ? -v : -v);

function intUnary(name: string): ((interp: Interp, v: PyLongObject) => PyObject) | null {
  switch (name) {
    case '__neg__': return (i, v) => newInt(i.rt, neg(v.value));
    case '__pos__': case '__int__': case '__index__': return exactInt;
    case '__abs__': return (i, v) => (v.value < 0 ? newInt(i.rt, neg(v.value)) : exactInt(i, v));
    case '__invert__': return (i, v) => newInt(i.rt, typeof v.value === 'bigint' ? -v.value - 1n : -v.value - 1);
    case '__float__': return (i, v) => {
      const f = Number(v.value);
      if (!Number.isFinite(f)) i.raise('OverflowError', 'int too large to convert to float');
      return newFloat(i.rt, f);
    };
    default: return null;
  }
}

function floatUnary(name: string): ((interp: Interp, v: PyFloatObject) => PyObject) | null {
  switch (name) {
    case '__neg__': return (i, v) => newFloat(i.rt, -v.value);
    case '__abs__': return (i, v) => newFloat(i.rt, Math.abs(v.value));
    case '__pos__': case '__float__': return exactFloat;
    case '__int__': return (i, v) => {
      if (Number.isNaN(v.value)) i.raise('ValueError', 'cannot convert float NaN to integer');
      if (!Number.isFinite(v.value)) i.raise('OverflowError', 'cannot convert float infinity to integer');
      const t = Math.trunc(v.value);
      return newInt(i.rt, Number.isSafeInteger(t) ? t : BigInt(t));
    };
    default: return null;
  }
}

function notImplemented(interp: Interp): PyObject {
  const n = interp.builtins.get('NotImplemented') as PyObject;
  interp.rt.heap.incref(n);
  return n;
}

/** `long_divmod` of two ints: floor quotient and modulo as a pair. */
export function intDivmod(interp: Interp, a: PyObject, b: PyObject): PyObject {
  if (a instanceof PyLongObject && b instanceof PyLongObject && typeof a.value === 'number' && typeof b.value === 'number'
    && Math.abs(a.value) < 2 ** 30 && Math.abs(b.value) < 2 ** 30) return intDivmodParts(interp, a, b);
  if (a instanceof PyLongObject && b instanceof PyLongObject) {
    if (b.value === 0 || b.value === 0n) interp.raise('ZeroDivisionError', 'integer division or modulo by zero');
    // long_divmod: one l_divmod makes both parts, then the tuple.
    return newTuple(interp.rt, replayIntPlan(interp.rt, planDivision(a.value, b.value, 'divmod'), [a, b]));
  }
  return intDivmodParts(interp, a, b);
}

/** `divmod` as the quotient, then the remainder (the compact fast paths of `l_divmod`). */
function intDivmodParts(interp: Interp, a: PyObject, b: PyObject): PyObject {
  const q = builtinBinaryOp(interp, 2, a, b);
  let r: PyObject;
  try {
    r = builtinBinaryOp(interp, 6, a, b);
  } catch (e) {
    interp.rt.heap.decref(q);
    throw e;
  }
  return newTuple(interp.rt, [q, r]);
}

/** `float_divmod` (Objects/floatobject.c): both parts computed from fmod, then the pair of new floats. */
export function floatDivmod(interp: Interp, x: number, y: number): PyObject {
  if (y === 0) interp.raise('ZeroDivisionError', 'float divmod()');
  let mod = x % y;
  let div = (x - mod) / y;
  if (mod) {
    if ((y < 0) !== (mod < 0)) {
      mod += y;
      div -= 1;
    }
  } else mod = y < 0 ? -0 : 0;
  let floordiv = 0;
  if (div) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1;
  } else floordiv = x / y < 0 ? -0 : 0;
  return newTuple(interp.rt, [newFloat(interp.rt, floordiv), newFloat(interp.rt, mod)]);
}

/**
 * The wrapper for `name` of int, bool or float, or null (bool's own `__invert__`, which 3.12
 * made warn, and the names handled elsewhere).
 */
export function numberSlotImpl(owner: PyTypeObject, name: string): NativeImpl | null {
  const isInt = owner.name === 'int' || owner.name === 'bool';
  if (!isInt && owner.name !== 'float') return null;
  if (name === '__divmod__' || name === '__rdivmod__') {
    return (i, a) => {
      if (a.length !== 2) i.typeError(`expected 1 argument, got ${a.length - 1}`);
      const [x, y] = name === '__divmod__' ? [a[0], a[1]] : [a[1], a[0]];
      if (isInt) return a[1] instanceof PyLongObject ? intDivmod(i, x, y) : notImplemented(i);
      if (!(a[1] instanceof PyLongObject) && !(a[1] instanceof PyFloatObject)) return notImplemented(i);
      const num = (o: PyObject) => (o instanceof PyFloatObject ? o.value : Number((o as PyLongObject).value));
      return floatDivmod(i, num(x), num(y));
    };
  }
  if (owner.name === 'bool' && name === '__invert__') return null;
  if (isInt) {
    const f = intUnary(name);
    return f && ((i, a) => { noArgs(i, a); return f(i, a[0] as PyLongObject); });
  }
  const f = floatUnary(name);
  return f && ((i, a) => { noArgs(i, a); return f(i, a[0] as PyFloatObject); });
}

/**
 * `decimal`'s objects and what they hold: the module's types per runtime, the value behind each
 * Decimal, the state behind each Context, the `flags`/`traps` views and localcontext() managers,
 * and the current context; with the argument helpers every part of the module uses.
 */
import { newInstance } from '../../engine/objects/instanceObject';
import { PyLongObject, newInt, normalizeInt } from '../../engine/objects/longObject';
import type { PyObject } from '../../engine/objects/object';
import type { PyHeapTypeObject } from '../../engine/objects/typeHeap';
import { newStr, PyUnicodeObject } from '../../engine/objects/unicodeObject';
import type { Interp } from '../runtime/interp';
import type { structSeqType } from '../objects/structSeq';
import * as N from './decimalNumber';
import { type Dec, type Rounding, ROUNDINGS } from './decimalNumber';
import { addStatus, type CtxState, defaultState, opCtx } from './decimalContext';

/** The module's classes, made once per runtime on import. */
export interface DecTypes { decimal: PyHeapTypeObject; context: PyHeapTypeObject; signalDict: PyHeapTypeObject; manager: PyHeapTypeObject; tuple: ReturnType<typeof structSeqType> }

/** The module's classes by runtime. */
export const typesByRuntime = new WeakMap<object, DecTypes>();
/** The value of each Decimal (set once when made). */
export const values = new WeakMap<PyObject, Dec>();
/** The state of each Context. */
export const contexts = new WeakMap<PyObject, CtxState>();
/** Each `flags`/`traps` view: the context state it shows and which of its bit sets. */
export const signalDicts = new WeakMap<PyObject, { ctx: CtxState; which: 'flags' | 'traps' }>();
/** Each localcontext() manager: its context and, while entered, the context it replaced. */
export const managers = new WeakMap<PyObject, { ctx: PyObject; saved: PyObject | null }>();
/** The current context of each runtime (`getcontext()`). */
const current = new WeakMap<object, PyObject>();

/** The module's types of this runtime (set on import). */
export function types(interp: Interp): DecTypes {
  const t = typesByRuntime.get(interp.rt);
  if (!t) throw new Error('decimal not imported');
  return t;
}

/** The words of a coefficient (`MPD_RDIGITS` = 19 digits each). */
export function coefficientWords(d: Dec): number {
  return Math.ceil(N.digits(d.coeff) / 19);
}

/** A new Decimal holding `d`. */
export function newDecimal(interp: Interp, d: Dec): PyObject {
  const o = newInstance(interp.rt, types(interp).decimal);
  values.set(o, d);
  return o;
}

/** The value of a Decimal (`self` of a method); TypeError for anything else. */
export function decOf(interp: Interp, o: PyObject): Dec {
  const d = values.get(o);
  if (!d) return interp.typeError(`descriptor requires a 'decimal.Decimal' object but received a '${o.type.name}'`);
  return d;
}

/** The current context object (borrowed), created from DefaultContext on first use. */
export function currentContext(interp: Interp): PyObject {
  let c = current.get(interp.rt);
  if (!c) {
    c = newContext(interp, defaultState());
    current.set(interp.rt, c);
  }
  return c;
}

/** The state of a Context; TypeError for anything else. */
export function stateOf(interp: Interp, o: PyObject): CtxState {
  const s = contexts.get(o);
  if (!s) return interp.typeError(`argument must be a context`);
  return s;
}

/** A new Context holding `s`. */
export function newContext(interp: Interp, s: CtxState): PyObject {
  const o = newInstance(interp.rt, types(interp).context);
  contexts.set(o, s);
  return o;
}

/** A Decimal or an int as a value; null for anything else. */
export function operand(o: PyObject): Dec | null {
  const d = values.get(o);
  if (d) return d;
  if (o instanceof PyLongObject) {
    const v = BigInt(o.value);
    return N.fin(v < 0n ? 1 : 0, v < 0n ? -v : v, 0);
  }
  return null;
}

/** An argument left out or None. */
export function none(interp: Interp, o: PyObject | undefined): boolean {
  return o === undefined || o === interp.rt.None;
}

/** The context argument of a method (or the current one). */
export function ctxArg(interp: Interp, o: PyObject | undefined): CtxState {
  return stateOf(interp, none(interp, o) ? currentContext(interp) : (o as PyObject));
}

/** Runs `f` with an operation context, then records its conditions; returns a new Decimal. */
export function compute(interp: Interp, s: CtxState, f: (c: N.Ctx) => Dec): PyObject {
  const c = opCtx(s);
  const r = f(c);
  addStatus(interp, s, c);
  return newDecimal(interp, r);
}

/** A new str. */
export function str(interp: Interp, s: string): PyObject {
  return newStr(interp.rt, s);
}

/** A new int from a number or a bigint. */
export function int(interp: Interp, v: bigint | number): PyObject {
  return newInt(interp.rt, typeof v === 'number' ? v : normalizeInt(v));
}

/** A rounding argument (the context's when None), with CPython's TypeError for another value. */
export function roundingArg(interp: Interp, o: PyObject | undefined, s: CtxState): Rounding {
  if (none(interp, o)) return s.rounding;
  if (o instanceof PyUnicodeObject && (ROUNDINGS as readonly string[]).includes(o.value)) return o.value as Rounding;
  return interp.typeError('valid values for rounding are:\n  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n   ROUND_05UP]');
}

/** The value of a Decimal-or-int argument of a method (TypeError otherwise, as `convert_op_raise`). */
export function decArg(interp: Interp, o: PyObject | undefined): Dec {
  const d = o === undefined ? null : operand(o);
  if (!d) return interp.typeError(`conversion from ${o?.type.name ?? 'NoneType'} to Decimal is not supported`);
  return d;
}

/** `setcontext(ctx)` (ctx borrowed). */
export function setCurrent(interp: Interp, ctx: PyObject): void {
  const old = current.get(interp.rt);
  interp.rt.heap.incref(ctx);
  current.set(interp.rt, ctx);
  if (old) interp.rt.heap.decref(old);
}

/**
 * `decimal`'s contexts and signals (CPython's `_decimal`): a `Context` holds the precision, the
 * rounding, the exponent limits and two sets of libmpdec status bits, `flags` and `traps`, which
 * Python sees through `SignalDict` views (`ctx.traps[Inexact] = True`). After each operation its
 * conditions are ORed into the flags; those the traps select raise the first trapped signal's
 * class with the list of trapped conditions as its one argument
 * (`decimal.DivisionByZero: [<class 'decimal.DivisionByZero'>]`), as `dec_addstatus` does.
 *
 * A Context is a 96-byte untracked object on 3.11/3.12 and a tracked GC object on 3.13 (112 with
 * the head); measured with test/oracle/decimalProbe.py.
 */
import type { PyBaseExceptionObject } from '../../engine/objects/exceptionObject';
import type { PyObject } from '../../engine/objects/object';
import type { PyHeapTypeObject } from '../../engine/objects/typeHeap';
import { newList } from '../../engine/objects/listObject';
import type { Interp } from '../runtime/interp';
import { PyError } from '../runtime/pyError';
import { callAny } from '../vm/callDispatch';
import { type Ctx, IEEE_INVALID, MPD, type Rounding } from './decimalNumber';

/** A context's state. */
export interface CtxState { prec: number; rounding: Rounding; emin: number; emax: number; capitals: number; clamp: number; flags: number; traps: number }

/** The signals in `signal_map` order, with their status bits. */
export const SIGNALS: [string, number][] = [
  ['InvalidOperation', IEEE_INVALID], ['FloatOperation', MPD.FloatOperation], ['DivisionByZero', MPD.DivisionByZero],
  ['Overflow', MPD.Overflow], ['Underflow', MPD.Underflow], ['Subnormal', MPD.Subnormal], ['Inexact', MPD.Inexact],
  ['Rounded', MPD.Rounded], ['Clamped', MPD.Clamped],
];

/** `cond_map`: the conditions listed before the other signals in a raised signal's argument. */
const CONDITIONS: [string, number][] = [
  ['InvalidOperation', MPD.InvalidOperation], ['ConversionSyntax', MPD.ConversionSyntax], ['DivisionImpossible', MPD.DivisionImpossible],
  ['DivisionUndefined', MPD.DivisionUndefined], ['InvalidContext', MPD.InvalidContext],
];

/** The names libmpdec's `mpd_lsnprint_signals` prints for each status bit, in bit order. */
const BIT_NAMES: [number, string][] = [
  [MPD.Clamped, 'Clamped'], [MPD.ConversionSyntax, 'InvalidOperation'], [MPD.DivisionByZero, 'DivisionByZero'],
  [MPD.DivisionImpossible, 'InvalidOperation'], [MPD.DivisionUndefined, 'InvalidOperation'], [MPD.FpuError, 'FPUError'],
  [MPD.Inexact, 'Inexact'], [MPD.InvalidContext, 'InvalidOperation'], [MPD.InvalidOperation, 'InvalidOperation'],
  [MPD.MallocError, 'InvalidOperation'], [MPD.FloatOperation, 'FloatOperation'], [MPD.Overflow, 'Overflow'],
  [MPD.Rounded, 'Rounded'], [MPD.Subnormal, 'Subnormal'], [MPD.Underflow, 'Underflow'],
];

/** `[InvalidOperation, DivisionByZero]` as a Context repr prints a bit set (InvalidOperation once). */
export function signalNames(bits: number): string {
  const names: string[] = [];
  for (const [bit, name] of BIT_NAMES) if ((bits & bit) && !names.includes(name)) names.push(name);
  return `[${names.join(', ')}]`;
}

/** The module's exception classes by name, per runtime. */
export const signalClasses = new WeakMap<object, Map<string, PyHeapTypeObject>>();

/** The class of signal or condition `name`. */
export function signalClass(interp: Interp, name: string): PyHeapTypeObject {
  const t = signalClasses.get(interp.rt)?.get(name);
  if (!t) throw new Error(`decimal signal ${name} not created`);
  return t;
}

/** The status bits signal class `o` stands for, or null when it is not a signal. */
export function signalBits(interp: Interp, o: PyObject): number | null {
  for (const [name, bits] of SIGNALS) if (signalClasses.get(interp.rt)?.get(name) === o) return bits;
  return null;
}

/** A fresh arithmetic context for one operation. */
export function opCtx(s: CtxState): Ctx {
  return { prec: s.prec, rounding: s.rounding, emin: s.emin, emax: s.emax, clamp: s.clamp, status: 0 };
}

/** `dec_addstatus`: records the operation's conditions and raises the first trapped signal. */
export function addStatus(interp: Interp, s: CtxState, ctx: Ctx): void {
  const status = ctx.status;
  if (status === 0) return;
  s.flags |= status;
  const trapped = status & s.traps;
  if (trapped === 0) return;
  const first = SIGNALS.find(([, bits]) => (trapped & bits) !== 0) as [string, number];
  const listed: PyObject[] = [];
  for (const [name, bits] of [...CONDITIONS, ...SIGNALS.slice(1)]) {
    if (trapped & bits) {
      const t = signalClass(interp, name);
      interp.rt.heap.incref(t);
      listed.push(t);
    }
  }
  const list = newList(interp.rt, listed);
  try {
    throw new PyError(callAny(interp, signalClass(interp, first[0]), [list]) as PyBaseExceptionObject);
  } finally {
    interp.rt.heap.decref(list);
  }
}

/** The classes of `decimal`'s signals: name and base names (`ArithmeticError`… are built-ins). */
export const SIGNAL_BASES: [string, string[]][] = [
  ['DecimalException', ['ArithmeticError']],
  ['Clamped', ['DecimalException']],
  ['InvalidOperation', ['DecimalException']],
  ['ConversionSyntax', ['InvalidOperation']],
  ['DivisionByZero', ['DecimalException', 'ZeroDivisionError']],
  ['DivisionImpossible', ['InvalidOperation']],
  ['DivisionUndefined', ['InvalidOperation', 'ZeroDivisionError']],
  ['Inexact', ['DecimalException']],
  ['InvalidContext', ['InvalidOperation']],
  ['Rounded', ['DecimalException']],
  ['Subnormal', ['DecimalException']],
  ['Overflow', ['Inexact', 'Rounded']],
  ['Underflow', ['Inexact', 'Rounded', 'Subnormal']],
  ['FloatOperation', ['DecimalException', 'TypeError']],
];

/** `DefaultContext`'s values. */
export function defaultState(): CtxState {
  return {
    prec: 28, rounding: 'ROUND_HALF_EVEN', emin: -999999, emax: 999999, capitals: 1, clamp: 0, flags: 0,
    traps: IEEE_INVALID | MPD.DivisionByZero | MPD.Overflow,
  };
}

/** `Context.__repr__`. */
export function contextRepr(s: CtxState): string {
  return `Context(prec=${s.prec}, rounding=${s.rounding}, Emin=${s.emin}, Emax=${s.emax}, capitals=${s.capitals}, clamp=${s.clamp}, `
    + `flags=${signalNames(s.flags)}, traps=${signalNames(s.traps)})`;
}

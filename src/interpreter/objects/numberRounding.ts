/**
 * The rounding methods of `int` and `float`: `__round__`, `__trunc__`, `__floor__`, `__ceil__`
 * (Objects/longobject.c `int___round___impl`, `long_long`; Objects/floatobject.c
 * `float___round___impl`, `float___trunc___impl`, `float___floor___impl`, `float___ceil___impl`).
 * `round()`, `math.floor` and friends reach the same code for exact ints and floats without a
 * method lookup, so a built-in number never recurses through its own descriptor.
 */
import type { PyFloatObject } from '../../engine/objects/floatObject';
import { newFloat } from '../../engine/objects/floatObject';
import type { PyLongObject } from '../../engine/objects/longObject';
import { newInt, normalizeInt, type IntValue } from '../../engine/objects/longObject';
import type { PyObject } from '../../engine/objects/object';
import { noKeywords } from '../builtins/args';
import { roundDigits } from '../builtins/libm/roundDigits';
import { asIndex } from '../modules/moduleArgs';
import type { Interp } from '../runtime/interp';
import type { NativeImpl } from '../vm/callables';
import { exactInt } from './numberMethods';

/**
 * `int.__round__(ndigits)` (long_round): a negative ndigits rounds half to even at 10**-ndigits;
 * any other ndigits returns the int itself (as an exact int: a bool comes back as 0 or 1).
 */
export function roundInt(interp: Interp, v: PyLongObject, nd: IntValue | null): PyObject {
  if (nd === null || nd >= 0) return exactInt(interp, v);
  const n = BigInt(v.value);
  // Past the int's own digits everything rounds to 0 (and 10**-ndigits is never built).
  if (BigInt((n < 0n ? -n : n).toString().length) < -BigInt(nd)) return newInt(interp.rt, 0);
  const p = 10n ** BigInt(-nd);
  const q = n / p;
  const r = n - q * p;
  const twice = 2n * (r < 0n ? -r : r);
  let out = q;
  if (twice > p || (twice === p && q % 2n !== 0n)) out += r < 0n ? -1n : 1n;
  return newInt(interp.rt, out * p);
}

/** A double's integral value as an int; NaN and the infinities raise as `float.__int__` does. */
export function floatToInt(interp: Interp, x: number): PyObject {
  if (Number.isNaN(x)) interp.raise('ValueError', 'cannot convert float NaN to integer');
  if (!Number.isFinite(x)) interp.raise('OverflowError', 'cannot convert float infinity to integer');
  return newInt(interp.rt, normalizeInt(Number.isSafeInteger(x) ? x : BigInt(x)));
}

/** `float.__round__(ndigits)`: half to even to an int (ndigits null), else a float at ndigits. */
export function roundFloat(interp: Interp, x: number, nd: IntValue | null): PyObject {
  if (nd === null) {
    let r = Math.round(x);
    if (Math.abs(x % 1) === 0.5) r = 2 * Math.round(x / 2);
    return floatToInt(interp, Number.isFinite(x) ? r : x);
  }
  // float_round_impl: beyond ±(digits a double can hold) the answer is x itself or a signed zero.
  const n = Number(nd);
  if (n > 323) return newFloat(interp.rt, x);
  if (n < -308) return newFloat(interp.rt, 0 * x);
  const r = roundDigits(x, n);
  if (!Number.isFinite(r) && Number.isFinite(x)) interp.raise('OverflowError', 'rounded value too large to represent');
  return newFloat(interp.rt, r);
}

/** `__round__`'s optional ndigits, checked as Argument Clinic does (`at most 1 argument`). */
function ndigitsArg(interp: Interp, type: string, args: PyObject[], kwnames: string[] | null, noneIsAbsent: boolean): IntValue | null {
  noKeywords(interp, `${type}.__round__`, kwnames);
  if (args.length > 2) interp.typeError(`__round__ expected at most 1 argument, got ${args.length - 1}`);
  if (args.length < 2 || (noneIsAbsent && args[1] === interp.rt.None)) return null;
  return asIndex(interp, args[1]);
}

/** A METH_NOARGS method: `type.name() takes no arguments (n given)` past self. */
function noArgs(type: string, name: string, f: (interp: Interp, self: PyObject) => PyObject): NativeImpl {
  return (interp, args, kwnames) => {
    noKeywords(interp, `${type}.${name}`, kwnames);
    if (args.length > 1) interp.typeError(`${type}.${name}() takes no arguments (${args.length - 1} given)`);
    return f(interp, args[0]);
  };
}

/** Installs the four rounding methods on `int` (bool inherits them) and `float`. */
export function installRoundingMethods(interp: Interp): void {
  const { int, float } = interp.rt.types;
  // int.__round__ takes ndigits through __index__ only: None is a TypeError (round() never passes it).
  interp.methods.define(int, '__round__', (i, args, kw) => roundInt(i, args[0] as PyLongObject, ndigitsArg(i, 'int', args, kw, false)));
  for (const name of ['__trunc__', '__floor__', '__ceil__']) {
    interp.methods.define(int, name, noArgs('int', name, (i, self) => exactInt(i, self as PyLongObject)));
  }
  const value = (self: PyObject) => (self as PyFloatObject).value;
  interp.methods.define(float, '__round__', (i, args, kw) => roundFloat(i, value(args[0]), ndigitsArg(i, 'float', args, kw, true)));
  interp.methods.define(float, '__trunc__', noArgs('float', '__trunc__', (i, self) => floatToInt(i, Math.trunc(value(self)))));
  interp.methods.define(float, '__floor__', noArgs('float', '__floor__', (i, self) => floatToInt(i, Math.floor(value(self)))));
  interp.methods.define(float, '__ceil__', noArgs('float', '__ceil__', (i, self) => floatToInt(i, Math.ceil(value(self)))));
}

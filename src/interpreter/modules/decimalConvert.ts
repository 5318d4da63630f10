/**
 * Conversions into and out of Decimal: the constructor (from an int, float, str or digit tuple,
 * with CPython's errors and the FloatOperation/ConversionSyntax conditions), `int()`, `hash()` and
 * `as_tuple()`.
 */
import { PyFloatObject } from '../../engine/objects/floatObject';
import { PyLongObject } from '../../engine/objects/longObject';
import type { PyObject } from '../../engine/objects/object';
import { newTuple, PyTupleObject } from '../../engine/objects/tupleObject';
import { PyUnicodeObject } from '../../engine/objects/unicodeObject';
import type { Interp } from '../runtime/interp';
import type { NativeImpl } from '../vm/callables';
import { newStructSeq } from '../objects/structSeq';
import { rationalHash } from './rational';
import { bindArgs } from './pyArgs';
import * as N from './decimalNumber';
import type { Dec, Rounding } from './decimalNumber';
import { addStatus, type CtxState, opCtx } from './decimalContext';
import { ctxArg, int, operand, str, types, values } from './decimalObjects';

/** `Decimal(value="0", context=None)`, as `__init__` of the fresh instance. */
export const decimalInit: NativeImpl = (interp, args, kwnames) => {
  const [value, context] = bindArgs(interp, { qualname: 'Decimal', params: ['value', 'context'], required: 0 }, args.slice(1), kwnames);
  const s = ctxArg(interp, context);
  values.set(args[0], fromValue(interp, s, value));
  return interp.none();
};

/** The value `Decimal(value)` makes (a float or a syntax error records its condition in `s`). */
export function fromValue(interp: Interp, s: CtxState, value: PyObject | undefined): Dec {
  if (value === undefined) return N.fin(0, 0n, 0);
  const d = operand(value);
  if (d) return d;
  if (value instanceof PyFloatObject) {
    addStatus(interp, s, { ...opCtx(s), status: N.MPD.FloatOperation });
    return N.fromFloat(value.value);
  }
  if (value instanceof PyUnicodeObject) {
    const text = value.value.trim().replace(/(?<=\d)_(?=\d)/g, '');
    const parsed = N.parseDecimal(text);
    if (parsed) return parsed;
    const c = opCtx(s);
    c.status |= N.MPD.ConversionSyntax;
    addStatus(interp, s, c);
    return { sign: 0, coeff: 0n, exp: 0, special: 'nan' };
  }
  if (value instanceof PyTupleObject || value.type === interp.rt.types.list) return fromTuple(interp, value);
  return interp.typeError(`conversion from ${value.type.name} to Decimal is not supported`);
}

/** `Decimal((sign, digits, exponent))`. */
function fromTuple(interp: Interp, value: PyObject): Dec {
  const items = (value as unknown as { items: PyObject[] }).items;
  if (items.length !== 3) return interp.raise('ValueError', 'argument must be a sequence of length 3');
  const [sg, ds, ex] = items;
  if (!(sg instanceof PyLongObject) || (sg.value !== 0 && sg.value !== 1)) return interp.raise('ValueError', 'sign must be an integer with the value 0 or 1');
  const sign = Number(sg.value) as 0 | 1;
  const digitItems = (ds as unknown as { items?: PyObject[] }).items;
  if (!digitItems) return interp.raise('ValueError', 'coefficient must be a tuple of digits');
  let text = '';
  for (const x of digitItems) {
    if (!(x instanceof PyLongObject) || x.value < 0 || x.value > 9) return interp.raise('ValueError', 'coefficient must be a tuple of digits');
    text += String(x.value);
  }
  if (ex instanceof PyUnicodeObject) {
    const special = ex.value === 'F' ? 'inf' : ex.value === 'n' ? 'nan' : ex.value === 'N' ? 'snan' : null;
    if (!special) return interp.raise('ValueError', "string argument in the third position must be 'F', 'n' or 'N'");
    return { sign, coeff: special === 'inf' ? 0n : BigInt(text || '0'), exp: 0, special };
  }
  if (!(ex instanceof PyLongObject)) return interp.raise('ValueError', 'exponent must be an integer');
  return N.fin(sign, BigInt(text || '0'), Number(ex.value));
}

/** `int(d)`, with CPython's errors for NaN and Infinity. */
export function toInt(interp: Interp, d: Dec, mode: Rounding | null): PyObject {
  if (d.special === 'nan' || d.special === 'snan') return interp.raise('ValueError', 'cannot convert NaN to integer');
  if (d.special === 'inf') return interp.raise('OverflowError', 'cannot convert Infinity to integer');
  return int(interp, mode ? N.roundedInt(d, mode) : N.truncated(d));
}

/** `hash(d)`: the hash of the equal rational (and so of the equal int or float). */
export function hashOf(interp: Interp, d: Dec, o: PyObject): bigint {
  if (d.special === 'snan') return interp.typeError('Cannot hash a signaling NaN value');
  if (d.special === 'nan') return BigInt(o.id);
  if (d.special === 'inf') return d.sign ? -314159n : 314159n;
  return rationalHash(N.ratio(d));
}

/** `d.as_tuple()`: DecimalTuple(sign, digits, exponent). */
export function asTuple(interp: Interp, d: Dec): PyObject {
  const ds = d.special === 'inf' ? [] : d.special === 'F' || d.coeff !== 0n ? [...d.coeff.toString()] : [];
  const digitsTuple = newTuple(interp.rt, (d.special === 'inf' ? ['0'] : ds).map((c) => int(interp, Number(c))));
  const exp = d.special === 'F' ? int(interp, d.exp) : str(interp, d.special === 'inf' ? 'F' : d.special === 'nan' ? 'n' : 'N');
  return newStructSeq(interp, types(interp).tuple, [int(interp, d.sign), digitsTuple, exp]);
}

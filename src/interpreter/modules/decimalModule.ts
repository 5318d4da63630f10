/**
 * `decimal` (CPython's `_decimal` over libmpdec, 3.11–3.13). `Decimal` is a class of the module
 * whose instances map to the values of decimalNumber.ts (immutable, set once when made); its
 * methods are natives that compute with the current context (decimalContext.ts) and record the
 * operation's conditions there, raising what the traps select.
 *
 * Sizes (test/oracle/decimalProbe.py): a Decimal is 104 bytes with up to four 64-bit words of
 * coefficient inline (76 digits), untracked on 3.11/3.12; on 3.13 `_decimal`'s types are heap GC
 * types, so 120 with the head and tracked. A longer coefficient adds its words (19 digits each):
 * 77 digits measure 144.
 *
 * Mixed arithmetic: ints convert exactly; a float is a TypeError for arithmetic and compares
 * exactly (CPython sets the FloatOperation flag). Obscurity: CPython's messages name the type
 * `decimal.Decimal`, its tp_name; the operators raise those themselves for built-in operands.
 */
import { PyFloatObject, newFloat } from '../../engine/objects/floatObject';
import { markNonGC, newInstance } from '../../engine/objects/instanceObject';
import { newInt, normalizeInt, PyLongObject } from '../../engine/objects/longObject';
import type { PyObject } from '../../engine/objects/object';
import { newTuple, PyTupleObject } from '../../engine/objects/tupleObject';
import { PyHeapTypeObject } from '../../engine/objects/typeHeap';
import { newStr, PyUnicodeObject } from '../../engine/objects/unicodeObject';
import { classTypes } from '../../engine/objects/classTypes';
import { newDescr } from '../../engine/objects/descrObject';
import type { Interp } from '../runtime/interp';
import type { PyModuleObject } from '../runtime/moduleObject';
import type { NativeImpl } from '../vm/callables';
import { createClass } from '../objects/typeCreate';
import { customHashKeys } from '../objects/hashKey';
import { newStructSeq, structSeqType } from '../objects/structSeq';
import { rationalHash } from './rational';
import { bindArgs } from './pyArgs';
import * as N from './decimalNumber';
import { type Dec, type Rounding, ROUNDINGS } from './decimalNumber';
import { addStatus, contextRepr, type CtxState, defaultState, opCtx, SIGNAL_BASES, signalBits, signalClasses, SIGNALS } from './decimalContext';
import { formatDecimal } from './decimalFormat';

interface DecTypes { decimal: PyHeapTypeObject; context: PyHeapTypeObject; signalDict: PyHeapTypeObject; manager: PyHeapTypeObject; tuple: ReturnType<typeof structSeqType> }

const typesByRuntime = new WeakMap<object, DecTypes>();
const values = new WeakMap<PyObject, Dec>();
const contexts = new WeakMap<PyObject, CtxState>();
const signalDicts = new WeakMap<PyObject, { ctx: CtxState; which: 'flags' | 'traps' }>();
const managers = new WeakMap<PyObject, { ctx: PyObject; saved: PyObject | null }>();
const current = new WeakMap<object, PyObject>();

function types(interp: Interp): DecTypes {
  const t = typesByRuntime.get(interp.rt);
  if (!t) throw new Error('decimal not imported');
  return t;
}

/** The words of a coefficient (`MPD_RDIGITS` = 19 digits each). */
function coefficientWords(d: Dec): number {
  return Math.ceil(N.digits(d.coeff) / 19);
}

/** A new Decimal holding `d`. */
function newDecimal(interp: Interp, d: Dec): PyObject {
  const o = newInstance(interp.rt, types(interp).decimal);
  values.set(o, d);
  return o;
}

function decOf(interp: Interp, o: PyObject): Dec {
  const d = values.get(o);
  if (!d) return interp.typeError(`descriptor requires a 'decimal.Decimal' object but received a '${o.type.name}'`);
  return d;
}

/** The current context object (borrowed), created from DefaultContext on first use. */
function currentContext(interp: Interp): PyObject {
  let c = current.get(interp.rt);
  if (!c) {
    c = newContext(interp, defaultState());
    current.set(interp.rt, c);
  }
  return c;
}

function stateOf(interp: Interp, o: PyObject): CtxState {
  const s = contexts.get(o);
  if (!s) return interp.typeError(`argument must be a context`);
  return s;
}

function newContext(interp: Interp, s: CtxState): PyObject {
  const o = newInstance(interp.rt, types(interp).context);
  contexts.set(o, s);
  return o;
}

/** A Decimal or an int as a value; null for anything else. */
function operand(o: PyObject): Dec | null {
  const d = values.get(o);
  if (d) return d;
  if (o instanceof PyLongObject) {
    const v = BigInt(o.value);
    return N.fin(v < 0n ? 1 : 0, v < 0n ? -v : v, 0);
  }
  return null;
}

function none(interp: Interp, o: PyObject | undefined): boolean {
  return o === undefined || o === interp.rt.None;
}

/** The context argument of a method (or the current one). */
function ctxArg(interp: Interp, o: PyObject | undefined): CtxState {
  return stateOf(interp, none(interp, o) ? currentContext(interp) : (o as PyObject));
}

/** Runs `f` with an operation context, then records its conditions; returns a new Decimal. */
function compute(interp: Interp, s: CtxState, f: (c: N.Ctx) => Dec): PyObject {
  const c = opCtx(s);
  const r = f(c);
  addStatus(interp, s, c);
  return newDecimal(interp, r);
}

/** CPython's message for an operator between `a` and `b` that neither supports. */
function unsupported(interp: Interp, op: string, a: PyObject, b: PyObject): never {
  const name = (o: PyObject): string => (values.has(o) && o.type === types(interp).decimal ? 'decimal.Decimal' : o.type.name);
  return interp.typeError(`unsupported operand type(s) for ${op}: '${name(a)}' and '${name(b)}'`);
}

function notImplemented(interp: Interp): PyObject {
  const ni = interp.builtins.get('NotImplemented') as PyObject;
  interp.rt.heap.incref(ni);
  return ni;
}

type BinOp = (interp: Interp, a: Dec, b: Dec, c: N.Ctx) => Dec;

/** The forward and reflected dunders of a binary operator. */
function binary(op: string, f: BinOp): [NativeImpl, NativeImpl] {
  const run = (interp: Interp, self: PyObject, other: PyObject, reflected: boolean): PyObject => {
    const a = decOf(interp, self);
    const b = operand(other);
    if (!b) {
      if (other.type instanceof PyHeapTypeObject && !values.has(other)) return notImplemented(interp);
      return reflected ? unsupported(interp, op, other, self) : unsupported(interp, op, self, other);
    }
    return compute(interp, ctxArg(interp, undefined), (c) => (reflected ? f(interp, b, a, c) : f(interp, a, b, c)));
  };
  return [(i, args) => run(i, args[0], args[1], false), (i, args) => run(i, args[0], args[1], true)];
}

const BINARY: Record<string, [string, BinOp]> = {
  add: ['+', (_i, a, b, c) => N.add(a, b, c)],
  sub: ['-', (_i, a, b, c) => N.add(a, b, c, true)],
  mul: ['*', (_i, a, b, c) => N.mul(a, b, c)],
  truediv: ['/', (_i, a, b, c) => N.div(a, b, c)],
  floordiv: ['//', (_i, a, b, c) => N.divRem(a, b, c, 'q')[0]],
  mod: ['%', (_i, a, b, c) => N.divRem(a, b, c, 'r')[1]],
  pow: ['** or pow()', (i, a, b, c) => power(i, a, b, c)],
};

/** `a ** b`: an integral exponent exactly; otherwise through float (an approximation, see KNOWN-DIFFERENCES). */
function power(interp: Interp, a: Dec, b: Dec, c: N.Ctx): Dec {
  const nan = N.nanOperand(a, b, c);
  if (nan) return nan;
  if (b.special === 'F') {
    const [n, d] = N.ratio(b);
    if (d === 1n || n % d === 0n) return N.powInt(a, n / d, c);
  }
  return interp.raise('NotImplementedError', 'decimal: a non-integral power is not supported by the simulation');
}

/** `Decimal(value="0", context=None)`, as `__init__` of the fresh instance. */
const decimalInit: NativeImpl = (interp, args, kwnames) => {
  const [value, context] = bindArgs(interp, { qualname: 'Decimal', params: ['value', 'context'], required: 0 }, args.slice(1), kwnames);
  const s = ctxArg(interp, context);
  values.set(args[0], fromValue(interp, s, value));
  return interp.none();
};

function fromValue(interp: Interp, s: CtxState, value: PyObject | undefined): Dec {
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

function str(interp: Interp, s: string): PyObject {
  return newStr(interp.rt, s);
}

function int(interp: Interp, v: bigint | number): PyObject {
  return newInt(interp.rt, typeof v === 'number' ? v : normalizeInt(v));
}

/** `int(d)`, with CPython's errors for NaN and Infinity. */
function toInt(interp: Interp, d: Dec, mode: Rounding | null): PyObject {
  if (d.special === 'nan' || d.special === 'snan') return interp.raise('ValueError', 'cannot convert NaN to integer');
  if (d.special === 'inf') return interp.raise('OverflowError', 'cannot convert Infinity to integer');
  return int(interp, mode ? N.roundedInt(d, mode) : N.truncated(d));
}

function roundingArg(interp: Interp, o: PyObject | undefined, s: CtxState): Rounding {
  if (none(interp, o)) return s.rounding;
  if (o instanceof PyUnicodeObject && (ROUNDINGS as readonly string[]).includes(o.value)) return o.value as Rounding;
  return interp.typeError('valid values for rounding are:\n  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n   ROUND_05UP]');
}

/** The value of a Decimal-or-int argument of a method (TypeError otherwise, as `convert_op_raise`). */
function decArg(interp: Interp, o: PyObject | undefined): Dec {
  const d = o === undefined ? null : operand(o);
  if (!d) return interp.typeError(`conversion from ${o?.type.name ?? 'NoneType'} to Decimal is not supported`);
  return d;
}

/** `hash(d)`: the hash of the equal rational (and so of the equal int or float). */
function hashOf(interp: Interp, d: Dec, o: PyObject): bigint {
  if (d.special === 'snan') return interp.typeError('Cannot hash a signaling NaN value');
  if (d.special === 'nan') return BigInt(o.id);
  if (d.special === 'inf') return d.sign ? -314159n : 314159n;
  return rationalHash(N.ratio(d));
}

/** Ordering against a Decimal, an int or a float (exact); null: not comparable. NaN: 'nan'. */
function compareWith(d: Dec, other: PyObject): number | 'nan' | null {
  let b = operand(other);
  if (!b && other instanceof PyFloatObject) b = N.fromFloat(other.value);
  if (!b) return null;
  if (d.special === 'nan' || d.special === 'snan' || b.special === 'nan' || b.special === 'snan') return 'nan';
  return N.compare(d, b);
}

const OPS = ['<', '<=', '==', '!=', '>', '>='];

function comparison(opIndex: number, test: (c: number) => boolean): NativeImpl {
  return (interp, [self, other]) => {
    const d = decOf(interp, self);
    const c = compareWith(d, other);
    if (other instanceof PyFloatObject) {
      // convert_op_cmp: a float sets FloatOperation; only ordering comparisons can trap it.
      const s = ctxArg(interp, undefined);
      if (opIndex === 2 || opIndex === 3) s.flags |= N.MPD.FloatOperation;
      else addStatus(interp, s, { ...opCtx(s), status: N.MPD.FloatOperation });
    }
    if (c === null) {
      if (opIndex === 2 || opIndex === 3 || other.type instanceof PyHeapTypeObject) return notImplemented(interp);
      return interp.typeError(`'${OPS[opIndex]}' not supported between instances of 'decimal.Decimal' and '${other.type.name}'`);
    }
    if (c === 'nan') {
      if (opIndex === 2) return interp.bool(false);
      if (opIndex === 3) return interp.bool(true);
      const s = ctxArg(interp, undefined);
      const ctx = opCtx(s);
      ctx.status |= N.MPD.InvalidOperation;
      addStatus(interp, s, ctx);
      return interp.bool(false);
    }
    return interp.bool(test(c));
  };
}

function unary(f: (interp: Interp, d: Dec, o: PyObject) => PyObject): NativeImpl {
  return (interp, args) => f(interp, decOf(interp, args[0]), args[0]);
}

/** A method `name(self, [other,] context=None)` computing with the context. */
function withContext(name: string, params: string[], f: (interp: Interp, d: Dec, a: (PyObject | undefined)[], c: N.Ctx, s: CtxState) => Dec): NativeImpl {
  return (interp, args, kwnames) => {
    const d = decOf(interp, args[0]);
    const bound = bindArgs(interp, { qualname: name, params, required: params.filter((p) => p === 'exp' || p === 'other').length }, args.slice(1), kwnames);
    const s = ctxArg(interp, bound[params.indexOf('context')]);
    return compute(interp, s, (c) => f(interp, d, bound, c, s));
  };
}

function decimalMethods(): Record<string, NativeImpl> {
  const m: Record<string, NativeImpl> = { __init__: decimalInit };
  for (const [name, [op, f]] of Object.entries(BINARY)) [m[`__${name}__`], m[`__r${name}__`]] = binary(op, f);
  m.__divmod__ = (i, [a, b]) => divmodOf(i, a, b, false);
  m.__rdivmod__ = (i, [a, b]) => divmodOf(i, a, b, true);
  // The spec's minus and plus: `0 - x` and `0 + x` with the operand's exponent (so -Decimal('0') is 0).
  const fromZero = (d: Dec, c: N.Ctx, minus: boolean): Dec => (d.special === 'F' ? N.add(N.fin(0, 0n, d.exp), d, c, minus) : N.finish(minus ? negated(d) : d, c));
  m.__neg__ = unary((i, d) => compute(i, ctxArg(i, undefined), (c) => fromZero(d, c, true)));
  m.__pos__ = unary((i, d) => compute(i, ctxArg(i, undefined), (c) => fromZero(d, c, false)));
  m.__abs__ = unary((i, d) => compute(i, ctxArg(i, undefined), (c) => N.finish({ ...d, sign: 0 }, c)));
  m.__eq__ = comparison(2, (c) => c === 0);
  m.__ne__ = comparison(3, (c) => c !== 0);
  m.__lt__ = comparison(0, (c) => c < 0);
  m.__le__ = comparison(1, (c) => c <= 0);
  m.__gt__ = comparison(4, (c) => c > 0);
  m.__ge__ = comparison(5, (c) => c >= 0);
  m.__hash__ = unary((i, d, o) => int(i, hashOf(i, d, o)));
  m.__bool__ = unary((i, d) => i.bool(d.special !== 'F' || d.coeff !== 0n));
  m.__repr__ = unary((i, d) => str(i, `Decimal('${N.toSci(d, ctxArg(i, undefined).capitals === 1)}')`));
  m.__str__ = unary((i, d) => str(i, N.toSci(d, ctxArg(i, undefined).capitals === 1)));
  m.__int__ = unary((i, d) => toInt(i, d, null));
  m.__trunc__ = m.__int__;
  m.__floor__ = unary((i, d) => toInt(i, d, 'ROUND_FLOOR'));
  m.__ceil__ = unary((i, d) => toInt(i, d, 'ROUND_CEILING'));
  m.__float__ = unary((i, d) => {
    if (d.special === 'snan') return i.raise('ValueError', 'cannot convert signaling NaN to float');
    const text = d.special === 'nan' ? 'NaN' : d.special === 'inf' ? 'Infinity' : N.toSci(d);
    return newFloat(i.rt, (d.sign ? -1 : 1) * Math.abs(Number(text.replace(/^-/, ''))));
  });
  m.__round__ = (i, args) => {
    const d = decOf(i, args[0]);
    if (none(i, args[1])) return toInt(i, d, 'ROUND_HALF_EVEN');
    const n = args[1];
    if (!(n instanceof PyLongObject)) return i.typeError('optional arg must be an integer');
    const s = ctxArg(i, undefined);
    return compute(i, s, (c) => N.quantize(d, N.fin(0, 1n, -Number(n.value)), c, 'ROUND_HALF_EVEN'));
  };
  m.__format__ = (i, [self, spec]) => {
    if (!(spec instanceof PyUnicodeObject)) return i.typeError(`format() argument 1 must be str, not ${spec.type.name}`);
    return str(i, formatDecimal(i, decOf(i, self), spec.value, ctxArg(i, undefined)));
  };
  m.__copy__ = (i, [self]) => { i.rt.heap.incref(self); return self; };
  m.__deepcopy__ = m.__copy__;
  m.__reduce__ = (i, [self]) => {
    const t = types(i).decimal;
    i.rt.heap.incref(t);
    return newTuple(i.rt, [t, newTuple(i.rt, [str(i, N.toSci(decOf(i, self)))])]);
  };
  m.quantize = (interp, args, kwnames) => {
    const d = decOf(interp, args[0]);
    const [exp, rounding, context] = bindArgs(interp, { qualname: 'quantize', params: ['exp', 'rounding', 'context'], required: 1 }, args.slice(1), kwnames);
    const s = ctxArg(interp, context);
    const mode = roundingArg(interp, rounding, s);
    const e = decArg(interp, exp);
    return compute(interp, s, (c) => N.quantize(d, e, c, mode));
  };
  const integral: NativeImpl = (interp, args, kwnames) => {
    const d = decOf(interp, args[0]);
    const [rounding, context] = bindArgs(interp, { qualname: 'to_integral_value', params: ['rounding', 'context'], required: 0 }, args.slice(1), kwnames);
    const s = ctxArg(interp, context);
    const mode = roundingArg(interp, rounding, s);
    return compute(interp, s, (c) => N.toIntegral(d, mode, c));
  };
  m.to_integral_value = integral;
  m.to_integral = integral;
  m.sqrt = withContext('sqrt', ['context'], (_i, d, _a, c) => N.sqrt(d, c));
  m.normalize = withContext('normalize', ['context'], (_i, d, _a, c) => N.normalize(d, c));
  m.compare = withContext('compare', ['other', 'context'], (i, d, [o], c) => {
    const b = decArg(i, o);
    const nan = N.nanOperand(d, b, c);
    return nan ?? N.fin(N.compare(d, b) < 0 ? 1 : 0, BigInt(Math.abs(N.compare(d, b))), 0);
  });
  m.max = withContext('max', ['other', 'context'], (i, d, [o], c) => { const b = decArg(i, o); return N.finish(N.compare(d, b) >= 0 ? d : b, c); });
  m.min = withContext('min', ['other', 'context'], (i, d, [o], c) => { const b = decArg(i, o); return N.finish(N.compare(d, b) <= 0 ? d : b, c); });
  m.copy_abs = unary((i, d) => newDecimal(i, { ...d, sign: 0 }));
  m.copy_negate = unary((i, d) => newDecimal(i, negated(d)));
  m.as_tuple = unary((i, d) => asTuple(i, d));
  m.as_integer_ratio = unary((i, d) => {
    if (d.special === 'inf') return i.raise('OverflowError', 'cannot convert Infinity to integer ratio');
    if (d.special !== 'F') return i.raise('ValueError', 'cannot convert NaN to integer ratio');
    const [n, den] = N.ratio(d);
    let a = n < 0n ? -n : n;
    let b = den;
    while (b) [a, b] = [b, a % b];
    const g = a === 0n ? 1n : a;
    return newTuple(i.rt, [int(i, n / g), int(i, den / g)]);
  });
  m.adjusted = unary((i, d) => int(i, d.special === 'F' ? d.exp + N.digits(d.coeff) - 1 : 0));
  m.is_nan = unary((i, d) => i.bool(d.special === 'nan' || d.special === 'snan'));
  m.is_qnan = unary((i, d) => i.bool(d.special === 'nan'));
  m.is_snan = unary((i, d) => i.bool(d.special === 'snan'));
  m.is_infinite = unary((i, d) => i.bool(d.special === 'inf'));
  m.is_finite = unary((i, d) => i.bool(d.special === 'F'));
  m.is_signed = unary((i, d) => i.bool(d.sign === 1));
  m.is_zero = unary((i, d) => i.bool(d.special === 'F' && d.coeff === 0n));
  m.is_normal = unary((i, d) => i.bool(d.special === 'F' && d.coeff !== 0n && d.exp + N.digits(d.coeff) - 1 >= ctxArg(i, undefined).emin));
  m.copy_sign = (i, [self, other]) => newDecimal(i, { ...decOf(i, self), sign: decArg(i, other).sign });
  return m;
}

function negated(d: Dec): Dec {
  return { ...d, sign: (1 - d.sign) as 0 | 1 };
}

function divmodOf(interp: Interp, self: PyObject, other: PyObject, reflected: boolean): PyObject {
  const a = decOf(interp, self);
  const b = operand(other);
  if (!b) return reflected ? unsupported(interp, 'divmod()', other, self) : unsupported(interp, 'divmod()', self, other);
  const s = ctxArg(interp, undefined);
  const c = opCtx(s);
  const [q, r] = reflected ? N.divRem(b, a, c) : N.divRem(a, b, c);
  addStatus(interp, s, c);
  return newTuple(interp.rt, [newDecimal(interp, q), newDecimal(interp, r)]);
}

function asTuple(interp: Interp, d: Dec): PyObject {
  const ds = d.special === 'inf' ? [] : d.special === 'F' || d.coeff !== 0n ? [...d.coeff.toString()] : [];
  const digitsTuple = newTuple(interp.rt, (d.special === 'inf' ? ['0'] : ds).map((c) => int(interp, Number(c))));
  const exp = d.special === 'F' ? int(interp, d.exp) : str(interp, d.special === 'inf' ? 'F' : d.special === 'nan' ? 'n' : 'N');
  return newStructSeq(interp, types(interp).tuple, [int(interp, d.sign), digitsTuple, exp]);
}

/** `Context(prec=None, rounding=None, Emin=None, Emax=None, capitals=None, clamp=None, flags=None, traps=None)`. */
const contextInit: NativeImpl = (interp, args, kwnames) => {
  const names = ['prec', 'rounding', 'Emin', 'Emax', 'capitals', 'clamp', 'flags', 'traps'];
  const bound = bindArgs(interp, { qualname: 'Context', params: names, required: 0 }, args.slice(1), kwnames);
  const s = defaultState();
  contexts.set(args[0], s);
  names.forEach((n, k) => { if (!none(interp, bound[k])) setContextAttr(interp, s, n, bound[k] as PyObject); });
  return interp.none();
};

function smallInt(interp: Interp, v: PyObject): number {
  if (!(v instanceof PyLongObject)) return interp.typeError(`'${v.type.name}' object cannot be interpreted as an integer`);
  return Number(v.value);
}

/** Sets a context attribute with `context_set*`'s checks. */
function setContextAttr(interp: Interp, s: CtxState, name: string, v: PyObject): void {
  const MAX = 1e18 - 1; // MAX_PREC, MAX_EMAX (999999999999999999; bounds as doubles are enough here)
  switch (name) {
    case 'prec': { const n = smallInt(interp, v); if (n < 1 || n > MAX) interp.raise('ValueError', 'valid range for prec is [1, MAX_PREC]'); s.prec = n; return; }
    case 'rounding': s.rounding = roundingArg(interp, v, s); return;
    case 'Emin': { const n = smallInt(interp, v); if (n > 0 || n < -MAX) interp.raise('ValueError', 'valid range for Emin is [MIN_EMIN, 0]'); s.emin = n; return; }
    case 'Emax': { const n = smallInt(interp, v); if (n < 0 || n > MAX) interp.raise('ValueError', 'valid range for Emax is [0, MAX_EMAX]'); s.emax = n; return; }
    case 'capitals': { const n = smallInt(interp, v); if (n !== 0 && n !== 1) interp.raise('ValueError', 'valid values for capitals are 0 or 1'); s.capitals = n; return; }
    case 'clamp': { const n = smallInt(interp, v); if (n !== 0 && n !== 1) interp.raise('ValueError', 'valid values for clamp are 0 or 1'); s.clamp = n; return; }
    default: {
      const which = name as 'flags' | 'traps';
      const items = (v as unknown as { items?: PyObject[] }).items;
      const view = signalDicts.get(v);
      if (view) { s[which] = view.ctx[view.which]; return; }
      if (!items) return interp.typeError(`argument must be a signal dict`);
      let bits = 0;
      for (const x of items) bits |= signalBits(interp, x) ?? interp.typeError('argument must be a signal dict');
      s[which] = bits;
    }
  }
}

function contextMethods(interp: Interp): Map<string, PyObject> {
  const rt = interp.rt;
  const ct = classTypes(rt);
  const ns = new Map<string, PyObject>();
  const attrs: [string, keyof CtxState][] = [['prec', 'prec'], ['rounding', 'rounding'], ['Emin', 'emin'], ['Emax', 'emax'], ['capitals', 'capitals'], ['clamp', 'clamp']];
  for (const [name, key] of attrs) {
    const get = interp.nativeFunction(name, (i, [self]) => { const v = stateOf(i, self)[key]; return typeof v === 'string' ? str(i, v) : int(i, v); });
    const set = interp.nativeFunction(name, (i, [self, v]) => { setContextAttr(i, stateOf(i, self), name, v); return i.none(); });
    ns.set(name, newDescr(rt, ct.property, [get, set, null, null]));
  }
  for (const which of ['flags', 'traps'] as const) {
    const get = interp.nativeFunction(which, (i, [self]) => {
      const o = newInstance(i.rt, types(i).signalDict);
      signalDicts.set(o, { ctx: stateOf(i, self), which });
      return o;
    });
    const set = interp.nativeFunction(which, (i, [self, v]) => { setContextAttr(i, stateOf(i, self), which, v); return i.none(); });
    ns.set(which, newDescr(rt, ct.property, [get, set, null, null]));
  }
  const fn = (name: string, impl: NativeImpl): void => void ns.set(name, interp.nativeFunction(name, impl));
  fn('__init__', contextInit);
  fn('__repr__', (i, [self]) => str(i, contextRepr(stateOf(i, self))));
  fn('copy', (i, [self]) => newContext(i, { ...stateOf(i, self) }));
  fn('__copy__', (i, [self]) => newContext(i, { ...stateOf(i, self) }));
  fn('clear_flags', (i, [self]) => { stateOf(i, self).flags = 0; return i.none(); });
  fn('clear_traps', (i, [self]) => { stateOf(i, self).traps = 0; return i.none(); });
  fn('Etiny', (i, [self]) => { const s = stateOf(i, self); return int(i, s.emin - s.prec + 1); });
  fn('Etop', (i, [self]) => { const s = stateOf(i, self); return int(i, s.emax - s.prec + 1); });
  fn('create_decimal', (i, [self, v]) => {
    const s = stateOf(i, self);
    const d = fromValue(i, s, v);
    return compute(i, s, (c) => N.finish(d, c));
  });
  const op = (name: string, f: (a: Dec, b: Dec, c: N.Ctx) => Dec): void => fn(name, (i, [self, a, b]) => {
    const s = stateOf(i, self);
    const x = decArg(i, a);
    const y = decArg(i, b);
    return compute(i, s, (c) => f(x, y, c));
  });
  op('add', (a, b, c) => N.add(a, b, c));
  op('subtract', (a, b, c) => N.add(a, b, c, true));
  op('multiply', (a, b, c) => N.mul(a, b, c));
  op('divide', (a, b, c) => N.div(a, b, c));
  op('divide_int', (a, b, c) => N.divRem(a, b, c, 'q')[0]);
  op('remainder', (a, b, c) => N.divRem(a, b, c, 'r')[1]);
  op('quantize', (a, b, c) => N.quantize(a, b, c, c.rounding));
  fn('sqrt', (i, [self, a]) => { const s = stateOf(i, self); const x = decArg(i, a); return compute(i, s, (c) => N.sqrt(x, c)); });
  fn('plus', (i, [self, a]) => { const s = stateOf(i, self); const x = decArg(i, a); return compute(i, s, (c) => N.finish(x, c)); });
  fn('abs', (i, [self, a]) => { const s = stateOf(i, self); const x = decArg(i, a); return compute(i, s, (c) => N.finish({ ...x, sign: 0 }, c)); });
  return ns;
}

function signalDictMethods(interp: Interp): Map<string, PyObject> {
  const ns = new Map<string, PyObject>();
  const fn = (name: string, impl: NativeImpl): void => void ns.set(name, interp.nativeFunction(name, impl));
  const view = (i: Interp, o: PyObject) => signalDicts.get(o) ?? i.typeError('not a signal dict');
  const bitsOf = (i: Interp, k: PyObject): number => signalBits(i, k) ?? i.raise('KeyError', 'invalid error flag');
  fn('__getitem__', (i, [self, k]) => { const v = view(i, self); return i.bool((v.ctx[v.which] & bitsOf(i, k)) !== 0); });
  fn('__setitem__', (i, [self, k, x]) => {
    const v = view(i, self);
    const bits = bitsOf(i, k);
    v.ctx[v.which] = x === i.rt.True || (x instanceof PyLongObject && x.value !== 0) ? v.ctx[v.which] | bits : v.ctx[v.which] & ~bits;
    return i.none();
  });
  fn('__repr__', (i, [self]) => {
    const v = view(i, self);
    const parts = SIGNALS.map(([name, bits]) => `<class 'decimal.${name}'>:${(v.ctx[v.which] & bits) !== 0 ? 'True' : 'False'}`);
    return str(i, `{${parts.join(', ')}}`);
  });
  fn('__len__', (i) => int(i, SIGNALS.length));
  fn('keys', (i) => {
    const items = SIGNALS.map(([name]) => { const t = signalClasses.get(i.rt)?.get(name) as PyObject; i.rt.heap.incref(t); return t; });
    return newTuple(i.rt, items);
  });
  return ns;
}

function managerMethods(interp: Interp): Map<string, PyObject> {
  const ns = new Map<string, PyObject>();
  ns.set('__enter__', interp.nativeFunction('__enter__', (i, [self]) => {
    const m = managers.get(self) as { ctx: PyObject; saved: PyObject | null };
    m.saved = currentContext(i);
    i.rt.heap.incref(m.saved);
    setCurrent(i, m.ctx);
    i.rt.heap.incref(m.ctx);
    return m.ctx;
  }));
  ns.set('__exit__', interp.nativeFunction('__exit__', (i, [self]) => {
    const m = managers.get(self) as { ctx: PyObject; saved: PyObject | null };
    if (m.saved) { setCurrent(i, m.saved); i.rt.heap.decref(m.saved); m.saved = null; }
    return i.none();
  }));
  return ns;
}

/** `setcontext(ctx)` (ctx borrowed). */
function setCurrent(interp: Interp, ctx: PyObject): void {
  const old = current.get(interp.rt);
  interp.rt.heap.incref(ctx);
  current.set(interp.rt, ctx);
  if (old) interp.rt.heap.decref(old);
}

function makeClass(interp: Interp, name: string, ns: Map<string, PyObject>, basicsize: number): PyHeapTypeObject {
  const rt = interp.rt;
  ns.set('__module__', str(interp, 'decimal'));
  ns.set('__slots__', newTuple(rt, []));
  const t = createClass(interp, name, [rt.types.object], ns);
  if (rt.profile.version === '3.13') {
    (t as { basicsize: number }).basicsize = basicsize; // the type is being readied
    t.layout = { ...t.layout, basicSize: basicsize };
    t.sizeof = () => basicsize;
  } else {
    markNonGC(t, basicsize);
  }
  return t;
}

/** Creates the module (on first import). */
export function createDecimal(interp: Interp): PyModuleObject {
  const rt = interp.rt;
  const dns = new Map<string, PyObject>();
  for (const [k, impl] of Object.entries(decimalMethods())) dns.set(k, interp.nativeFunction(k, impl));
  const decimal = makeClass(interp, 'Decimal', dns, 104);
  decimal.sizeof = (o) => { const d = values.get(o); const w = d ? coefficientWords(d) : 0; return 104 + (w > 4 ? w * 8 : 0); };
  const context = makeClass(interp, 'Context', contextMethods(interp), 96);
  const signalDict = makeClass(interp, 'SignalDictMixin', signalDictMethods(interp), 48);
  const manager = makeClass(interp, 'ContextManager', managerMethods(interp), 48);
  const tuple = structSeqType(interp, 'DecimalTuple', ['sign', 'digits', 'exponent']);
  typesByRuntime.set(rt, { decimal, context, signalDict, manager, tuple });
  customHashKeys.set(decimal, (i, o) => {
    const d = decOf(i, o);
    if (d.special === 'F') {
      const [n, den] = N.ratio(d);
      if (den === 1n) return { key: o, hashKey: normalizeInt(n) };
    }
    const hash = normalizeInt(hashOf(i, d, o));
    return { key: o, hashKey: hash, hash, eq: (a, b) => a === b || (values.has(b) && N.compare(decOf(i, a), decOf(i, b)) === 0) };
  });

  const classes = new Map<string, PyHeapTypeObject>();
  const exports: Record<string, PyObject> = { Decimal: decimal, Context: context, DecimalTuple: tuple as PyObject };
  for (const [name, bases] of SIGNAL_BASES) {
    const ns = new Map<string, PyObject>([['__module__', str(interp, 'decimal')]]);
    const t = createClass(interp, name, bases.map((b) => classes.get(b) ?? interp.excType(b)), ns);
    classes.set(name, t);
    exports[name] = t;
  }
  signalClasses.set(rt, classes);
  for (const r of ROUNDINGS) exports[r] = str(interp, r);
  exports.MAX_PREC = int(interp, 999999999999999999n);
  exports.MAX_EMAX = int(interp, 999999999999999999n);
  exports.MIN_EMIN = int(interp, -999999999999999999n);
  exports.MIN_ETINY = int(interp, -1999999999999999997n);
  exports.HAVE_THREADS = interp.bool(true);
  exports.HAVE_CONTEXTVAR = interp.bool(true);
  exports.DefaultContext = newContext(interp, defaultState());
  exports.BasicContext = newContext(interp, { ...defaultState(), prec: 9, rounding: 'ROUND_HALF_UP', traps: SIGNALS.filter(([n]) => !['Inexact', 'Rounded', 'Subnormal', 'FloatOperation'].includes(n)).reduce((a, [, b]) => a | b, 0) });
  exports.ExtendedContext = newContext(interp, { ...defaultState(), prec: 9, traps: 0 });
  for (const v of [decimal, context, tuple as PyObject, ...classes.values()]) rt.heap.incref(v);

  return interp.defineModule('decimal', {
    getcontext: (i) => { const c = currentContext(i); i.rt.heap.incref(c); return c; },
    setcontext: (i, [c]) => { stateOf(i, c); setCurrent(i, c); return i.none(); },
    localcontext: (i, args, kwnames) => {
      const nkw = kwnames?.length ?? 0;
      const pos = args.slice(0, args.length - nkw);
      const base = none(i, pos[0]) ? currentContext(i) : (pos[0] as PyObject);
      const ctx = newContext(i, { ...stateOf(i, base) });
      const s = stateOf(i, ctx);
      (kwnames ?? []).forEach((k, n) => {
        if (!['prec', 'rounding', 'Emin', 'Emax', 'capitals', 'clamp', 'flags', 'traps'].includes(k)) i.typeError(`'${k}' is an invalid keyword argument for this function`);
        setContextAttr(i, s, k, args[pos.length + n]);
      });
      const m = newInstance(i.rt, types(i).manager);
      managers.set(m, { ctx, saved: null });
      return m;
    },
  }, exports);
}

/**
 * Decimal's operators: the binary arithmetic dunders (forward and reflected, with CPython's
 * TypeError texts), divmod, the rich comparisons (exact against ints and floats, the
 * FloatOperation and NaN rules) and the method wrappers that compute with a context.
 */
import { PyFloatObject } from '../../engine/objects/floatObject';
import type { PyObject } from '../../engine/objects/object';
import { newTuple } from '../../engine/objects/tupleObject';
import { PyHeapTypeObject } from '../../engine/objects/typeHeap';
import type { Interp } from '../runtime/interp';
import type { NativeImpl } from '../vm/callables';
import { bindArgs } from './pyArgs';
import * as N from './decimalNumber';
import type { Dec } from './decimalNumber';
import { addStatus, type CtxState, opCtx } from './decimalContext';
import { compute, ctxArg, decOf, newDecimal, operand, types, values } from './decimalObjects';
import { isFraction, rationalOf } from './fractionsModule';
import type { Rational } from './rational';

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
export function binary(op: string, f: BinOp): [NativeImpl, NativeImpl] {
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

/** The binary operators: dunder stem to (symbol in the TypeError, operation). */
export const BINARY: Record<string, [string, BinOp]> = {
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

/** Ordering against a Decimal, an int or a float (exact); null: not comparable. NaN: 'nan'. */
export function compareWith(d: Dec, other: PyObject): number | 'nan' | null {
  let b = operand(other);
  if (!b && other instanceof PyFloatObject) b = N.fromFloat(other.value);
  if (!b) return null;
  if (d.special === 'nan' || d.special === 'snan' || b.special === 'nan' || b.special === 'snan') return 'nan';
  return N.compare(d, b);
}

/** convert_op_cmp with a numbers.Rational (a Fraction): exact, the Decimal against num/den. */
function compareRational(d: Dec, [num, den]: Rational): number | 'nan' {
  if (d.special === 'nan' || d.special === 'snan') return 'nan';
  if (d.special === 'inf') return d.sign ? -1 : 1;
  const [n, m] = N.ratio(d);
  const x = n * den;
  const y = num * m;
  return x < y ? -1 : x > y ? 1 : 0;
}

const OPS = ['<', '<=', '==', '!=', '>', '>='];

/** A rich comparison dunder (`opIndex` into OPS), with the FloatOperation and NaN rules. */
export function comparison(opIndex: number, test: (c: number) => boolean): NativeImpl {
  return (interp, [self, other]) => {
    const d = decOf(interp, self);
    const q = isFraction(interp, other) ? rationalOf(interp, other) : null;
    const c = q ? compareRational(d, q) : compareWith(d, other);
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

/** A method of `self` alone. */
export function unary(f: (interp: Interp, d: Dec, o: PyObject) => PyObject): NativeImpl {
  return (interp, args) => f(interp, decOf(interp, args[0]), args[0]);
}

/** A method `name(self, [other,] context=None)` computing with the context. */
export function withContext(name: string, params: string[], f: (interp: Interp, d: Dec, a: (PyObject | undefined)[], c: N.Ctx, s: CtxState) => Dec): NativeImpl {
  return (interp, args, kwnames) => {
    const d = decOf(interp, args[0]);
    const bound = bindArgs(interp, { qualname: name, params, required: params.filter((p) => p === 'exp' || p === 'other').length }, args.slice(1), kwnames);
    const s = ctxArg(interp, bound[params.indexOf('context')]);
    return compute(interp, s, (c) => f(interp, d, bound, c, s));
  };
}

/** `d` with the other sign. */
export function negated(d: Dec): Dec {
  return { ...d, sign: (1 - d.sign) as 0 | 1 };
}

/** `divmod(a, b)` (and reflected), with the current context. */
export function divmodOf(interp: Interp, self: PyObject, other: PyObject, reflected: boolean): PyObject {
  const a = decOf(interp, self);
  const b = operand(other);
  if (!b) return reflected ? unsupported(interp, 'divmod()', other, self) : unsupported(interp, 'divmod()', self, other);
  const s = ctxArg(interp, undefined);
  const c = opCtx(s);
  const [q, r] = reflected ? N.divRem(b, a, c) : N.divRem(a, b, c);
  addStatus(interp, s, c);
  return newTuple(interp.rt, [newDecimal(interp, q), newDecimal(interp, r)]);
}

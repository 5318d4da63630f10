/**
 * Decimal's methods by name: the operators (decimalArith.ts), conversions (decimalConvert.ts),
 * repr/str/format, quantize and to_integral, and the named operations and predicates.
 */
import { newFloat } from '../../engine/objects/floatObject';
import { PyLongObject } from '../../engine/objects/longObject';
import { newTuple } from '../../engine/objects/tupleObject';
import { PyUnicodeObject } from '../../engine/objects/unicodeObject';
import type { NativeImpl } from '../vm/callables';
import { bindArgs } from './pyArgs';
import * as N from './decimalNumber';
import type { Dec } from './decimalNumber';
import { formatDecimal } from './decimalFormat';
import { BINARY, binary, comparison, divmodOf, negated, unary, withContext } from './decimalArith';
import { asTuple, decimalInit, hashOf, toInt } from './decimalConvert';
import { compute, ctxArg, decArg, decOf, int, newDecimal, none, roundingArg, str, types } from './decimalObjects';

/** Decimal's methods by name. */
export function decimalMethods(): Record<string, NativeImpl> {
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

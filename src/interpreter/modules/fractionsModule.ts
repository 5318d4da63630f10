/**
 * `fractions` (Lib/fractions.py, 3.11–3.13): `Fraction` is a class statement in CPython with
 * `__slots__ = ('_numerator', '_denominator')`, so an instance is a 48-byte GC object holding two
 * ints (measured: `sys.getsizeof(Fraction(1, 3))` is 48 on all three versions). Here it is a heap
 * class with those two slots whose methods are natives over exact bigint arithmetic (rational.ts);
 * each result allocates what CPython's leaves behind: its two ints, then the instance.
 *
 * Mixed arithmetic follows `_operator_fallbacks`: with an int or a Fraction the result is an exact
 * Fraction, with a float the Fraction is converted and float arithmetic decides (its errors too);
 * anything else is NotImplemented. Obscurity: `2 ** Fraction(3)` is the int 8 (`__rpow__` with an
 * integral non-negative exponent), `//` and `divmod` give ints, and comparisons with a float are
 * exact (`Fraction(1, 3) == 1/3` is False).
 */
import { PyFloatObject, newFloat } from '../../engine/objects/floatObject';
import { PyInstanceObject, newInstance } from '../../engine/objects/instanceObject';
import { newInt, normalizeInt, PyLongObject } from '../../engine/objects/longObject';
import { PyObject } from '../../engine/objects/object';
import { newTuple } from '../../engine/objects/tupleObject';
import type { PyHeapTypeObject } from '../../engine/objects/typeHeap';
import { newStr, PyUnicodeObject } from '../../engine/objects/unicodeObject';
import { classTypes } from '../../engine/objects/classTypes';
import { newDescr } from '../../engine/objects/descrObject';
import type { HashedKey } from '../../engine/objects/dictKeys';
import type { Interp } from '../runtime/interp';
import type { PyModuleObject } from '../runtime/moduleObject';
import type { NativeImpl } from '../vm/callables';
import { binaryOp } from '../objects/numberProtocol';
import { equals } from '../objects/richCompare';
import { createClass } from '../objects/typeCreate';
import { customHashKeys } from '../objects/hashKey';
import { reprOf } from '../objects/repr';
import { bindArgs } from './pyArgs';
import { formatRational } from './fractionFormat';
import { values as decimalValues } from './decimalObjects';
import { ratio as decimalRatio, type Dec } from './decimalNumber';
import * as Q from './rational';

/** BINARY_OP numbers (`NB_*`). */
const NB = { add: 0, floordiv: 2, mul: 5, mod: 6, pow: 8, sub: 10, truediv: 11 } as const;

const notImplementedByRuntime = new WeakMap<object, PyObject>();

/** The `NotImplemented` singleton (a static object the slot machinery recognises by its type). */
function notImplemented(interp: Interp): PyObject {
  const rt = interp.rt;
  let o = notImplementedByRuntime.get(rt);
  if (!o) {
    const t = rt.staticType({ name: 'NotImplementedType', basicsize: 16, flags: 0, dealloc: () => undefined });
    o = rt.staticObject(new PyObject(t, rt.heap.staticAddress(16)));
    notImplementedByRuntime.set(rt, o);
  }
  rt.heap.incref(o);
  return o;
}

const fractionTypes = new WeakMap<object, PyHeapTypeObject>();

/** Whether `o` is a Fraction (an instance of the module's class). */
export function isFraction(interp: Interp, o: PyObject): o is PyInstanceObject {
  const t = fractionTypes.get(interp.rt);
  return t !== undefined && o instanceof PyInstanceObject && o.type.isSubtypeOf(t);
}

/** The value of a Fraction or an int (bools included), or null. */
export function rationalOf(interp: Interp, o: PyObject): Q.Rational | null {
  if (o instanceof PyLongObject) return [BigInt(o.value), 1n];
  if (isFraction(interp, o)) {
    const [n, d] = o.slots;
    if (n instanceof PyLongObject && d instanceof PyLongObject) return [BigInt(n.value), BigInt(d.value)];
  }
  return null;
}

function selfValue(interp: Interp, o: PyObject): Q.Rational {
  const r = isFraction(interp, o) ? rationalOf(interp, o) : null;
  if (!r) return interp.typeError(`descriptor requires a 'Fraction' object but received a '${o.type.name}'`);
  return r;
}

/** `Fraction._from_coprime_ints`: the two ints, then the instance (a new reference). */
export function newFraction(interp: Interp, [n, d]: Q.Rational): PyObject {
  const rt = interp.rt;
  const t = fractionType(interp);
  const num = newInt(rt, normalizeInt(n));
  const den = newInt(rt, normalizeInt(d));
  const o = newInstance(rt, t);
  o.slots[0] = num;
  o.slots[1] = den;
  return o;
}

/** `float(fraction)`: `n / d` correctly rounded (int true division). */
function toFloat(interp: Interp, [n, d]: Q.Rational): number {
  const x = Q.ratioToFloat(n, d);
  if (x === null) interp.raise('OverflowError', 'integer division result too large for a float');
  return x;
}

function intResult(interp: Interp, v: bigint): PyObject {
  return newInt(interp.rt, normalizeInt(v));
}

/** `a <op> b` in float arithmetic, after converting the Fraction side. */
function floatFallback(interp: Interp, nb: number, a: PyObject | number, b: PyObject | number): PyObject {
  const x = typeof a === 'number' ? newFloat(interp.rt, a) : a;
  const y = typeof b === 'number' ? newFloat(interp.rt, b) : b;
  try {
    return binaryOp(interp, nb, x, y);
  } finally {
    if (typeof a === 'number') interp.rt.heap.decref(x);
    if (typeof b === 'number') interp.rt.heap.decref(y);
  }
}

type ExactOp = (interp: Interp, a: Q.Rational, b: Q.Rational) => PyObject;

/** `_operator_fallbacks(monomorphic, fallback)`: the forward and the reflected dunder. */
function operatorPair(nb: number, exact: ExactOp): [NativeImpl, NativeImpl] {
  const forward: NativeImpl = (interp, args) => {
    const a = selfValue(interp, args[0]);
    const other = args[1];
    const b = rationalOf(interp, other);
    if (b) return exact(interp, a, b);
    if (other instanceof PyFloatObject) return floatFallback(interp, nb, toFloat(interp, a), other);
    return notImplemented(interp);
  };
  const reverse: NativeImpl = (interp, args) => {
    const b = selfValue(interp, args[0]);
    const other = args[1];
    const a = rationalOf(interp, other);
    if (a) return exact(interp, a, b);
    if (other instanceof PyFloatObject) return floatFallback(interp, nb, other, toFloat(interp, b));
    return notImplemented(interp);
  };
  return [forward, reverse];
}

const zeroDivision = (interp: Interp, message: string): never => interp.raise('ZeroDivisionError', message);

const exactOps: Record<string, [number, ExactOp]> = {
  add: [NB.add, (i, a, b) => newFraction(i, Q.add(a, b))],
  sub: [NB.sub, (i, a, b) => newFraction(i, Q.sub(a, b))],
  mul: [NB.mul, (i, a, b) => newFraction(i, Q.mul(a, b))],
  truediv: [NB.truediv, (i, a, b) => {
    if (b[0] === 0n) zeroDivision(i, `Fraction(${a[0] * b[1]}, 0)`);
    return newFraction(i, Q.div(a, b));
  }],
  floordiv: [NB.floordiv, (i, a, b) => {
    if (b[0] === 0n) zeroDivision(i, 'integer division or modulo by zero');
    return intResult(i, Q.floorDiv(a[0] * b[1], a[1] * b[0]));
  }],
  mod: [NB.mod, (i, a, b) => {
    if (b[0] === 0n) zeroDivision(i, 'integer modulo by zero');
    return newFraction(i, modOf(a, b));
  }],
  divmod: [-1, (i, a, b) => {
    if (b[0] === 0n) zeroDivision(i, 'integer division or modulo by zero');
    const q = intResult(i, Q.floorDiv(a[0] * b[1], a[1] * b[0]));
    return newTuple(i.rt, [q, newFraction(i, modOf(a, b))]);
  }],
};

function modOf(a: Q.Rational, b: Q.Rational): Q.Rational {
  const x = a[0] * b[1];
  const y = b[0] * a[1];
  const r = x - Q.floorDiv(x, y) * y;
  return Q.normalize(r, a[1] * b[1]);
}

/** `Fraction ** int`: exact, with `Fraction(d**-p, 0)` for zero to a negative power. */
function powInt(interp: Interp, a: Q.Rational, p: bigint): PyObject {
  if (p >= 0n) return newFraction(interp, [a[0] ** p, a[1] ** p]);
  if (a[0] === 0n) zeroDivision(interp, `Fraction(${a[1] ** -p}, 0)`);
  return newFraction(interp, Q.normalize(a[1] ** -p, a[0] ** -p));
}

const pow: NativeImpl = (interp, args) => {
  const a = selfValue(interp, args[0]);
  const other = args[1];
  const b = rationalOf(interp, other);
  if (b) return b[1] === 1n ? powInt(interp, a, b[0]) : floatFallback(interp, NB.pow, toFloat(interp, a), toFloat(interp, b));
  if (other instanceof PyFloatObject) return floatFallback(interp, NB.pow, toFloat(interp, a), other);
  return notImplemented(interp);
};

const rpow: NativeImpl = (interp, args) => {
  const b = selfValue(interp, args[0]);
  const other = args[1];
  if (b[1] === 1n && b[0] >= 0n) {
    const e = intResult(interp, b[0]);
    try {
      return binaryOp(interp, NB.pow, other, e);
    } finally {
      interp.rt.heap.decref(e);
    }
  }
  const a = rationalOf(interp, other);
  if (a) return floatFallback(interp, NB.pow, toFloat(interp, a), toFloat(interp, b));
  if (other instanceof PyFloatObject) return floatFallback(interp, NB.pow, other, toFloat(interp, b));
  return notImplemented(interp);
};

/** `_richcmp`: exact against ints and Fractions; a float as its exact ratio (inf and nan against 0.0). */
function comparison(test: (c: number) => boolean, isEq = false): NativeImpl {
  return (interp, args) => {
    const a = selfValue(interp, args[0]);
    const other = args[1];
    const b = rationalOf(interp, other);
    if (b) return interp.bool(test(Q.cmp(a, b)));
    if (other instanceof PyFloatObject) {
      const x = other.value;
      if (!Number.isFinite(x)) return interp.bool(isEq ? false : test(Number.isNaN(x) ? NaN : x > 0 ? -1 : 1));
      return interp.bool(test(Q.cmp(a, Q.floatRatio(x))));
    }
    return notImplemented(interp);
  };
}

/** `Fraction.__new__(numerator=0, denominator=None)`, as `__init__` on the fresh instance. */
const init: NativeImpl = (interp, args, kwnames) => {
  const self = args[0];
  if (!isFraction(interp, self)) return interp.typeError('Fraction.__init__ needs a Fraction');
  const [num, den] = bindArgs(interp, { qualname: 'Fraction', params: ['numerator', 'denominator'], required: 0 }, args.slice(1), kwnames);
  let value: Q.Rational;
  if (den === undefined || den === interp.rt.None) {
    value = single(interp, num);
  } else {
    const n = num === undefined ? ([0n, 1n] as Q.Rational) : rationalOf(interp, num);
    const d = rationalOf(interp, den);
    if (!n || !d) return interp.typeError('both arguments should be Rational instances');
    if (n[1] === 1n && d[1] === 1n) {
      if (d[0] === 0n) zeroDivision(interp, `Fraction(${n[0]}, 0)`);
      value = Q.normalize(n[0], d[0]);
    } else {
      if (d[0] === 0n) zeroDivision(interp, `Fraction(${n[0] * d[1]}, 0)`);
      value = Q.div(n, d);
    }
  }
  const rt = interp.rt;
  const old = self.slots.slice();
  self.slots[0] = newInt(rt, normalizeInt(value[0]));
  self.slots[1] = newInt(rt, normalizeInt(value[1]));
  for (const o of old) rt.heap.xdecref(o);
  return interp.none();
};

/** The one-argument forms: an int or Fraction, a float (its exact ratio), or a string literal. */
function single(interp: Interp, v: PyObject | undefined): Q.Rational {
  if (v === undefined) return [0n, 1n];
  const r = rationalOf(interp, v);
  if (r) return r;
  if (v instanceof PyFloatObject) return fromFloat(interp, v.value);
  const dec = decimalValues.get(v);
  if (dec) return fromDecimal(interp, dec);
  if (v instanceof PyUnicodeObject) {
    const p = Q.parseRational(v.value, interp.rt.profile.version !== '3.11');
    if (!p) return interp.raise('ValueError', `Invalid literal for Fraction: ${reprOf(interp, v)}`);
    if (p.d === 0n) zeroDivision(interp, `Fraction(${p.n}, 0)`);
    return Q.normalize(p.n, p.d);
  }
  return interp.typeError('argument should be a string or a Rational instance');
}

/** `float.as_integer_ratio` with its errors. */
function fromFloat(interp: Interp, x: number): Q.Rational {
  if (Number.isNaN(x)) interp.raise('ValueError', 'cannot convert NaN to integer ratio');
  if (!Number.isFinite(x)) interp.raise('OverflowError', 'cannot convert Infinity to integer ratio');
  return Q.floatRatio(x);
}

/** `Decimal.as_integer_ratio` with its errors (the same texts as float's). */
function fromDecimal(interp: Interp, d: Dec): Q.Rational {
  if (d.special === 'inf') interp.raise('OverflowError', 'cannot convert Infinity to integer ratio');
  if (d.special !== 'F') interp.raise('ValueError', 'cannot convert NaN to integer ratio');
  const [n, den] = decimalRatio(d);
  return Q.normalize(n, den);
}

/** `Fraction.from_decimal(dec)`: an int is accepted as itself, anything else but a Decimal is refused. */
const fromDecimalMethod: NativeImpl = (interp, args) => {
  const v = args[1];
  if (v instanceof PyLongObject) return newFraction(interp, [BigInt(v.value), 1n]);
  const dec = decimalValues.get(v);
  if (!dec) return interp.typeError(`Fraction.from_decimal() only takes Decimals, not ${reprOf(interp, v)} (${v.type.name})`);
  return newFraction(interp, fromDecimal(interp, dec));
};

const fromFloatMethod: NativeImpl = (interp, args) => {
  const f = args[1];
  if (f instanceof PyLongObject) return newFraction(interp, [BigInt(f.value), 1n]);
  if (!(f instanceof PyFloatObject)) {
    return interp.typeError(`Fraction.from_float() only takes floats, not ${reprOf(interp, f)} (${f.type.name})`);
  }
  return newFraction(interp, fromFloat(interp, f.value));
};

const limitDenominator: NativeImpl = (interp, args, kwnames) => {
  const self = selfValue(interp, args[0]);
  const [maxArg] = bindArgs(interp, { qualname: 'Fraction.limit_denominator', params: ['max_denominator'], required: 0 }, args.slice(1), kwnames);
  const max = maxArg === undefined ? 1_000_000n : rationalOf(interp, maxArg)?.[0];
  if (max === undefined) return interp.typeError(`'<' not supported between instances of '${(maxArg as PyObject).type.name}' and 'int'`);
  if (max < 1n) interp.raise('ValueError', 'max_denominator should be at least 1');
  return newFraction(interp, Q.limitDenominator(self, max));
};

const round: NativeImpl = (interp, args) => {
  const self = selfValue(interp, args[0]);
  const nd = args[1];
  if (nd === undefined || nd === interp.rt.None) return intResult(interp, Q.roundHalfEven(self));
  const digits = rationalOf(interp, nd)?.[0];
  if (digits === undefined) return interp.typeError(`'${nd.type.name}' object cannot be interpreted as an integer`);
  const shift = 10n ** (digits < 0n ? -digits : digits);
  if (digits > 0n) return newFraction(interp, Q.normalize(Q.roundHalfEven(Q.mul(self, [shift, 1n])), shift));
  return newFraction(interp, [Q.roundHalfEven(Q.div(self, [shift, 1n])) * shift, 1n]);
}

function unary(f: (interp: Interp, r: Q.Rational) => PyObject): NativeImpl {
  return (interp, args) => f(interp, selfValue(interp, args[0]));
}

/** The Fraction's two ints as its `numerator`/`denominator` properties (new references). */
function slotGetter(i: 0 | 1): NativeImpl {
  return (interp, args) => {
    selfValue(interp, args[0]);
    const v = (args[0] as PyInstanceObject).slots[i] as PyObject;
    interp.rt.heap.incref(v);
    return v;
  };
}

/** How dicts and sets key a Fraction: as the equal int or float when there is one, else by hash and `==`. */
function fractionHashKey(interp: Interp, o: PyObject): HashedKey {
  const r = selfValue(interp, o);
  if (r[1] === 1n) return { key: o, hashKey: normalizeInt(r[0]) };
  const x = Q.ratioToFloat(r[0], r[1]);
  if (x !== null && x !== 0 && Q.cmp(Q.floatRatio(x), r) === 0) return { key: o, hashKey: x };
  const hash = normalizeInt(Q.rationalHash(r));
  return { key: o, hashKey: hash, hash, eq: (a, b) => equals(interp, a, b) };
}

/** Creates the `fractions.Fraction` class. */
export function fractionType(interp: Interp): PyHeapTypeObject {
  const rt = interp.rt;
  const existing = fractionTypes.get(rt);
  if (existing) return existing;
  const ns = new Map<string, PyObject>();
  const fn = (name: string, impl: NativeImpl): void => void ns.set(name, interp.nativeFunction(name, impl));
  ns.set('__module__', newStr(rt, 'fractions'));
  ns.set('__slots__', newTuple(rt, [newStr(rt, '_numerator'), newStr(rt, '_denominator')]));
  fn('__init__', init);
  fn('__repr__', unary((i, [n, d]) => newStr(i.rt, `Fraction(${n}, ${d})`)));
  fn('__str__', unary((i, [n, d]) => newStr(i.rt, d === 1n ? `${n}` : `${n}/${d}`)));
  for (const [name, [nb, exact]] of Object.entries(exactOps)) {
    const [forward, reverse] = nb < 0 ? operatorPairPlain(exact) : operatorPair(nb, exact);
    fn(`__${name}__`, forward);
    fn(`__r${name}__`, reverse);
  }
  fn('__pow__', pow);
  fn('__rpow__', rpow);
  fn('__neg__', unary((i, [n, d]) => newFraction(i, [-n, d])));
  fn('__pos__', unary((i, r) => newFraction(i, r)));
  fn('__abs__', unary((i, [n, d]) => newFraction(i, [n < 0n ? -n : n, d])));
  fn('__eq__', comparison((c) => c === 0, true));
  fn('__lt__', comparison((c) => c < 0));
  fn('__le__', comparison((c) => c <= 0));
  fn('__gt__', comparison((c) => c > 0));
  fn('__ge__', comparison((c) => c >= 0));
  fn('__bool__', unary((i, [n]) => i.bool(n !== 0n)));
  fn('__hash__', unary((i, r) => intResult(i, Q.rationalHash(r))));
  fn('__float__', unary((i, r) => newFloat(i.rt, toFloat(i, r))));
  fn('__int__', unary((i, [n, d]) => intResult(i, n < 0n ? -(-n / d) : n / d)));
  fn('__trunc__', unary((i, [n, d]) => intResult(i, n < 0n ? -(-n / d) : n / d)));
  fn('__floor__', unary((i, [n, d]) => intResult(i, Q.floorDiv(n, d))));
  fn('__ceil__', unary((i, [n, d]) => intResult(i, -Q.floorDiv(-n, d))));
  fn('__round__', round);
  fn('__format__', (i, args) => {
    const spec = args[1];
    if (!(spec instanceof PyUnicodeObject)) return i.typeError(`argument 1 must be str, not ${spec.type.name}`);
    return newStr(i.rt, formatRational(i, selfValue(i, args[0]), spec.value));
  });
  fn('limit_denominator', limitDenominator);
  fn('as_integer_ratio', unary((i, [n, d]) => newTuple(i.rt, [intResult(i, n), intResult(i, d)])));
  if (rt.profile.version !== '3.11') fn('is_integer', unary((i, [, d]) => i.bool(d === 1n)));
  const t = createClass(interp, 'Fraction', [rt.types.object], ns);
  const ct = classTypes(rt);
  const replace = (name: string, v: PyObject): void => {
    const old = t.ns.get(name);
    t.ns.set(name, v);
    rt.heap.xdecref(old ?? null);
  };
  replace('from_float', newDescr(rt, ct.classmethod, [interp.nativeFunction('from_float', fromFloatMethod)]));
  replace('from_decimal', newDescr(rt, ct.classmethod, [interp.nativeFunction('from_decimal', fromDecimalMethod)]));
  for (const [name, i] of [['numerator', 0], ['denominator', 1]] as const) {
    replace(name, newDescr(rt, ct.property, [interp.nativeFunction(name, slotGetter(i)), null, null, null]));
  }
  fractionTypes.set(rt, t);
  customHashKeys.set(t, fractionHashKey);
  return t;
}

/** `divmod` has no float fallback through BINARY_OP: exact with ints and Fractions only. */
function operatorPairPlain(exact: ExactOp): [NativeImpl, NativeImpl] {
  return [
    (interp, args) => { const b = rationalOf(interp, args[1]); return b ? exact(interp, selfValue(interp, args[0]), b) : notImplemented(interp); },
    (interp, args) => { const a = rationalOf(interp, args[1]); return a ? exact(interp, a, selfValue(interp, args[0])) : notImplemented(interp); },
  ];
}

/** Creates the module (on first import). */
export function createFractions(interp: Interp): PyModuleObject {
  const t = fractionType(interp);
  interp.rt.heap.incref(t);
  return interp.defineModule('fractions', {}, { Fraction: t });
}

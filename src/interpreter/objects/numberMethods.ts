/**
 * The methods of `int` and `float` (Objects/longobject.c `int_bit_length`, `int_bit_count`,
 * `int_as_integer_ratio`...; Objects/floatobject.c `float_is_integer`, `float_as_integer_ratio`,
 * `float_hex`). `int.is_integer` exists from 3.12 on.
 */
import { subclassResult } from './subclassResult';
import { floatFromhex } from './floatFromHex';
import { decomposeDouble } from '../../engine/objects/doubleBits';
import { newFloat, PyFloatObject } from '../../engine/objects/floatObject';
import { bitLength, newInt, PyLongObject, newIntFromSsize } from '../../engine/objects/longObject';
import type { PyObject } from '../../engine/objects/object';
import { newTuple } from '../../engine/objects/tupleObject';
import { newStr } from '../../engine/objects/unicodeObject';
import type { Interp } from '../runtime/interp';
import type { NativeImpl } from '../vm/callables';

/** `self` of an int method, after the no-argument check. */
function intSelf(interp: Interp, args: PyObject[], name: string): bigint {
  const o = args[0];
  if (!(o instanceof PyLongObject)) return interp.typeError(`descriptor '${name}' for 'int' objects doesn't apply to a '${o.type.name}' object`);
  if (args.length > 1) interp.typeError(`int.${name}() takes no arguments (${args.length - 1} given)`);
  return BigInt(o.value);
}

/** `self` of a float method, after the no-argument check. */
function floatSelf(interp: Interp, args: PyObject[], name: string): number {
  const o = args[0];
  if (!(o instanceof PyFloatObject)) return interp.typeError(`descriptor '${name}' for 'float' objects doesn't apply to a '${o.type.name}' object`);
  if (args.length > 1) interp.typeError(`float.${name}() takes no arguments (${args.length - 1} given)`);
  return o.value;
}

/** `int(self)`: the object itself for an exact int, else a new int of its value (bool → int). */
export function exactInt(interp: Interp, o: PyLongObject): PyObject {
  if (o.type === interp.rt.types.int) {
    interp.rt.heap.incref(o);
    return o;
  }
  return newInt(interp.rt, o.value);
}

/** `float(self)`, the same for floats. */
export function exactFloat(interp: Interp, o: PyFloatObject): PyObject {
  if (o.type === interp.rt.types.float) {
    interp.rt.heap.incref(o);
    return o;
  }
  return newFloat(interp.rt, o.value);
}

function popcount(v: bigint): number {
  let n = 0;
  for (let x = v < 0n ? -v : v; x > 0n; x &= x - 1n) n++;
  return n;
}

/** `float.hex()`: `[-]0x1.<13 hex digits>p<exp>`, subnormals as `0x0.…p-1022`. */
export function floatHex(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  const sign = x < 0 || Object.is(x, -0) ? '-' : '';
  if (x === 0) return `${sign}0x0.0p+0`;
  const { mant, exp } = decomposeDouble(x);
  const normal = mant >= 1n << 52n;
  const frac = (mant & ((1n << 52n) - 1n)).toString(16).padStart(13, '0');
  const e = normal ? exp + 52 : -1022;
  return `${sign}0x${normal ? 1 : 0}.${frac}p${e < 0 ? '-' : '+'}${Math.abs(e)}`;
}

/** Installs the methods on `int` and `float`. */
export function installNumberMethods(interp: Interp): void {
  const rt = interp.rt;
  const intMethods: Record<string, NativeImpl> = {
    bit_length: (i, args) => {
      const v = intSelf(i, args, 'bit_length');
      return newIntFromSsize(rt, bitLength(v < 0n ? -v : v));
    },
    bit_count: (i, args) => newIntFromSsize(rt, popcount(intSelf(i, args, 'bit_count'))),
    conjugate: (i, args) => {
      intSelf(i, args, 'conjugate');
      return exactInt(i, args[0] as PyLongObject);
    },
    as_integer_ratio: (i, args) => {
      intSelf(i, args, 'as_integer_ratio');
      return newTuple(rt, [exactInt(i, args[0] as PyLongObject), newInt(rt, 1)]);
    },
  };
  if (rt.profile.version !== '3.11') {
    intMethods.is_integer = (i, args) => {
      intSelf(i, args, 'is_integer');
      return i.bool(true);
    };
  }
  const floatMethods: Record<string, NativeImpl> = {
    is_integer: (i, args) => i.bool(Number.isInteger(floatSelf(i, args, 'is_integer'))),
    conjugate: (i, args) => {
      floatSelf(i, args, 'conjugate');
      return exactFloat(i, args[0] as PyFloatObject);
    },
    hex: (i, args) => newStr(rt, floatHex(floatSelf(i, args, 'hex'))),
    as_integer_ratio: (i, args) => {
      const x = floatSelf(i, args, 'as_integer_ratio');
      if (Number.isNaN(x)) i.raise('ValueError', 'cannot convert NaN to integer ratio');
      if (!Number.isFinite(x)) i.raise('OverflowError', 'cannot convert Infinity to integer ratio');
      const { mant, exp } = decomposeDouble(x);
      let num = mant;
      let den = 1n;
      if (exp >= 0) num <<= BigInt(exp);
      else den <<= BigInt(-exp);
      while (den > 1n && (num & 1n) === 0n) { num >>= 1n; den >>= 1n; }
      if (x < 0) num = -num;
      return newTuple(rt, [newInt(rt, num), newInt(rt, den)]);
    },
  };
  for (const [name, impl] of Object.entries(intMethods)) interp.methods.define(rt.types.int, name, impl);
  for (const [name, impl] of Object.entries(floatMethods)) interp.methods.define(rt.types.float, name, impl);
  interp.methods.defineClassMethod(rt.types.float, 'fromhex', subclassResult(rt.types.float, floatFromhex));
}

/**
 * Builtins about single values (Python/bltinmodule.c): `hash`, `chr`, `ord`, `ascii`, `bin`,
 * `oct`, `hex`, `divmod`, `pow`, `any`, `all`, `callable` and `format`. Each result is a new
 * object allocated as CPython allocates it (`divmod` a 2-tuple of two new numbers).
 */
import { resumableNative } from '../vm/resumableNative';
import { chainsItems, nextItem } from './iterItemSteps';
import { replayIntPlan1 } from '../objects/intPlanReplay';
import { planPow } from '../objects/intPowPlan';
import { PyFloatObject } from '../../engine/objects/floatObject';
import { PyComplexObject } from '../../engine/objects/complexObject';
import { asComplex } from '../objects/complexOps';
import { newInt, PyLongObject, newIntFromSsize } from '../../engine/objects/longObject';
import type { PyObject } from '../../engine/objects/object';
import { PyTypeObject } from '../../engine/objects/typeObject';
import { PyHeapTypeObject } from '../../engine/objects/typeHeap';
import { PyMethodObject } from '../../engine/objects/methodObject';
import { PyNativeObject } from '../modules/nativeObject';
import { typeLookup } from '../objects/typeLookup';
import { newStr, PyUnicodeObject } from '../../engine/objects/unicodeObject';
import { getIter, isTrue, iterNext } from '../objects/abstract';
import { binaryOp } from '../objects/numberProtocol';
import { slotDivmod } from '../objects/typeSlots';
import { formatBuiltin } from '../objects/formatBuiltins';
import { hashOf } from '../objects/hashKey';
import { reprOf } from '../objects/repr';
import { asciiOf } from '../objects/strQueries';
import type { Interp } from '../runtime/interp';
import { isCallable, type NativeImpl } from '../vm/callables';
import { indexValue } from '../objects/numberIndex';
import { argRange, clinicArgs, exactlyOne, noKeywords } from './args';
import { clinicKeywordCall } from './clinicKwtuple';
import { floatDivmod, intDivmod } from '../objects/numberSlotWrappers';

const hash: NativeImpl = (interp, args, kwnames) => newIntFromSsize(interp.rt, hashOf(interp, exactlyOne(interp, 'hash', args, kwnames)));

const chr: NativeImpl = (interp, args, kwnames) => {
  const v = exactlyOne(interp, 'chr', args, kwnames);
  const c = BigInt(indexValue(interp, v));
  if (c < 0n || c > 0x10ffffn) interp.raise('ValueError', 'chr() arg not in range(0x110000)');
  return newStr(interp.rt, String.fromCodePoint(Number(c)));
};

const ord: NativeImpl = (interp, args, kwnames) => {
  const v = exactlyOne(interp, 'ord', args, kwnames);
  if (!(v instanceof PyUnicodeObject)) return interp.typeError(`ord() expected string of length 1, but ${v.type.name} found`);
  if (v.length !== 1) interp.typeError(`ord() expected a character, but string of length ${v.length} found`);
  return newInt(interp.rt, v.value.codePointAt(0) as number);
};

const ascii: NativeImpl = (interp, args, kwnames) => newStr(interp.rt, asciiOf(reprOf(interp, exactlyOne(interp, 'ascii', args, kwnames))));

function radix(name: 'bin' | 'oct' | 'hex', base: number, prefix: string): NativeImpl {
  return (interp, args, kwnames) => {
    const v = exactlyOne(interp, name, args, kwnames);
    const n = BigInt(indexValue(interp, v));
    return newStr(interp.rt, (n < 0n ? '-' : '') + prefix + (n < 0n ? -n : n).toString(base));
  };
}

const divmod: NativeImpl = (interp, args, kwnames) => {
  noKeywords(interp, 'divmod', kwnames);
  argRange(interp, 'divmod', args, 2, 2);
  const [a, b] = args;
  const user = slotDivmod(interp, a, b);
  if (user) return user;
  const numeric = (o: PyObject) => o instanceof PyLongObject || o instanceof PyFloatObject;
  if (!numeric(a) || !numeric(b)) interp.typeError(`unsupported operand type(s) for divmod(): '${a.type.name}' and '${b.type.name}'`);
  if (a instanceof PyFloatObject || b instanceof PyFloatObject) {
    const x = a instanceof PyFloatObject ? a.value : Number((a as PyLongObject).value);
    const y = b instanceof PyFloatObject ? b.value : Number((b as PyLongObject).value);
    return floatDivmod(interp, x, y);
  }
  // long_divmod: the int slots themselves, never a subclass's __floordiv__/__mod__.
  return intDivmod(interp, a, b);
};

/** `long_invmod`: the inverse of `base` (reduced, >= 0) modulo `mod` (> 1), or CPython's ValueError. */
function modularInverse(interp: Interp, base: bigint, mod: bigint): bigint {
  let [r0, r1] = [mod, base];
  let [t0, t1] = [0n, 1n];
  while (r1 !== 0n) {
    const q = r0 / r1;
    [r0, r1] = [r1, r0 - q * r1];
    [t0, t1] = [t1, t0 - q * t1];
  }
  if (r0 !== 1n) interp.raise('ValueError', 'base is not invertible for the given modulus');
  return ((t0 % mod) + mod) % mod;
}

const POW_PARAMS = ['base', 'exp', 'mod'];

const pow: NativeImpl = (interp, args, kwnames) => {
  clinicKeywordCall(interp, 'pow', POW_PARAMS, kwnames);
  args = clinicArgs(interp, 'pow', POW_PARAMS, 2, args, kwnames);
  if (args.length === 2 || args[2] === interp.rt.None) return binaryOp(interp, 8, args[0], args[1]);
  const [b, e, m] = args;
  if (!(b instanceof PyLongObject && e instanceof PyLongObject && m instanceof PyLongObject)) {
    // complex_pow refuses any third argument before looking at it.
    if ((b instanceof PyComplexObject || e instanceof PyComplexObject) && asComplex(b) && asComplex(e)) interp.raise('ValueError', 'complex modulo');
    return interp.typeError('pow() 3rd argument not allowed unless all arguments are integers');
  }
  const mod = BigInt(m.value);
  if (mod === 0n) interp.raise('ValueError', 'pow() 3rd argument cannot be 0');
  // long_pow's own steps (reductions, squares, the 5-ary window's table) for a non-negative exponent.
  if (e.value >= 0) return replayIntPlan1(interp.rt, planPow(b.value, e.value, m.value), [b, e, m]);
  // A negative exponent needs the base's inverse modulo |mod| (ValueError without one; |mod| 1 gives 0).
  const absMod = mod < 0n ? -mod : mod;
  if (absMod !== 1n) modularInverse(interp, ((BigInt(b.value) % absMod) + absMod) % absMod, absMod);
  return replayIntPlan1(interp.rt, planPow(b.value, e.value, m.value), [b, e, m]);
};

function anyAll(name: 'any' | 'all'): NativeImpl {
  return resumableNative(function* anyAllSteps(interp, args, kwnames) {
    const it = getIter(interp, exactlyOne(interp, name, args, kwnames));
    const chain = chainsItems(interp, it);
    try {
      for (let v = (chain ? yield* nextItem(interp, it) : iterNext(interp, it)); v !== null; v = (chain ? yield* nextItem(interp, it) : iterNext(interp, it))) {
        let t: boolean;
        try {
          t = isTrue(interp, v);
        } finally {
          interp.rt.heap.decref(v);
        }
        if (t === (name === 'any')) return interp.bool(t);
      }
      return interp.bool(name === 'all');
    } finally {
      interp.rt.heap.decref(it);
    }
  });
}

/** `PyCallable_Check`: the type has tp_call (functions, bound methods, classes, a class's `__call__`). */
export function callableCheck(interp: Interp, v: PyObject): boolean {
  return isCallable(v) || v instanceof PyTypeObject || v instanceof PyMethodObject
    || (v instanceof PyNativeObject && v.call !== null) || (v.type instanceof PyHeapTypeObject && typeLookup(interp, v.type, '__call__') !== null);
}

const callable: NativeImpl = (interp, args, kwnames) => interp.bool(callableCheck(interp, exactlyOne(interp, 'callable', args, kwnames)));

/** The value builtins, by name. */
export const valueBuiltins: Record<string, NativeImpl> = {
  hash, chr, ord, ascii, bin: radix('bin', 2, '0b'), oct: radix('oct', 8, '0o'), hex: radix('hex', 16, '0x'),
  divmod, pow, any: anyAll('any'), all: anyAll('all'), callable, format: formatBuiltin,
};

/** Registers them in builtins. */
export function installValueBuiltins(interp: Interp): void {
  for (const [name, impl] of Object.entries(valueBuiltins)) interp.builtins.set(name, interp.nativeFunction(name, impl));
}

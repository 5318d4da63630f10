/**
 * `math` (Modules/mathmodule.c, 3.11–3.13). Float functions call the platform's libm (glibc) in
 * CPython; here ../builtins/libm's correctly rounded or glibc-shaped versions where V8's `Math`
 * differs from glibc (exp, log*, pow, trig, hyperbolic, cbrt), `Math` elsewhere (sqrt, expm1,
 * log1p and atanh agree). What CPython computes itself is mirrored: `hypot`/`dist` (`vector_norm`,
 * correctly rounded), `fsum` (Shewchuk's exact partials, `msum`),
 * `factorial`/`comb`/`perm`/`isqrt`/`gcd`/`lcm` on exact integers, `log` of huge ints (`loghelper`:
 * frexp of the int), `prod` (ints stay exact), `isclose`, `modf`, `frexp`, domain and range
 * errors (`math_1`: a NaN from a non-NaN argument is "math domain error", an infinity from a
 * finite one is "math range error").
 */
import { newFloat, PyFloatObject } from '../../engine/objects/floatObject';
import { newInt, newIntFromSsize, normalizeInt, PyLongObject } from '../../engine/objects/longObject';
import type { PyObject } from '../../engine/objects/object';
import { newTuple } from '../../engine/objects/tupleObject';
import { getIter, iterNext } from '../objects/abstract';
import { binaryOp } from '../objects/numberProtocol';
import { slotDunder } from '../objects/typeSlots';
import { floatToInt } from '../objects/numberRounding';
import type { Interp } from '../runtime/interp';
import type { NativeImpl } from '../vm/callables';
import type { PyModuleObject } from '../runtime/moduleObject';
import { splitKeywords } from '../builtins/args';
import { asBigInt, asDouble, iscloseArgs, positional } from './moduleArgs';
import { glibcCbrt } from '../builtins/libm/cbrt';
import { gamma, lgamma } from '../builtins/libm/gamma';
import { erf, erfc } from '../builtins/libm/erf';
import { vectorNorm } from '../builtins/libm/hypot';
import { crAcos, crAsin, crAtan, crAtan2, crCos, crSin, crTan } from '../builtins/libm/trig';
import { glibcAcosh, glibcAsinh, glibcCosh, glibcSinh, glibcTanh } from '../builtins/libm/hyperbolic';
import { crExp, crExp2, crLog, crLog2, glibcLog10, crPow } from '../builtins/libm/expLog';

/** `math_1`: f on a double, with CPython's error rules. */
function math1(name: string, f: (x: number) => number, canOverflow: boolean): NativeImpl {
  return (interp, args, kwnames) => {
    oneArg(interp, name, args, kwnames);
    const x = asDouble(interp, args[0]);
    const r = f(x);
    if (Number.isNaN(r) && !Number.isNaN(x)) interp.raise('ValueError', 'math domain error');
    if (!Number.isFinite(r) && Number.isFinite(x) && !Number.isNaN(r)) {
      interp.raise(canOverflow ? 'OverflowError' : 'ValueError', canOverflow ? 'math range error' : 'math domain error');
    }
    return newFloat(interp.rt, r);
  };
}

function oneArg(interp: Interp, name: string, args: PyObject[], kwnames: string[] | null): void {
  if ((kwnames && kwnames.length) || args.length !== 1) {
    if (kwnames && kwnames.length) interp.typeError(`math.${name}() takes no keyword arguments`);
    interp.typeError(`math.${name}() takes exactly one argument (${args.length} given)`);
  }
}

function rounding(name: string, f: (x: number) => number): NativeImpl {
  return (interp, args, kwnames) => {
    oneArg(interp, name, args, kwnames);
    const o = args[0];
    if (o instanceof PyLongObject && o.type === interp.rt.types.int) {
      interp.rt.heap.incref(o);
      return o;
    }
    if (o instanceof PyLongObject) return newInt(interp.rt, o.value);
    const user = slotDunder(interp, o, `__${name}__`);
    if (user) return user;
    return floatToInt(interp, f(asDouble(interp, o)));
  };
}

/** `loghelper`: log of an int too large for a double, via its bit length. */
function logOf(interp: Interp, o: PyObject, f: (x: number) => number): number {
  if (o instanceof PyLongObject && typeof o.value === 'bigint') {
    const v = o.value;
    if (v <= 0n) interp.raise('ValueError', 'math domain error');
    const d = Number(v);
    if (Number.isFinite(d)) return f(d);
    // _PyLong_Frexp: v = x * 2**e with x in [0.5, 1), then func(x) + func(2.0) * e.
    const e = v.toString(2).length;
    const x = Number(v >> BigInt(e - 55)) / 2 ** 55;
    return f(x) + f(2) * e;
  }
  const x = asDouble(interp, o);
  if (Number.isNaN(x)) return x;
  if (x <= 0) interp.raise('ValueError', 'math domain error');
  return f(x);
}

function bigIsqrt(n: bigint): bigint {
  if (n < 2n) return n;
  let x = BigInt(Math.floor(Math.sqrt(Number(n))));
  if (x === 0n) x = 1n;
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) {
      while (x * x > n) x--;
      while ((x + 1n) * (x + 1n) <= n) x++;
      return x;
    }
    x = y;
  }
}

function gcd2(a: bigint, b: bigint): bigint {
  a = a < 0n ? -a : a;
  b = b < 0n ? -b : b;
  while (b) [a, b] = [b, a % b];
  return a;
}

/**
 * n! as a product tree (balanced halves, as CPython's `factorial_partial_product` splits): the
 * big multiplications pair numbers of like size, so `factorial(10**6)` takes seconds, not hours.
 * `poll` runs at each leaf so the session's time budget and cancel flag still stop a huge one.
 */
function factorialOf(n: bigint, poll: () => void): bigint {
  const product = (lo: bigint, hi: bigint): bigint => {
    if (hi - lo < 32n) {
      poll();
      let r = 1n;
      for (let i = lo; i <= hi; i++) r *= i;
      return r;
    }
    const mid = (lo + hi) / 2n;
    return product(lo, mid) * product(mid + 1n, hi);
  };
  return n < 2n ? 1n : product(2n, n);
}

function intResult(interp: Interp, v: bigint): PyObject {
  return newInt(interp.rt, normalizeInt(v));
}

/**
 * A result `factorial`, `comb`, `perm` and `isqrt` build from a C integer
 * (`PyLong_FromUnsignedLong(Long)`: no one-digit shortcut, so 28 bytes, not 32) or, when larger,
 * by multiplying ints: either way `_PyLong_New(ndigits)`'s size.
 */
function sizedResult(interp: Interp, v: bigint): PyObject {
  return newIntFromSsize(interp.rt, normalizeInt(v));
}

/** `math.fsum`: Shewchuk's exact partial sums, rounded as `msum` rounds (mathmodule.c). */
function fsum(interp: Interp, iterable: PyObject): number {
  const partials: number[] = [];
  let specialSum = 0;
  let infSum = 0;
  const it = getIter(interp, iterable);
  try {
    for (let item = iterNext(interp, it); item !== null; item = iterNext(interp, it)) {
      let x: number;
      try {
        x = asDouble(interp, item);
      } finally {
        interp.rt.heap.decref(item);
      }
      const xsave = x;
      let i = 0;
      for (const p of partials) {
        let y = p;
        if (Math.abs(x) < Math.abs(y)) [x, y] = [y, x];
        const hi = x + y;
        const lo = y - (hi - x);
        if (lo !== 0) partials[i++] = lo;
        x = hi;
      }
      partials.length = i;
      if (x !== 0) {
        if (!Number.isFinite(x)) {
          if (Number.isFinite(xsave)) interp.raise('OverflowError', 'intermediate overflow in fsum');
          if (!Number.isFinite(xsave) && !Number.isNaN(xsave)) infSum += xsave;
          specialSum += xsave;
          partials.length = 0;
        } else partials.push(x);
      }
    }
  } finally {
    interp.rt.heap.decref(it);
  }
  if (specialSum !== 0) {
    if (Number.isNaN(infSum)) interp.raise('ValueError', '-inf + inf in fsum');
    return specialSum;
  }
  let n = partials.length;
  let hi = 0;
  if (n > 0) {
    hi = partials[--n];
    let lo = 0;
    while (n > 0) {
      const x = hi;
      const y = partials[--n];
      hi = x + y;
      const yr = hi - x;
      lo = y - yr;
      if (lo !== 0) break;
    }
    if (n > 0 && ((lo < 0 && partials[n - 1] < 0) || (lo > 0 && partials[n - 1] > 0))) {
      const y = lo * 2;
      const x = hi + y;
      const yr = x - hi;
      if (y === yr) hi = x;
    }
  }
  return hi;
}

/** `frexp`: mantissa in [0.5, 1) and exponent. */
function frexp(x: number): [number, number] {
  if (x === 0 || !Number.isFinite(x)) return [x, 0];
  let e = Math.max(-1073, Math.floor(Math.log2(Math.abs(x))) + 1);
  let m = x * Math.pow(2, -e);
  while (Math.abs(m) < 0.5) { m *= 2; e--; }
  while (Math.abs(m) >= 1) { m /= 2; e++; }
  return [m, e];
}

function ldexp(m: number, e: number): number {
  // Split the scaling so no intermediate power of two over- or underflows.
  let r = m;
  while (e > 1000) { r *= 2 ** 1000; e -= 1000; }
  while (e < -1000) { r *= 2 ** -1000; e += 1000; }
  return r * 2 ** e;
}

/**
 * IEEE 754 remainder x - n*y, n the integer nearest x/y (even on a tie), exact: the truncated
 * remainder m = fmod(|x|, |y|) is exact, and so is the distance |y| - m to the next multiple.
 */
function ieeeRemainder(x: number, y: number): number {
  const ax = Math.abs(x);
  const ay = Math.abs(y);
  const m = ax % ay;
  const toNext = ay - m;
  let r: number;
  if (m < toNext) r = m;
  else if (m > toNext) r = -toNext;
  else {
    // Halfway: the quotient's parity decides; (ax - m) / 2 is an exact multiple of ay or not.
    r = m - 2 * ((0.5 * (ax - m)) % ay);
  }
  return x < 0 || Object.is(x, -0) ? -r : r;
}

/** Creates the module (on first import). */
export function createMath(interp: Interp): PyModuleObject {
  const rt = interp.rt;
  const float = (v: number) => newFloat(rt, v);
  const two = (name: string, f: (x: number, y: number) => number, check = true): NativeImpl => (i, args, kw) => {
    positional(i, name, args, kw, 2);
    const x = asDouble(i, args[0]);
    const y = asDouble(i, args[1]);
    const r = f(x, y);
    if (check && Number.isNaN(r) && !Number.isNaN(x) && !Number.isNaN(y)) i.raise('ValueError', 'math domain error');
    if (check && !Number.isFinite(r) && !Number.isNaN(r) && Number.isFinite(x) && Number.isFinite(y)) i.raise('OverflowError', 'math range error');
    return float(r);
  };
  const functions: Record<string, NativeImpl> = {
    sqrt: math1('sqrt', Math.sqrt, false),
    exp: math1('exp', crExp, true),
    exp2: math1('exp2', crExp2, true),
    cbrt: math1('cbrt', glibcCbrt, false),
    expm1: math1('expm1', Math.expm1, true),
    sin: math1('sin', crSin, false),
    cos: math1('cos', crCos, false),
    tan: math1('tan', crTan, false),
    asin: math1('asin', crAsin, false),
    acos: math1('acos', crAcos, false),
    atan: math1('atan', crAtan, false),
    sinh: math1('sinh', glibcSinh, true),
    cosh: math1('cosh', glibcCosh, true),
    tanh: math1('tanh', glibcTanh, false),
    asinh: math1('asinh', glibcAsinh, false),
    acosh: math1('acosh', glibcAcosh, false),
    atanh: math1('atanh', (x) => (Math.abs(x) >= 1 ? NaN : Math.atanh(x)), false),
    fabs: math1('fabs', Math.abs, false),
    // The poles are domain errors (C's tgamma/lgamma set EDOM there), other infinities range errors.
    gamma: math1('gamma', (x) => (x <= 0 && x === Math.floor(x) ? NaN : gamma(x)), true),
    erf: math1('erf', erf, false),
    erfc: math1('erfc', erfc, false),
    lgamma: math1('lgamma', (x) => (x <= 0 && x === Math.floor(x) ? NaN : lgamma(x)), true),
    floor: rounding('floor', Math.floor),
    ceil: rounding('ceil', Math.ceil),
    trunc: rounding('trunc', Math.trunc),
    degrees: math1('degrees', (x) => x * (180 / Math.PI), true),
    radians: math1('radians', (x) => x * (Math.PI / 180), false),
    log2: (i, args, kw) => { oneArg(i, 'log2', args, kw); return float(logOf(i, args[0], crLog2)); },
    log10: (i, args, kw) => { oneArg(i, 'log10', args, kw); return float(logOf(i, args[0], glibcLog10)); },
    log1p: math1('log1p', (x) => (x <= -1 ? (x === -1 ? NaN : NaN) : Math.log1p(x)), false),
    log: (i, args, kw) => {
      positional(i, 'log', args, kw, 1, 2);
      const num = logOf(i, args[0], crLog);
      if (args.length === 1) return float(num);
      const den = logOf(i, args[1], crLog);
      if (den === 0) i.raise('ZeroDivisionError', 'float division by zero');
      return float(num / den);
    },
    pow: two('pow', (x, y) => (x === 0 && y < 0 && Number.isFinite(y) ? NaN : crPow(x, y))),
    atan2: two('atan2', crAtan2, false),
    fmod: two('fmod', (x, y) => (y === 0 || !Number.isFinite(x) ? NaN : Number.isFinite(y) ? x % y : x)),
    copysign: two('copysign', (x, y) => {
      const neg = y < 0 || Object.is(y, -0) || (Number.isNaN(y) && false);
      return neg ? -Math.abs(x) : Math.abs(x);
    }, false),
    remainder: two('remainder', (x, y) => {
      if (y === 0 || !Number.isFinite(x)) return NaN;
      if (!Number.isFinite(y)) return x;
      return ieeeRemainder(x, y);
    }),
    hypot: (i, args, kw) => {
      positional(i, 'hypot', args, kw, 0, Infinity);
      return float(vectorNorm(args.map((a) => asDouble(i, a))));
    },
    dist: (i, args, kw) => {
      positional(i, 'dist', args, kw, 2);
      const p = seqOf(i, args[0]);
      const q = seqOf(i, args[1]);
      if (p.length !== q.length) i.raise('ValueError', 'both points must have the same number of dimensions');
      return float(vectorNorm(p.map((x, k) => x - q[k])));
    },
    isnan: (i, args, kw) => { oneArg(i, 'isnan', args, kw); return i.bool(Number.isNaN(asDouble(i, args[0]))); },
    isinf: (i, args, kw) => { oneArg(i, 'isinf', args, kw); const x = asDouble(i, args[0]); return i.bool(!Number.isFinite(x) && !Number.isNaN(x)); },
    isfinite: (i, args, kw) => { oneArg(i, 'isfinite', args, kw); return i.bool(Number.isFinite(asDouble(i, args[0]))); },
    isclose: (i, args, kwnames) => {
      const { a, b, relTol, absTol } = iscloseArgs(i, args, kwnames, (o) => asDouble(i, o));
      if (a === b) return i.bool(true);
      if (!Number.isFinite(a) || !Number.isFinite(b)) return i.bool(false);
      const diff = Math.abs(b - a);
      return i.bool((diff <= Math.abs(relTol * b)) || (diff <= Math.abs(relTol * a)) || diff <= absTol);
    },
    modf: (i, args, kw) => {
      oneArg(i, 'modf', args, kw);
      const x = asDouble(i, args[0]);
      if (!Number.isFinite(x)) {
        if (Number.isNaN(x)) return newTuple(rt, [float(x), float(x)]);
        return newTuple(rt, [float(x > 0 ? 0 : -0), float(x)]);
      }
      const ip = Math.trunc(x);
      const fp = x - ip;
      return newTuple(rt, [float(fp === 0 ? (x < 0 || Object.is(x, -0) ? -0 : 0) : fp), float(ip)]);
    },
    frexp: (i, args, kw) => {
      oneArg(i, 'frexp', args, kw);
      const [m, e] = frexp(asDouble(i, args[0]));
      return newTuple(rt, [float(m), newInt(rt, e)]);
    },
    ldexp: (i, args, kw) => {
      positional(i, 'ldexp', args, kw, 2);
      const x = asDouble(i, args[0]);
      const e = Number(asBigInt(i, args[1]));
      const r = ldexp(x, Math.max(-2000, Math.min(2000, e)));
      if (!Number.isFinite(r) && Number.isFinite(x)) i.raise('OverflowError', 'math range error');
      return float(r);
    },
    factorial: (i, args, kw) => {
      oneArg(i, 'factorial', args, kw);
      if (args[0] instanceof PyFloatObject) i.typeError("'float' object cannot be interpreted as an integer");
      const n = asBigInt(i, args[0]);
      if (n < 0n) i.raise('ValueError', 'factorial() not defined for negative values');
      if (n > 2n ** 63n - 1n) i.raise('OverflowError', 'factorial() argument should not exceed 9223372036854775807');
      return sizedResult(i, factorialOf(n, () => i.poll()));
    },
    isqrt: (i, args, kw) => {
      oneArg(i, 'isqrt', args, kw);
      const n = asBigInt(i, args[0]);
      if (n < 0n) i.raise('ValueError', 'isqrt() argument must be nonnegative');
      return sizedResult(i, bigIsqrt(n));
    },
    gcd: (i, args) => intResult(i, args.reduce((g, a) => gcd2(g, asBigInt(i, a)), 0n)),
    lcm: (i, args) => {
      let r = 1n;
      for (const a of args) {
        const v = asBigInt(i, a);
        if (v === 0n || r === 0n) { r = 0n; continue; }
        r = (r * v) / gcd2(r, v);
        if (r < 0n) r = -r;
      }
      return intResult(i, r);
    },
    comb: (i, args, kw) => {
      positional(i, 'comb', args, kw, 2);
      const n = asBigInt(i, args[0]);
      const k = asBigInt(i, args[1]);
      if (n < 0n) i.raise('ValueError', 'n must be a non-negative integer');
      if (k < 0n) i.raise('ValueError', 'k must be a non-negative integer');
      if (k > n) return newInt(rt, 0);
      const kk = k < n - k ? k : n - k;
      // math_comb_impl: with k (or n - k) equal to 1 the result is n itself.
      if (kk === 1n && args[0] instanceof PyLongObject && args[0].type === rt.types.int) {
        rt.heap.incref(args[0]);
        return args[0];
      }
      let r = 1n;
      for (let j = 1n; j <= kk; j++) r = (r * (n - kk + j)) / j;
      return sizedResult(i, r);
    },
    perm: (i, args, kw) => {
      positional(i, 'perm', args, kw, 1, 2);
      const n = asBigInt(i, args[0]);
      const k = args.length > 1 && args[1] !== rt.None ? asBigInt(i, args[1]) : n;
      if (n < 0n) i.raise('ValueError', 'n must be a non-negative integer');
      if (k < 0n) i.raise('ValueError', 'k must be a non-negative integer');
      if (k > n) return newInt(rt, 0);
      // math_perm_impl: perm(n, 1) is n itself.
      if (k === 1n && args[0] instanceof PyLongObject && args[0].type === rt.types.int) {
        rt.heap.incref(args[0]);
        return args[0];
      }
      let r = 1n;
      for (let j = n - k + 1n; j <= n; j++) r *= j;
      return sizedResult(i, r);
    },
    fsum: (i, args, kw) => { oneArg(i, 'fsum', args, kw); return float(fsum(i, args[0])); },
    prod: (i, args, kwnames) => {
      const { positional: pos, keywords } = splitKeywords(args, kwnames);
      if (pos.length !== 1) i.typeError(`prod() takes exactly 1 positional argument (${pos.length} given)`);
      let acc: PyObject = keywords.get('start') ?? rt.None;
      if (acc === rt.None) acc = newInt(rt, 1); else rt.heap.incref(acc);
      const it = getIter(i, pos[0]);
      try {
        for (let x = iterNext(i, it); x !== null; x = iterNext(i, it)) {
          try {
            const next = binaryOp(i, 5, acc, x);
            rt.heap.decref(acc);
            acc = next;
          } finally {
            rt.heap.decref(x);
          }
        }
      } catch (e) {
        rt.heap.decref(acc);
        throw e;
      } finally {
        rt.heap.decref(it);
      }
      return acc;
    },
  };
  const values: Record<string, PyObject> = {
    pi: float(Math.PI), e: float(Math.E), tau: float(2 * Math.PI), inf: float(Infinity), nan: float(NaN),
  };
  return interp.defineModule('math', functions, values);
}

function seqOf(interp: Interp, o: PyObject): number[] {
  const out: number[] = [];
  const it = getIter(interp, o);
  try {
    for (let x = iterNext(interp, it); x !== null; x = iterNext(interp, it)) {
      try {
        out.push(asDouble(interp, x));
      } finally {
        interp.rt.heap.decref(x);
      }
    }
  } finally {
    interp.rt.heap.decref(it);
  }
  return out;
}

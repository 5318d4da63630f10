/**
 * The `random` module: `random.Random` over MT19937 (mersenneTwister.ts) with the methods
 * Lib/random.py builds on it, each following random.py's algorithm call for call so a seeded
 * program draws CPython's numbers: `_randbelow` by rejection over `getrandbits`, `randrange`,
 * `randint`, `choice`, `shuffle`, `sample` (pool or set, by random.py's size rule), `choices`
 * (`floor(random() * n)`, or bisection of the cumulative weights), `uniform`, `triangular`,
 * `gauss` (Box-Muller keeping `gauss_next`), `normalvariate` (Kinderman-Monahan),
 * `expovariate`. The module functions are the methods of a hidden instance, as random.py's
 * `_inst`. Seeds: None (a fresh seed), ints (all bits), floats and other hashables (their
 * hash, as `random_seed` does), str/bytes version 2 (the value followed by its SHA-512).
 *
 * Not modelled: the allocations random.py makes inside a call (the pool list and selection set of
 * `sample`, the cumulative list of `choices`); getstate/setstate, betavariate and friends.
 */
import { newFloat, PyFloatObject } from '../../engine/objects/floatObject';
import { newList, PyListObject } from '../../engine/objects/listObject';
import { newInt, PyLongObject } from '../../engine/objects/longObject';
import type { PyObject } from '../../engine/objects/object';
import { PySetObject } from '../../engine/objects/setObject';
import { PyDictObject } from '../../engine/objects/dictObject';
import type { PyTypeObject } from '../../engine/objects/typeObject';
import { PyTupleObject } from '../../engine/objects/tupleObject';
import { PyUnicodeObject } from '../../engine/objects/unicodeObject';
import { getItem, getIter, iterNext, length } from '../objects/abstract';
import { binaryOp } from '../objects/numberProtocol';
import { hashOf } from '../objects/hashKey';
import type { Interp } from '../runtime/interp';
import type { NativeImpl } from '../vm/callables';
import { bindArgs } from './pyArgs';
import { makeRandomType, newRandom, PyRandomObject } from './randomObject';
import { sha512 } from './sha512';
import { utf8Bytes } from '../objects/utf8';

/** BINARY_OP numbers of `+`, `-`, `*`. */
const ADD = 0;
const SUB = 10;
const MUL = 5;

/** `operator.index(x)` as random.py's `_index` (3.11: an integral float passes, deprecated). */
function indexOf(interp: Interp, o: PyObject, which: string): bigint {
  if (o instanceof PyLongObject) return BigInt(o.value);
  if (interp.rt.profile.versionInfo[1] === 11 && o instanceof PyFloatObject && Number.isFinite(o.value)) {
    if (!Number.isInteger(o.value)) interp.raise('ValueError', `non-integer ${which} for randrange()`);
    return BigInt(o.value);
  }
  return interp.typeError(`'${o.type.name}' object cannot be interpreted as an integer`);
}

/** A float argument (`float(x)` of an int or float), else TypeError as arithmetic would raise. */
function floatOf(interp: Interp, o: PyObject): number {
  if (o instanceof PyFloatObject) return o.value;
  if (o instanceof PyLongObject) return Number(o.value);
  return interp.typeError(`must be real number, not ${o.type.name}`);
}

/** `mu + z * sigma` with CPython's operators (ints and floats keep their arithmetic). */
function affine(interp: Interp, mu: PyObject, z: number, sigma: PyObject): PyObject {
  const zObj = newFloat(interp.rt, z);
  const scaled = binaryOp(interp, MUL, zObj, sigma);
  interp.rt.heap.decref(zObj);
  const r = binaryOp(interp, ADD, mu, scaled);
  interp.rt.heap.decref(scaled);
  return r;
}

/** `random_seed` + `Random.seed`: the int the state is seeded from. */
function seedValue(interp: Interp, a: PyObject | undefined, version: number): bigint {
  const rt = interp.rt;
  if (a === undefined || a === rt.None) {
    let v = 0n;
    for (let i = 0; i < 4; i++) v = (v << 32n) | BigInt(Math.floor(Math.random() * 2 ** 32));
    return v;
  }
  if (a instanceof PyLongObject && a.type === rt.types.int) return BigInt(a.value);
  if (a instanceof PyUnicodeObject) {
    const bytes = utf8Bytes(a.value);
    if (version === 2) return bytesToInt([...bytes, ...sha512(bytes)]);
    if (version === 1) return seedVersion1(Array.from(a.value, (c) => c.codePointAt(0) as number));
  }
  const isHashableScalar = a instanceof PyLongObject || a instanceof PyFloatObject;
  if (!isHashableScalar) {
    const text = interp.rt.profile.versionInfo[1] >= 13
      ? 'The only supported seed types are:\nNone, int, float, str, bytes, and bytearray.'
      : 'The only supported seed types are: None,\nint, float, str, bytes, and bytearray.';
    interp.typeError(text);
  }
  // `PyLong_FromSize_t((size_t)hash)`: the hash read as unsigned 64-bit.
  return BigInt.asUintN(64, BigInt(hashOf(interp, a)));
}

/** `int.from_bytes(b)` (big-endian). */
function bytesToInt(bytes: readonly number[]): bigint {
  let v = 0n;
  for (const b of bytes) v = (v << 8n) | BigInt(b);
  return v;
}

/** random.py's version-1 string seed. */
function seedVersion1(codes: readonly number[]): bigint {
  let x = codes.length ? BigInt(codes[0]) << 7n : 0n;
  for (const c of codes) x = ((1000003n * x) ^ BigInt(c)) & 0xffffffffffffffffn;
  x ^= BigInt(codes.length);
  return x === -1n ? -2n : x;
}

/** `randbelow(n)` as an int object. */
function randbelowInt(interp: Interp, r: PyRandomObject, n: bigint): PyObject {
  return newInt(interp.rt, r.mt.randbelow(n));
}

/** `Random.randrange` (Lib/random.py; 3.11's messages differ). */
function randrange(interp: Interp, r: PyRandomObject, start: PyObject, stop: PyObject | undefined, step: PyObject | undefined): PyObject {
  const v311 = interp.rt.profile.versionInfo[1] === 11;
  const rt = interp.rt;
  const istart = indexOf(interp, start, 'arg 1');
  if (stop === undefined || stop === rt.None) {
    if (step !== undefined && !(step instanceof PyLongObject && step.value === 1)) interp.typeError('Missing a non-None stop argument');
    if (istart > 0n) return randbelowInt(interp, r, istart);
    return interp.raise('ValueError', 'empty range for randrange()');
  }
  const istop = indexOf(interp, stop, 'stop');
  const width = istop - istart;
  const istep = step === undefined ? 1n : indexOf(interp, step, 'step');
  const text = (x: PyObject) => (x instanceof PyLongObject ? String(x.value) : String((x as PyFloatObject).value));
  if (istep === 1n) {
    if (width > 0n) return newInt(rt, istart + r.mt.randbelow(width));
    return interp.raise('ValueError', v311 ? `empty range for randrange() (${istart}, ${istop}, ${width})` : `empty range in randrange(${text(start)}, ${text(stop)})`);
  }
  let n: bigint;
  if (istep > 0n) n = floorDiv(width + istep - 1n, istep);
  else if (istep < 0n) n = floorDiv(width + istep + 1n, istep);
  else return interp.raise('ValueError', 'zero step for randrange()');
  if (n <= 0n) return interp.raise('ValueError', v311 ? 'empty range for randrange()' : `empty range in randrange(${text(start)}, ${text(stop)}, ${text(step as PyObject)})`);
  return newInt(rt, istart + istep * r.mt.randbelow(n));
}

function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return (a % b !== 0n && (a < 0n) !== (b < 0n)) ? q - 1n : q;
}

/** `seq[i]` for a sequence (borrowed seq), a new reference. */
function itemAt(interp: Interp, seq: PyObject, i: number): PyObject {
  if (seq instanceof PyListObject || seq instanceof PyTupleObject) {
    const v = seq.items[i];
    interp.rt.heap.incref(v);
    return v;
  }
  const index = newInt(interp.rt, i);
  try {
    return getItem(interp, seq, index);
  } finally {
    interp.rt.heap.decref(index);
  }
}

/** `Random.sample(population, k, *, counts=None)` (without counts' bisection beyond ints). */
function sample(interp: Interp, r: PyRandomObject, population: PyObject, kObj: PyObject, counts: PyObject | undefined): PyObject {
  const rt = interp.rt;
  if (population instanceof PySetObject || population instanceof PyDictObject) {
    interp.typeError('Population must be a sequence.  For dicts or sets, use sorted(d).');
  }
  const n = length(interp, population);
  if (counts !== undefined && counts !== rt.None) {
    const cum: number[] = [];
    let total = 0;
    const it = getIter(interp, counts);
    for (let x = iterNext(interp, it); x; x = iterNext(interp, it)) {
      if (!(x instanceof PyLongObject)) { rt.heap.decref(x); rt.heap.decref(it); interp.typeError('Counts must be integers'); }
      total += Number(x.value);
      cum.push(total);
      rt.heap.decref(x);
    }
    rt.heap.decref(it);
    if (cum.length !== n) interp.raise('ValueError', 'The number of counts does not match the population');
    cum.pop();
    if (total <= 0) interp.raise('ValueError', 'Total of counts must be greater than zero');
    const picks = sampleIndices(interp, r, total, kObj);
    return newList(rt, picks.map((s) => itemAt(interp, population, bisectRight(cum, s, 0, cum.length))));
  }
  return newList(rt, sampleIndices(interp, r, n, kObj).map((j) => itemAt(interp, population, j)));
}

/** The indices random.py's `sample` picks from a population of n. */
function sampleIndices(interp: Interp, r: PyRandomObject, n: number, kObj: PyObject): number[] {
  const k = Number(indexOf(interp, kObj, 'k'));
  if (!(k >= 0 && k <= n)) interp.raise('ValueError', 'Sample larger than population or is negative');
  let setsize = 21;
  if (k > 5) setsize += 4 ** Math.ceil(Math.log(k * 3) / Math.log(4));
  const result: number[] = [];
  if (n <= setsize) {
    const pool = Array.from({ length: n }, (_, i) => i);
    for (let i = 0; i < k; i++) {
      const j = r.mt.randbelowSmall(n - i);
      result.push(pool[j]);
      pool[j] = pool[n - i - 1];
    }
  } else {
    const selected = new Set<number>();
    for (let i = 0; i < k; i++) {
      let j = r.mt.randbelowSmall(n);
      while (selected.has(j)) j = r.mt.randbelowSmall(n);
      selected.add(j);
      result.push(j);
    }
  }
  return result;
}

/** `bisect.bisect_right(a, x, lo, hi)`. */
function bisectRight(a: readonly number[], x: number, lo: number, hi: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (x < a[mid]) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** `Random.choices(population, weights=None, *, cum_weights=None, k=1)`. */
function choices(interp: Interp, r: PyRandomObject, population: PyObject, weights: PyObject | undefined, cumWeights: PyObject | undefined, kObj: PyObject | undefined): PyObject {
  const rt = interp.rt;
  const none = (o: PyObject | undefined) => o === undefined || o === rt.None;
  const n = length(interp, population);
  const k = kObj === undefined ? 1 : Number(indexOf(interp, kObj, 'k'));
  if (none(cumWeights) && none(weights)) {
    const out: PyObject[] = [];
    for (let i = 0; i < k; i++) out.push(itemAt(interp, population, Math.floor(r.mt.random() * n)));
    return newList(rt, out);
  }
  if (!none(cumWeights) && !none(weights)) interp.typeError('Cannot specify both weights and cumulative weights');
  const source = (none(cumWeights) ? weights : cumWeights) as PyObject;
  if (none(cumWeights) && source instanceof PyLongObject) {
    interp.typeError(`The number of choices must be a keyword argument: k=${source.value}`);
  }
  const cum: number[] = [];
  const it = getIter(interp, source);
  let total = 0;
  for (let x = iterNext(interp, it); x; x = iterNext(interp, it)) {
    const v = floatOf(interp, x);
    rt.heap.decref(x);
    total = none(cumWeights) ? total + v : v;
    cum.push(total);
  }
  rt.heap.decref(it);
  if (cum.length !== n) interp.raise('ValueError', 'The number of weights does not match the population');
  const last = cum[n - 1] + 0.0;
  if (last <= 0.0) interp.raise('ValueError', 'Total of weights must be greater than zero');
  if (!Number.isFinite(last)) interp.raise('ValueError', 'Total of weights must be finite');
  const out: PyObject[] = [];
  for (let i = 0; i < k; i++) out.push(itemAt(interp, population, bisectRight(cum, r.mt.random() * last, 0, n - 1)));
  return newList(rt, out);
}

/** `Random.shuffle(x)`: Fisher-Yates from the end, `randbelow(i + 1)`. */
function shuffle(interp: Interp, r: PyRandomObject, x: PyObject): PyObject {
  if (!(x instanceof PyListObject)) return interp.typeError(`'${x.type.name}' object does not support item assignment`);
  for (let i = x.items.length - 1; i >= 1; i--) {
    const j = r.mt.randbelowSmall(i + 1);
    const t = x.items[i];
    x.items[i] = x.items[j];
    x.items[j] = t;
  }
  return interp.none();
}

/** The methods of `random.Random`, each taking the instance first. */
function randomMethods(): Record<string, NativeImpl> {
  const sig = (name: string, params: string[], required: number, kwOnly?: string[]) => ({ qualname: `Random.${name}`, params, required, kwOnly });
  const self = (interp: Interp, args: PyObject[]): PyRandomObject => {
    const r = args[0];
    if (!(r instanceof PyRandomObject)) return interp.typeError('descriptor requires a \'Random\' object');
    return r;
  };
  const bind = (interp: Interp, s: ReturnType<typeof sig>, args: PyObject[], kw: string[] | null) => bindArgs(interp, s, args.slice(1), kw);
  return {
    seed: (interp, args, kw) => {
      const r = self(interp, args);
      const [a, version] = bind(interp, sig('seed', ['a', 'version'], 0), args, kw);
      const v = version === undefined ? 2 : Number(indexOf(interp, version, 'version'));
      r.mt.seedInt(seedValue(interp, a, v));
      r.gaussNext = null;
      return interp.none();
    },
    random: (interp, args) => newFloat(interp.rt, self(interp, args).mt.random()),
    getrandbits: (interp, args) => {
      const r = self(interp, args);
      if (args.length !== 2) interp.typeError(`getrandbits() takes exactly one argument (${args.length - 1} given)`);
      const k = Number(indexOf(interp, args[1], 'k'));
      if (k < 0) interp.raise('ValueError', 'number of bits must be non-negative');
      return newInt(interp.rt, r.mt.getrandbits(k));
    },
    randrange: (interp, args, kw) => {
      const [start, stop, step] = bind(interp, sig('randrange', ['start', 'stop', 'step'], 1), args, kw);
      return randrange(interp, self(interp, args), start as PyObject, stop, step);
    },
    randint: (interp, args, kw) => {
      const r = self(interp, args);
      const [a, b] = bind(interp, sig('randint', ['a', 'b'], 2), args, kw);
      const bPlus1 = binaryOp(interp, ADD, b as PyObject, interp.rt.smallInts[6]);
      try {
        return randrange(interp, r, a as PyObject, bPlus1, undefined);
      } finally {
        interp.rt.heap.decref(bPlus1);
      }
    },
    choice: (interp, args, kw) => {
      const r = self(interp, args);
      const [seq] = bind(interp, sig('choice', ['seq'], 1), args, kw);
      const n = length(interp, seq as PyObject);
      if (n === 0) interp.raise('IndexError', 'Cannot choose from an empty sequence');
      return itemAt(interp, seq as PyObject, r.mt.randbelowSmall(n));
    },
    shuffle: (interp, args, kw) => {
      const [x] = bind(interp, sig('shuffle', ['x'], 1), args, kw);
      return shuffle(interp, self(interp, args), x as PyObject);
    },
    sample: (interp, args, kw) => {
      const [population, k, counts] = bind(interp, sig('sample', ['population', 'k'], 2, ['counts']), args, kw);
      return sample(interp, self(interp, args), population as PyObject, k as PyObject, counts);
    },
    choices: (interp, args, kw) => {
      const [population, weights, cum, k] = bind(interp, sig('choices', ['population', 'weights'], 1, ['cum_weights', 'k']), args, kw);
      return choices(interp, self(interp, args), population as PyObject, weights, cum, k);
    },
    uniform: (interp, args, kw) => {
      const r = self(interp, args);
      const [a, b] = bind(interp, sig('uniform', ['a', 'b'], 2), args, kw) as PyObject[];
      const width = binaryOp(interp, SUB, b, a);
      const u = newFloat(interp.rt, r.mt.random());
      const scaled = binaryOp(interp, MUL, width, u);
      interp.rt.heap.decref(width);
      interp.rt.heap.decref(u);
      const result = binaryOp(interp, ADD, a, scaled);
      interp.rt.heap.decref(scaled);
      return result;
    },
    triangular: (interp, args, kw) => {
      const r = self(interp, args);
      const [lowObj, highObj, modeObj] = bind(interp, sig('triangular', ['low', 'high', 'mode'], 0), args, kw);
      let low = lowObj === undefined ? 0.0 : floatOf(interp, lowObj);
      let high = highObj === undefined ? 1.0 : floatOf(interp, highObj);
      let u = r.mt.random();
      let c: number;
      if (high - low === 0) return newFloat(interp.rt, low);
      c = modeObj === undefined || modeObj === interp.rt.None ? 0.5 : (floatOf(interp, modeObj) - low) / (high - low);
      if (u > c) {
        u = 1.0 - u;
        c = 1.0 - c;
        [low, high] = [high, low];
      }
      return newFloat(interp.rt, low + (high - low) * Math.sqrt(u * c));
    },
    gauss: (interp, args, kw) => {
      const r = self(interp, args);
      const [mu, sigma] = bind(interp, sig('gauss', ['mu', 'sigma'], 0), args, kw);
      let z = r.gaussNext;
      r.gaussNext = null;
      if (z === null) {
        const x2pi = r.mt.random() * (2 * Math.PI);
        const g2rad = Math.sqrt(-2.0 * Math.log(1.0 - r.mt.random()));
        z = Math.cos(x2pi) * g2rad;
        r.gaussNext = Math.sin(x2pi) * g2rad;
      }
      return gaussResult(interp, mu, z, sigma);
    },
    normalvariate: (interp, args, kw) => {
      const r = self(interp, args);
      const [mu, sigma] = bind(interp, sig('normalvariate', ['mu', 'sigma'], 0), args, kw);
      const magic = (4 * Math.exp(-0.5)) / Math.sqrt(2.0);
      let z: number;
      for (;;) {
        const u1 = r.mt.random();
        const u2 = 1.0 - r.mt.random();
        z = (magic * (u1 - 0.5)) / u2;
        if ((z * z) / 4.0 <= -Math.log(u2)) break;
      }
      return gaussResult(interp, mu, z, sigma);
    },
    expovariate: (interp, args, kw) => {
      const r = self(interp, args);
      const required = interp.rt.profile.versionInfo[1] === 11 ? 1 : 0;
      const [lambd] = bind(interp, sig('expovariate', ['lambd'], required), args, kw);
      const l = lambd === undefined ? 1.0 : floatOf(interp, lambd);
      if (l === 0) interp.raise('ZeroDivisionError', 'float division by zero');
      return newFloat(interp.rt, -Math.log(1.0 - r.mt.random()) / l);
    },
  };
}

/** `mu + z * sigma` with random.py's defaults 0.0 and 1.0. */
function gaussResult(interp: Interp, mu: PyObject | undefined, z: number, sigma: PyObject | undefined): PyObject {
  if (mu === undefined && sigma === undefined) return newFloat(interp.rt, 0.0 + z * 1.0);
  const rt = interp.rt;
  const m = mu ?? newFloat(rt, 0.0);
  const s = sigma ?? newFloat(rt, 1.0);
  try {
    return affine(interp, m, z, s);
  } finally {
    if (mu === undefined) rt.heap.decref(m);
    if (sigma === undefined) rt.heap.decref(s);
  }
}

/** Defines `random` and `random.Random`. */
export function installRandom(interp: Interp): void {
  const rt = interp.rt;
  const type: PyTypeObject = makeRandomType(rt);
  const methods = randomMethods();
  for (const [name, impl] of Object.entries(methods)) interp.methods.define(type, name, impl);
  interp.typeCalls.set(type, (i, t, args, kw) => {
    const r = newRandom(i.rt, t);
    try {
      i.rt.heap.decref(methods.seed(i, [r, ...args], kw));
    } catch (e) {
      i.rt.heap.decref(r);
      throw e;
    }
    return r;
  });
  const inst = rt.staticObject(new PyRandomObject(type, rt.heap.staticAddress(type.basicsize)));
  inst.mt.seedInt(seedValue(interp, undefined, 2));
  const functions: Record<string, NativeImpl> = {};
  for (const [name, impl] of Object.entries(methods)) functions[name] = (i, args, kw) => impl(i, [inst, ...args], kw);
  rt.heap.incref(type);
  interp.defineModule('random', functions, { Random: type });
}

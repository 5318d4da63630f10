/**
 * `statistics.NormalDist` (Lib/statistics.py, 3.11–3.13): a class with `__slots__` `_mu` and
 * `_sigma` (an instance is 48 bytes, GC-tracked, no `__dict__`), its properties, pdf/cdf/inv_cdf,
 * quantiles, overlap, zscore, from_samples and the arithmetic with constants and other NormalDists.
 * Every float is computed in the module's order of operations, so results are CPython's bit for bit:
 *   pdf(x)      exp(d*d / (-2*var)) / sqrt(tau*var)
 *   cdf(x)      0.5 * (1 + erf((x - mu) / (sigma * sqrt(2))))
 *   inv_cdf(p)  Wichura's AS241 (PPND16) rational approximations, mu + x*sigma
 * Differences by version: 3.11's inv_cdf refuses sigma <= 0 ("cdf() not defined when sigma at or
 * below zero"); from_samples is `float(mean(data))` and `stdev(data)` (one exact pass in CPython).
 *
 * Not modelled: `samples()`.
 */
import { classTypes } from '../../engine/objects/classTypes';
import { newDescr } from '../../engine/objects/descrObject';
import { newFloat, type PyFloatObject } from '../../engine/objects/floatObject';
import { newList } from '../../engine/objects/listObject';
import type { PyObject } from '../../engine/objects/object';
import { newTuple } from '../../engine/objects/tupleObject';
import type { PyTypeObject } from '../../engine/objects/typeObject';
import { newStr } from '../../engine/objects/unicodeObject';
import { dictSetItem, newDict } from '../../engine/objects/dictObject';
import { crExp, crLog } from '../builtins/libm/expLog';
import { erf } from '../builtins/libm/erf';
import { vectorNorm } from '../builtins/libm/hypot';
import { hashedKey } from '../objects/hashKey';
import { floatRepr } from '../runtime/floatRepr';
import { setAttr } from '../objects/typeSlots';
import { createClass } from '../objects/typeCreate';
import type { Interp } from '../runtime/interp';
import type { PyModuleObject } from '../runtime/moduleObject';
import type { NativeImpl } from '../vm/callables';
import { callAny } from '../vm/callDispatch';
import { asDouble, asSize } from './moduleArgs';
import { bindArgs } from './pyArgs';

const SQRT2 = Math.sqrt(2.0);
const TAU = 2 * Math.PI;

/** Horner's rule over `coeffs` (highest degree first), as the module nests it. */
function horner(coeffs: number[], r: number): number {
  let acc = coeffs[0];
  for (let k = 1; k < coeffs.length; k++) acc = acc * r + coeffs[k];
  return acc;
}

// AS241 PPND16's coefficients (Wichura 1988), highest degree first.
const CENTRAL_NUM = [2509.0809287301227, 33430.57558358813, 67265.7709270087, 45921.95393154987,
  13731.69376550946, 1971.5909503065513, 133.14166789178438, 3.3871328727963665];
const CENTRAL_DEN = [5226.495278852854, 28729.085735721943, 39307.89580009271, 21213.794301586597,
  5394.196021424751, 687.1870074920579, 42.31333070160091, 1.0];
const NEAR_NUM = [0.0007745450142783414, 0.022723844989269184, 0.2417807251774506, 1.2704582524523684,
  3.6478483247632045, 5.769497221460691, 4.630337846156546, 1.4234371107496835];
const NEAR_DEN = [1.0507500716444169e-9, 0.0005475938084995345, 0.015198666563616457, 0.14810397642748008,
  0.6897673349851, 1.6763848301838038, 2.053191626637759, 1.0];
const FAR_NUM = [2.0103343992922881e-7, 0.000027115555687434876, 0.0012426609473880784, 0.026532189526576124,
  0.29656057182850487, 1.7848265399172913, 5.463784911164114, 6.657904643501103];
const FAR_DEN = [2.0442631033899397e-15, 1.421511758316446e-7, 0.000018463183175100548, 0.0007868691311456133,
  0.014875361290850615, 0.1369298809227358, 0.599832206555888, 1.0];

/** `_normal_dist_inv_cdf(p, mu, sigma)`. */
export function normalInvCdf(p: number, mu: number, sigma: number): number {
  const q = p - 0.5;
  if (Math.abs(q) <= 0.425) {
    const r = 0.180625 - q * q;
    const x = (horner(CENTRAL_NUM, r) * q) / horner(CENTRAL_DEN, r);
    return mu + x * sigma;
  }
  let r = q <= 0.0 ? p : 1.0 - p;
  r = Math.sqrt(-crLog(r));
  let x: number;
  if (r <= 5.0) {
    r = r - 1.6;
    x = horner(NEAR_NUM, r) / horner(NEAR_DEN, r);
  } else {
    r = r - 5.0;
    x = horner(FAR_NUM, r) / horner(FAR_DEN, r);
  }
  if (q < 0.0) x = -x;
  return mu + x * sigma;
}

/** `0.5 * (1 + erf((x - mu) / (sigma * sqrt(2))))`. */
function cdf(x: number, mu: number, sigma: number): number {
  return 0.5 * (1.0 + erf((x - mu) / (sigma * SQRT2)));
}

interface Dist { mu: number; sigma: number }

const normalDistTypes = new WeakMap<Interp, PyTypeObject>();

/** `(mu, sigma)` of a NormalDist instance. */
function distOf(interp: Interp, o: PyObject): Dist {
  const get = (name: string): number => {
    const v = interp.getAttr(o, name, false).value;
    interp.rt.heap.decref(v);
    return (v as PyFloatObject).value;
  };
  return { mu: get('_mu'), sigma: get('_sigma') };
}

function isDist(interp: Interp, o: PyObject): boolean {
  const t = normalDistTypes.get(interp);
  return !!t && o.type.isSubtypeOf(t);
}

/** `NormalDist(mu, sigma)` (always the base class, as the module's operators build it). */
function make(interp: Interp, mu: number, sigma: number): PyObject {
  const t = normalDistTypes.get(interp) as PyTypeObject;
  const a = newFloat(interp.rt, mu);
  const b = newFloat(interp.rt, sigma);
  try {
    return callAny(interp, t, [a, b]);
  } finally {
    interp.rt.heap.decref(a);
    interp.rt.heap.decref(b);
  }
}

function methods(statisticsError: (i: Interp, msg: string) => never, version: string): Record<string, NativeImpl> {
  const num = (i: Interp, o: PyObject) => asDouble(i, o);
  const notImplemented = (i: Interp): PyObject => {
    const n = i.builtins.get('NotImplemented') as PyObject;
    i.rt.heap.incref(n);
    return n;
  };
  const add = (sign: 1 | -1): NativeImpl => (i, args) => {
    const x1 = distOf(i, args[0]);
    if (isDist(i, args[1])) {
      const x2 = distOf(i, args[1]);
      return make(i, sign > 0 ? x1.mu + x2.mu : x1.mu - x2.mu, vectorNorm([x1.sigma, x2.sigma]));
    }
    const c = num(i, args[1]);
    return make(i, sign > 0 ? x1.mu + c : x1.mu - c, x1.sigma);
  };
  return {
    __init__: (i, args, kw) => {
      const [mu, sigma] = bindArgs(i, { qualname: 'NormalDist.__init__', params: ['mu', 'sigma'], required: 0 }, args.slice(1), kw);
      const m = mu ? callAny(i, i.rt.types.float, [mu]) : newFloat(i.rt, 0.0);
      let s: PyObject;
      try {
        s = sigma ? callAny(i, i.rt.types.float, [sigma]) : newFloat(i.rt, 1.0);
      } catch (e) {
        i.rt.heap.decref(m);
        throw e;
      }
      try {
        if ((s as PyFloatObject).value < 0.0) statisticsError(i, 'sigma must be non-negative');
        setAttr(i, args[0], '_mu', m);
        setAttr(i, args[0], '_sigma', s);
      } finally {
        i.rt.heap.decref(m);
        i.rt.heap.decref(s);
      }
      return i.none();
    },
    pdf: (i, args) => {
      const { mu, sigma } = distOf(i, args[0]);
      const variance = sigma * sigma;
      if (!variance) statisticsError(i, 'pdf() not defined when sigma is zero');
      const diff = num(i, args[1]) - mu;
      return newFloat(i.rt, crExp((diff * diff) / (-2.0 * variance)) / Math.sqrt(TAU * variance));
    },
    cdf: (i, args) => {
      const { mu, sigma } = distOf(i, args[0]);
      if (!sigma) statisticsError(i, 'cdf() not defined when sigma is zero');
      return newFloat(i.rt, cdf(num(i, args[1]), mu, sigma));
    },
    inv_cdf: (i, args) => {
      const { mu, sigma } = distOf(i, args[0]);
      const p = num(i, args[1]);
      if (version === '3.11' && sigma <= 0.0) statisticsError(i, 'cdf() not defined when sigma at or below zero');
      if (p <= 0.0 || p >= 1.0) statisticsError(i, 'p must be in the range 0.0 < p < 1.0');
      return newFloat(i.rt, normalInvCdf(p, mu, sigma));
    },
    quantiles: (i, args, kw) => {
      const [nObj] = bindArgs(i, { qualname: 'NormalDist.quantiles', params: ['n'], required: 0 }, args.slice(1), kw);
      const n = nObj ? asSize(i, nObj) : 4;
      const { mu, sigma } = distOf(i, args[0]);
      const out: PyObject[] = [];
      for (let k = 1; k < n; k++) {
        if (version === '3.11' && sigma <= 0.0) statisticsError(i, 'cdf() not defined when sigma at or below zero');
        out.push(newFloat(i.rt, normalInvCdf(k / n, mu, sigma)));
      }
      return newList(i.rt, out);
    },
    overlap: (i, args) => {
      if (!isDist(i, args[1])) return i.typeError('Expected another NormalDist instance');
      let X = distOf(i, args[0]);
      let Y = distOf(i, args[1]);
      if (Y.sigma < X.sigma || (Y.sigma === X.sigma && Y.mu < X.mu)) [X, Y] = [Y, X];
      const xVar = X.sigma * X.sigma;
      const yVar = Y.sigma * Y.sigma;
      if (!xVar || !yVar) statisticsError(i, 'overlap() not defined when sigma is zero');
      const dv = yVar - xVar;
      const dm = Math.abs(Y.mu - X.mu);
      if (!dv) return newFloat(i.rt, 1.0 - erf(dm / (2.0 * X.sigma * SQRT2)));
      const a = X.mu * yVar - Y.mu * xVar;
      const b = X.sigma * Y.sigma * Math.sqrt(dm * dm + dv * crLog(yVar / xVar));
      const x1 = (a + b) / dv;
      const x2 = (a - b) / dv;
      return newFloat(i.rt, 1.0 - (Math.abs(cdf(x1, Y.mu, Y.sigma) - cdf(x1, X.mu, X.sigma)) + Math.abs(cdf(x2, Y.mu, Y.sigma) - cdf(x2, X.mu, X.sigma))));
    },
    zscore: (i, args) => {
      const { mu, sigma } = distOf(i, args[0]);
      if (!sigma) statisticsError(i, 'zscore() not defined when sigma is zero');
      return newFloat(i.rt, (num(i, args[1]) - mu) / sigma);
    },
    __add__: add(1),
    __radd__: add(1),
    __sub__: add(-1),
    __rsub__: (i, args) => {
      // `-(x1 - x2)`.
      const x1 = distOf(i, args[0]);
      if (isDist(i, args[1])) {
        const x2 = distOf(i, args[1]);
        return make(i, -(x1.mu - x2.mu), vectorNorm([x1.sigma, x2.sigma]));
      }
      return make(i, -(x1.mu - num(i, args[1])), x1.sigma);
    },
    __mul__: (i, args) => {
      const x1 = distOf(i, args[0]);
      const c = num(i, args[1]);
      return make(i, x1.mu * c, x1.sigma * Math.abs(c));
    },
    __truediv__: (i, args) => {
      const x1 = distOf(i, args[0]);
      const c = num(i, args[1]);
      if (c === 0) i.raise('ZeroDivisionError', 'float division by zero');
      return make(i, x1.mu / c, x1.sigma / Math.abs(c));
    },
    __pos__: (i, args) => {
      const x1 = distOf(i, args[0]);
      return make(i, x1.mu, x1.sigma);
    },
    __neg__: (i, args) => {
      const x1 = distOf(i, args[0]);
      return make(i, -x1.mu, x1.sigma);
    },
    __eq__: (i, args) => {
      if (!isDist(i, args[1])) return notImplemented(i);
      const a = distOf(i, args[0]);
      const b = distOf(i, args[1]);
      return i.bool(a.mu === b.mu && a.sigma === b.sigma);
    },
    __hash__: (i, args) => {
      const { mu, sigma } = distOf(i, args[0]);
      const t = newTuple(i.rt, [newFloat(i.rt, mu), newFloat(i.rt, sigma)]);
      try {
        return callAny(i, i.builtins.get('hash') as PyObject, [t]);
      } finally {
        i.rt.heap.decref(t);
      }
    },
    __repr__: (i, args) => {
      const { mu, sigma } = distOf(i, args[0]);
      return newStr(i.rt, `${args[0].type.name}(mu=${floatRepr(mu)}, sigma=${floatRepr(sigma)})`);
    },
  };
}

/** Creates `NormalDist` for the statistics module (`statisticsError` raises its StatisticsError). */
export function normalDistType(interp: Interp, module: () => PyModuleObject, statisticsError: (i: Interp, msg: string) => never): PyTypeObject {
  const rt = interp.rt;
  const version = rt.profile.version;
  const ns = new Map<string, PyObject>();
  ns.set('__module__', newStr(rt, 'statistics'));
  const m = methods(statisticsError, version);
  m.__rmul__ = m.__mul__;
  for (const [n, impl] of Object.entries(m)) ns.set(n, interp.nativeFunction(n, impl));
  const slots = newDict(rt);
  dictSetItem(rt, slots, hashedKey(interp, newStr(rt, '_mu')), newStr(rt, 'Arithmetic mean of a normal distribution'));
  dictSetItem(rt, slots, hashedKey(interp, newStr(rt, '_sigma')), newStr(rt, 'Standard deviation of a normal distribution'));
  ns.set('__slots__', slots);
  const prop = (name: string, f: (d: Dist) => number): void => {
    const get = interp.nativeFunction(name, (i, args) => newFloat(i.rt, f(distOf(i, args[0]))));
    ns.set(name, newDescr(rt, classTypes(rt).property, [get, null, null, null]));
  };
  prop('mean', (d) => d.mu);
  prop('median', (d) => d.mu);
  prop('mode', (d) => d.mu);
  prop('stdev', (d) => d.sigma);
  prop('variance', (d) => d.sigma * d.sigma);
  const fromSamples = interp.nativeFunction('from_samples', (i, args) => {
    const stats = module();
    const call = (name: string, a: PyObject[]): PyObject => {
      const f = i.getAttr(stats, name, false).value;
      try {
        return callAny(i, f, a);
      } finally {
        i.rt.heap.decref(f);
      }
    };
    const data = callAny(i, i.rt.types.list, [args[1]]);
    try {
      let xbar: PyObject;
      {
        if ((data as unknown as { items: PyObject[] }).items.length < 2) statisticsError(i, 'stdev requires at least two data points');
        const mean = call('mean', [data]);
        try {
          xbar = callAny(i, i.rt.types.float, [mean]);
        } finally {
          i.rt.heap.decref(mean);
        }
      }
      try {
        const sd = call('stdev', [data]);
        try {
          return callAny(i, args[0], [xbar, sd]);
        } finally {
          i.rt.heap.decref(sd);
        }
      } finally {
        i.rt.heap.decref(xbar);
      }
    } finally {
      i.rt.heap.decref(data);
    }
  });
  ns.set('from_samples', newDescr(rt, classTypes(rt).classmethod, [fromSamples]));
  const t = createClass(interp, 'NormalDist', [rt.types.object], ns);
  normalDistTypes.set(interp, t);
  return t;
}

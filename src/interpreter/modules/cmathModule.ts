/**
 * `cmath` (Modules/cmathmodule.c, 3.11-3.13): the complex functions of cmathFunctions.ts behind
 * CPython's argument conversion (`PyComplex_AsCComplex`: a complex, `__complex__`, or anything
 * `float()` of which is a real) and its errno rules (EDOM is "math domain error", ERANGE "math
 * range error"), plus `phase`, `polar`, `rect`, `isclose`, the predicates and the constants.
 * Non-finite arguments, which CPython answers from its special-value tables, are not simulated.
 */
import { warnStrictSubclass } from '../objects/strictSubclassResult';
import { newComplex, PyComplexObject } from '../../engine/objects/complexObject';
import { newFloat } from '../../engine/objects/floatObject';
import type { PyObject } from '../../engine/objects/object';
import { newTuple } from '../../engine/objects/tupleObject';
import { exactlyOne } from '../builtins/args';
import { cAbs, cQuotOrNull, type Complex } from '../objects/complexMath';
import { slotDunder } from '../objects/typeSlots';
import type { Interp } from '../runtime/interp';
import type { PyModuleObject } from '../runtime/moduleObject';
import { UnsupportedError } from '../runtime/pyError';
import type { NativeImpl } from '../vm/callables';
import {
  cAcos, cAcosh, cAsin, cAsinh, cAtan, cAtanh, cCos, cCosh, cExp, cLog, cLog10, cSin, cSinh, cSqrt, cTan, cTanh,
  type CmathResult,
} from './cmathFunctions';
import { asDouble, iscloseArgs, positional } from './moduleArgs';

/** `PyComplex_AsCComplex`. */
function asCComplex(interp: Interp, o: PyObject): Complex {
  if (o instanceof PyComplexObject) return { re: o.real, im: o.imag };
  const own = slotDunder(interp, o, '__complex__');
  if (own) {
    if (!(own instanceof PyComplexObject)) interp.typeError(`__complex__ returned non-complex (type ${own.type.name})`);
    if (own.type !== interp.rt.types.complex) warnStrictSubclass(interp, `__complex__ returned non-complex (type ${own.type.name})`, 'complex');
    const z = { re: own.real, im: own.imag };
    interp.rt.heap.decref(own);
    return z;
  }
  return { re: asDouble(interp, o), im: 0 };
}

function finite(z: Complex): boolean {
  return Number.isFinite(z.re) && Number.isFinite(z.im);
}

/** `math_error`: the errno as CPython's exception. */
function check(interp: Interp, r: CmathResult): Complex {
  if (r.errno === 'EDOM') interp.raise('ValueError', 'math domain error');
  if (r.errno === 'ERANGE') interp.raise('OverflowError', 'math range error');
  return r.z;
}

/** One complex function of one argument. */
function unary(name: string, f: (z: Complex) => CmathResult): NativeImpl {
  return (interp, args, kwnames) => {
    const z = asCComplex(interp, exactlyOne(interp, name, args, kwnames));
    if (!finite(z)) throw new UnsupportedError(`cmath.${name}() of an infinite or NaN value`, interp.line);
    const r = check(interp, f(z));
    return newComplex(interp.rt, r.re, r.im);
  };
}

/** Creates the module (on first import). */
export function createCmath(interp: Interp): PyModuleObject {
  const rt = interp.rt;
  const functions: Record<string, NativeImpl> = {
    sqrt: unary('sqrt', cSqrt), exp: unary('exp', cExp), log10: unary('log10', cLog10),
    sin: unary('sin', cSin), cos: unary('cos', cCos), tan: unary('tan', cTan),
    asin: unary('asin', cAsin), acos: unary('acos', cAcos), atan: unary('atan', cAtan),
    sinh: unary('sinh', cSinh), cosh: unary('cosh', cCosh), tanh: unary('tanh', cTanh),
    asinh: unary('asinh', cAsinh), acosh: unary('acosh', cAcosh), atanh: unary('atanh', cAtanh),
    log: (i, args, kw) => {
      positional(i, 'log', args, kw, 1, 2);
      const zs = args.map((a) => asCComplex(i, a));
      if (!zs.every(finite)) throw new UnsupportedError('cmath.log() of an infinite or NaN value', i.line);
      let r = check(i, cLog(zs[0]));
      if (zs.length === 2) {
        const q = cQuotOrNull(r, check(i, cLog(zs[1])));
        if (!q) return i.raise('ValueError', 'math domain error');
        r = q;
      }
      return newComplex(rt, r.re, r.im);
    },
    phase: (i, args, kw) => {
      const z = asCComplex(i, exactlyOne(i, 'phase', args, kw));
      return newFloat(rt, Math.atan2(z.im, z.re));
    },
    polar: (i, args, kw) => {
      const z = asCComplex(i, exactlyOne(i, 'polar', args, kw));
      const r = cAbs(z);
      if (r === null) return i.raise('OverflowError', 'math range error');
      return newTuple(rt, [newFloat(rt, r), newFloat(rt, Math.atan2(z.im, z.re))]);
    },
    rect: (i, args, kw) => {
      positional(i, 'rect', args, kw, 2);
      const r = asDouble(i, args[0]);
      const phi = asDouble(i, args[1]);
      if (!Number.isFinite(r) || !Number.isFinite(phi)) throw new UnsupportedError('cmath.rect() of an infinite or NaN value', i.line);
      // phi == 0 keeps r exactly and the sign of the zero (CPython's workaround for OS X libm).
      if (phi === 0) return newComplex(rt, r, r * phi);
      return newComplex(rt, r * Math.cos(phi), r * Math.sin(phi));
    },
    isfinite: (i, args, kw) => i.bool(finite(asCComplex(i, exactlyOne(i, 'isfinite', args, kw)))),
    isnan: (i, args, kw) => { const z = asCComplex(i, exactlyOne(i, 'isnan', args, kw)); return i.bool(Number.isNaN(z.re) || Number.isNaN(z.im)); },
    isinf: (i, args, kw) => { const z = asCComplex(i, exactlyOne(i, 'isinf', args, kw)); return i.bool(Math.abs(z.re) === Infinity || Math.abs(z.im) === Infinity); },
    isclose: (i, args, kwnames) => {
      const { a, b, relTol, absTol } = iscloseArgs(i, args, kwnames, (o) => asCComplex(i, o));
      if (a.re === b.re && a.im === b.im) return i.bool(true);
      if (!finite(a) || !finite(b)) return i.bool(false);
      const diff = cAbs({ re: b.re - a.re, im: b.im - a.im }) ?? Infinity;
      const absA = cAbs(a) ?? Infinity;
      const absB = cAbs(b) ?? Infinity;
      return i.bool(diff <= relTol * absB || diff <= relTol * absA || diff <= absTol);
    },
  };
  const values: Record<string, PyObject> = {
    pi: newFloat(rt, Math.PI), e: newFloat(rt, Math.E), tau: newFloat(rt, 2 * Math.PI),
    inf: newFloat(rt, Infinity), infj: newComplex(rt, 0, Infinity), nan: newFloat(rt, NaN), nanj: newComplex(rt, 0, NaN),
  };
  return interp.defineModule('cmath', functions, values);
}


/**
 * What `complex` does on the interpreter (Objects/complexobject.c, 3.11-3.13): binary operators
 * with ints and floats (converted to `complex(x, 0)` first), `==` against ints and floats, hashing,
 * `abs`, and the float/int `**` that leaves the reals (`(-8) ** 0.5`). Arithmetic is complexMath.ts.
 */
import { newComplex, PyComplexObject } from '../../engine/objects/complexObject';
import { PyFloatObject, newFloat } from '../../engine/objects/floatObject';
import { PyLongObject } from '../../engine/objects/longObject';
import type { PyObject } from '../../engine/objects/object';
import type { Interp } from '../runtime/interp';
import { cAbs, ComplexMathError, cPow, cProd, cQuot, type Complex } from './complexMath';

/** `to_complex`: a complex, float or int (bool) operand as a `Py_complex`, else null. */
export function asComplex(o: PyObject): Complex | null {
  if (o instanceof PyComplexObject) return { re: o.real, im: o.imag };
  if (o instanceof PyFloatObject) return { re: o.value, im: 0 };
  if (o instanceof PyLongObject) return { re: Number(o.value), im: 0 };
  return null;
}

/** Runs `f`, turning a ComplexMathError into the Python exception it names. */
export function complexMath<T>(interp: Interp, f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof ComplexMathError) interp.raise(e.excType, e.message);
    throw e;
  }
}

/**
 * `complex_add` … `complex_pow` when either operand is a complex and the other a number; null when
 * neither is complex (or the other is no number), so the caller goes on with its own types.
 */
export function complexBinaryOp(interp: Interp, op: string, a: PyObject, b: PyObject): PyObject | null {
  if (!(a instanceof PyComplexObject) && !(b instanceof PyComplexObject)) return null;
  const x = asComplex(a);
  const y = asComplex(b);
  if (!x || !y) return null;
  const rt = interp.rt;
  switch (op) {
    case '+': return newComplex(rt, x.re + y.re, x.im + y.im);
    case '-': return newComplex(rt, x.re - y.re, x.im - y.im);
    case '*': { const r = cProd(x, y); return newComplex(rt, r.re, r.im); }
    case '/': { const r = complexMath(interp, () => cQuot(x, y)); return newComplex(rt, r.re, r.im); }
    case '**': { const r = complexMath(interp, () => cPow(x, y)); return newComplex(rt, r.re, r.im); }
    default: return null;
  }
}

/** `float_pow`'s escape: a negative base to a non-integral power is computed as complex. */
export function realPowAsComplex(interp: Interp, x: number, y: number): PyObject {
  const r = complexMath(interp, () => cPow({ re: x, im: 0 }, { re: y, im: 0 }));
  return newComplex(interp.rt, r.re, r.im);
}

/** `complex_richcompare` for `==`: null when `b` is not a number (identity decides then). */
export function complexEquals(a: PyComplexObject, b: PyObject): boolean | null {
  if (b instanceof PyComplexObject) return a.real === b.real && a.imag === b.imag;
  if (b instanceof PyFloatObject) return a.imag === 0 && a.real === b.value;
  if (b instanceof PyLongObject) {
    if (a.imag !== 0 || !Number.isFinite(a.real) || !Number.isInteger(a.real)) return false;
    return BigInt(a.real) === BigInt(b.value);
  }
  return null;
}

/** `complex_abs`: OverflowError "absolute value too large" when hypot overflows. */
export function complexAbs(interp: Interp, z: PyComplexObject): PyObject {
  const r = cAbs({ re: z.real, im: z.imag });
  if (r === null) interp.raise('OverflowError', 'absolute value too large');
  return newFloat(interp.rt, r);
}

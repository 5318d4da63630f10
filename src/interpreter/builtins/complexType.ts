/**
 * `complex(real=0, imag=0)` (`complex_new`, Objects/complexobject.c 3.11-3.13) with CPython's
 * string syntax and errors, and complex's own methods (`conjugate`, `__complex__`,
 * `__getnewargs__`, `__neg__`, `__pos__`, `__abs__`).
 */
import { warnStrictSubclass } from '../objects/strictSubclassResult';
import { newComplex, PyComplexObject } from '../../engine/objects/complexObject';
import { PyFloatObject } from '../../engine/objects/floatObject';
import { PyLongObject } from '../../engine/objects/longObject';
import type { PyObject } from '../../engine/objects/object';
import { newTuple } from '../../engine/objects/tupleObject';
import { PyUnicodeObject } from '../../engine/objects/unicodeObject';
import type { Interp, TypeCall } from '../runtime/interp';
import { complexAbs } from '../objects/complexOps';
import { slotDunder } from '../objects/typeSlots';
import { newFloat } from '../../engine/objects/floatObject';
import { invalidKeyword, splitKeywords } from './args';

/** A float as `complex()` reads it: digits with single underscores between them, inf, nan. */
const FLOAT = String.raw`(?:(?:\d(?:_?\d)*(?:\.(?:\d(?:_?\d)*)?)?|\.\d(?:_?\d)*)(?:e[+-]?\d(?:_?\d)*)?|inf(?:inity)?|nan)`;
const REAL_ONLY = new RegExp(`^([+-]?${FLOAT})$`, 'i');
const IMAG_ONLY = new RegExp(`^([+-]?)(${FLOAT})?j$`, 'i');
const BOTH = new RegExp(`^([+-]?${FLOAT})([+-])(${FLOAT})?j$`, 'i');

function parseFloat(text: string): number {
  const t = text.toLowerCase().replace(/_/g, '');
  const sign = t.startsWith('-') ? -1 : 1;
  const body = t.replace(/^[+-]/, '');
  if (body.startsWith('inf')) return sign * Infinity;
  if (body === 'nan') return NaN;
  return sign * Number(body);
}

/** `complex_from_string_inner`: `1+2j`, `(1-j)`, `-2.5e3J`, `inf+nanj`; null when malformed. */
export function parseComplex(text: string): { re: number; im: number } | null {
  let s = text.trim();
  if (s.startsWith('(') && s.endsWith(')')) s = s.slice(1, -1).trim();
  let m = REAL_ONLY.exec(s);
  if (m) return { re: parseFloat(m[1]), im: 0 };
  m = IMAG_ONLY.exec(s);
  if (m) return { re: 0, im: (m[1] === '-' ? -1 : 1) * (m[2] === undefined ? 1 : parseFloat(m[2])) };
  m = BOTH.exec(s);
  if (m) return { re: parseFloat(m[1]), im: (m[2] === '-' ? -1 : 1) * (m[3] === undefined ? 1 : parseFloat(m[3])) };
  return null;
}

/** A `real` or `imag` argument as (real, imag, was a complex), or null when it is no number. */
function operand(interp: Interp, o: PyObject): { re: number; im: number; isComplex: boolean } | null {
  if (o instanceof PyComplexObject) return { re: o.real, im: o.imag, isComplex: true };
  const own = slotDunder(interp, o, '__complex__');
  if (own) {
    if (!(own instanceof PyComplexObject)) interp.typeError(`__complex__ returned non-complex (type ${own.type.name})`);
    if (own.type !== interp.rt.types.complex) warnStrictSubclass(interp, `__complex__ returned non-complex (type ${own.type.name})`, 'complex');
    const r = { re: own.real, im: own.imag, isComplex: true };
    interp.rt.heap.decref(own);
    return r;
  }
  if (o instanceof PyFloatObject) return { re: o.value, im: 0, isComplex: false };
  if (o instanceof PyLongObject) return { re: Number(o.value), im: 0, isComplex: false };
  return null;
}

/** `complex(...)`. */
export const complexCall: TypeCall = (interp, _t, args, kwnames) => {
  const { positional, keywords } = splitKeywords(args, kwnames);
  if (positional.length > 2) interp.typeError(`complex() takes at most 2 arguments (${positional.length} given)`);
  for (const k of keywords.keys()) {
    if (k !== 'real' && k !== 'imag') invalidKeyword(interp, 'complex', k);
  }
  const names = ['real', 'imag'];
  positional.forEach((_, i) => {
    if (keywords.has(names[i])) interp.typeError(`argument for complex() given by name ('${names[i]}') and position (${i + 1})`);
  });
  const r = positional[0] ?? keywords.get('real');
  const i = positional[1] ?? keywords.get('imag');
  const rt = interp.rt;
  if (r === undefined && i === undefined) return newComplex(rt, 0, 0);
  if (r instanceof PyUnicodeObject) {
    if (i !== undefined) interp.typeError("complex() can't take second arg if first is a string");
    const z = parseComplex(r.value);
    if (!z) return interp.raise('ValueError', 'complex() arg is a malformed string');
    return newComplex(rt, z.re, z.im);
  }
  if (i instanceof PyUnicodeObject) interp.typeError("complex() second arg can't be a string");
  // complex(z) of an exact complex is z itself.
  if (r !== undefined && i === undefined && r.type === rt.types.complex) { rt.heap.incref(r); return r; }
  const cr = r === undefined ? { re: 0, im: 0, isComplex: false } : operand(interp, r);
  if (!cr) return interp.typeError(`complex() first argument must be a string or a number, not '${(r as PyObject).type.name}'`);
  const ci = i === undefined ? null : operand(interp, i);
  if (i !== undefined && !ci) return interp.typeError(`complex() second argument must be a number, not '${i.type.name}'`);
  // (a + bj) + (c + dj)·j = (a - d) + (b + c)j, adding only the parts that were given.
  let re = cr.re;
  let im = ci ? ci.re : 0;
  if (ci?.isComplex) re -= ci.im;
  if (cr.isComplex) im = ci ? im + cr.im : cr.im;
  return newComplex(rt, re, im);
};

function self(args: PyObject[]): PyComplexObject {
  return args[0] as PyComplexObject;
}

/** Registers `complex` in builtins and its methods. */
export function installComplexType(interp: Interp): void {
  const t = interp.rt.types.complex;
  interp.typeCalls.set(t, complexCall);
  interp.builtins.set('complex', t);
  const m = interp.methods;
  m.define(t, 'conjugate', (i, a) => newComplex(i.rt, self(a).real, -self(a).imag));
  m.define(t, '__complex__', (i, a) => (a[0].type === i.rt.types.complex ? (i.rt.heap.incref(a[0]), a[0]) : newComplex(i.rt, self(a).real, self(a).imag)));
  m.define(t, '__getnewargs__', (i, a) => newTuple(i.rt, [newFloat(i.rt, self(a).real), newFloat(i.rt, self(a).imag)]));
  m.define(t, '__neg__', (i, a) => newComplex(i.rt, -self(a).real, -self(a).imag));
  m.define(t, '__pos__', (i, a) => newComplex(i.rt, self(a).real, self(a).imag));
  m.define(t, '__abs__', (i, a) => complexAbs(i, self(a)));
  // float_float: an exact float is its own conjugate.
  m.define(interp.rt.types.float, 'conjugate', (i, a) => (a[0].type === i.rt.types.float ? (i.rt.heap.incref(a[0]), a[0]) : newFloat(i.rt, (a[0] as PyFloatObject).value)));
}

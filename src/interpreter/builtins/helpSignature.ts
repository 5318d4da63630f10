/**
 * What pydoc prints of a callable's signature (`inspect.signature` rendered by `str()`, or from
 * 3.13 by `Signature.format(max_width=80 - len(name))`, which puts one parameter a line when the
 * one-line form is too wide) and the facts of a function it reads (`__name__`, `__module__`,
 * `__qualname__`, `__doc__`).
 */
import { dictItems, PyDictObject } from '../../engine/objects/dictObject';
import { PyFunctionObject } from '../../engine/objects/funcObject';
import type { PyObject } from '../../engine/objects/object';
import { PyTupleObject } from '../../engine/objects/tupleObject';
import { PyTypeObject } from '../../engine/objects/typeObject';
import { PyUnicodeObject } from '../../engine/objects/unicodeObject';
import { CO_FLAGS } from '../compiler/codeObject';
import { reprOf } from '../objects/repr';
import type { Interp } from '../runtime/interp';
import type { FunctionCode } from '../vm/callables';
import { getAttrOrNull } from './classBuiltins';

/** A signature as texts: each parameter (with `/`, `*` markers) and the return annotation. */
export interface SignatureText {
  params: string[];
  returns: string | null;
}

/** What pydoc reads of a Python function. */
export interface FunctionFacts {
  name: string;
  qualname: string;
  module: string | null;
  /** `__doc__` as it is (not cleaned); null when not a str. */
  doc: string | null;
  signature: SignatureText;
  /** `co_firstlineno` (the first decorator's line). */
  firstLine: number;
  isAsync: boolean;
}

/**
 * Native functions standing for the Python functions of a module the simulation implements
 * natively (enum.py's EnumType methods), with the facts pydoc would read of those.
 */
const standIns = new WeakMap<PyObject, FunctionFacts>();

/** Makes help() print the native function `f` as the Python function `facts` describes. */
export function setStandInFacts(f: PyObject, facts: FunctionFacts): void {
  standIns.set(f, facts);
}

/** The facts of a native stand-in for a Python function, or null. */
export function standInFacts(f: PyObject): FunctionFacts | null {
  return standIns.get(f) ?? null;
}

/** The Python-function facts of `f`; null for anything but a Python function or a stand-in for one. */
export function functionFacts(interp: Interp, f: PyObject): FunctionFacts | null {
  return f instanceof PyFunctionObject ? pythonFunctionFacts(interp, f) : standIns.get(f) ?? null;
}

/** `str(Signature)`, or 3.13's `format(max_width=...)` when `maxWidth` is given. */
export function formatSignature(sig: SignatureText, maxWidth: number | null): string {
  let text = `(${sig.params.join(', ')})`;
  if (maxWidth !== null && text.length > maxWidth) text = `(\n    ${sig.params.join(',\n    ')}\n)`;
  return sig.returns === null ? text : `${text} -> ${sig.returns}`;
}

/**
 * `_signature_bound_method`: the first parameter goes, unless it is `*args` (which stays); a
 * positional-only marker left leading goes with it.
 */
export function boundSignature(sig: SignatureText): SignatureText {
  const params = [...sig.params];
  if (params.length && !params[0].startsWith('*')) {
    params.shift();
    if (params[0] === '/') params.shift();
  }
  return { params, returns: sig.returns };
}

function pythonFunctionFacts(interp: Interp, f: PyFunctionObject): FunctionFacts {
  const text = (name: string): string | null => {
    const v = getAttrOrNull(interp, f, name);
    const out = v instanceof PyUnicodeObject ? v.value : null;
    interp.rt.heap.xdecref(v);
    return out;
  };
  const dictTexts = (name: string, render: (v: PyObject) => string): Map<string, string> => {
    const out = new Map<string, string>();
    const d = getAttrOrNull(interp, f, name);
    if (d instanceof PyDictObject) for (const e of dictItems(d)) if (typeof e.hashKey === 'string') out.set(e.hashKey, render(e.value));
    interp.rt.heap.xdecref(d);
    return out;
  };
  const defaultsObj = getAttrOrNull(interp, f, '__defaults__');
  const defaults = defaultsObj instanceof PyTupleObject ? defaultsObj.items.map((d) => reprOf(interp, d)) : [];
  interp.rt.heap.xdecref(defaultsObj);
  const code = (f.code as FunctionCode).loaded.code;
  const annotations = dictTexts('__annotations__', (v) => formatAnnotation(interp, v));
  const kwdefaults = dictTexts('__kwdefaults__', (v) => reprOf(interp, v));
  const param = (name: string, dflt: string | undefined): string => {
    const ann = annotations.get(name);
    if (ann === undefined) return dflt === undefined ? name : `${name}=${dflt}`;
    return dflt === undefined ? `${name}: ${ann}` : `${name}: ${ann} = ${dflt}`;
  };
  const names = code.varnames;
  const params: string[] = [];
  const firstDefault = code.argcount - defaults.length;
  for (let i = 0; i < code.argcount; i++) {
    params.push(param(names[i], i >= firstDefault ? defaults[i - firstDefault] : undefined));
    if (code.posonlyargcount > 0 && i === code.posonlyargcount - 1) params.push('/');
  }
  let next = code.argcount + code.kwonlyargcount;
  if (code.flags & CO_FLAGS.VARARGS) params.push(`*${param(names[next++], undefined)}`);
  else if (code.kwonlyargcount > 0) params.push('*');
  for (let i = code.argcount; i < code.argcount + code.kwonlyargcount; i++) params.push(param(names[i], kwdefaults.get(names[i])));
  if (code.flags & CO_FLAGS.VARKEYWORDS) params.push(`**${param(names[next], undefined)}`);
  const name = text('__name__') ?? '?';
  return {
    name, qualname: text('__qualname__') ?? name, module: text('__module__'), doc: text('__doc__'),
    signature: { params, returns: annotations.get('return') ?? null },
    firstLine: code.firstlineno,
    isAsync: (code.flags & (CO_FLAGS.COROUTINE | CO_FLAGS.ASYNC_GENERATOR)) !== 0,
  };
}

/** `inspect.formatannotation`: a class by its (module-qualified) name, anything else by repr. */
export function formatAnnotation(interp: Interp, a: PyObject): string {
  if (a instanceof PyTypeObject && a.type === interp.rt.types.type) {
    const mod = typeText(interp, a, '__module__');
    const qualname = typeText(interp, a, '__qualname__');
    return mod === 'builtins' ? qualname : `${mod}.${qualname}`;
  }
  return reprOf(interp, a);
}

/** A class's `__module__`, `__name__` or `__qualname__` as text. */
export function typeText(interp: Interp, t: PyObject, name: string): string {
  const v = getAttrOrNull(interp, t, name);
  const text = v instanceof PyUnicodeObject ? v.value : 'builtins';
  interp.rt.heap.xdecref(v);
  return text;
}

/** pydoc's `classname(cls, modname)`: the name, module-qualified when the module differs. */
export function className(interp: Interp, t: PyTypeObject, modname: string | null): string {
  const module = typeText(interp, t, '__module__');
  const name = typeText(interp, t, '__name__');
  return module === modname ? name : `${module}.${name}`;
}

/**
 * `help(function)` as a script sees it (Lib/_sitebuiltins.py `_Helper` → pydoc's `Helper.help`
 * with the plain pager, stdout not being a terminal): "Help on function f in module m:", a blank
 * line, the declaration `f(signature)` and the cleaned docstring indented by four spaces, then a
 * blank line. Bound methods drop their first parameter and say whose instance they belong to.
 *
 * Only functions and methods are rendered; a class, module or built-in object (pydoc's long
 * class and module pages) stops the run as unsupported rather than print something CPython
 * would not.
 *
 * Obscurity: 3.11's `TextDoc.indent` puts the four spaces on blank docstring lines too (3.12
 * strips them); a class method bound to its class reads "method of builtins.type instance" on
 * 3.11 and 3.12 and "class method of m.C" from 3.13.
 */
import { dictItems, PyDictObject } from '../../engine/objects/dictObject';
import { PyFunctionObject } from '../../engine/objects/funcObject';
import { PyMethodObject } from '../../engine/objects/methodObject';
import type { PyObject } from '../../engine/objects/object';
import { PyTupleObject } from '../../engine/objects/tupleObject';
import { PyTypeObject } from '../../engine/objects/typeObject';
import { newStr, PyUnicodeObject } from '../../engine/objects/unicodeObject';
import type { CodeObject } from '../compiler/codeObject';
import type { FunctionCode } from '../vm/callables';
import { reprOf } from '../objects/repr';
import type { Interp } from '../runtime/interp';
import { UnsupportedError } from '../runtime/pyError';
import { getAttrOrNull } from './classBuiltins';
import { writeStdout } from './printWrites';

/** CO_VARARGS and CO_VARKEYWORDS. */
const CO_VARARGS = 0x4;
const CO_VARKEYWORDS = 0x8;

/** `help(object)`: writes pydoc's plain page for a function or method to stdout. */
export function helpNative(interp: Interp, args: PyObject[]): PyObject {
  if (args.length !== 1) throw new UnsupportedError('help() without exactly one argument (the interactive help)', interp.line);
  const text = helpPage(interp, args[0]);
  const s = newStr(interp.rt, text);
  try {
    writeStdout(interp, s);
  } finally {
    interp.rt.heap.decref(s);
  }
  return interp.none();
}

function helpPage(interp: Interp, o: PyObject): string {
  if (o instanceof PyFunctionObject) {
    const f = describeFunction(interp, o);
    return `Help on function ${f.name}${moduleNote(f)}:\n\n${declaration(interp, f, false, '')}\n`;
  }
  if (o instanceof PyMethodObject && o.func instanceof PyFunctionObject && o.self) {
    const f = describeFunction(interp, o.func);
    let note: string;
    if (o.self instanceof PyTypeObject) {
      note = interp.rt.profile.versionInfo[1] >= 13 ? ` class method of ${className(interp, o.self)}` : ' method of builtins.type instance';
    } else {
      note = ` method of ${className(interp, o.self.type)} instance`;
    }
    return `Help on method ${f.name}${moduleNote(f)}:\n\n${declaration(interp, f, true, note)}\n`;
  }
  throw new UnsupportedError(`help() on a ${o.type.name} object`, interp.line);
}

/** What pydoc reads of a function, as text: its attributes and the parameter shape of its code. */
interface FunctionFacts {
  name: string;
  module: string | null;
  doc: string;
  code: CodeObject;
  defaults: string[];
  kwdefaults: Map<string, string>;
  annotations: Map<string, string>;
}

function describeFunction(interp: Interp, f: PyFunctionObject): FunctionFacts {
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
  const defaults = getAttrOrNull(interp, f, '__defaults__');
  const facts: FunctionFacts = {
    name: text('__name__') ?? '?',
    module: text('__module__'),
    doc: cleanDoc(text('__doc__') ?? ''),
    code: (f.code as FunctionCode).loaded.code,
    defaults: defaults instanceof PyTupleObject ? defaults.items.map((d) => reprOf(interp, d)) : [],
    kwdefaults: dictTexts('__kwdefaults__', (v) => reprOf(interp, v)),
    annotations: dictTexts('__annotations__', (v) => formatAnnotation(interp, v)),
  };
  interp.rt.heap.xdecref(defaults);
  return facts;
}

/** pydoc's `classname(cls, None)`: `module.Name`. */
function className(interp: Interp, t: PyTypeObject): string {
  return `${typeText(interp, t, '__module__')}.${typeText(interp, t, '__name__')}`;
}

/** A class's `__module__`, `__name__` or `__qualname__` as text. */
function typeText(interp: Interp, t: PyTypeObject, name: string): string {
  const v = getAttrOrNull(interp, t, name);
  const text = v instanceof PyUnicodeObject ? v.value : 'builtins';
  interp.rt.heap.xdecref(v);
  return text;
}

function moduleNote(f: FunctionFacts): string {
  return f.module === null ? '' : ` in module ${f.module}`;
}

/** `TextDoc.docroutine`: the declaration line, then the indented docstring when there is one. */
function declaration(interp: Interp, f: FunctionFacts, bound: boolean, note: string): string {
  const params = parameters(f);
  if (bound) params.shift();
  const ret = f.annotations.get('return');
  const sig = `(${params.join(', ')})${ret === undefined ? '' : ` -> ${ret}`}`;
  const decl = f.name === '<lambda>' ? `${f.name} lambda ${sig.slice(1, -1)}${note}` : `${f.name}${sig}${note}`;
  if (!f.doc) return `${decl}\n`;
  return `${decl}\n${indent(interp, f.doc)}\n`;
}

/** `inspect.Signature.__str__`'s parameter texts, `/` after positional-only and `*` before keyword-only. */
function parameters(f: FunctionFacts): string[] {
  const code = f.code;
  const names = code.varnames;
  const out: string[] = [];
  const firstDefault = code.argcount - f.defaults.length;
  for (let i = 0; i < code.argcount; i++) {
    out.push(param(f, names[i], i >= firstDefault ? f.defaults[i - firstDefault] : undefined));
    if (code.posonlyargcount > 0 && i === code.posonlyargcount - 1) out.push('/');
  }
  let next = code.argcount + code.kwonlyargcount;
  if (code.flags & CO_VARARGS) out.push(`*${param(f, names[next++], undefined)}`);
  else if (code.kwonlyargcount > 0) out.push('*');
  for (let i = code.argcount; i < code.argcount + code.kwonlyargcount; i++) out.push(param(f, names[i], f.kwdefaults.get(names[i])));
  if (code.flags & CO_VARKEYWORDS) out.push(`**${param(f, names[next], undefined)}`);
  return out;
}

function param(f: FunctionFacts, name: string, dflt: string | undefined): string {
  const ann = f.annotations.get(name);
  if (ann === undefined) return dflt === undefined ? name : `${name}=${dflt}`;
  return dflt === undefined ? `${name}: ${ann}` : `${name}: ${ann} = ${dflt}`;
}

/** `inspect.formatannotation`: a class by its (module-qualified) name, anything else by repr. */
function formatAnnotation(interp: Interp, a: PyObject): string {
  if (a instanceof PyTypeObject && a.type === interp.rt.types.type) {
    const mod = typeText(interp, a, '__module__');
    const qualname = typeText(interp, a, '__qualname__');
    return mod === 'builtins' ? qualname : `${mod}.${qualname}`;
  }
  return reprOf(interp, a);
}

/** `inspect.cleandoc`: tabs expanded, the common margin of the later lines removed, blank ends dropped. */
function cleanDoc(doc: string): string {
  const lines = doc.split('\n').map(expandTabs);
  let margin = Infinity;
  for (const line of lines.slice(1)) {
    const content = line.trimStart().length;
    if (content) margin = Math.min(margin, line.length - content);
  }
  const out = [lines[0].trimStart(), ...lines.slice(1).map((l) => (margin === Infinity ? l : l.slice(margin)))];
  while (out.length && !out[0]) out.shift();
  while (out.length && !out[out.length - 1]) out.pop();
  return out.join('\n');
}

/** `str.expandtabs()`: tab stops every 8 columns. */
function expandTabs(line: string): string {
  let out = '';
  for (const ch of line) out += ch === '\t' ? ' '.repeat(8 - (out.length % 8)) : ch;
  return out;
}

/** `TextDoc.indent` (3.11 keeps the prefix on blank lines; 3.12 strips each line's end). */
function indent(interp: Interp, text: string): string {
  const keepBlank = interp.rt.profile.versionInfo[1] < 12;
  const lines = text.split('\n').map((l) => (keepBlank ? `    ${l}` : `    ${l}`.trimEnd()));
  lines[lines.length - 1] = lines[lines.length - 1].trimEnd();
  return lines.join('\n');
}

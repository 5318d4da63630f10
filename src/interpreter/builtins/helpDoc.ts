/**
 * pydoc's `getdoc(object)` (3.11–3.13): the object's own docstring (not one equal to its type's),
 * else the docstring of the same name further up the class's MRO (a method overriding a
 * documented one, `__init__` taking `object.__init__`'s), cleaned as `inspect.cleandoc`; else the
 * block of `#` comments just above the function or class in the script (`inspect.getcomments`).
 */
import { PyDescrObject } from '../../engine/objects/descrObject';
import { PyNativeDescrObject } from '../../engine/objects/nativeDescrObject';
import { classTypes } from '../../engine/objects/classTypes';
import { PyFunctionObject } from '../../engine/objects/funcObject';
import { PyMethodObject } from '../../engine/objects/methodObject';
import type { PyObject } from '../../engine/objects/object';
import { PyHeapTypeObject } from '../../engine/objects/typeHeap';
import { PyTypeObject } from '../../engine/objects/typeObject';
import { PyUnicodeObject } from '../../engine/objects/unicodeObject';
import type { Interp } from '../runtime/interp';
import { mroOf } from '../objects/typeLookup';
import { getAttrOrNull } from './classBuiltins';
import { functionFacts, standInFacts } from './helpSignature';

/** `pydoc.getdoc`: the cleaned docstring or comment block, '' when there is none. */
export function getDoc(interp: Interp, o: PyObject): string {
  const raw = ownDoc(interp, o) ?? foundDoc(interp, o);
  const text = (raw !== null ? cleanDoc(raw) : '') || comments(interp, o);
  return text.trimEnd().replace(/^ *\n/, '');
}

/** `_getowndoc`: `__doc__` unless None or the same text as the type's own docstring. */
function ownDoc(interp: Interp, o: PyObject): string | null {
  const standIn = standInFacts(o instanceof PyMethodObject && o.func ? o.func : o);
  if (standIn) return standIn.doc;
  const doc = attrText(interp, o, '__doc__');
  if (doc === null || o === interp.rt.types.type) return doc;
  const typeDoc = attrText(interp, o.type, '__doc__');
  return typeDoc === doc ? null : doc;
}

function attrText(interp: Interp, o: PyObject, name: string): string | null {
  const v = getAttrOrNull(interp, o, name);
  const text = v instanceof PyUnicodeObject ? v.value : null;
  interp.rt.heap.xdecref(v);
  return text;
}

/** `_finddoc`: the class a method or property belongs to, then the first own docstring of its name along the MRO. */
function foundDoc(interp: Interp, o: PyObject): string | null {
  const home = homeOf(interp, o);
  if (!home) return null;
  for (const base of mroOf(home.cls)) {
    const v = getAttrOrNull(interp, base, home.name);
    if (!v) continue;
    const doc = ownDoc(interp, v);
    interp.rt.heap.decref(v);
    if (doc !== null) return doc;
  }
  return null;
}

function homeOf(interp: Interp, o: PyObject): { cls: PyTypeObject; name: string } | null {
  if (o instanceof PyNativeDescrObject) return { cls: o.owner, name: o.name };
  if (o instanceof PyMethodObject) {
    const facts = o.func ? functionFacts(interp, o.func) : null;
    if (!facts || !o.self) return null;
    const self = o.self;
    if (self instanceof PyTypeObject) {
      const again = getAttrOrNull(interp, self, facts.name);
      const func = again instanceof PyMethodObject ? again.func : null;
      interp.rt.heap.xdecref(again);
      if (func === o.func) return { cls: self, name: facts.name };
    }
    return { cls: self.type, name: facts.name };
  }
  const ct = classTypes(interp.rt);
  const func = o instanceof PyDescrObject && o.type.isSubtypeOf(ct.property) ? o.refs[0] : o;
  const facts = func ? functionFacts(interp, func) : null;
  if (!facts) return null;
  const cls = enclosingClass(interp, facts.module, facts.qualname);
  if (!cls) return null;
  const again = getAttrOrNull(interp, cls, facts.name);
  interp.rt.heap.xdecref(again);
  return again === o ? { cls, name: facts.name } : null;
}

/** `_findclass`: the class named by a function's `__qualname__` in its module. */
function enclosingClass(interp: Interp, module: string | null, qualname: string): PyTypeObject | null {
  const m = module === null ? undefined : interp.modules.get(module);
  if (!m) return null;
  let cur: PyObject = m;
  interp.rt.heap.incref(cur);
  for (const part of qualname.split('.').slice(0, -1)) {
    const next = getAttrOrNull(interp, cur, part);
    interp.rt.heap.decref(cur);
    if (!next) return null;
    cur = next;
  }
  interp.rt.heap.decref(cur);
  return cur instanceof PyTypeObject ? cur : null;
}

/**
 * `inspect.getcomments` for the script's own functions and classes: the `#` lines at the same
 * indentation just above the first line (the first decorator's), without leading or trailing
 * lines that are a bare `#`.
 */
function comments(interp: Interp, o: PyObject): string {
  const line = firstLineOf(interp, o);
  if (line <= 1) return '';
  const lines = interp.script.lines;
  const indentOf = (s: string): number => expandTabs(s).length - expandTabs(s).trimStart().length;
  const indent = indentOf(lines[line - 1] ?? '');
  const out: string[] = [];
  for (let i = line - 2; i >= 0; i--) {
    const text = lines[i];
    if (!text.trimStart().startsWith('#') || indentOf(text) !== indent) break;
    out.unshift(`${expandTabs(text).trimStart()}\n`);
  }
  while (out.length && out[0].trim() === '#') out.shift();
  while (out.length && out[out.length - 1].trim() === '#') out.pop();
  return out.join('');
}

/** The script line a function or class starts on (its first decorator's); 0 when not the script's. */
function firstLineOf(interp: Interp, o: PyObject): number {
  if (o instanceof PyFunctionObject) {
    const facts = functionFacts(interp, o);
    const filename = (o.code as { loaded: { code: { filename: string } } }).loaded.code.filename;
    return facts && filename === interp.script.filename ? facts.firstLine : 0;
  }
  if (o instanceof PyMethodObject) return o.func ? firstLineOf(interp, o.func) : 0;
  if (o instanceof PyHeapTypeObject && o.module === '__main__') return classLine(interp, o);
  return 0;
}

/** The line of `class Name` (or of the decorators above it) for a class of the script. */
function classLine(interp: Interp, t: PyHeapTypeObject): number {
  const lines = interp.script.lines;
  const pattern = new RegExp(`^(\\s*)class\\s+${t.name}\\b`);
  const at = lines.findIndex((l) => pattern.test(l));
  if (at < 0) return 0;
  let first = at;
  const indent = (pattern.exec(lines[at]) as RegExpExecArray)[1];
  while (first > 0 && lines[first - 1].startsWith(`${indent}@`)) first--;
  return first + 1;
}

/** `inspect.cleandoc`: tabs expanded, the common margin of the later lines removed, blank ends dropped. */
export function cleanDoc(doc: string): string {
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

/** `TextDoc.indent` (3.11 keeps the prefix on blank lines, stripping only the last; 3.12 strips each line's end). */
export function indentText(interp: Interp, text: string, prefix = '    '): string {
  const keepBlank = interp.rt.profile.versionInfo[1] < 12;
  const lines = text.split('\n').map((l) => (keepBlank ? `${prefix}${l}` : `${prefix}${l}`.trimEnd()));
  lines[lines.length - 1] = lines[lines.length - 1].trimEnd();
  return lines.join('\n');
}

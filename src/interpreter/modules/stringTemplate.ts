/**
 * `string.Template` (Lib/string.py, 3.11–3.13): `$name`, `${name}` and `$$` substitution. A heap
 * class (as CPython's, a plain class whose instances keep `template` in their `__dict__`) whose
 * methods are natives scanning for what its default pattern matches: the delimiter, then `$`
 * (escaped), an ASCII identifier (named), `{identifier}` (braced), or nothing (invalid).
 * `substitute` looks names up in the keywords first, then in the mapping (ChainMap's order), and
 * formats values with `'%s' %`; a missing name is the mapping's KeyError, an invalid placeholder
 * CPython's `ValueError: Invalid placeholder in string: line L, col C`. `safe_substitute` leaves
 * both as written. A subclass may override `delimiter` (read from the instance's class); not
 * modelled: `idpattern`/`braceidpattern`/`flags`/`pattern` overrides and the class attributes
 * `flags` and `pattern` themselves.
 */
import type { PyObject } from '../../engine/objects/object';
import { newList } from '../../engine/objects/listObject';
import { newStr, PyUnicodeObject } from '../../engine/objects/unicodeObject';
import type { PyHeapTypeObject } from '../../engine/objects/typeHeap';
import type { Interp } from '../runtime/interp';
import type { NativeImpl } from '../vm/callables';
import { getItem } from '../objects/abstract';
import { raiseKeyError } from '../objects/containerOps';
import { PyError } from '../runtime/pyError';
import { strOf } from '../objects/repr';
import { setAttr } from '../objects/typeSlots';
import { createClass } from '../objects/typeCreate';
import { bindArgs } from './pyArgs';

/** One placeholder found in a template (code-point offsets). */
interface Placeholder {
  start: number;
  end: number;
  kind: 'escaped' | 'named' | 'braced' | 'invalid';
  name: string;
}

const isIdStart = (c: string | undefined): boolean => c !== undefined && /^[_A-Za-z]$/.test(c);
const isIdChar = (c: string | undefined): boolean => c !== undefined && /^[_A-Za-z0-9]$/.test(c);

/** What `Template.pattern.finditer(template)` matches, left to right. */
function scan(text: string[], delimiter: string[]): Placeholder[] {
  const found: Placeholder[] = [];
  const at = (i: number, s: string[]): boolean => s.length > 0 && s.every((c, k) => text[i + k] === c);
  let i = 0;
  while (i + delimiter.length <= text.length) {
    if (!at(i, delimiter)) { i++; continue; }
    const start = i;
    let j = i + delimiter.length;
    if (at(j, delimiter)) {
      found.push({ start, end: j + delimiter.length, kind: 'escaped', name: '' });
    } else if (isIdStart(text[j])) {
      let k = j + 1;
      while (isIdChar(text[k])) k++;
      found.push({ start, end: k, kind: 'named', name: text.slice(j, k).join('') });
    } else if (text[j] === '{' && isIdStart(text[j + 1])) {
      let k = j + 2;
      while (isIdChar(text[k])) k++;
      if (text[k] === '}') found.push({ start, end: k + 1, kind: 'braced', name: text.slice(j + 1, k).join('') });
      else found.push({ start, end: j, kind: 'invalid', name: '' });
    } else {
      found.push({ start, end: j, kind: 'invalid', name: '' });
    }
    j = found[found.length - 1].end;
    i = j;
  }
  return found;
}

/** `Template._invalid`: the line and column (1-based) of the position after the delimiter. */
function invalidPlaceholder(interp: Interp, text: string[], at: number): never {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < at; i++) {
    // str.splitlines' boundaries: \r\n as one, then \n \r \v \f \x1c-\x1e \x85 \u2028 \u2029.
    const c = text[i].codePointAt(0) as number;
    if (c === 0x0d && text[i + 1] === '\n' && i + 1 < at) i++;
    else if (!((c >= 0x0a && c <= 0x0d) || (c >= 0x1c && c <= 0x1e) || c === 0x85 || c === 0x2028 || c === 0x2029)) continue;
    line++;
    lineStart = i + 1;
  }
  return interp.raise('ValueError', `Invalid placeholder in string: line ${line}, col ${at - lineStart}`);
}

/** The instance's `template` and its class's `delimiter`, as code points. */
function parts(interp: Interp, self: PyObject): { text: string[]; delimiter: string[] } {
  const t = interp.getAttr(self, 'template', false).value;
  const d = interp.getAttr(self, 'delimiter', false).value;
  try {
    if (!(t instanceof PyUnicodeObject)) return interp.typeError(`expected string or bytes-like object, got '${t.type.name}'`);
    return { text: Array.from(t.value), delimiter: d instanceof PyUnicodeObject ? Array.from(d.value) : ['$'] };
  } finally {
    interp.rt.heap.decref(t);
    interp.rt.heap.decref(d);
  }
}

/** `substitute` / `safe_substitute`: keywords first, then the mapping. */
function substituter(name: string, safe: boolean): NativeImpl {
  return (interp, args, kwnames) => {
    const nkw = kwnames ? kwnames.length : 0;
    const npos = args.length - nkw;
    if (npos > 2) interp.typeError(`Template.${name}() takes from 1 to 2 positional arguments but ${npos} were given`);
    const self = args[0];
    const mapping = npos === 2 ? args[1] : null;
    const kws = new Map<string, PyObject>();
    for (let k = 0; k < nkw; k++) kws.set((kwnames as string[])[k], args[npos + k]);
    const { text, delimiter } = parts(interp, self);
    const rt = interp.rt;
    const lookup = (key: string): PyObject | null => {
      const v = kws.get(key);
      if (v) { rt.heap.incref(v); return v; }
      const k = newStr(rt, key);
      try {
        if (!mapping) return safe ? null : raiseKeyError(interp, k);
        try {
          return getItem(interp, mapping, k);
        } catch (e) {
          // safe_substitute: `except KeyError: return mo.group()`.
          if (!safe || !(e instanceof PyError) || !e.exc.type.isSubtypeOf(interp.excType('KeyError'))) throw e;
          rt.heap.decref(e.exc);
          return null;
        }
      } finally {
        rt.heap.decref(k);
      }
    };
    let out = '';
    let last = 0;
    for (const p of scan(text, delimiter)) {
      out += text.slice(last, p.start).join('');
      last = p.end;
      const written = text.slice(p.start, p.end).join('');
      if (p.kind === 'escaped') { out += delimiter.join(''); continue; }
      if (p.kind === 'invalid') {
        if (safe) { out += written; continue; }
        invalidPlaceholder(interp, text, p.end);
      }
      const v = lookup(p.name);
      if (v === null) { out += written; continue; }
      try {
        out += strOf(interp, v);
      } finally {
        rt.heap.decref(v);
      }
    }
    return newStr(rt, out + text.slice(last).join(''));
  };
}

const init: NativeImpl = (interp, args, kwnames) => {
  const [self, template] = bindArgs(interp, { qualname: 'Template.__init__', params: ['self', 'template'], required: 2 }, args, kwnames);
  setAttr(interp, self as PyObject, 'template', template as PyObject);
  return interp.rt.None;
};

const getIdentifiers: NativeImpl = (interp, args) => {
  const { text, delimiter } = parts(interp, args[0]);
  const names: string[] = [];
  for (const p of scan(text, delimiter)) if ((p.kind === 'named' || p.kind === 'braced') && !names.includes(p.name)) names.push(p.name);
  return newList(interp.rt, names.map((n) => newStr(interp.rt, n)));
};

const isValid: NativeImpl = (interp, args) => {
  const { text, delimiter } = parts(interp, args[0]);
  return interp.bool(!scan(text, delimiter).some((p) => p.kind === 'invalid'));
};

/** Creates the `string.Template` class. */
export function templateClass(interp: Interp): PyHeapTypeObject {
  const rt = interp.rt;
  const ns = new Map<string, PyObject>();
  const fn = (name: string, impl: NativeImpl): void => void ns.set(name, interp.nativeFunction(name, impl));
  ns.set('__module__', newStr(rt, 'string'));
  ns.set('__doc__', newStr(rt, 'A string class for supporting $-substitutions.'));
  ns.set('delimiter', newStr(rt, '$'));
  ns.set('idpattern', newStr(rt, '(?a:[_a-z][_a-z0-9]*)'));
  rt.heap.incref(rt.None);
  ns.set('braceidpattern', rt.None);
  fn('__init__', init);
  fn('substitute', substituter('substitute', false));
  fn('safe_substitute', substituter('safe_substitute', true));
  fn('get_identifiers', getIdentifiers);
  fn('is_valid', isValid);
  return createClass(interp, 'Template', [rt.types.object], ns);
}

/**
 * The `str` methods that cut and rewrite (Objects/unicodeobject.c, Objects/stringlib/split.h):
 * `split`/`rsplit` with `maxsplit`, `replace` with a count, `splitlines(keepends)`,
 * `startswith`/`endswith` with a tuple and bounds, `maketrans`/`translate`, `expandtabs`,
 * `casefold`, `removeprefix`/`removesuffix` and the `istitle`/`isidentifier`/`isprintable`
 * predicates. Positions are in code points, as CPython counts them.
 */
import { dictItems, newDict, type PyDictObject } from '../../engine/objects/dictObject';
import { listAppend, newList } from '../../engine/objects/listObject';
import { newInt, PyLongObject } from '../../engine/objects/longObject';
import type { PyObject } from '../../engine/objects/object';
import { PyTupleObject } from '../../engine/objects/tupleObject';
import { newStr, PyUnicodeObject } from '../../engine/objects/unicodeObject';
import { bindArgs } from '../modules/pyArgs';
import type { Interp } from '../runtime/interp';
import { indexValue } from './numberIndex';
import { PyError } from '../runtime/pyError';
import type { NativeImpl } from '../vm/callables';
import { getItem, setItem } from './abstract';
import { isPrintableText } from '../parser/unicodePrintable';
import { clinicKeywordCall } from '../builtins/clinicKwtuple';
import { clinicArgs } from '../builtins/args';
import { keependsArg } from './bytesLines';

/** `Py_UNICODE_ISSPACE`: the characters `str.split()` and `str.isspace()` treat as whitespace. */
const WHITESPACE_CODES = [9, 10, 11, 12, 13, 0x1c, 0x1d, 0x1e, 0x1f, 0x20, 0x85, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003,
  0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000];
const WHITESPACE = new Set(WHITESPACE_CODES.map((c) => String.fromCodePoint(c)));

function selfStr(interp: Interp, o: PyObject, name: string): string {
  if (!(o instanceof PyUnicodeObject)) return interp.typeError(`descriptor '${name}' for 'str' objects doesn't apply to a '${o.type.name}' object`);
  return o.value;
}

function intArg(interp: Interp, o: PyObject | undefined, dflt: number): number {
  if (o === undefined) return dflt;
  return Number(indexValue(interp, o));
}

function strList(interp: Interp, parts: string[]): PyObject {
  return newList(interp.rt, parts.map((p) => newStr(interp.rt, p)));
}

/** `split` (from the left) or `rsplit` (from the right), at most `maxsplit` cuts when >= 0. */
function splitter(name: 'split' | 'rsplit'): NativeImpl {
  return (interp, args, kwnames) => {
    const s = selfStr(interp, args[0], name);
    clinicKeywordCall(interp, `str.${name}`, ['sep', 'maxsplit'], kwnames);
    const [sepArg, maxArg] = bindArgs(interp, { qualname: name, params: ['sep', 'maxsplit'], required: 0 }, args.slice(1), kwnames);
    let max = intArg(interp, maxArg, -1);
    if (max < 0) max = Number.MAX_SAFE_INTEGER;
    const cps = Array.from(s);
    const parts: string[] = [];
    if (sepArg === undefined || sepArg === interp.rt.None) {
      const space = (c: string | undefined): boolean => c !== undefined && WHITESPACE.has(c);
      if (name === 'split') {
        let i = 0;
        while (i < cps.length) {
          while (i < cps.length && space(cps[i])) i++;
          if (i === cps.length) break;
          if (parts.length === max) {
            parts.push(cps.slice(i).join(''));
            break;
          }
          const start = i;
          while (i < cps.length && !space(cps[i])) i++;
          parts.push(cps.slice(start, i).join(''));
        }
      } else {
        let i = cps.length;
        while (i > 0) {
          while (i > 0 && space(cps[i - 1])) i--;
          if (i === 0) break;
          if (parts.length === max) {
            parts.push(cps.slice(0, i).join(''));
            break;
          }
          const end = i;
          while (i > 0 && !space(cps[i - 1])) i--;
          parts.push(cps.slice(i, end).join(''));
        }
        parts.reverse();
      }
      return strList(interp, parts);
    }
    if (!(sepArg instanceof PyUnicodeObject)) return interp.typeError(`must be str or None, not ${sepArg.type.name}`);
    const sep = sepArg.value;
    if (sep === '') interp.raise('ValueError', 'empty separator');
    let rest = s;
    if (name === 'split') {
      for (let at = rest.indexOf(sep); at >= 0 && parts.length < max; at = rest.indexOf(sep)) {
        parts.push(rest.slice(0, at));
        rest = rest.slice(at + sep.length);
      }
      parts.push(rest);
    } else {
      for (let at = rest.lastIndexOf(sep); at >= 0 && parts.length < max; at = rest.lastIndexOf(sep)) {
        parts.push(rest.slice(at + sep.length));
        rest = rest.slice(0, at);
      }
      parts.push(rest);
      parts.reverse();
    }
    return strList(interp, parts);
  };
}

const replace: NativeImpl = (interp, args) => {
  const s = selfStr(interp, args[0], 'replace');
  if (args.length < 3 || args.length > 4) interp.typeError(`replace expected at least 2 arguments, got ${args.length - 1}`);
  const [old, repl] = [args[1], args[2]].map((a, i) => {
    if (a instanceof PyUnicodeObject) return a.value;
    return interp.typeError(`replace() argument ${i + 1} must be str, not ${a.type.name}`);
  });
  let count = intArg(interp, args[3], -1);
  if (count < 0) count = Number.MAX_SAFE_INTEGER;
  if (old === '') {
    // An empty pattern matches between every code point (and at both ends).
    const cps = Array.from(s);
    let out = '';
    let n = 0;
    for (let i = 0; i <= cps.length; i++) {
      if (n < count) { out += repl; n++; }
      if (i < cps.length) out += cps[i];
    }
    return newStr(interp.rt, out);
  }
  let out = '';
  let rest = s;
  for (let n = 0, at = rest.indexOf(old); at >= 0 && n < count; n++, at = rest.indexOf(old)) {
    out += rest.slice(0, at) + repl;
    rest = rest.slice(at + old.length);
  }
  return newStr(interp.rt, out + rest);
};

const splitlines: NativeImpl = (interp, args, kwnames) => {
  const s = selfStr(interp, args[0], 'splitlines');
  clinicKeywordCall(interp, 'str.splitlines', ['keepends'], kwnames);
  const [keepArg] = clinicArgs(interp, 'splitlines', ['keepends'], 0, args.slice(1), kwnames);
  const keep = keependsArg(interp, keepArg);
  // The line boundaries: \r\n, then \n \r \v \f \x1c \x1d \x1e \x85 \u2028 \u2029.
  const single = new Set(['\n', '\r', '\v', '\f', '\u001c', '\u001d', '\u001e', '\u0085', '\u2028', '\u2029']);
  const lines: string[] = [];
  let current = '';
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '\r' && s[i + 1] === '\n') {
      lines.push(current + (keep ? '\r\n' : ''));
      current = '';
      i++;
    } else if (single.has(s[i])) {
      lines.push(current + (keep ? s[i] : ''));
      current = '';
    } else current += s[i];
  }
  if (current !== '') lines.push(current);
  // stringlib's splitlines starts from an empty list (PREALLOC_SIZE(-1) is 0) and appends.
  const list = newList(interp.rt, [], 0);
  const o = args[0];
  if (lines.length === 1 && lines[0] === s && o.type === interp.rt.types.str) {
    // No line break to cut: the exact str itself is the one item.
    interp.rt.heap.incref(o);
    listAppend(interp.rt, list, o);
    return list;
  }
  for (const line of lines) listAppend(interp.rt, list, newStr(interp.rt, line));
  return list;
};

/** `startswith`/`endswith`: a str or a tuple of strs, within optional `[start:end]` bounds. */
function affix(name: 'startswith' | 'endswith'): NativeImpl {
  return (interp, args) => {
    const cps = Array.from(selfStr(interp, args[0], name));
    if (args.length < 2 || args.length > 4) interp.typeError(`${name} expected at least 1 argument, got ${args.length - 1}`);
    const idx = (o: PyObject | undefined, dflt: number): number => {
      if (o === undefined || o === interp.rt.None) return dflt;
      let v = intArg(interp, o, dflt);
      if (v < 0) v = Math.max(0, v + cps.length);
      return Math.min(v, cps.length);
    };
    const start = idx(args[2], 0);
    const end = idx(args[3], cps.length);
    const test = (o: PyObject): boolean => {
      if (!(o instanceof PyUnicodeObject)) {
        return interp.typeError(`tuple for ${name} must only contain str, not ${o.type.name}`);
      }
      const sub = Array.from(o.value);
      if (start > cps.length || end - start < sub.length) return false;
      const from = name === 'startswith' ? start : end - sub.length;
      return sub.every((c, j) => cps[from + j] === c);
    };
    const what = args[1];
    if (what instanceof PyTupleObject) return interp.bool(what.items.some(test));
    if (!(what instanceof PyUnicodeObject)) {
      return interp.typeError(`${name} first arg must be str or a tuple of str, not ${what.type.name}`);
    }
    return interp.bool(test(what));
  };
}

/** `str.maketrans(x[, y[, z]])`: a dict from code points to code points, strs or None. */
const maketrans: NativeImpl = (interp, args) => {
  const rt = interp.rt;
  const [x, y, z] = args.slice(1);
  if (x === undefined) return interp.typeError('maketrans() takes at least 1 argument (0 given)');
  const table = newDict(rt);
  const put = (k: PyObject, v: PyObject): void => {
    setItem(interp, table, k, v);
    rt.heap.decref(k);
  };
  try {
    if (y === undefined) {
      if (!(x.type.isSubtypeOf(rt.types.dict))) interp.typeError('if you give only one argument to maketrans it must be a dict');
      for (const { key: k, value: v } of dictItems(x as PyDictObject)) {
        if (k instanceof PyUnicodeObject) {
          if (Array.from(k.value).length !== 1) interp.raise('ValueError', 'string keys in translate table must be of length 1');
          put(newInt(rt, k.value.codePointAt(0) as number), v);
        } else if (k instanceof PyLongObject) {
          rt.heap.incref(k);
          put(k, v);
        } else interp.typeError('keys in translate table must be strings or integers');
      }
      return table;
    }
    if (!(x instanceof PyUnicodeObject)) return interp.typeError(`maketrans() argument 1 must be str, not ${x.type.name}`);
    if (!(y instanceof PyUnicodeObject)) return interp.typeError(`maketrans() argument 2 must be str, not ${y.type.name}`);
    const from = Array.from(x.value);
    const to = Array.from(y.value);
    if (from.length !== to.length) interp.raise('ValueError', 'the first two maketrans arguments must have equal length');
    from.forEach((c, i) => {
      const v = newInt(rt, to[i].codePointAt(0) as number);
      put(newInt(rt, c.codePointAt(0) as number), v);
      rt.heap.decref(v);
    });
    if (z !== undefined) {
      if (!(z instanceof PyUnicodeObject)) return interp.typeError(`maketrans() argument 3 must be str, not ${z.type.name}`);
      for (const c of z.value) put(newInt(rt, c.codePointAt(0) as number), rt.None);
    }
    return table;
  } catch (e) {
    rt.heap.decref(table);
    throw e;
  }
};

/** `str.translate(table)`: each code point looked up with `table[ord(c)]`; LookupError keeps it. */
const translate: NativeImpl = (interp, args) => {
  const rt = interp.rt;
  const s = selfStr(interp, args[0], 'translate');
  if (args.length !== 2) interp.typeError(`str.translate() takes exactly one argument (${args.length - 1} given)`);
  const table = args[1];
  let out = '';
  for (const c of s) {
    const key = newInt(rt, c.codePointAt(0) as number);
    let v: PyObject;
    try {
      v = getItem(interp, table, key);
    } catch (e) {
      if (!(e instanceof PyError) || !e.exc.type.isSubtypeOf(interp.excType('LookupError'))) throw e;
      rt.heap.decref(e.exc);
      out += c;
      continue;
    } finally {
      rt.heap.decref(key);
    }
    try {
      if (v === rt.None) continue;
      if (v instanceof PyLongObject) {
        const cp = Number(v.value);
        if (cp < 0 || cp > 0x10ffff) interp.raise('ValueError', 'character mapping must be in range(0x110000)');
        out += String.fromCodePoint(cp);
      } else if (v instanceof PyUnicodeObject) out += v.value;
      else interp.typeError('character mapping must return integer, None or str');
    } finally {
      rt.heap.decref(v);
    }
  }
  return newStr(rt, out);
};

const expandtabs: NativeImpl = (interp, args, kwnames) => {
  const s = selfStr(interp, args[0], 'expandtabs');
  clinicKeywordCall(interp, 'str.expandtabs', ['tabsize'], kwnames);
  const [sizeArg] = clinicArgs(interp, 'expandtabs', ['tabsize'], 0, args.slice(1), kwnames);
  const size = intArg(interp, sizeArg, 8);
  let out = '';
  let column = 0;
  for (const c of s) {
    if (c === '\t') {
      if (size > 0) {
        const pad = size - (column % size);
        out += ' '.repeat(pad);
        column += pad;
      }
    } else {
      out += c;
      column = c === '\n' || c === '\r' ? 0 : column + 1;
    }
  }
  return newStr(interp.rt, out);
};

function affixRemover(name: 'removeprefix' | 'removesuffix'): NativeImpl {
  return (interp, args) => {
    const s = selfStr(interp, args[0], name);
    const a = args[1];
    if (!(a instanceof PyUnicodeObject)) return interp.typeError(`${name}() argument must be str, not ${a ? a.type.name : 'nothing'}`);
    const hit = a.value !== '' && (name === 'removeprefix' ? s.startsWith(a.value) : s.endsWith(a.value));
    if (!hit) {
      interp.rt.heap.incref(args[0]);
      return args[0];
    }
    return newStr(interp.rt, name === 'removeprefix' ? s.slice(a.value.length) : s.slice(0, s.length - a.value.length));
  };
}

/** `istitle`: cased runs start upper-case (or title-case) and continue lower-case; some cased. */
function isTitle(s: string): boolean {
  let cased = false;
  let previousCased = false;
  for (const c of s) {
    const upper = c !== c.toLowerCase();
    const lower = c !== c.toUpperCase();
    if (upper) {
      if (previousCased) return false;
      previousCased = cased = true;
    } else if (lower) {
      if (!previousCased) return false;
      previousCased = cased = true;
    } else previousCased = false;
  }
  return cased;
}

const predicates: Record<string, (s: string) => boolean> = {
  istitle: isTitle,
  // XID_Start/XID_Continue by their general categories (the few Other_ID_* extras left out).
  isidentifier: (s) => /^[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]*$/u.test(s),
};

/** Registers these str methods (`split` replaces the simpler one without `maxsplit`). */
export function installStrTransforms(interp: Interp): void {
  const t = interp.rt.types.str;
  const table: Record<string, NativeImpl> = {
    split: splitter('split'), rsplit: splitter('rsplit'), replace, splitlines,
    startswith: affix('startswith'), endswith: affix('endswith'),
    translate, expandtabs,
    removeprefix: affixRemover('removeprefix'), removesuffix: affixRemover('removesuffix'),
    // Full case folding differs from lower() only for a few letters (ß -> ss, final sigma...).
    casefold: (interp2, args) => newStr(interp2.rt, Array.from(selfStr(interp2, args[0], 'casefold'), (c) => (c === 'ß' ? 'ss' : c === 'ς' ? 'σ' : c.toLowerCase())).join('')),
  };
  for (const [name, test] of Object.entries(predicates)) table[name] = (interp2, args) => interp2.bool(test(selfStr(interp2, args[0], name)));
  table.isprintable = (interp2, args) => interp2.bool(isPrintableText(selfStr(interp2, args[0], 'isprintable'), interp2.rt.profile.version));
  for (const [name, impl] of Object.entries(table)) interp.methods.define(t, name, impl);
  interp.methods.defineClassMethod(t, 'maketrans', maketrans);
}

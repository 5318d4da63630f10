/**
 * `str % args` (`PyUnicode_Format`, Objects/unicodeobject.c): `%[(key)][flags][width][.prec]type`
 * with flags `-+ #0`, `*` widths, and types `s r a d i u o x X e E f F g G c %`. A tuple supplies
 * the arguments in order, a dict (with `%(key)s`) by name, anything else is the single argument.
 */
import { intToDecimal } from './intStrLimit';
import { PyDictObject } from '../../engine/objects/dictObject';
import { PyFloatObject } from '../../engine/objects/floatObject';
import { PyLongObject } from '../../engine/objects/longObject';
import type { PyObject } from '../../engine/objects/object';
import { PyTupleObject } from '../../engine/objects/tupleObject';
import { newStr, PyUnicodeObject } from '../../engine/objects/unicodeObject';
import type { Interp } from '../runtime/interp';
import { getItem } from './abstract';
import { exponentAbs, fixedAbs, generalAbs } from './floatFormat';
import { reprOf, strOf } from './repr';
import { asciiOf } from './strQueries';

/** `format % args` (both borrowed): a new str. */
export function printfFormat(interp: Interp, format: PyUnicodeObject, args: PyObject): PyObject {
  return newStr(interp.rt, formatCore(interp, format.value, args, null));
}

/**
 * How `bytes % args` (`_PyBytes_FormatEx`) converts `%s`/`%b` and `%c`, over a latin-1 JS string:
 * the byte text of a bytes-like argument, of one byte; null for the str rules.
 */
export interface BytesConversions {
  bytesOf(v: PyObject): string | null;
  /** The key object of `%(key)s` (a bytes). */
  key(name: string): PyObject;
}

/** The formatting loop shared by str and bytes: the result as a JS string (latin-1 for bytes). */
export function formatCore(interp: Interp, f: string, args: PyObject, bytes: BytesConversions | null): string {
  const isTuple = args instanceof PyTupleObject;
  const items = isTuple ? args.items : [args];
  const mapping = !isTuple && args instanceof PyDictObject ? args : null;
  let next = 0;
  const take = (): PyObject => {
    if (next >= items.length) interp.typeError('not enough arguments for format string');
    return items[next++];
  };
  let out = '';
  let i = 0;
  let usedMapping = false;
  while (i < f.length) {
    const c = f[i++];
    if (c !== '%') {
      out += c;
      continue;
    }
    if (i >= f.length) interp.raise('ValueError', 'incomplete format');
    let value: PyObject | null = null;
    if (f[i] === '(') {
      if (!mapping) interp.typeError('format requires a mapping');
      let depth = 1;
      const start = ++i;
      while (i < f.length && depth > 0) {
        if (f[i] === '(') depth++;
        else if (f[i] === ')') depth--;
        i++;
      }
      if (depth > 0) interp.raise('ValueError', 'incomplete format key');
      const key = bytes ? bytes.key(f.slice(start, i - 1)) : newStr(interp.rt, f.slice(start, i - 1));
      try {
        value = getItem(interp, mapping as PyObject, key);
      } finally {
        interp.rt.heap.decref(key);
      }
      interp.rt.heap.decref(value);
      usedMapping = true;
    }
    let flags = '';
    while (i < f.length && '-+ #0'.includes(f[i])) flags += f[i++];
    let width = -1;
    if (f[i] === '*') {
      i++;
      const w = take();
      if (!(w instanceof PyLongObject)) interp.typeError('* wants int');
      width = Number(w.value);
      if (width < 0) { flags += '-'; width = -width; }
    } else {
      let d = '';
      while (i < f.length && f[i] >= '0' && f[i] <= '9') d += f[i++];
      if (d) width = Number(d);
    }
    let prec = -1;
    if (f[i] === '.') {
      i++;
      if (f[i] === '*') {
        i++;
        const p = take();
        if (!(p instanceof PyLongObject)) interp.typeError('* wants int');
        prec = Number(p.value);
      } else {
        let d = '';
        while (i < f.length && f[i] >= '0' && f[i] <= '9') d += f[i++];
        prec = d ? Number(d) : 0;
      }
    }
    while (i < f.length && 'hlL'.includes(f[i])) i++;
    if (i >= f.length) interp.raise('ValueError', 'incomplete format');
    const type = f[i++];
    if (type === '%') {
      out += '%';
      continue;
    }
    const v = value ?? take();
    const text = bytes ? convertBytes(interp, bytes, type, v, prec) : null;
    out += applyWidth(text ?? convertOne(interp, type, v, flags, prec, i - 1), width, flags);
  }
  if (next < items.length && !mapping && !usedMapping) interp.typeError(`not all arguments converted during ${bytes ? 'bytes' : 'string'} formatting`);
  return out;
}

/** `%s %b %r %a %c` of bytes formatting; null for the numeric types (shared with str). */
function convertBytes(interp: Interp, bytes: BytesConversions, type: string, v: PyObject, prec: number): string | null {
  switch (type) {
    case 's': case 'b': {
      const text = bytes.bytesOf(v);
      if (text === null) return interp.typeError(`%b requires a bytes-like object, or an object that implements __bytes__, not '${v.type.name}'`);
      return prec >= 0 ? text.slice(0, prec) : text;
    }
    case 'r': case 'a': {
      const text = asciiOf(reprOf(interp, v));
      return prec >= 0 ? text.slice(0, prec) : text;
    }
    case 'c': {
      if (v instanceof PyLongObject) {
        const c = Number(v.value);
        if (c < 0 || c > 255) interp.raise('OverflowError', '%c arg not in range(256)');
        return String.fromCharCode(c);
      }
      const text = bytes.bytesOf(v);
      if (text !== null && text.length === 1) return text;
      return interp.typeError('%c requires an integer in range(256) or a single byte');
    }
    default:
      return null;
  }
}

function applyWidth(text: string, width: number, flags: string): string {
  const n = Array.from(text).length;
  if (width <= n) return text;
  if (flags.includes('-')) return text + ' '.repeat(width - n);
  if (flags.includes('0') && /^[-+ ]?(0[xXo])?[0-9a-fA-F.]/.test(text) && !/[a-z]{3}$/.test(text)) {
    const m = /^([-+ ]?(?:0[xXo])?)(.*)$/.exec(text) as RegExpExecArray;
    return m[1] + '0'.repeat(width - n) + m[2];
  }
  return ' '.repeat(width - n) + text;
}

function sign(flags: string, negative: boolean): string {
  return negative ? '-' : flags.includes('+') ? '+' : flags.includes(' ') ? ' ' : '';
}

function convertOne(interp: Interp, type: string, v: PyObject, flags: string, prec: number, index: number): string {
  switch (type) {
    case 's': case 'r': case 'a': {
      const text = type === 's' ? strOf(interp, v) : type === 'r' ? reprOf(interp, v) : asciiOf(reprOf(interp, v));
      return prec >= 0 ? Array.from(text).slice(0, prec).join('') : text;
    }
    case 'd': case 'i': case 'u': case 'o': case 'x': case 'X': {
      let n: bigint;
      if (v instanceof PyLongObject) n = BigInt(v.value);
      else if (v instanceof PyFloatObject && type !== 'o' && type !== 'x' && type !== 'X') n = BigInt(Math.trunc(v.value));
      else {
        const what = type === 'o' || type === 'x' || type === 'X' ? 'an integer is required' : 'a real number is required';
        return interp.typeError(`%${type} format: ${what}, not ${v.type.name}`);
      }
      const negative = n < 0n;
      const abs = negative ? -n : n;
      let digits = type === 'o' ? abs.toString(8) : type === 'x' ? abs.toString(16) : type === 'X' ? abs.toString(16).toUpperCase() : intToDecimal(interp, abs);
      if (prec > digits.length) digits = digits.padStart(prec, '0');
      const prefix = flags.includes('#') && type !== 'd' && type !== 'i' && type !== 'u' ? `0${type}` : '';
      return sign(flags, negative) + prefix + digits;
    }
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
      let x: number;
      if (v instanceof PyFloatObject) x = v.value;
      else if (v instanceof PyLongObject) x = Number(v.value);
      else return interp.typeError(`must be real number, not ${v.type.name}`);
      const p = prec < 0 ? 6 : prec;
      const alt = flags.includes('#');
      let body: string;
      if (!Number.isFinite(x)) body = Number.isNaN(x) ? 'nan' : 'inf';
      else if (type === 'f' || type === 'F') body = fixedAbs(x, p, alt);
      else if (type === 'e' || type === 'E') body = exponentAbs(x, p, alt);
      else body = generalAbs(x, p, alt);
      if (type === type.toUpperCase()) body = body.toUpperCase();
      return sign(flags, x < 0 || Object.is(x, -0)) + body;
    }
    case 'c': {
      if (v instanceof PyUnicodeObject && v.length === 1) return v.value;
      if (v instanceof PyLongObject) return String.fromCodePoint(Number(v.value));
      return interp.typeError('%c requires an int or a unicode character, not ' + v.type.name);
    }
    default: {
      const code = type.codePointAt(0) as number;
      return interp.raise('ValueError', `unsupported format character '${type}' (0x${code.toString(16)}) at index ${index}`);
    }
  }
}

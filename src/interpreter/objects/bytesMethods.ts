/**
 * The methods `bytes` and `bytearray` share (Objects/bytes_methods.c, stringlib): searching,
 * splitting, joining, stripping, case, padding, predicates, hex. Each returns an object of self's
 * type (a bytearray method makes a new bytearray); where CPython hands back an unchanged exact
 * bytes itself (`strip` with nothing to strip, `replace` without a match, `center` not wider,
 * `join` of one exact bytes, `partition` without the separator) so does this.
 */
import { subclassResult } from './subclassResult';
import { byteArrayType, newByteArrayFrom } from '../../engine/objects/byteArrayObject';
import { newBytes, PyBytesObject, bytesType } from '../../engine/objects/bytesObject';
import { listAppend, newList } from '../../engine/objects/listObject';
import { PyLongObject, newIntFromSsize } from '../../engine/objects/longObject';
import type { PyObject } from '../../engine/objects/object';
import { newTuple, PyTupleObject } from '../../engine/objects/tupleObject';
import { newStr, PyUnicodeObject } from '../../engine/objects/unicodeObject';
import { collect } from '../builtins/builtinFunctions';
import { bindArgs, type PySignature } from '../modules/pyArgs';
import type { Interp } from '../runtime/interp';
import { indexValueOrNull, ssizeValue } from './numberIndex';
import type { NativeImpl } from '../vm/callables';
import { bufferArg, bufferOf, byteValue, findBytes, newLike } from './bytesOps';
import { decodeBytes } from './codecs';
import { clinicKeywordCall } from '../builtins/clinicKwtuple';
import { bytesExpandtabs, bytesSplitlines } from './bytesLines';

/** ASCII whitespace as `Py_ISSPACE` sees it. */
const SPACE = new Set([0x20, 0x09, 0x0a, 0x0b, 0x0c, 0x0d]);
const isLower = (c: number) => c >= 0x61 && c <= 0x7a;
const isUpper = (c: number) => c >= 0x41 && c <= 0x5a;
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const isAlpha = (c: number) => isLower(c) || isUpper(c);

function self(interp: Interp, o: PyObject | undefined, name: string): Uint8Array {
  const v = o ? bufferOf(o) : null;
  return v ?? interp.typeError(`descriptor '${name}' requires a 'bytes' object but received '${o ? o.type.name : 'nothing'}'`);
}

/** An exact bytes unchanged is itself; otherwise a new object of self's type. */
function result(interp: Interp, o: PyObject, v: Uint8Array, unchanged: boolean): PyObject {
  if (unchanged && o instanceof PyBytesObject && o.type === bytesType(interp.rt)) {
    interp.rt.heap.incref(o);
    return o;
  }
  return newLike(interp, o, v);
}

/** A bytes-like argument, or TypeError naming it as CPython does. */
function bytesArg(interp: Interp, o: PyObject): Uint8Array {
  return bufferArg(o) ?? interp.typeError(`a bytes-like object is required, not '${o.type.name}'`);
}

/** `sub` of find/count/index: an int byte or a bytes-like. */
function subArg(interp: Interp, o: PyObject): Uint8Array {
  if (o instanceof PyLongObject) return Uint8Array.of(byteValue(interp, o));
  return bufferArg(o) ?? interp.typeError(`argument should be integer or bytes-like object, not '${o.type.name}'`);
}

/** `ADJUST_INDICES`: optional start/end clamped to [0, n]. */
function range(interp: Interp, args: PyObject[], at: number, n: number): [number, number] {
  const bound = (o: PyObject | undefined, dflt: number): number => {
    if (o === undefined || o === interp.rt.None) return dflt;
    const given = indexValueOrNull(interp, o);
    if (given === null) return interp.typeError('slice indices must be integers or None or have an __index__ method');
    let v = Number(given);
    if (v < 0) v = Math.max(0, v + n);
    return Math.min(v, n);
  };
  return [bound(args[at], 0), bound(args[at + 1], n)];
}

function lastIndex(hay: Uint8Array, needle: Uint8Array, from: number, to: number): number {
  for (let i = to - needle.length; i >= from; i--) {
    let ok = true;
    for (let j = 0; j < needle.length && ok; j++) ok = hay[i + j] === needle[j];
    if (ok) return i;
  }
  return -1;
}

const search = (name: 'find' | 'rfind' | 'index' | 'rindex'): NativeImpl => (interp, args) => {
  const v = self(interp, args[0], name);
  if (args.length < 2) interp.typeError(`${name} expected at least 1 argument, got 0`);
  const sub = subArg(interp, args[1]);
  const [start, end] = range(interp, args, 2, v.length);
  let i = -1;
  if (end - start >= sub.length) i = name === 'find' || name === 'index' ? findBytes(v, sub, start, end) : lastIndex(v, sub, start, end);
  if (i < 0 && (name === 'index' || name === 'rindex')) interp.raise('ValueError', 'subsection not found');
  return newIntFromSsize(interp.rt, i);
};

const count: NativeImpl = (interp, args) => {
  const v = self(interp, args[0], 'count');
  const sub = subArg(interp, args[1]);
  const [start, end] = range(interp, args, 2, v.length);
  if (end < start) return newIntFromSsize(interp.rt, 0);
  if (sub.length === 0) return newIntFromSsize(interp.rt, end - start + 1);
  let n = 0;
  for (let i = findBytes(v, sub, start, end); i >= 0; i = findBytes(v, sub, i + sub.length, end)) n++;
  return newIntFromSsize(interp.rt, n);
};

const affix = (name: 'startswith' | 'endswith'): NativeImpl => (interp, args) => {
  const v = self(interp, args[0], name);
  const [start, end] = range(interp, args, 2, v.length);
  const test = (o: PyObject): boolean => {
    const p = bufferArg(o);
    if (!p) return interp.typeError(`${name} first arg must be bytes or a tuple of bytes, not ${o.type.name}`);
    if (end - start < p.length) return false;
    const at = name === 'startswith' ? start : end - p.length;
    for (let j = 0; j < p.length; j++) if (v[at + j] !== p[j]) return false;
    return true;
  };
  const arg = args[1];
  return interp.bool(arg instanceof PyTupleObject ? arg.items.some(test) : test(arg));
};

const SPLIT_SIG = (name: string): PySignature => ({ qualname: name, params: ['sep', 'maxsplit'], required: 0 });

const split = (name: 'split' | 'rsplit'): NativeImpl => (interp, args, kwnames) => {
  const v = self(interp, args[0], name);
  const [sepArg, maxArg] = bindArgs(interp, SPLIT_SIG(name), args.slice(1), kwnames);
  const max = maxArg instanceof PyLongObject ? Number(maxArg.value) : -1;
  const limit = max < 0 ? Infinity : max;
  const parts: Uint8Array[] = [];
  if (sepArg === undefined || sepArg === interp.rt.None) {
    // Runs of whitespace separate; past maxsplit the rest is kept as is (bar the whitespace before it).
    if (name === 'split') {
      for (let i = 0, n = 0; ;) {
        while (i < v.length && SPACE.has(v[i])) i++;
        if (i >= v.length) break;
        if (n++ >= limit) { parts.push(v.slice(i)); break; }
        const s = i;
        while (i < v.length && !SPACE.has(v[i])) i++;
        parts.push(v.slice(s, i));
      }
    } else {
      for (let j = v.length, n = 0; ;) {
        while (j > 0 && SPACE.has(v[j - 1])) j--;
        if (j <= 0) break;
        if (n++ >= limit) { parts.unshift(v.slice(0, j)); break; }
        const e = j;
        while (j > 0 && !SPACE.has(v[j - 1])) j--;
        parts.unshift(v.slice(j, e));
      }
    }
  } else {
    const sep = bytesArg(interp, sepArg);
    if (sep.length === 0) interp.raise('ValueError', 'empty separator');
    const cuts: number[] = [];
    for (let i = findBytes(v, sep); i >= 0; i = findBytes(v, sep, i + sep.length)) cuts.push(i);
    const used = name === 'split' ? cuts.slice(0, Math.min(cuts.length, limit)) : cuts.slice(Math.max(0, cuts.length - limit));
    let from = 0;
    for (const c of used) {
      parts.push(v.slice(from, c));
      from = c + sep.length;
    }
    parts.push(v.slice(from));
  }
  const o = args[0];
  // stringlib's split: a list of PREALLOC_SIZE(maxsplit) (at most 12) slots, then appends; a
  // whole exact bytes that did not split is returned itself.
  const items = parts.map((p) => result(interp, o, p, parts.length === 1 && p.length === v.length));
  const list = newList(interp.rt, [], max >= 0 && max < MAX_PREALLOC ? max + 1 : MAX_PREALLOC);
  for (const x of items) listAppend(interp.rt, list, x);
  return list;
};

/** stringlib's `MAX_PREALLOC`: the slots a split's list starts with. */
const MAX_PREALLOC = 12;

const join: NativeImpl = (interp, args) => {
  const o = args[0];
  const sep = self(interp, o, 'join');
  const items = collect(interp, args[1]);
  try {
    const parts = items.map((x, i) => bufferArg(x) ?? interp.typeError(`sequence item ${i}: expected a bytes-like object, ${x.type.name} found`));
    if (items.length === 1 && o instanceof PyBytesObject && items[0].type === bytesType(interp.rt)) {
      interp.rt.heap.incref(items[0]);
      return items[0];
    }
    let n = sep.length * Math.max(0, parts.length - 1);
    for (const p of parts) n += p.length;
    const out = new Uint8Array(n);
    let at = 0;
    parts.forEach((p, i) => {
      if (i > 0) { out.set(sep, at); at += sep.length; }
      out.set(p, at);
      at += p.length;
    });
    return newLike(interp, o, out, true);
  } finally {
    for (const x of items) interp.rt.heap.decref(x);
  }
};

const strip = (name: 'strip' | 'lstrip' | 'rstrip'): NativeImpl => (interp, args) => {
  const v = self(interp, args[0], name);
  const chars = args.length > 1 && args[1] !== interp.rt.None ? new Set(bytesArg(interp, args[1])) : SPACE;
  let s = 0;
  let e = v.length;
  if (name !== 'rstrip') while (s < e && chars.has(v[s])) s++;
  if (name !== 'lstrip') while (e > s && chars.has(v[e - 1])) e--;
  return result(interp, args[0], v.slice(s, e), s === 0 && e === v.length);
};

const replace: NativeImpl = (interp, args) => {
  const v = self(interp, args[0], 'replace');
  const old = bytesArg(interp, args[1]);
  const rep = bytesArg(interp, args[2]);
  const max = args[3] instanceof PyLongObject ? Number(args[3].value) : -1;
  const out: number[] = [];
  let n = 0;
  let i = 0;
  if (old.length === 0) {
    // An empty pattern inserts before every byte and at the end.
    for (; i <= v.length; i++) {
      if (max < 0 || n < max) { out.push(...rep); n++; }
      if (i < v.length) out.push(v[i]);
    }
  } else {
    while (i < v.length) {
      const at = max >= 0 && n >= max ? -1 : findBytes(v, old, i);
      if (at < 0) { out.push(...v.subarray(i)); break; }
      out.push(...v.subarray(i, at), ...rep);
      n++;
      i = at + old.length;
    }
  }
  return result(interp, args[0], Uint8Array.from(out), n === 0);
};

const mapBytes = (name: string, f: (c: number, i: number, v: Uint8Array) => number): NativeImpl => (interp, args) => {
  const v = self(interp, args[0], name);
  return newLike(interp, args[0], v.map((c, i) => f(c, i, v)), true);
};

const lower = (c: number) => (isUpper(c) ? c + 32 : c);
const upper = (c: number) => (isLower(c) ? c - 32 : c);

const predicate = (name: string, test: (v: Uint8Array) => boolean): NativeImpl => (interp, args) => interp.bool(test(self(interp, args[0], name)));

const every = (f: (c: number) => boolean) => (v: Uint8Array) => v.length > 0 && v.every(f);

const hasCased = (v: Uint8Array, f: (c: number) => boolean, other: (c: number) => boolean) => v.some(f) && !v.some(other);

const partition = (name: 'partition' | 'rpartition'): NativeImpl => (interp, args) => {
  const o = args[0];
  const v = self(interp, o, name);
  const sep = bytesArg(interp, args[1]);
  if (sep.length === 0) interp.raise('ValueError', 'empty separator');
  const i = name === 'partition' ? findBytes(v, sep) : lastIndex(v, sep, 0, v.length);
  const empty = () => newLike(interp, o, new Uint8Array(0));
  if (i < 0) {
    const whole = result(interp, o, v.slice(), true);
    return newTuple(interp.rt, name === 'partition' ? [whole, empty(), empty()] : [empty(), empty(), whole]);
  }
  return newTuple(interp.rt, [newLike(interp, o, v.slice(0, i)), result(interp, args[1], sep.slice(), true), newLike(interp, o, v.slice(i + sep.length))]);
};

const pad = (name: 'center' | 'ljust' | 'rjust'): NativeImpl => (interp, args) => {
  const v = self(interp, args[0], name);
  const width = args[1] ? ssizeValue(interp, args[1]) : interp.typeError("'undefined' object cannot be interpreted as an integer");
  let fill = 0x20;
  if (args.length > 2) {
    const f = bufferArg(args[2]);
    if (!f || f.length !== 1) interp.typeError(`${name}() argument 2 must be a byte string of length 1, not ${args[2].type.name}`);
    fill = (f as Uint8Array)[0];
  }
  if (width <= v.length) return result(interp, args[0], v.slice(), true);
  const total = width - v.length;
  const left = name === 'ljust' ? 0 : name === 'rjust' ? total : (total >> 1) + (total & width & 1);
  const out = new Uint8Array(width).fill(fill);
  out.set(v, left);
  return newLike(interp, args[0], out);
};

const zfill: NativeImpl = (interp, args) => {
  const v = self(interp, args[0], 'zfill');
  const width = Number((args[1] as PyLongObject).value);
  if (width <= v.length) return result(interp, args[0], v.slice(), true);
  const out = new Uint8Array(width).fill(0x30);
  out.set(v, width - v.length);
  if (v.length > 0 && (v[0] === 0x2b || v[0] === 0x2d)) {
    out[0] = v[0];
    out[width - v.length] = 0x30;
  }
  return newLike(interp, args[0], out);
};

const affixRemove = (name: 'removeprefix' | 'removesuffix'): NativeImpl => (interp, args) => {
  const v = self(interp, args[0], name);
  const a = bytesArg(interp, args[1]);
  const prefix = name === 'removeprefix';
  const at = prefix ? 0 : v.length - a.length;
  let match = a.length > 0 && a.length <= v.length;
  for (let j = 0; j < a.length && match; j++) match = v[at + j] === a[j];
  if (!match) return result(interp, args[0], v.slice(), true);
  return newLike(interp, args[0], prefix ? v.slice(a.length) : v.slice(0, at));
};

/** Whose clinic parser a bytes-like method uses (bytes and bytearray each have their own). */
function parserOwner(interp: Interp, self: PyObject): string {
  return self.type.isSubtypeOf(byteArrayType(interp.rt)) ? 'bytearray' : 'bytes';
}

const DECODE_SIG: PySignature = { qualname: 'decode', params: ['encoding', 'errors'], required: 0 };

const decode: NativeImpl = (interp, args, kwnames) => {
  const v = self(interp, args[0], 'decode');
  clinicKeywordCall(interp, `${parserOwner(interp, args[0])}.decode`, DECODE_SIG.params, kwnames);
  const [enc, errors] = bindArgs(interp, DECODE_SIG, args.slice(1), kwnames);
  const text = (o: PyObject | undefined, dflt: string, what: string): string => {
    if (o === undefined) return dflt;
    if (!(o instanceof PyUnicodeObject)) return interp.typeError(`decode() argument '${what}' must be str, not ${o.type.name}`);
    return o.value;
  };
  return newStr(interp.rt, decodeBytes(interp, v, text(enc, 'utf-8', 'encoding'), text(errors, 'strict', 'errors')));
};

const HEX_SIG: PySignature = { qualname: 'hex', params: ['sep', 'bytes_per_sep'], required: 0 };

const hex: NativeImpl = (interp, args, kwnames) => {
  const v = self(interp, args[0], 'hex');
  clinicKeywordCall(interp, `${parserOwner(interp, args[0])}.hex`, HEX_SIG.params, kwnames);
  const [sepArg, perArg] = bindArgs(interp, HEX_SIG, args.slice(1), kwnames);
  return newStr(interp.rt, hexText(interp, v, sepArg, perArg));
};

/** `_Py_strhex_with_sep`: the hex digits of `v`, grouped by `bytes_per_sep` with `sep` between groups. */
export function hexText(interp: Interp, v: Uint8Array, sepArg: PyObject | undefined, perArg: PyObject | undefined): string {
  const digits = Array.from(v, (c) => c.toString(16).padStart(2, '0'));
  if (sepArg === undefined) return digits.join('');
  const sep = sepArg instanceof PyUnicodeObject ? sepArg.value : bufferArg(sepArg) ? String.fromCharCode(...(bufferArg(sepArg) as Uint8Array)) : interp.typeError('sep must be str or bytes.');
  if (sep.length !== 1) interp.raise('ValueError', 'sep must be length 1.');
  const per = perArg instanceof PyLongObject ? Number(perArg.value) : 1;
  const k = Math.abs(per) || digits.length;
  const groups: string[] = [];
  if (per >= 0) {
    // Groups count from the right for a positive bytes_per_sep.
    let end = digits.length;
    while (end > 0) { groups.unshift(digits.slice(Math.max(0, end - k), end).join('')); end -= k; }
  } else {
    for (let s = 0; s < digits.length; s += k) groups.push(digits.slice(s, s + k).join(''));
  }
  return groups.join(sep);
}

/** `bytes.fromhex(s)` / `bytearray.fromhex(s)`: hex digit pairs, whitespace between pairs. */
function fromhexValue(interp: Interp, arg: PyObject | undefined): Uint8Array {
  if (!(arg instanceof PyUnicodeObject)) return interp.typeError(`fromhex() argument must be str, not ${arg ? arg.type.name : 'nothing'}`);
  const s = arg.value;
  const out: number[] = [];
  const digit = (ch: string | undefined): number => (ch !== undefined && /^[0-9a-fA-F]$/.test(ch) ? parseInt(ch, 16) : -1);
  for (let i = 0; i < s.length;) {
    if (' \t\n\r\x0b\x0c'.includes(s[i])) { i++; continue; }
    const hi = digit(s[i]);
    if (hi < 0) interp.raise('ValueError', `non-hexadecimal number found in fromhex() arg at position ${i}`);
    const lo = digit(s[i + 1]);
    if (lo < 0) interp.raise('ValueError', `non-hexadecimal number found in fromhex() arg at position ${i + 1}`);
    out.push(hi * 16 + lo);
    i += 2;
  }
  return Uint8Array.from(out);
}

const fromhex: NativeImpl = (interp, args) => newBytes(interp.rt, fromhexValue(interp, args[1]));

const fromhexArray: NativeImpl = (interp, args) => newByteArrayFrom(interp.rt, fromhexValue(interp, args[1]));

const title = (v: Uint8Array): Uint8Array => {
  let prevCased = false;
  return v.map((c) => {
    const r = prevCased ? lower(c) : upper(c);
    prevCased = isAlpha(c);
    return r;
  });
};

const TRANSLATE_SIG: PySignature = { qualname: 'translate', params: ['table', 'delete'], required: 1 };

/**
 * `translate(table, /, delete=b'')`: bytes in `delete` dropped, the rest mapped through the
 * 256-byte `table` (None keeps them); an exact bytes left unchanged is returned itself.
 */
const translate: NativeImpl = (interp, args, kwnames) => {
  const v = self(interp, args[0], 'translate');
  const [tableObj, deleteObj] = bindArgs(interp, TRANSLATE_SIG, args.slice(1), kwnames);
  const none = interp.none();
  interp.rt.heap.decref(none);
  const table = tableObj === none ? null : bytesArg(interp, tableObj as PyObject);
  if (table && table.length !== 256) interp.raise('ValueError', 'translation table must be 256 characters long');
  const drop = new Set(deleteObj ? bytesArg(interp, deleteObj) : []);
  const out: number[] = [];
  for (const c of v) if (!drop.has(c)) out.push(table ? table[c] : c);
  const unchanged = out.length === v.length && out.every((c, i) => c === v[i]);
  return result(interp, args[0], Uint8Array.from(out), unchanged);
};

/** `bytes.maketrans(frm, to)` (also on bytearray): the 256-byte table mapping frm[i] to to[i], always a bytes. */
const maketrans: NativeImpl = (interp, args) => {
  if (args.length !== 3) interp.typeError(`maketrans expected 2 arguments, got ${args.length - 1}`);
  const from = bytesArg(interp, args[1]);
  const to = bytesArg(interp, args[2]);
  if (from.length !== to.length) interp.raise('ValueError', 'maketrans arguments must have same length');
  const table = Uint8Array.from({ length: 256 }, (_, i) => i);
  from.forEach((c, i) => { table[c] = to[i]; });
  return newBytes(interp.rt, table);
};

/** The methods shared by bytes and bytearray. */
function sharedMethods(): Record<string, NativeImpl> {
  return {
    decode, hex, count, join, replace, zfill, translate,
    expandtabs: bytesExpandtabs, splitlines: bytesSplitlines,
    find: search('find'), rfind: search('rfind'), index: search('index'), rindex: search('rindex'),
    startswith: affix('startswith'), endswith: affix('endswith'),
    split: split('split'), rsplit: split('rsplit'),
    strip: strip('strip'), lstrip: strip('lstrip'), rstrip: strip('rstrip'),
    partition: partition('partition'), rpartition: partition('rpartition'),
    center: pad('center'), ljust: pad('ljust'), rjust: pad('rjust'),
    removeprefix: affixRemove('removeprefix'), removesuffix: affixRemove('removesuffix'),
    upper: mapBytes('upper', upper),
    lower: mapBytes('lower', lower),
    swapcase: mapBytes('swapcase', (c) => (isUpper(c) ? c + 32 : isLower(c) ? c - 32 : c)),
    capitalize: mapBytes('capitalize', (c, i) => (i === 0 ? upper(c) : lower(c))),
    title: (interp, args) => newLike(interp, args[0], title(self(interp, args[0], 'title'))),
    isdigit: predicate('isdigit', every(isDigit)),
    isalpha: predicate('isalpha', every(isAlpha)),
    isalnum: predicate('isalnum', every((c) => isAlpha(c) || isDigit(c))),
    isspace: predicate('isspace', every((c) => SPACE.has(c))),
    isascii: predicate('isascii', (v) => v.every((c) => c < 0x80)),
    islower: predicate('islower', (v) => hasCased(v, isLower, isUpper)),
    isupper: predicate('isupper', (v) => hasCased(v, isUpper, isLower)),
    istitle: predicate('istitle', (v) => v.some(isAlpha) && title(v).every((c, i) => c === v[i])),
  };
}

/** Registers the shared methods on bytes and bytearray, and their `fromhex`. */
export function installBytesMethods(interp: Interp): void {
  const rt = interp.rt;
  const table = sharedMethods();
  for (const [name, impl] of Object.entries(table)) {
    interp.methods.define(bytesType(rt), name, impl);
    interp.methods.define(byteArrayType(rt), name, impl);
  }
  interp.methods.defineClassMethod(bytesType(rt), 'fromhex', subclassResult(bytesType(rt), fromhex));
  interp.methods.defineClassMethod(byteArrayType(rt), 'fromhex', subclassResult(byteArrayType(rt), fromhexArray));
  interp.methods.defineClassMethod(bytesType(rt), 'maketrans', maketrans);
  interp.methods.defineClassMethod(byteArrayType(rt), 'maketrans', maketrans);
}

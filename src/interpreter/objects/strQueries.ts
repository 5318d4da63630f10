/**
 * More `str` methods (Objects/unicodeobject.c, Objects/stringlib): searching (`count`, `find`,
 * `rfind`, `index`, `rindex`), the character-class predicates (`isdigit`, `isalpha`, ...),
 * padding (`ljust`, `rjust`, `center`, `zfill`), case (`title`, `capitalize`, `swapcase`),
 * `lstrip`/`rstrip`, `partition` and `format`. Counts and indexes are in code points.
 */
import { newIntFromSsize } from '../../engine/objects/longObject';
import type { PyObject } from '../../engine/objects/object';
import { newTuple } from '../../engine/objects/tupleObject';
import { newStr, PyUnicodeObject } from '../../engine/objects/unicodeObject';
import type { Interp } from '../runtime/interp';
import { indexValueOrNull, ssizeValue } from './numberIndex';
import type { NativeImpl } from '../vm/callables';
import { strFormat, strFormatMap } from './formatBuiltins';
import { inStrCharClass, type StrCharClass } from '../unicode/strCharClass';

/** `ascii()`'s escaping of a repr: non-ASCII characters as \x, \u or \U escapes. */
export function asciiOf(text: string): string {
  let out = '';
  for (const ch of text) {
    const c = ch.codePointAt(0) as number;
    if (c < 0x80) out += ch;
    else if (c < 0x100) out += `\\x${c.toString(16).padStart(2, '0')}`;
    else if (c < 0x10000) out += `\\u${c.toString(16).padStart(4, '0')}`;
    else out += `\\U${c.toString(16).padStart(8, '0')}`;
  }
  return out;
}

function selfStr(interp: Interp, o: PyObject, name: string): string {
  if (!(o instanceof PyUnicodeObject)) return interp.typeError(`descriptor '${name}' for 'str' objects doesn't apply to a '${o.type.name}' object`);
  return o.value;
}

function strArg(interp: Interp, o: PyObject | undefined, name: string, position = 1): string {
  if (o instanceof PyUnicodeObject) return o.value;
  return interp.typeError(`${name}() argument ${position} must be str, not ${o ? o.type.name : 'nothing'}`);
}

/** `[start:end]` arguments clamped as `ADJUST_INDICES` does (code points). */
function bounds(interp: Interp, args: PyObject[], n: number): [number, number] {
  const idx = (o: PyObject | undefined, dflt: number): number => {
    if (o === undefined || o === interp.rt.None) return dflt;
    const given = indexValueOrNull(interp, o);
    if (given === null) return interp.typeError('slice indices must be integers or None or have an __index__ method');
    let v = Number(given);
    if (v < 0) v = Math.max(0, v + n);
    return Math.min(v, n);
  };
  return [idx(args[2], 0), idx(args[3], n)];
}

function search(kind: 'count' | 'find' | 'rfind' | 'index' | 'rindex'): NativeImpl {
  return (interp, args) => {
    const cps = Array.from(selfStr(interp, args[0], kind));
    if (args.length < 2) interp.typeError(`${kind}() takes at least 1 argument (0 given)`);
    const sub = Array.from(strArg(interp, args[1], kind));
    const [start, end] = bounds(interp, args, cps.length);
    const matchAt = (i: number) => sub.every((c, j) => cps[i + j] === c);
    if (kind === 'count') {
      if (start > cps.length || start > end) return newIntFromSsize(interp.rt, 0);
      if (sub.length === 0) return newIntFromSsize(interp.rt, end - start + 1);
      let count = 0;
      for (let i = start; i + sub.length <= end;) {
        if (matchAt(i)) { count++; i += sub.length; } else i++;
      }
      return newIntFromSsize(interp.rt, count);
    }
    let found = -1;
    if (kind === 'find' || kind === 'index') {
      for (let i = start; i + sub.length <= end; i++) if (matchAt(i)) { found = i; break; }
    } else {
      for (let i = end - sub.length; i >= start; i--) if (matchAt(i)) { found = i; break; }
    }
    if (found < 0 && (kind === 'index' || kind === 'rindex')) interp.raise('ValueError', 'substring not found');
    return newIntFromSsize(interp.rt, found);
  };
}

function predicate(name: string, kind: StrCharClass): NativeImpl {
  return (interp, args) => {
    const s = selfStr(interp, args[0], name);
    const version = interp.rt.profile.version;
    return interp.bool(s.length > 0 && Array.from(s).every((c) => inStrCharClass(version, kind, c.codePointAt(0)!)));
  };
}

/** `isupper`/`islower`: some cased character, and none of the other case. */
function caseTest(name: string, upper: boolean): NativeImpl {
  return (interp, args) => {
    const s = selfStr(interp, args[0], name);
    const cased = Array.from(s).filter((c) => c.toUpperCase() !== c.toLowerCase());
    return interp.bool(cased.length > 0 && cased.every((c) => (upper ? c === c.toUpperCase() : c === c.toLowerCase())));
  };
}

function padding(name: 'ljust' | 'rjust' | 'center'): NativeImpl {
  return (interp, args) => {
    const s = selfStr(interp, args[0], name);
    const w = args[1];
    if (!w) return interp.typeError("'NoneType' object cannot be interpreted as an integer");
    const width = ssizeValue(interp, w);
    const fill = args.length > 2 ? strArg(interp, args[2], name, 2) : ' ';
    if (Array.from(fill).length !== 1) interp.typeError('The fill character must be exactly one character long');
    const n = Array.from(s).length;
    if (width <= n) {
      interp.rt.heap.incref(args[0]);
      return args[0];
    }
    const total = width - n;
    interp.reserveStr(width);
    if (name === 'ljust') return newStr(interp.rt, s + fill.repeat(total));
    if (name === 'rjust') return newStr(interp.rt, fill.repeat(total) + s);
    // `pad(self, left, right)` with left = marg/2 + (marg & width & 1).
    const left = Math.floor(total / 2) + (total & width & 1);
    return newStr(interp.rt, fill.repeat(left) + s + fill.repeat(total - left));
  };
}

const zfill: NativeImpl = (interp, args) => {
  const s = selfStr(interp, args[0], 'zfill');
  if (args.length !== 2) interp.typeError(`str.zfill() takes exactly one argument (${args.length - 1} given)`);
  const width = ssizeValue(interp, args[1]);
  const n = Array.from(s).length;
  if (width <= n) {
    interp.rt.heap.incref(args[0]);
    return args[0];
  }
  const signed = s[0] === '+' || s[0] === '-';
  interp.reserveStr(width);
  return newStr(interp.rt, signed ? s[0] + '0'.repeat(width - n) + s.slice(1) : '0'.repeat(width - n) + s);
};

const mapped = (name: string, f: (s: string) => string): NativeImpl => (interp, args) => newStr(interp.rt, f(selfStr(interp, args[0], name)));

function title(s: string): string {
  let prevCased = false;
  let out = '';
  for (const c of s) {
    const cased = c.toUpperCase() !== c.toLowerCase();
    out += cased ? (prevCased ? c.toLowerCase() : c.toUpperCase()) : c;
    prevCased = cased;
  }
  return out;
}

function stripSide(name: 'lstrip' | 'rstrip'): NativeImpl {
  return (interp, args) => {
    const s = selfStr(interp, args[0], name);
    const chars = args.length > 1 && args[1] !== interp.rt.None ? Array.from(strArg(interp, args[1], name)) : null;
    const strip = (c: string) => (chars ? chars.includes(c) : /\s/.test(c));
    const cps = Array.from(s);
    let a = 0;
    let b = cps.length;
    if (name === 'lstrip') while (a < b && strip(cps[a])) a++;
    else while (b > a && strip(cps[b - 1])) b--;
    return newStr(interp.rt, cps.slice(a, b).join(''));
  };
}

const partition = (name: 'partition' | 'rpartition'): NativeImpl => (interp, args) => {
  const s = selfStr(interp, args[0], name);
  const sep = strArg(interp, args[1], name);
  if (sep === '') interp.raise('ValueError', 'empty separator');
  const i = name === 'partition' ? s.indexOf(sep) : s.lastIndexOf(sep);
  const rt = interp.rt;
  if (i < 0) {
    interp.rt.heap.incref(args[0]);
    const parts = name === 'partition' ? [args[0], newStr(rt, ''), newStr(rt, '')] : [newStr(rt, ''), newStr(rt, ''), args[0]];
    return newTuple(rt, parts);
  }
  return newTuple(rt, [newStr(rt, s.slice(0, i)), newStr(rt, sep), newStr(rt, s.slice(i + sep.length))]);
};

/** Registers these str methods. */
export function installStrQueries(interp: Interp): void {
  const t = interp.rt.types.str;
  const table: Record<string, NativeImpl> = {
    count: search('count'), find: search('find'), rfind: search('rfind'), index: search('index'), rindex: search('rindex'),
    isdigit: predicate('isdigit', 'digit'), isdecimal: predicate('isdecimal', 'decimal'), isnumeric: predicate('isnumeric', 'numeric'),
    isalpha: predicate('isalpha', 'alpha'), isalnum: predicate('isalnum', 'alnum'), isspace: predicate('isspace', 'space'),
    isascii: (interp, args) => interp.bool(Array.from(selfStr(interp, args[0], 'isascii')).every((c) => c.charCodeAt(0) < 0x80)),
    isupper: caseTest('isupper', true), islower: caseTest('islower', false),
    ljust: padding('ljust'), rjust: padding('rjust'), center: padding('center'), zfill,
    title: mapped('title', title),
    capitalize: mapped('capitalize', (s) => s.slice(0, 1).toUpperCase() + s.slice(1).toLowerCase()),
    swapcase: mapped('swapcase', (s) => Array.from(s, (c) => (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase())).join('')),
    lstrip: stripSide('lstrip'), rstrip: stripSide('rstrip'),
    partition: partition('partition'), rpartition: partition('rpartition'),
    format: strFormat,
    format_map: strFormatMap,
  };
  for (const [name, impl] of Object.entries(table)) interp.methods.define(t, name, impl);
}

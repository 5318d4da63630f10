/**
 * The JSON scanner behind `json.loads` and `JSONDecoder.raw_decode` (3.11–3.13), shaped like
 * `_json.c`'s `scan_once_unicode`: objects start as an empty dict (`PyDict_New`, or a list of
 * pairs for `object_pairs_hook`) filled by insertion, arrays as an empty list filled by append
 * (so `sys.getsizeof(json.loads('[1]'))` is the over-allocated 88 of 3.12, not a literal's 64),
 * keys shared through the scanner's memo (two objects with the key "id" hold one str), numbers
 * through `int`/`float` unless `parse_int`/`parse_float` are given, and every error at the index
 * CPython reports.
 *
 * Errors come back as `JsonError(msg, pos)`; the caller turns them into `JSONDecodeError`.
 * "Expecting value" is CPython's StopIteration(idx), which `raw_decode` turns into that message.
 */
import { dictSetItem, newDict } from '../../engine/objects/dictObject';
import { newFloat } from '../../engine/objects/floatObject';
import { listAppend, newList } from '../../engine/objects/listObject';
import { newInt, normalizeInt } from '../../engine/objects/longObject';
import type { PyObject } from '../../engine/objects/object';
import { newTuple } from '../../engine/objects/tupleObject';
import { newStr, type PyUnicodeObject } from '../../engine/objects/unicodeObject';
import { hashedKey } from '../objects/hashKey';
import type { Interp } from '../runtime/interp';
import { callAny } from '../vm/callDispatch';

/** A decoding error: the message and the character index, before `JSONDecodeError` formats them. */
export class JsonError extends Error {
  constructor(readonly msg: string, readonly pos: number) {
    super(msg);
  }
}

/** The decoder's settings: `JSONDecoder`'s attributes (borrowed; null where CPython's default applies). */
export interface DecodeOptions {
  objectHook: PyObject | null;
  objectPairsHook: PyObject | null;
  parseFloat: PyObject | null;
  parseInt: PyObject | null;
  parseConstant: PyObject | null;
  strict: boolean;
}

const WS = ' \t\n\r';

/** The index of the first non-whitespace character at or after `i`. */
export function skipWs(s: string, i: number): number {
  while (i < s.length && WS.includes(s[i])) i++;
  return i;
}

const SIMPLE_ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

/** The value at `s[idx]` and the index after it (new reference); JsonError on malformed text. */
export function scanOnce(interp: Interp, s: string, idx: number, opts: DecodeOptions): [PyObject, number] {
  const rt = interp.rt;
  const heap = rt.heap;
  const memo = new Map<string, PyUnicodeObject>();
  const n = s.length;
  const trailingComma = rt.profile.version !== '3.11' && rt.profile.version !== '3.12';

  const call = (f: PyObject, arg: PyObject): PyObject => {
    try {
      return callAny(interp, f, [arg]);
    } finally {
      heap.decref(arg);
    }
  };

  const scanString = (end: number): [string, number] => {
    const begin = end - 1;
    let out = '';
    let i = end;
    for (;;) {
      let j = i;
      while (j < n) {
        const c = s.charCodeAt(j);
        if (c === 0x22 || c === 0x5c) break;
        if (opts.strict && c <= 0x1f) throw new JsonError('Invalid control character at', j);
        j++;
      }
      if (j >= n) throw new JsonError('Unterminated string starting at', begin);
      out += s.slice(i, j);
      if (s[j] === '"') return [out, j + 1];
      // A backslash: one of the simple escapes, or \uXXXX (a surrogate pair joins two).
      j++;
      if (j >= n) throw new JsonError('Unterminated string starting at', begin);
      const esc = s[j];
      if (esc !== 'u') {
        const r = SIMPLE_ESCAPES[esc];
        if (r === undefined) throw new JsonError('Invalid \\escape', j - 1);
        out += r;
        i = j + 1;
        continue;
      }
      const code = hexAt(s, j + 1);
      if (code < 0) throw new JsonError('Invalid \\uXXXX escape', j);
      i = j + 5;
      let text = String.fromCharCode(code);
      if (code >= 0xd800 && code <= 0xdbff && s[i] === '\\' && s[i + 1] === 'u') {
        const low = hexAt(s, i + 2);
        if (low < 0) throw new JsonError('Invalid \\uXXXX escape', i + 1);
        if (low >= 0xdc00 && low <= 0xdfff) {
          text += String.fromCharCode(low);
          i += 6;
        }
      }
      out += text;
    }
  };

  const keyObject = (text: string): PyUnicodeObject => {
    let k = memo.get(text);
    if (!k) {
      k = newStr(rt, text);
      memo.set(text, k);
    } else {
      heap.incref(k);
    }
    return k;
  };

  const parseObject = (start: number): [PyObject, number] => {
    const pairs = opts.objectPairsHook !== null;
    const result = pairs ? newList(rt, [], 0) : newDict(rt);
    let i = skipWs(s, start);
    try {
      if (i >= n || s[i] !== '}') {
        for (;;) {
          if (i >= n || s[i] !== '"') throw new JsonError('Expecting property name enclosed in double quotes', i);
          const [text, afterKey] = scanString(i + 1);
          const key = keyObject(text);
          let value: PyObject;
          try {
            i = skipWs(s, afterKey);
            if (i >= n || s[i] !== ':') throw new JsonError("Expecting ':' delimiter", i);
            i = skipWs(s, i + 1);
            [value, i] = scan(i);
          } catch (e) {
            heap.decref(key);
            throw e;
          }
          if (pairs) listAppend(rt, result as ReturnType<typeof newList>, newTuple(rt, [key, value]));
          else dictSetItem(rt, result as ReturnType<typeof newDict>, hashedKey(interp, key), value);
          i = skipWs(s, i);
          if (i < n && s[i] === '}') break;
          if (i >= n || s[i] !== ',') throw new JsonError("Expecting ',' delimiter", i);
          const comma = i;
          i = skipWs(s, i + 1);
          if (trailingComma && i < n && s[i] === '}') throw new JsonError('Illegal trailing comma before end of object', comma);
        }
      }
    } catch (e) {
      heap.decref(result);
      throw e;
    }
    const end = i + 1;
    if (opts.objectPairsHook) return [call(opts.objectPairsHook, result), end];
    if (opts.objectHook) return [call(opts.objectHook, result), end];
    return [result, end];
  };

  const parseArray = (start: number): [PyObject, number] => {
    const result = newList(rt, [], 0);
    try {
      let i = skipWs(s, start);
      if (i >= n || s[i] !== ']') {
        for (;;) {
          let value: PyObject;
          [value, i] = scan(i);
          listAppend(rt, result, value);
          i = skipWs(s, i);
          if (i < n && s[i] === ']') break;
          if (i >= n || s[i] !== ',') throw new JsonError("Expecting ',' delimiter", i);
          const comma = i;
          i = skipWs(s, i + 1);
          if (trailingComma && i < n && s[i] === ']') throw new JsonError('Illegal trailing comma before end of array', comma);
        }
      }
      return [result, i + 1];
    } catch (e) {
      heap.decref(result);
      throw e;
    }
  };

  const constant = (name: string, value: number, end: number): [PyObject, number] => {
    if (opts.parseConstant) return [call(opts.parseConstant, newStr(rt, name)), end];
    return [newFloat(rt, value), end];
  };

  const parseNumber = (start: number): [PyObject, number] => {
    let i = start;
    if (s[i] === '-') i++;
    if (i < n && s[i] >= '1' && s[i] <= '9') {
      while (i < n && s[i] >= '0' && s[i] <= '9') i++;
    } else if (i < n && s[i] === '0') {
      i++;
    } else {
      throw new JsonError('Expecting value', start);
    }
    let isFloat = false;
    if (i + 1 < n && s[i] === '.' && s[i + 1] >= '0' && s[i + 1] <= '9') {
      isFloat = true;
      i += 2;
      while (i < n && s[i] >= '0' && s[i] <= '9') i++;
    }
    if (i + 1 < n && (s[i] === 'e' || s[i] === 'E')) {
      const eStart = i;
      i++;
      if (i < n && (s[i] === '-' || s[i] === '+')) i++;
      const digits = i;
      while (i < n && s[i] >= '0' && s[i] <= '9') i++;
      if (i > digits) isFloat = true;
      else i = eStart;
    }
    const text = s.slice(start, i);
    if (isFloat) {
      if (opts.parseFloat) return [call(opts.parseFloat, newStr(rt, text)), i];
      return [newFloat(rt, Number(text)), i];
    }
    if (opts.parseInt) return [call(opts.parseInt, newStr(rt, text)), i];
    return [newInt(rt, normalizeInt(BigInt(text))), i];
  };

  const scan = (i: number): [PyObject, number] => {
    interp.poll();
    if (i >= n) throw new JsonError('Expecting value', i);
    const c = s[i];
    if (c === '"') {
      const [text, end] = scanString(i + 1);
      return [newStr(rt, text), end];
    }
    if (c === '{') return parseObject(i + 1);
    if (c === '[') return parseArray(i + 1);
    if (c === 'n' && s.startsWith('null', i)) return [interp.none(), i + 4];
    if (c === 't' && s.startsWith('true', i)) return [interp.bool(true), i + 4];
    if (c === 'f' && s.startsWith('false', i)) return [interp.bool(false), i + 5];
    if (c === 'N' && s.startsWith('NaN', i)) return constant('NaN', NaN, i + 3);
    if (c === 'I' && s.startsWith('Infinity', i)) return constant('Infinity', Infinity, i + 8);
    if (c === '-' && s.startsWith('-Infinity', i)) return constant('-Infinity', -Infinity, i + 9);
    return parseNumber(i);
  };

  return scan(idx);
}

/** The code unit of the four hex digits at `s[i..i+4]`, or -1. */
function hexAt(s: string, i: number): number {
  if (i + 4 > s.length) return -1;
  const h = s.slice(i, i + 4);
  return /^[0-9a-fA-F]{4}$/.test(h) ? parseInt(h, 16) : -1;
}

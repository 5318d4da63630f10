/**
 * `string` (Lib/string.py, 3.11–3.13): the character-class constants and `capwords`.
 * `capwords(s, sep=None)` is `(sep or ' ').join(map(str.capitalize, s.split(sep)))`.
 * `Template` is stringTemplate.ts; not modelled: `Formatter`.
 */
import type { PyObject } from '../../engine/objects/object';
import { newStr, PyUnicodeObject } from '../../engine/objects/unicodeObject';
import type { Interp } from '../runtime/interp';
import type { PyModuleObject } from '../runtime/moduleObject';
import type { NativeImpl } from '../vm/callables';
import { bindArgs } from './pyArgs';
import { templateClass } from './stringTemplate';

const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const DIGITS = '0123456789';
const PUNCTUATION = '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~';
const WHITESPACE = ' \t\n\r\x0b\x0c';

/** The constants by name, in string.py's order. */
const CONSTANTS: Record<string, string> = {
  whitespace: WHITESPACE,
  ascii_lowercase: LOWER,
  ascii_uppercase: UPPER,
  ascii_letters: LOWER + UPPER,
  digits: DIGITS,
  hexdigits: DIGITS + 'abcdef' + 'ABCDEF',
  octdigits: '01234567',
  punctuation: PUNCTUATION,
  printable: DIGITS + LOWER + UPPER + PUNCTUATION + WHITESPACE,
};

/** `str.capitalize` (first character upper-cased, the rest lower-cased). */
function capitalize(s: string): string {
  const chars = Array.from(s);
  if (chars.length === 0) return s;
  return chars[0].toUpperCase() + chars.slice(1).join('').toLowerCase();
}

/** `str.split()`: runs of Unicode whitespace (`Py_UNICODE_ISSPACE`) separate the words. */
function splitWhitespace(s: string): string[] {
  const words: string[] = [];
  let word = '';
  for (const c of s) {
    const code = c.codePointAt(0) as number;
    const space = (code >= 0x09 && code <= 0x0d) || (code >= 0x1c && code <= 0x20) || code === 0x85 || code === 0xa0 || /\s/u.test(c);
    if (!space) { word += c; continue; }
    if (word) words.push(word);
    word = '';
  }
  if (word) words.push(word);
  return words;
}

/** Creates the module (on first import). */
export function createString(interp: Interp): PyModuleObject {
  const rt = interp.rt;
  const values: Record<string, PyObject> = {};
  for (const [name, text] of Object.entries(CONSTANTS)) values[name] = newStr(rt, text);
  const functions: Record<string, NativeImpl> = {
    capwords: (i, args, kwnames) => {
      const [s, sep] = bindArgs(i, { qualname: 'capwords', params: ['s', 'sep'], required: 1 }, args, kwnames);
      if (!(s instanceof PyUnicodeObject)) return i.raise('AttributeError', `'${(s as PyObject).type.name}' object has no attribute 'split'`);
      let words: string[];
      let joiner = ' ';
      if (sep === undefined || sep === rt.None) {
        words = splitWhitespace(s.value);
      } else {
        if (!(sep instanceof PyUnicodeObject)) return i.typeError(`must be str or None, not ${sep.type.name}`);
        if (sep.value === '') i.raise('ValueError', 'empty separator');
        words = s.value.split(sep.value);
        joiner = sep.value;
      }
      return newStr(rt, words.map(capitalize).join(joiner));
    },
  };
  values.Template = templateClass(interp);
  return interp.defineModule('string', functions, values);
}

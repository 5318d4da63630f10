/**
 * `unicodedata` (Modules/unicodedata.c): the character names of the running version's Unicode
 * database, from the table `"\N{...}"` escapes use (parser/unicodeNames.ts), with the formal name
 * aliases lookup() accepts; the character properties and the normalization forms from the
 * version's own tables (unicode/unicodeProps.ts, unicode/normalize.ts). Named sequences and
 * `ucd_3_2_0` are not modelled.
 */
import { PyBytesObject } from '../../engine/objects/bytesObject';
import { newStr, PyUnicodeObject } from '../../engine/objects/unicodeObject';
import { lookupUnicodeName, unicodeName } from '../parser/unicodeNames';
import type { Interp } from '../runtime/interp';
import type { PyModuleObject } from '../runtime/moduleObject';
import { positional } from './moduleArgs';
import { newFloat } from '../../engine/objects/floatObject';
import { newInt } from '../../engine/objects/longObject';
import type { PyObject } from '../../engine/objects/object';
import { decompositionString, unicodeProps, type RunProperty } from '../unicode/unicodeProps';
import { fromCodePoints, normalizeCodePoints, quickCheck, type NormalForm } from '../unicode/normalize';

/** Each version's `unidata_version`. */
const UNIDATA_VERSION = { '3.11': '14.0.0', '3.12': '15.0.0', '3.13': '15.1.0' } as const;
/** The longest name lookup() accepts (NAME_MAXLEN). */
const NAME_MAXLEN = 256;

const FORMS: readonly string[] = ['NFC', 'NFKC', 'NFD', 'NFKD'];

/** A METH_O function's one argument: a str of one character (its code point). */
function oneChar(i: Interp, name: string, args: PyObject[], kwnames: string[] | null): number {
  if (kwnames && kwnames.length) i.typeError(`unicodedata.${name}() takes no keyword arguments`);
  if (args.length !== 1) i.typeError(`unicodedata.${name}() takes exactly one argument (${args.length} given)`);
  return charArg(i, name, 'argument', args[0]!);
}

/** Argument Clinic's `a unicode character` converter. */
function charArg(i: Interp, name: string, which: string, c: PyObject): number {
  const chars = c instanceof PyUnicodeObject ? Array.from(c.value) : [];
  if (chars.length !== 1) i.typeError(`${name}() ${which} must be a unicode character, not ${c instanceof PyUnicodeObject ? 'str' : c.type.name}`);
  return chars[0]!.codePointAt(0)!;
}

/** normalize() and is_normalized(): the form and the str, checked as CPython checks them. */
function formArgs(i: Interp, name: string, args: PyObject[], kwnames: string[] | null): { form: NormalForm; input: PyUnicodeObject } {
  positional(i, name, args, kwnames, 2);
  const [form, input] = args as [PyObject, PyObject];
  if (!(form instanceof PyUnicodeObject)) i.typeError(`${name}() argument 1 must be str, not ${form.type.name}`);
  if (!(input instanceof PyUnicodeObject)) i.typeError(`${name}() argument 2 must be str, not ${input.type.name}`);
  if (!FORMS.includes(form.value)) i.raise('ValueError', 'invalid normalization form');
  return { form: form.value as NormalForm, input };
}

function codePoints(s: string): number[] {
  return Array.from(s, (c) => c.codePointAt(0)!);
}

/** Creates the module (on first import). */
export function createUnicodedata(interp: Interp): PyModuleObject {
  const rt = interp.rt;
  const version = rt.profile.version;
  const props = (): ReturnType<typeof unicodeProps> => unicodeProps(version);

  /** `nfd_nfkd` / `nfc_nfkc`: NFC and NFKC build the decomposed str first and free it once composed. */
  function normalizedStr(form: NormalForm, cps: number[]): PyUnicodeObject {
    if (form === 'NFC' || form === 'NFKC') {
      const decomposed = newStr(rt, fromCodePoints(normalizeCodePoints(version, form === 'NFC' ? 'NFD' : 'NFKD', cps)));
      rt.heap.decref(decomposed);
    }
    return newStr(rt, fromCodePoints(normalizeCodePoints(version, form, cps)));
  }

  /** decimal(), digit(), numeric(): the value when the char's kind is one of `kinds`, else the default or ValueError. */
  function numericFunction(name: string, message: string, kinds: string[]) {
    return (i: Interp, args: PyObject[], kwnames: string[] | null): PyObject => {
      positional(i, name, args, kwnames, 1, 2);
      const entry = props().numeric(charArg(i, name, 'argument 1', args[0]!));
      if (entry && kinds.includes(entry.kind)) return name === 'numeric' ? newFloat(rt, entry.value) : newInt(rt, entry.value);
      if (args.length < 2) return i.raise('ValueError', message);
      rt.heap.incref(args[1]!);
      return args[1]!;
    };
  }
  return interp.defineModule('unicodedata', {
    name: (i, args, kwnames) => {
      positional(i, 'name', args, kwnames, 1, 2);
      const c = args[0]!;
      const chars = c instanceof PyUnicodeObject ? Array.from(c.value) : [];
      if (chars.length !== 1) return i.typeError(`name() argument 1 must be a unicode character, not ${c instanceof PyUnicodeObject ? 'str' : c.type.name}`);
      const name = unicodeName(chars[0]!.codePointAt(0)!, version);
      if (name !== null) return newStr(rt, name);
      if (args.length < 2) return i.raise('ValueError', 'no such name');
      rt.heap.incref(args[1]!);
      return args[1]!;
    },
    lookup: (i, args, kwnames) => {
      positional(i, 'lookup', args, kwnames, 1);
      const a = args[0]!;
      let name: string;
      if (a instanceof PyUnicodeObject) name = a.value;
      else if (a instanceof PyBytesObject) name = String.fromCharCode(...a.value);
      else return i.typeError(`a bytes-like object is required, not '${a.type.name}'`);
      if (name.length > NAME_MAXLEN) return i.raise('KeyError', 'name too long');
      const cp = lookupUnicodeName(name, version);
      if (cp === null) return i.raise('KeyError', `undefined character name '${name}'`);
      return newStr(rt, String.fromCodePoint(cp));
    },
    ...Object.fromEntries((['category', 'bidirectional', 'east_asian_width'] as RunProperty[]).map((f) => [f, (i: Interp, args: PyObject[], kwnames: string[] | null) => {
      return newStr(rt, props().get(f, oneChar(i, f, args, kwnames)));
    }])),
    combining: (i, args, kwnames) => newInt(rt, Number(props().get('combining', oneChar(i, 'combining', args, kwnames)))),
    mirrored: (i, args, kwnames) => newInt(rt, Number(props().get('mirrored', oneChar(i, 'mirrored', args, kwnames)))),
    decomposition: (i, args, kwnames) => newStr(rt, decompositionString(props().decomposition(oneChar(i, 'decomposition', args, kwnames)))),
    decimal: numericFunction('decimal', 'not a decimal', ['D']),
    digit: numericFunction('digit', 'not a digit', ['D', 'G']),
    numeric: numericFunction('numeric', 'not a numeric character', ['D', 'G', 'N']),
    normalize: (i, args, kwnames) => {
      const { form, input } = formArgs(i, 'normalize', args, kwnames);
      // An empty str, and one the quick check passes, come back as they are (no new object).
      const cps = codePoints(input.value);
      if (cps.length === 0 || quickCheck(version, form, cps) === 'yes') {
        rt.heap.incref(input);
        return input;
      }
      return normalizedStr(form, cps);
    },
    is_normalized: (i, args, kwnames) => {
      const { form, input } = formArgs(i, 'is_normalized', args, kwnames);
      const cps = codePoints(input.value);
      if (cps.length === 0) return i.bool(true);
      const q = quickCheck(version, form, cps);
      if (q !== 'maybe') return i.bool(q === 'yes');
      const normalized = normalizedStr(form, cps);
      const same = normalized.value === input.value;
      rt.heap.decref(normalized);
      return i.bool(same);
    },
  }, { unidata_version: newStr(rt, UNIDATA_VERSION[version]) });
}

/**
 * `unicodedata` (Modules/unicodedata.c): the character names of the running version's Unicode
 * database, from the table `"\N{...}"` escapes use (parser/unicodeNames.ts), with the formal name
 * aliases lookup() accepts. Named sequences and the character properties (category,
 * decomposition...) are not modelled: those functions raise an error naming themselves.
 */
import { PyBytesObject } from '../../engine/objects/bytesObject';
import { newStr, PyUnicodeObject } from '../../engine/objects/unicodeObject';
import { lookupUnicodeName, unicodeName } from '../parser/unicodeNames';
import type { Interp } from '../runtime/interp';
import type { PyModuleObject } from '../runtime/moduleObject';
import { positional } from './moduleArgs';
import { UnsupportedError } from '../runtime/pyError';

/** Each version's `unidata_version`. */
const UNIDATA_VERSION = { '3.11': '14.0.0', '3.12': '15.0.0', '3.13': '15.1.0' } as const;
/** The longest name lookup() accepts (NAME_MAXLEN). */
const NAME_MAXLEN = 256;

/** The functions of the module that are not simulated (each raises an error naming itself). */
const NOT_SIMULATED = [
  'category', 'bidirectional', 'combining', 'mirrored', 'decimal', 'digit', 'numeric',
  'east_asian_width', 'decomposition', 'normalize', 'is_normalized',
];

/** Creates the module (on first import). */
export function createUnicodedata(interp: Interp): PyModuleObject {
  const rt = interp.rt;
  const version = rt.profile.version;
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
    ...Object.fromEntries(NOT_SIMULATED.map((f) => [f, (i: Interp): never => {
      throw new UnsupportedError(`unicodedata.${f}() (the Unicode character properties are not simulated)`, i.line);
    }])),
  }, { unidata_version: newStr(rt, UNIDATA_VERSION[version]) });
}

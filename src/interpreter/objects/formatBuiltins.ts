/**
 * `PyObject_Format` and its users: FORMAT_VALUE (f-string fields), the `format()` builtin and
 * `str.format` (Objects/abstract.c, Python/ceval.c, Objects/stringlib/unicode_format.h). The
 * result is a new str; formatting an exact str with an empty spec returns the str itself.
 */
import { PyFloatObject } from '../../engine/objects/floatObject';
import { PyComplexObject } from '../../engine/objects/complexObject';
import { formatComplex } from './complexFormat';
import { isValueSubclassInstance } from '../../engine/objects/valueSubclass';
import { newInt, PyLongObject } from '../../engine/objects/longObject';
import type { PyObject } from '../../engine/objects/object';
import { newStr, PyUnicodeObject } from '../../engine/objects/unicodeObject';
import { argRange, noKeywords, splitKeywords } from '../builtins/args';
import type { Interp } from '../runtime/interp';
import type { NativeImpl } from '../vm/callables';
import { getItem } from './abstract';
import { raiseKeyError } from './containerOps';
import { slotDunder } from './typeSlots';
import { formatFloat, formatInt, formatStr } from './formatSpec';
import { reprOf, strOf } from './repr';
import { asciiOf } from './strQueries';

/** `format(v, spec)` as a JS string. */
export function formatText(interp: Interp, v: PyObject, spec: string): string {
  if (isValueSubclassInstance(v)) {
    const text = userFormat(interp, v, spec);
    if (text !== null) return text;
  }
  return baseFormatText(interp, v, spec);
}

/** A class's own `__format__` of `v` as a JS string, or null when its class has none. */
function userFormat(interp: Interp, v: PyObject, spec: string): string | null {
  const spec0 = newStr(interp.rt, spec);
  let user: PyObject | null;
  try {
    user = slotDunder(interp, v, '__format__', [spec0]);
  } finally {
    interp.rt.heap.decref(spec0);
  }
  if (!user) return null;
  const text = user instanceof PyUnicodeObject ? user.value : null;
  interp.rt.heap.decref(user);
  if (text === null) interp.typeError(`__format__ must return a str, not ${user.type.name}`);
  return text;
}

/**
 * The built-in type's own `__format__` (`int.__format__(self, spec)` inside an override): an empty
 * spec on a subclass instance is `str(self)` (`long__format__`, `unicode__format__`).
 */
export function baseFormatText(interp: Interp, v: PyObject, spec: string): string {
  if (v instanceof PyUnicodeObject) return spec === '' ? (v.type === interp.rt.types.str ? v.value : strOf(interp, v)) : formatStr(interp, v.value, spec);
  if (v instanceof PyLongObject) {
    if (spec === '') return strOf(interp, v);
    return formatInt(interp, v.value, spec, v.type.name);
  }
  if (v instanceof PyFloatObject) return spec === '' ? strOf(interp, v) : formatFloat(interp, v.value, spec);
  if (v instanceof PyComplexObject) return spec === '' ? strOf(interp, v) : formatComplex(interp, v.real, v.imag, spec);
  const text = userFormat(interp, v, spec);
  if (text !== null) return text;
  if (spec !== '') interp.typeError(`unsupported format string passed to ${v.type.name}.__format__`);
  return strOf(interp, v);
}

/** `PyObject_Format(v, spec)`: a new reference (the same str for an exact str and an empty spec). */
export function formatObject(interp: Interp, v: PyObject, spec: string): PyObject {
  if (spec === '' && v instanceof PyUnicodeObject && v.type === interp.rt.types.str) {
    interp.rt.heap.incref(v);
    return v;
  }
  return newStr(interp.rt, formatText(interp, v, spec));
}

/** `!s`, `!r`, `!a`: the converted str (a new reference). */
function convert(interp: Interp, v: PyObject, conv: number): PyObject {
  const text = conv === 1 ? strOf(interp, v) : conv === 2 ? reprOf(interp, v) : asciiOf(reprOf(interp, v));
  return newStr(interp.rt, text);
}

/** FORMAT_VALUE with a spec: convert (`arg & 3`), then `PyObject_Format`. Borrows both; a new reference. */
export function formatValue(interp: Interp, v: PyObject, conv: number, spec: PyUnicodeObject): PyObject {
  if (conv === 0) return formatObject(interp, v, spec.value);
  const converted = convert(interp, v, conv);
  try {
    return formatObject(interp, converted, spec.value);
  } finally {
    interp.rt.heap.decref(converted);
  }
}

/** The `format(value, format_spec='')` builtin. */
export const formatBuiltin: NativeImpl = (interp, args, kwnames) => {
  noKeywords(interp, 'format', kwnames);
  argRange(interp, 'format', args, 1, 2);
  const spec = args[1];
  if (spec === undefined) return formatObject(interp, args[0], '');
  if (!(spec instanceof PyUnicodeObject)) return interp.typeError(`format() argument 2 must be str, not ${spec.type.name}`);
  return formatObject(interp, args[0], spec.value);
};

/** A parsed `{field!conv:spec}`. */
interface Field {
  name: string;
  conv: string;
  spec: string;
}

/**
 * Splits a template into literal text and fields, one piece at a time as CPython's
 * `MarkupIterator_next` does, so a field is rendered before a later syntax error is found
 * (`"{a}{".format()` raises the KeyError). The errors are CPython's, in its order.
 */
function* parseTemplate(interp: Interp, template: string): Generator<string | Field> {
  let literal = '';
  let i = 0;
  while (i < template.length) {
    const c = template[i];
    if (c !== '{' && c !== '}') {
      literal += c;
      i++;
      continue;
    }
    // A brace: doubled, it is literal text; a lone '}' is an error, a lone '{' starts a field.
    if (template[i + 1] === c) {
      literal += c;
      i += 2;
      continue;
    }
    if (c === '}') interp.raise('ValueError', "Single '}' encountered in format string");
    if (i + 1 >= template.length) interp.raise('ValueError', "Single '{' encountered in format string");
    if (literal) yield literal;
    literal = '';
    const [field, next] = parseField(interp, template, i + 1);
    yield field;
    i = next;
  }
  if (literal) yield literal;
}

/**
 * The field starting at `start` (just after its '{'), mirroring CPython's `parse_field`: the name
 * runs to '}', ':' or '!' (brackets skip to their ']'), then an optional conversion, then a spec
 * whose nested braces are counted. Returns the field and the index after its closing '}'.
 */
function parseField(interp: Interp, template: string, start: number): [Field, number] {
  let k = start;
  let stop = '';
  while (k < template.length) {
    const c = template[k++];
    if (c === '{') interp.raise('ValueError', "unexpected '{' in field name");
    if (c === '[') {
      while (k < template.length && template[k] !== ']') k++;
      continue;
    }
    if (c === '}' || c === ':' || c === '!') {
      stop = c;
      break;
    }
  }
  const name = template.slice(start, stop ? k - 1 : k);
  if (stop === '}') return [{ name, conv: '', spec: '' }, k];
  if (stop === '') interp.raise('ValueError', "expected '}' before end of string");
  let conv = '';
  if (stop === '!') {
    if (k >= template.length) interp.raise('ValueError', 'end of string while looking for conversion specifier');
    conv = template[k++];
    if (k < template.length) {
      const c = template[k++];
      if (c === '}') return [{ name, conv, spec: '' }, k];
      if (c !== ':') interp.raise('ValueError', "expected ':' after conversion specifier");
    }
  }
  const specStart = k;
  let depth = 1;
  while (k < template.length) {
    const c = template[k++];
    if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return [{ name, conv, spec: template.slice(specStart, k - 1) }, k];
  }
  return interp.raise('ValueError', "unmatched '{' in format spec");
}

/**
 * A template's fields: the positional arguments (null for `format_map`, which has none) and the
 * lookup of a named field, returning a new reference.
 */
interface FieldSource {
  positional: PyObject[] | null;
  named: (name: string) => PyObject;
}

/** `str.format(*args, **kwargs)`. */
export const strFormat: NativeImpl = (interp, args, kwnames) => {
  const template = args[0] as PyUnicodeObject;
  const { positional, keywords } = splitKeywords(args.slice(1), kwnames);
  const named = (name: string): PyObject => {
    const v = keywords.get(name);
    if (!v) {
      const key = newStr(interp.rt, name);
      try {
        raiseKeyError(interp, key);
      } finally {
        interp.rt.heap.decref(key);
      }
    }
    interp.rt.heap.incref(v);
    return v;
  };
  return newStr(interp.rt, renderTemplate(interp, template.value, { positional, named }, 2));
};

/** `str.format_map(mapping)`: named fields are `mapping[name]` (a dict subclass's `__missing__` too). */
export const strFormatMap: NativeImpl = (interp, args, kwnames) => {
  noKeywords(interp, 'str.format_map', kwnames);
  if (args.length !== 2) interp.typeError(`str.format_map() takes exactly one argument (${args.length - 1} given)`);
  const template = args[0] as PyUnicodeObject;
  const mapping = args[1];
  const named = (name: string): PyObject => {
    const key = newStr(interp.rt, name);
    try {
      return getItem(interp, mapping, key);
    } finally {
      interp.rt.heap.decref(key);
    }
  };
  return newStr(interp.rt, renderTemplate(interp, template.value, { positional: null, named }, 2));
};

function renderTemplate(interp: Interp, template: string, fields: FieldSource, depth: number): string {
  if (depth < 0) interp.raise('ValueError', 'Max string recursion exceeded');
  let auto = 0;
  let mode: 'auto' | 'manual' | null = null;
  const parts: string[] = [];
  const heap = interp.rt.heap;
  for (const piece of parseTemplate(interp, template)) {
    if (typeof piece === 'string') {
      parts.push(piece);
      continue;
    }
    const m = /^([^.[]*)(.*)$/.exec(piece.name) as RegExpExecArray;
    let first = m[1];
    if (first === '') {
      if (mode === 'manual') interp.raise('ValueError', 'cannot switch from manual field specification to automatic field numbering');
      mode = 'auto';
      first = String(auto++);
    } else if (/^\d+$/.test(first)) {
      if (mode === 'auto') interp.raise('ValueError', 'cannot switch from automatic field numbering to manual field specification');
      mode = 'manual';
    }
    let obj: PyObject;
    if (/^\d+$/.test(first)) {
      const positional = fields.positional;
      if (!positional) return interp.raise('ValueError', 'Format string contains positional fields');
      const index = Number(first);
      if (index >= positional.length) interp.raise('IndexError', `Replacement index ${index} out of range for positional args tuple`);
      obj = positional[index];
      heap.incref(obj);
    } else {
      obj = fields.named(first);
    }
    try {
      // Attribute and index lookups: `.name` and `[key]` (digits index, else a str key).
      const re = /\.([^.[]+)|\[([^\]]*)\]/g;
      let rest: RegExpExecArray | null;
      while ((rest = re.exec(m[2])) !== null) {
        let next: PyObject;
        if (rest[1] !== undefined) next = interp.getAttr(obj, rest[1], false).value;
        else {
          const key = /^\d+$/.test(rest[2]) ? newInt(interp.rt, Number(rest[2])) : newStr(interp.rt, rest[2]);
          try {
            next = getItem(interp, obj, key);
          } finally {
            heap.decref(key);
          }
        }
        heap.decref(obj);
        obj = next;
      }
      const spec = piece.spec.includes('{') ? renderNestedSpec(interp, piece.spec, fields, depth - 1, () => auto++) : piece.spec;
      let v = obj;
      if (piece.conv) {
        // Checked only here, after the field's lookup, as CPython's `do_conversion` does.
        if (!'rsa'.includes(piece.conv)) {
          const code = piece.conv.codePointAt(0) as number;
          interp.raise('ValueError', `Unknown conversion specifier ${code > 32 && code < 127 ? piece.conv : `\\x${code.toString(16)}`}`);
        }
        v = convert(interp, obj, piece.conv === 's' ? 1 : piece.conv === 'r' ? 2 : 3);
        heap.decref(obj);
        obj = v;
      }
      if (spec === '' && v instanceof PyUnicodeObject) parts.push(v.value);
      else {
        const formatted = formatObject(interp, v, spec);
        parts.push((formatted as PyUnicodeObject).value);
        heap.decref(formatted);
      }
    } finally {
      heap.decref(obj);
    }
  }
  return parts.join('');
}

/** A nested spec (`{:{width}}`) shares the outer automatic numbering. */
function renderNestedSpec(interp: Interp, spec: string, fields: FieldSource, depth: number, nextAuto: () => number): string {
  const numbered = spec.replace(/\{\}/g, () => `{${nextAuto()}}`);
  return renderTemplate(interp, numbered, fields, depth);
}

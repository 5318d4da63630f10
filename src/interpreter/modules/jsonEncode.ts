/**
 * The JSON encoder behind `json.dumps` and `JSONEncoder.encode` (3.11–3.13): values in the order
 * CPython's `_json.c` encoder tests them (None, True, False, str, int, float, list/tuple, dict,
 * then `default(o)`), keys coerced as it coerces them (str, float, True/False/None, int, else
 * skipped or a TypeError), `sort_keys` through `<` on the keys, the `markers` set that finds a
 * circular reference, and the pretty-printer's layout for `indent`.
 *
 * Obscurity: CPython builds the text from chunks (a `_PyUnicodeWriter`, or with `indent` the
 * generator's many small strs joined at the end); those chunks are transient, so only the result
 * str is allocated here.
 */
import { PyDictObject, dictItems } from '../../engine/objects/dictObject';
import { PyFloatObject } from '../../engine/objects/floatObject';
import { PyListObject } from '../../engine/objects/listObject';
import { PyLongObject } from '../../engine/objects/longObject';
import type { PyObject } from '../../engine/objects/object';
import { PyTupleObject } from '../../engine/objects/tupleObject';
import { PyUnicodeObject } from '../../engine/objects/unicodeObject';
import { sortItems } from '../builtins/ordering';
import type { Interp } from '../runtime/interp';
import { floatRepr } from '../runtime/floatRepr';
import { callAny } from '../vm/callDispatch';

/** The encoder's settings: `JSONEncoder`'s attributes. */
export interface EncodeOptions {
  skipkeys: boolean;
  ensureAscii: boolean;
  checkCircular: boolean;
  allowNan: boolean;
  sortKeys: boolean;
  /** The indent unit, or null for one line. */
  indent: string | null;
  itemSeparator: string;
  keySeparator: string;
  /** `self.default` (borrowed), or null for the base class's TypeError. */
  defaultFn: PyObject | null;
}

const SHORT_ESCAPES: Record<string, string> = { '"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f' };

function hex4(c: number): string {
  return '\\u' + c.toString(16).padStart(4, '0');
}

/** `encode_basestring_ascii` / `encode_basestring`: the quoted JSON form of `s`. */
export function quoteString(s: string, ensureAscii: boolean): string {
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    const c = s.charCodeAt(i);
    const short = SHORT_ESCAPES[ch];
    if (short !== undefined) out += short;
    else if (c < 0x20) out += hex4(c);
    // UTF-16 code units are exactly the \uXXXX pairs CPython writes for astral characters.
    else if (ensureAscii && c > 0x7e) out += hex4(c);
    else out += ch;
  }
  return out + '"';
}

/** The JSON text of `o` under `opts` (raises TypeError/ValueError as CPython's encoder does). */
export function encodeJson(interp: Interp, o: PyObject, opts: EncodeOptions): string {
  const rt = interp.rt;
  const markers = new Set<PyObject>();
  const parts: string[] = [];

  const floatText = (f: PyFloatObject): string => {
    const v = f.value;
    if (Number.isFinite(v)) return floatRepr(v);
    if (!opts.allowNan) {
      const suffix = rt.profile.version === '3.11' ? '' : `: ${floatRepr(v)}`;
      interp.raise('ValueError', `Out of range float values are not JSON compliant${suffix}`);
    }
    return Number.isNaN(v) ? 'NaN' : v > 0 ? 'Infinity' : '-Infinity';
  };

  const enter = (c: PyObject): void => {
    if (!opts.checkCircular) return;
    if (markers.has(c)) interp.raise('ValueError', 'Circular reference detected');
    markers.add(c);
  };
  const leave = (c: PyObject): void => {
    markers.delete(c);
  };

  const newline = (level: number): string => '\n' + (opts.indent as string).repeat(level);

  const keyText = (k: PyObject): string | null => {
    if (k instanceof PyUnicodeObject) return k.value;
    if (k instanceof PyFloatObject) return floatText(k);
    if (k === rt.True) return 'true';
    if (k === rt.False) return 'false';
    if (k === rt.None) return 'null';
    if (k instanceof PyLongObject) return k.value.toString();
    if (opts.skipkeys) return null;
    return interp.typeError(`keys must be str, int, float, bool or None, not ${k.type.name}`);
  };

  const encodeList = (items: PyObject[], level: number, owner: PyObject): void => {
    if (items.length === 0) { parts.push('[]'); return; }
    enter(owner);
    parts.push('[');
    const inner = opts.indent === null ? '' : newline(level + 1);
    parts.push(inner);
    // A list can change while default() runs: read the length each time, as the C loop does.
    for (let i = 0; i < items.length; i++) {
      if (i > 0) parts.push(opts.itemSeparator + inner);
      encodeValue(items[i], level + 1);
    }
    if (opts.indent !== null) parts.push(newline(level));
    parts.push(']');
    leave(owner);
  };

  const encodeDict = (d: PyDictObject, level: number): void => {
    const entries = dictItems(d);
    if (entries.length === 0) { parts.push('{}'); return; }
    enter(d);
    let pairs = entries.map((e) => [e.key, e.value] as const);
    if (opts.sortKeys) {
      const keys = pairs.map((p) => p[0]);
      const values = new Map(pairs);
      sortItems(interp, keys, null, false);
      pairs = keys.map((k) => [k, values.get(k) as PyObject] as const);
    }
    parts.push('{');
    const inner = opts.indent === null ? '' : newline(level + 1);
    parts.push(inner);
    let first = true;
    for (const [k, v] of pairs) {
      const key = keyText(k);
      if (key === null) continue;
      if (!first) parts.push(opts.itemSeparator + inner);
      first = false;
      parts.push(quoteString(key, opts.ensureAscii), opts.keySeparator);
      encodeValue(v, level + 1);
    }
    if (opts.indent !== null) parts.push(newline(level));
    parts.push('}');
    leave(d);
  };

  const encodeValue = (v: PyObject, level: number): void => {
    interp.poll();
    if (v === rt.None) parts.push('null');
    else if (v === rt.True) parts.push('true');
    else if (v === rt.False) parts.push('false');
    else if (v instanceof PyUnicodeObject) parts.push(quoteString(v.value, opts.ensureAscii));
    else if (v instanceof PyLongObject) parts.push(v.value.toString());
    else if (v instanceof PyFloatObject) parts.push(floatText(v));
    else if (v instanceof PyListObject || v instanceof PyTupleObject) encodeList(v.items, level, v);
    else if (v instanceof PyDictObject) encodeDict(v, level);
    else {
      if (!opts.defaultFn) interp.typeError(`Object of type ${v.type.name} is not JSON serializable`);
      enter(v);
      const replacement = callAny(interp, opts.defaultFn, [v]);
      try {
        encodeValue(replacement, level);
      } finally {
        rt.heap.decref(replacement);
      }
      leave(v);
    }
  };

  encodeValue(o, 0);
  return parts.join('');
}

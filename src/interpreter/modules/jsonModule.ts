/**
 * `json` (Lib/json, Modules/_json.c, 3.11–3.13): `dumps`/`loads`, the `JSONEncoder` and
 * `JSONDecoder` classes (subclassable: a subclass's `default()` is called for what the encoder
 * cannot serialize, `dumps(cls=...)` builds the class with every option as a keyword) and
 * `JSONDecodeError` (a ValueError of module `json.decoder` with `msg`, `doc`, `pos`, `lineno`,
 * `colno`). `dumps`/`loads` with only default options use the module's shared encoder/decoder as
 * CPython does; otherwise they build one, as CPython's do.
 *
 * `json.load(fp)` is `loads(fp.read())` as in CPython. `json.dump(obj, fp)` writes the text of
 * `dumps` with one `fp.write` (CPython writes `iterencode`'s chunks one by one: same text, more
 * calls and temporary strings); fp is an `io.StringIO` or `sys.stdout`.
 */
import { PyBytesObject } from '../../engine/objects/bytesObject';
import { PyBaseExceptionObject } from '../../engine/objects/exceptionObject';
import { newInt, PyLongObject } from '../../engine/objects/longObject';
import type { PyObject } from '../../engine/objects/object';
import { newTuple } from '../../engine/objects/tupleObject';
import { newStr, PyUnicodeObject } from '../../engine/objects/unicodeObject';
import { isTrue } from '../objects/abstract';
import { createClass } from '../objects/typeCreate';
import { setAttr } from '../objects/typeSlots';
import type { Interp } from '../runtime/interp';
import type { PyModuleObject } from '../runtime/moduleObject';
import { PyError } from '../runtime/pyError';
import type { NativeImpl } from '../vm/callables';
import { callAny } from '../vm/callDispatch';
import { splitKeywords } from '../builtins/args';
import { callMethod } from './callMethod';
import { bindArgs } from './pyArgs';
import { encodeJson, type EncodeOptions } from './jsonEncode';
import { JsonError, scanOnce, skipWs, type DecodeOptions } from './jsonDecode';

const ENCODER_OPTIONS = ['skipkeys', 'ensure_ascii', 'check_circular', 'allow_nan', 'sort_keys', 'indent', 'separators', 'default'];
const DECODER_OPTIONS = ['object_hook', 'parse_float', 'parse_int', 'parse_constant', 'strict', 'object_pairs_hook'];
const LOADS_HOOKS = ['object_hook', 'parse_float', 'parse_int', 'parse_constant', 'object_pairs_hook'];

/** Creates the module (on first import). */
export function createJson(interp: Interp): PyModuleObject {
  const rt = interp.rt;
  const heap = rt.heap;

  const moduleNs = (module: string): Map<string, PyObject> => new Map<string, PyObject>([['__module__', newStr(rt, module)]]);
  const method = (ns: Map<string, PyObject>, name: string, impl: NativeImpl): void => {
    ns.set(name, interp.nativeFunction(name, impl));
  };
  const attr = (o: PyObject, name: string): PyObject => interp.getAttr(o, name, false).value;
  const withAttr = <T>(o: PyObject, name: string, use: (v: PyObject) => T): T => {
    const v = attr(o, name);
    try {
      return use(v);
    } finally {
      heap.decref(v);
    }
  };
  const setOwned = (o: PyObject, name: string, v: PyObject): void => {
    try {
      setAttr(interp, o, name, v);
    } finally {
      heap.decref(v);
    }
  };

  // ---- JSONDecodeError(msg, doc, pos) ----
  const errorNs = moduleNs('json.decoder');
  method(errorNs, '__init__', (i, args, kwnames) => {
    const [self, ...rest] = args;
    const [msg, doc, pos] = bindArgs(i, { qualname: 'JSONDecodeError.__init__', params: ['msg', 'doc', 'pos'], required: 3 }, rest, kwnames) as PyObject[];
    if (!(doc instanceof PyUnicodeObject) || !(pos instanceof PyLongObject)) return i.typeError('JSONDecodeError() expects a str document and an int position');
    const p = Number(pos.value);
    const text = doc.value;
    const before = text.slice(0, p);
    const lineno = before.split('\n').length;
    const colno = p - before.lastIndexOf('\n');
    const message = `${msg instanceof PyUnicodeObject ? msg.value : ''}: line ${lineno} column ${colno} (char ${p})`;
    if (self instanceof PyBaseExceptionObject) {
      const old = self.args;
      self.args = newTuple(rt, [newStr(rt, message)]);
      heap.xdecref(old);
    }
    setAttr(i, self, 'msg', msg);
    setAttr(i, self, 'doc', doc);
    setAttr(i, self, 'pos', pos);
    setOwned(self, 'lineno', newInt(rt, lineno));
    setOwned(self, 'colno', newInt(rt, colno));
    return i.none();
  });
  const errorType = createClass(interp, 'JSONDecodeError', [interp.excType('ValueError')], errorNs);

  const raiseDecodeError = (e: JsonError, doc: PyObject): never => {
    const msg = newStr(rt, e.msg);
    const pos = newInt(rt, e.pos);
    try {
      throw new PyError(callAny(interp, errorType, [msg, doc, pos]) as PyBaseExceptionObject);
    } finally {
      heap.decref(msg);
      heap.decref(pos);
    }
  };

  /** `JSONDecoder.raw_decode`: the value at `idx` and the index after it. */
  const rawDecode = (doc: PyUnicodeObject, idx: number, opts: DecodeOptions): [PyObject, number] => {
    try {
      return scanOnce(interp, doc.value, idx, opts);
    } catch (e) {
      if (e instanceof JsonError) raiseDecodeError(e, doc);
      throw e;
    }
  };

  /** `JSONDecoder.decode`: whitespace, one value, whitespace, then "Extra data" if anything is left. */
  const decode = (doc: PyUnicodeObject, opts: DecodeOptions): PyObject => {
    const [value, end] = rawDecode(doc, skipWs(doc.value, 0), opts);
    const rest = skipWs(doc.value, end);
    if (rest !== doc.value.length) {
      heap.decref(value);
      raiseDecodeError(new JsonError('Extra data', rest), doc);
    }
    return value;
  };

  const defaultDecodeOptions: DecodeOptions = { objectHook: null, objectPairsHook: null, parseFloat: null, parseInt: null, parseConstant: null, strict: true };

  /** A decoder instance's attributes as options (borrowed for the call's duration: the instance keeps them). */
  const decoderOptions = (self: PyObject): DecodeOptions => {
    const hook = (name: string, builtin: PyObject | null): PyObject | null => withAttr(self, name, (v) => (v === rt.None || v === builtin ? null : v));
    return {
      objectHook: hook('object_hook', null),
      objectPairsHook: hook('object_pairs_hook', null),
      parseFloat: hook('parse_float', rt.types.float),
      parseInt: hook('parse_int', rt.types.int),
      parseConstant: hook('parse_constant', null),
      strict: withAttr(self, 'strict', (v) => isTrue(interp, v)),
    };
  };

  const docArg = (i: Interp, o: PyObject, what: string): PyUnicodeObject => {
    if (!(o instanceof PyUnicodeObject)) return i.typeError(`${what} must be str, not ${o.type.name}`);
    return o;
  };

  // ---- JSONDecoder ----
  const decoderNs = moduleNs('json.decoder');
  method(decoderNs, '__init__', (i, args, kwnames) => {
    const [self, ...rest] = args;
    const got = bindArgs(i, { qualname: 'JSONDecoder.__init__', params: [], required: 0, kwOnly: DECODER_OPTIONS }, rest, kwnames);
    const [objectHook, parseFloat, parseInt, parseConstant, strict, pairsHook] = got;
    const orNone = (v: PyObject | undefined, dflt: PyObject): PyObject => (v === undefined || v === rt.None ? dflt : v);
    setAttr(i, self, 'object_hook', objectHook ?? rt.None);
    setAttr(i, self, 'parse_float', orNone(parseFloat, rt.types.float));
    setAttr(i, self, 'parse_int', orNone(parseInt, rt.types.int));
    setAttr(i, self, 'parse_constant', parseConstant ?? rt.None);
    setAttr(i, self, 'strict', strict ?? rt.True);
    setAttr(i, self, 'object_pairs_hook', pairsHook ?? rt.None);
    return i.none();
  });
  method(decoderNs, 'decode', (i, args, kwnames) => {
    const [self, s] = bindArgs(i, { qualname: 'JSONDecoder.decode', params: ['self', 's'], required: 2 }, args, kwnames) as PyObject[];
    return decode(docArg(i, s, 'the JSON object'), decoderOptions(self));
  });
  method(decoderNs, 'raw_decode', (i, args, kwnames) => {
    const [self, s, idx] = bindArgs(i, { qualname: 'JSONDecoder.raw_decode', params: ['self', 's', 'idx'], required: 2 }, args, kwnames);
    const start = idx instanceof PyLongObject ? Number(idx.value) : 0;
    const [value, end] = rawDecode(docArg(i, s as PyObject, 'the JSON object'), start, decoderOptions(self as PyObject));
    return newTuple(rt, [value, newInt(rt, end)]);
  });
  const decoderType = createClass(interp, 'JSONDecoder', [], decoderNs);

  // ---- JSONEncoder ----
  const encoderNs = moduleNs('json.encoder');
  encoderNs.set('item_separator', newStr(rt, ', '));
  encoderNs.set('key_separator', newStr(rt, ': '));
  method(encoderNs, '__init__', (i, args, kwnames) => {
    const [self, ...rest] = args;
    const got = bindArgs(i, { qualname: 'JSONEncoder.__init__', params: [], required: 0, kwOnly: ENCODER_OPTIONS }, rest, kwnames);
    const [skipkeys, ensureAscii, checkCircular, allowNan, sortKeys, indent, separators, dflt] = got;
    setAttr(i, self, 'skipkeys', skipkeys ?? rt.False);
    setAttr(i, self, 'ensure_ascii', ensureAscii ?? rt.True);
    setAttr(i, self, 'check_circular', checkCircular ?? rt.True);
    setAttr(i, self, 'allow_nan', allowNan ?? rt.True);
    setAttr(i, self, 'sort_keys', sortKeys ?? rt.False);
    setAttr(i, self, 'indent', indent ?? rt.None);
    if (separators !== undefined && separators !== rt.None) {
      const pair = separators;
      const items = pair instanceof PyUnicodeObject ? null : (pair as { items?: PyObject[] }).items;
      if (!items || items.length !== 2) return i.raise('ValueError', `not enough values to unpack (expected 2, got ${items ? items.length : 0})`);
      setAttr(i, self, 'item_separator', items[0]);
      setAttr(i, self, 'key_separator', items[1]);
    } else if (indent !== undefined && indent !== rt.None) {
      setOwned(self, 'item_separator', newStr(rt, ','));
    }
    if (dflt !== undefined && dflt !== rt.None) setAttr(i, self, 'default', dflt);
    return i.none();
  });
  method(encoderNs, 'default', (i, args) => i.typeError(`Object of type ${args[1].type.name} is not JSON serializable`));
  const encodeWith = (i: Interp, self: PyObject, o: PyObject): string => {
    const flag = (name: string): boolean => withAttr(self, name, (v) => isTrue(i, v));
    const text = (name: string): string => withAttr(self, name, (v) => (v instanceof PyUnicodeObject ? v.value : i.typeError(`${name} must be str, not ${v.type.name}`)));
    const indent = withAttr(self, 'indent', (v) => {
      if (v === rt.None) return null;
      if (v instanceof PyUnicodeObject) return v.value;
      if (v instanceof PyLongObject) return ' '.repeat(Math.max(0, Number(v.value)));
      return i.typeError(`can't multiply sequence by non-int of type '${v.type.name}'`);
    });
    const defaultFn = attr(self, 'default');
    try {
      const opts: EncodeOptions = {
        skipkeys: flag('skipkeys'), ensureAscii: flag('ensure_ascii'), checkCircular: flag('check_circular'),
        allowNan: flag('allow_nan'), sortKeys: flag('sort_keys'), indent,
        itemSeparator: text('item_separator'), keySeparator: text('key_separator'), defaultFn,
      };
      return encodeJson(i, o, opts);
    } finally {
      heap.decref(defaultFn);
    }
  };
  method(encoderNs, 'encode', (i, args, kwnames) => {
    const [self, o] = bindArgs(i, { qualname: 'JSONEncoder.encode', params: ['self', 'o'], required: 2 }, args, kwnames) as PyObject[];
    return newStr(rt, encodeWith(i, self, o));
  });
  method(encoderNs, 'iterencode', (i, args, kwnames) => {
    const [self, o] = bindArgs(i, { qualname: 'JSONEncoder.iterencode', params: ['self', 'o', '_one_shot'], required: 2 }, args, kwnames) as PyObject[];
    return newTuple(rt, [newStr(rt, encodeWith(i, self, o))]);
  });
  const encoderType = createClass(interp, 'JSONEncoder', [], encoderNs);

  const defaultEncodeOptions: EncodeOptions = {
    skipkeys: false, ensureAscii: true, checkCircular: true, allowNan: true, sortKeys: false,
    indent: null, itemSeparator: ', ', keySeparator: ': ', defaultFn: null,
  };

  // ---- dumps / loads ----
  const dumps: NativeImpl = (i, args, kwnames) => {
    const { positional, keywords } = splitKeywords(args, kwnames);
    if (positional.length !== 1) {
      return i.typeError(positional.length === 0 ? "dumps() missing 1 required positional argument: 'obj'" : `dumps() takes 1 positional argument but ${positional.length} were given`);
    }
    const cls = keywords.get('cls');
    const isDefault = (name: string, truthy: boolean): boolean => {
      const v = keywords.get(name);
      return v === undefined || (truthy ? isTrue(i, v) : v === rt.None || !isTrue(i, v));
    };
    const plain = (cls === undefined || cls === rt.None)
      && isDefault('skipkeys', false) && isDefault('ensure_ascii', true) && isDefault('check_circular', true) && isDefault('allow_nan', true)
      && isDefault('sort_keys', false) && [...keywords.keys()].every((k) => ['cls', 'skipkeys', 'ensure_ascii', 'check_circular', 'allow_nan', 'sort_keys'].includes(k) || keywords.get(k) === rt.None);
    const extra = [...keywords.keys()].filter((k) => k !== 'cls' && !ENCODER_OPTIONS.includes(k));
    if (plain && extra.length === 0) return newStr(rt, encodeJson(i, positional[0], defaultEncodeOptions));
    // cls(skipkeys=..., ensure_ascii=..., ..., **kw).encode(obj)
    const defaults: Record<string, PyObject> = {
      skipkeys: rt.False, ensure_ascii: rt.True, check_circular: rt.True, allow_nan: rt.True,
      indent: rt.None, separators: rt.None, default: rt.None, sort_keys: rt.False,
    };
    const names = [...Object.keys(defaults), ...extra];
    const values = names.map((k) => keywords.get(k) ?? defaults[k]);
    const encoder = callAny(i, cls === undefined || cls === rt.None ? encoderType : cls, values, names);
    try {
      return callMethod(i, encoder, 'encode', [positional[0]]);
    } finally {
      heap.decref(encoder);
    }
  };

  const loads: NativeImpl = (i, args, kwnames) => {
    const { positional, keywords } = splitKeywords(args, kwnames);
    if (positional.length !== 1) {
      return i.typeError(positional.length === 0 ? "loads() missing 1 required positional argument: 's'" : `loads() takes 1 positional argument but ${positional.length} were given`);
    }
    let s = positional[0];
    let owned: PyObject | null = null;
    if (s instanceof PyUnicodeObject) {
      if (s.value.startsWith('\ufeff')) raiseDecodeError(new JsonError('Unexpected UTF-8 BOM (decode using utf-8-sig)', 0), s);
    } else if (s instanceof PyBytesObject || s.type.name === 'bytearray') {
      owned = callMethod(i, s, 'decode');
      s = owned;
    } else {
      return i.typeError(`the JSON object must be str, bytes or bytearray, not ${s.type.name}`);
    }
    try {
      const cls = keywords.get('cls');
      const kw = [...keywords.entries()].filter(([k, v]) => k !== 'cls' && !(LOADS_HOOKS.includes(k) && v === rt.None));
      if ((cls === undefined || cls === rt.None) && kw.length === 0) return decode(s as PyUnicodeObject, defaultDecodeOptions);
      const decoder = callAny(i, cls === undefined || cls === rt.None ? decoderType : cls, kw.map((e) => e[1]), kw.map((e) => e[0]));
      try {
        return callMethod(i, decoder, 'decode', [s]);
      } finally {
        heap.decref(decoder);
      }
    } finally {
      if (owned) heap.decref(owned);
    }
  };

  const load: NativeImpl = (i, args, kwnames) => {
    const { positional } = splitKeywords(args, kwnames);
    if (positional.length !== 1) return i.typeError(`load() takes 1 positional argument but ${positional.length} were given`);
    const text = callMethod(i, positional[0], 'read');
    try {
      return loads(i, [text, ...args.slice(1)], kwnames);
    } finally {
      heap.decref(text);
    }
  };

  // `dump(obj, fp, **kw)`: the text of `dumps(obj, **kw)` written to `fp` (an io.StringIO, sys.stdout).
  const dump: NativeImpl = (i, args, kwnames) => {
    const { positional } = splitKeywords(args, kwnames);
    if (positional.length !== 2) return i.typeError(`dump() takes 2 positional arguments but ${positional.length} were given`);
    const text = dumps(i, [positional[0], ...args.slice(2)], kwnames);
    try {
      heap.decref(callMethod(i, positional[1], 'write', [text]));
    } finally {
      heap.decref(text);
    }
    return i.none();
  };

  return interp.defineModule('json', { dumps, loads, dump, load }, {
    JSONDecodeError: errorType, JSONDecoder: decoderType, JSONEncoder: encoderType,
  });
}

/**
 * Calling the built-in types: `int()`, `float()`, `str()`, `bool()`, `list()`, `tuple()`,
 * `range()`, `type()`. `list(x)` presizes from `len(x)` as `list_preallocate_exact` does (capacity
 * rounded up to even) and otherwise grows by appending.
 */
import { exactFloatResult, exactIntResult } from '../objects/strictSubclassResult';
import { replayIntPlan1 } from '../objects/intPlanReplay';
import { planFromText } from '../objects/intPaths';
import { checkStrToIntDigits } from '../objects/intStrLimit';
import { indexObject } from '../objects/numberIndex';
import { newFloat, PyFloatObject } from '../../engine/objects/floatObject';
import { newList, PyListObject } from '../../engine/objects/listObject';
import { newInt, PyLongObject } from '../../engine/objects/longObject';
import { PyObject } from '../../engine/objects/object';
import { newRange, PyRangeObject } from '../../engine/objects/rangeObject';
import { newTuple, PyTupleObject } from '../../engine/objects/tupleObject';
import type { PyTypeObject } from '../../engine/objects/typeObject';
import { newStr, PyUnicodeObject } from '../../engine/objects/unicodeObject';
import { isTrue, length } from '../objects/abstract';
import { slotDunder } from '../objects/typeSlots';
import { textObject } from '../objects/repr';
import type { Interp, TypeCall } from '../runtime/interp';
import { listExtend } from '../objects/sequenceOps';
import { argRange, clinicArgs, invalidKeyword, noKeywords } from './args';
import { textArg } from '../objects/bytesConstructors';
import { decodeBytes } from '../objects/codecs';
import { collect } from './builtinFunctions';
import { calculateMetaclass, typeNew } from '../vm/metaclass';
import { callAny } from '../vm/callDispatch';
import { bufferArg, bytesLiteral, latin1Text } from '../objects/bytesOps';
import { decimalAndSpaceToAscii, parseIntText } from '../objects/intFromString';
import { asDouble, asIndex } from '../modules/moduleArgs';
import { strRepr } from '../parser/pyRepr';
import { PyBytesObject } from '../../engine/objects/bytesObject';
import { PyByteArrayObject } from '../../engine/objects/byteArrayObject';

const intCall: TypeCall = (interp, _t, args, kwnames) => {
  // 3.11 and 3.12 parse with Argument Clinic, as 3.13 does a call with keywords; 3.13's
  // vectorcall checks a keyword-free call's count itself.
  if (interp.rt.profile.version === '3.13' && !kwnames?.length) argRange(interp, 'int', args, 0, 2);
  else if (args.length > 2) interp.typeError(`int() takes at most 2 arguments (${args.length} given)`);
  // int(x, base=2): `base` is the one keyword (x is positional-only).
  if (kwnames && kwnames.length) {
    if (kwnames.length > 1 || kwnames[0] !== 'base') {
      const bad = kwnames.find((k) => k !== 'base') ?? 'base';
      invalidKeyword(interp, 'int', bad);
    }
    if (args.length !== 2) interp.typeError('int() missing string argument');
  }
  if (args.length === 0) return newInt(interp.rt, 0);
  const v = args[0];
  if (args.length === 2) {
    // long_new_impl: the base is checked first, then that x is text.
    const b = asIndex(interp, args[1]);
    if (b !== 0 && !(b >= 2 && b <= 36)) interp.raise('ValueError', 'int() base must be >= 2 and <= 36, or 0');
    if (v instanceof PyUnicodeObject || v instanceof PyBytesObject || v instanceof PyByteArrayObject) return intFromText(interp, v, Number(b));
    return interp.typeError("int() can't convert non-string with explicit base");
  }
  const viaInt = slotDunder(interp, v, '__int__');
  const user = viaInt ?? slotDunder(interp, v, '__index__');
  if (user) return exactIntResult(interp, user, viaInt ? '__int__' : '__index__');
  if (v instanceof PyLongObject) return newInt(interp.rt, v.value);
  if (v instanceof PyFloatObject) {
    if (!Number.isFinite(v.value)) interp.raise(Number.isNaN(v.value) ? 'ValueError' : 'OverflowError', Number.isNaN(v.value) ? 'cannot convert float NaN to integer' : 'cannot convert float infinity to integer');
    const t = Math.trunc(v.value);
    return newInt(interp.rt, Number.isSafeInteger(t) ? t : BigInt(t));
  }
  if (v instanceof PyUnicodeObject || bufferArg(v)) return intFromText(interp, v, 10);
  return interp.typeError(`int() argument must be a string, a bytes-like object or a real number, not '${v.type.name}'`);
};

/**
 * `PyLong_FromUnicodeObject` / `_PyLong_FromBytes`: a bad literal is reported with the base as
 * given (0 stays 0) and the repr of the text (of its first 200 bytes for bytes), cut at 200 characters.
 */
function intFromText(interp: Interp, v: PyObject, base: number): PyObject {
  const check = (digits: number, b: number): void => checkStrToIntDigits(interp, digits, b);
  const tailFirst = interp.rt.profile.version !== '3.11';
  if (v instanceof PyUnicodeObject) {
    const r = parseIntText(decimalAndSpaceToAscii(v.value), base, check, tailFirst);
    if (r.value === null) interp.raise('ValueError', `invalid literal for int() with base ${base}: ${strRepr(v.value, interp.rt.profile.version).slice(0, 200)}`);
    return replayIntPlan1(interp.rt, planFromText(r.value, r.base, r.digits), []);
  }
  const buf = bufferArg(v)!;
  const r = parseIntText(latin1Text(buf), base, check, tailFirst);
  if (r.value === null) interp.raise('ValueError', `invalid literal for int() with base ${base}: ${bytesLiteral(buf.subarray(0, 200)).slice(0, 200)}`);
  return replayIntPlan1(interp.rt, planFromText(r.value, r.base, r.digits), []);
}

const floatCall: TypeCall = (interp, _t, args, kwnames) => {
  noKeywords(interp, 'float', kwnames);
  argRange(interp, 'float', args, 0, 1);
  if (args.length === 0) return newFloat(interp.rt, 0);
  const v = args[0];
  if (v.type === interp.rt.types.float) { interp.rt.heap.incref(v); return v; }
  const user = slotDunder(interp, v, '__float__');
  if (user) return exactFloatResult(interp, user, v);
  // float_float of a subclass instance: an exact float of its value.
  if (v instanceof PyFloatObject) return newFloat(interp.rt, v.value);
  if (v instanceof PyLongObject) return newFloat(interp.rt, asDouble(interp, v));
  if (v instanceof PyUnicodeObject) {
    const t = v.value.trim().toLowerCase();
    const special: Record<string, number> = { inf: Infinity, '+inf': Infinity, '-inf': -Infinity, infinity: Infinity, '-infinity': -Infinity, nan: NaN, '+nan': NaN, '-nan': NaN };
    if (t in special) return newFloat(interp.rt, special[t]);
    if (!/^[+-]?(\d+(_\d+)*\.?(\d+(_\d+)*)?|\.\d+)(e[+-]?\d+)?$/.test(t)) interp.raise('ValueError', `could not convert string to float: '${v.value}'`);
    return newFloat(interp.rt, Number(t.replace(/_/g, '')));
  }
  return interp.typeError(`float() argument must be a string or a real number, not '${v.type.name}'`);
};

const strCall: TypeCall = (interp, _t, allArgs, kwnames) => {
  // 3.13's vectorcall checks a keyword-free call's count itself (`_PyArg_CheckPositional`).
  if (interp.rt.profile.version === '3.13' && !kwnames?.length) argRange(interp, 'str', allArgs, 0, 3);
  const [v, enc, errors] = clinicArgs(interp, 'str', ['object', 'encoding', 'errors'], 0, allArgs, kwnames) as (PyObject | undefined)[];
  if (v === undefined) return newStr(interp.rt, '');
  if (enc !== undefined || errors !== undefined) {
    // str(bytes, encoding, errors) decodes (PyUnicode_FromEncodedObject).
    const encoding = textArg(interp, enc, 'str', 'encoding', 'utf-8');
    const handler = textArg(interp, errors, 'str', 'errors', 'strict');
    if (v instanceof PyUnicodeObject) return interp.typeError('decoding str is not supported');
    const data = bufferArg(v);
    if (!data) return interp.typeError(`decoding to str: need a bytes-like object, ${v.type.name} found`);
    return newStr(interp.rt, decodeBytes(interp, data, encoding, handler));
  }
  if (v.type === interp.rt.types.str) { interp.rt.heap.incref(v); return v; }
  return textObject(interp, v, false);
};

const boolCall: TypeCall = (interp, _t, args, kwnames) => {
  noKeywords(interp, 'bool', kwnames);
  argRange(interp, 'bool', args, 0, 1);
  return interp.bool(args.length > 0 && isTrue(interp, args[0]));
};

const listCall: TypeCall = (interp, _t, args, kwnames) => {
  noKeywords(interp, 'list', kwnames);
  argRange(interp, 'list', args, 0, 1);
  if (args.length === 0) return newList(interp.rt, [], 0, true);
  const src = args[0];
  const sized = src instanceof PyListObject || src instanceof PyTupleObject || src instanceof PyRangeObject || src instanceof PyUnicodeObject;
  if (sized) {
    // list_extend → list_preallocate_exact(len): capacity rounded up to even, then the items.
    const n = length(interp, src);
    // The preallocation fails before any item is made: list(range(10**12)) is a MemoryError at once.
    interp.reserve(8 * n);
    const items = collect(interp, src);
    return newList(interp.rt, items, n === 0 ? 0 : (n + 1) & ~1, true);
  }
  const l = newList(interp.rt, [], 0, true);
  try {
    listExtend(interp, l, src);
  } catch (e) {
    interp.rt.heap.decref(l);
    throw e;
  }
  return l;
};

const tupleCall: TypeCall = (interp, _t, args, kwnames) => {
  noKeywords(interp, 'tuple', kwnames);
  argRange(interp, 'tuple', args, 0, 1);
  if (args.length === 0) return newTuple(interp.rt, []);
  if (args[0] instanceof PyTupleObject) { interp.rt.heap.incref(args[0]); return args[0]; }
  // PySequence_Tuple presizes from the length hint: tuple(range(10**12)) fails before any item.
  const src = args[0];
  if (src instanceof PyListObject || src instanceof PyRangeObject || src instanceof PyUnicodeObject) interp.reserve(8 * length(interp, src));
  return newTuple(interp.rt, collect(interp, args[0]));
};

const rangeCall: TypeCall = (interp, _t, args, kwnames) => {
  noKeywords(interp, 'range', kwnames);
  if (args.length === 0) interp.typeError('range expected at least 1 argument, got 0');
  argRange(interp, 'range', args, 1, 3);
  // range_new takes each argument through PyNumber_Index (a class's __index__) and keeps the ints.
  const rt = interp.rt;
  const ints: PyLongObject[] = [];
  try {
    for (const a of args) ints.push(indexObject(interp, a));
    if (ints.length === 3 && (ints[2].value === 0 || ints[2].value === 0n)) interp.raise('ValueError', 'range() arg 3 must not be zero');
    return makeRange(interp, ints);
  } finally {
    for (const n of ints) rt.heap.decref(n);
  }
};

function makeRange(interp: Interp, ints: PyLongObject[]): PyObject {
  const rt = interp.rt;
  const [start, stop, step] = ints.length === 1 ? [rt.smallInts[5], ints[0], rt.smallInts[6]] : [ints[0], ints[1], ints[2] ?? rt.smallInts[6]];
  // compute_range_length compares with PyObject_RichCompareBool, which 3.11 guards against recursion.
  if (interp.cGuardsShareLimit) {
    interp.enterRecursiveCall(' in comparison');
    interp.leaveRecursiveCall();
  }
  return newRange(rt, start, stop, step);
}

const typeCall: TypeCall = (interp, _t, args, kwnames) => {
  const npos = args.length - (kwnames ? kwnames.length : 0);
  if (npos === 3) {
    // type(name, bases, ns): type_new, or the most derived metaclass of the bases when it is not type.
    const bases = args[1] instanceof PyTupleObject ? args[1].items : [];
    const winner = calculateMetaclass(interp, interp.rt.types.type, bases);
    return winner === interp.rt.types.type ? typeNew(interp, winner, args, kwnames) : callAny(interp, winner, args, kwnames);
  }
  if (npos !== 1 || (kwnames && kwnames.length)) interp.typeError('type() takes 1 or 3 arguments');
  const t = args[0].type;
  interp.rt.heap.incref(t);
  return t;
};

/** Registers the built-in types' constructors and names them in builtins. */
export function installTypeConstructors(interp: Interp): void {
  const t = interp.rt.types;
  const entries: [PyTypeObject, TypeCall][] = [
    [t.int, intCall], [t.float, floatCall], [t.str, strCall], [t.bool, boolCall], [t.list, listCall],
    [t.tuple, tupleCall], [t.range, rangeCall], [t.type, typeCall],
  ];
  for (const [type, call] of entries) {
    interp.typeCalls.set(type, call);
    interp.builtins.set(type.name, type);
  }
  interp.builtins.set('object', t.object);
  for (const [name, exc] of interp.rt.exceptions) interp.builtins.set(name, exc);
  // The old names of OSError (PEP 3151): the same class.
  for (const alias of ['EnvironmentError', 'IOError']) interp.builtins.set(alias, interp.excType('OSError'));
  interp.builtins.set('None', interp.rt.None);
  // The NotImplemented singleton (_Py_NotImplementedStruct), what rich comparisons return to defer.
  const notImplementedType = interp.rt.staticType({
    name: 'NotImplementedType', basicsize: 16, flags: 0, dealloc: () => { throw new Error('deallocating NotImplemented'); },
  });
  interp.builtins.set('NotImplemented', interp.rt.staticObject(new PyObject(notImplementedType, interp.rt.heap.staticAddress(16))));
  // The Ellipsis singleton (_Py_EllipsisObject): `...` in `Tuple[int, ...]`, `Callable[..., T]`, stub bodies.
  const ellipsisType = interp.rt.staticType({
    name: 'ellipsis', basicsize: 16, flags: 0, dealloc: () => { throw new Error('deallocating Ellipsis'); },
  });
  interp.builtins.set('Ellipsis', interp.rt.staticObject(new PyObject(ellipsisType, interp.rt.heap.staticAddress(16))));
  interp.builtins.set('True', interp.rt.True);
  interp.builtins.set('False', interp.rt.False);
}

/** Used by `list()` for objects that are not sized sequences. */
export function isSized(o: PyObject): boolean {
  return o instanceof PyListObject || o instanceof PyTupleObject || o instanceof PyRangeObject || o instanceof PyUnicodeObject;
}

/**
 * Making bytes and bytearrays: `bytes(...)` / `bytearray(...)` (bytes_new, bytearray___init__),
 * `str.encode`, `int.to_bytes` / `int.from_bytes`, and the installation of both types in builtins.
 * `bytes(n)` is a fresh calloc'ed block; content-made bytes of 0 or 1 byte are the singletons; an
 * exact bytes passed to `bytes()` is itself. A bytearray from a buffer, list or tuple is sized by
 * one exact resize; from any other iterable it grows one append at a time.
 */
import { subclassResult } from './subclassResult';
import { byteArrayResize, byteArrayType, newByteArray, type PyByteArrayObject } from '../../engine/objects/byteArrayObject';
import { bytesType, newBytes, newBytesBlock, PyBytesObject } from '../../engine/objects/bytesObject';
import { PyListObject } from '../../engine/objects/listObject';
import { newIntFromSsize, PyLongObject } from '../../engine/objects/longObject';
import type { PyObject } from '../../engine/objects/object';
import { PyTupleObject } from '../../engine/objects/tupleObject';
import { PyUnicodeObject } from '../../engine/objects/unicodeObject';
import { bindArgs, type PySignature } from '../modules/pyArgs';
import type { Interp, TypeCall } from '../runtime/interp';
import { indexValueOrNull, ssizeValue } from './numberIndex';
import type { NativeImpl } from '../vm/callables';
import { installByteArrayMethods, bytesOfInts } from './byteArrayMethods';
import { installBytesMethods } from './bytesMethods';
import { bufferArg, byteArraySetLinear } from './bytesOps';
import { getIter } from './abstract';
import { PyError } from '../runtime/pyError';
import { encodeText } from './codecs';
import { installMemoryView } from './memoryView';
import { clinicKeywordCall } from '../builtins/clinicKwtuple';
import { clinicArgs } from '../builtins/args';

interface Source {
  /** The bytes, or null for no argument. */
  value: Uint8Array | null;
  /** `bytes(n)` / `bytearray(n)`. */
  zeros: boolean;
  /** Built from a list or tuple (or a buffer): sized at once. */
  exact: boolean;
}

export function textArg(interp: Interp, o: PyObject | undefined, fn: string, what: string, dflt: string): string {
  if (o === undefined) return dflt;
  if (!(o instanceof PyUnicodeObject)) return interp.typeError(`${fn}() argument '${what}' must be str, not ${o.type.name}`);
  return o.value;
}

/** What `bytes()` and `bytearray()` make of their arguments. */
function source(interp: Interp, name: 'bytes' | 'bytearray', args: PyObject[], kwnames: string[] | null): Source {
  const [src, enc, errors] = clinicArgs(interp, name, ['source', 'encoding', 'errors'], 0, args, kwnames) as (PyObject | undefined)[];
  if (src === undefined) {
    if (enc !== undefined || errors !== undefined) interp.typeError(enc !== undefined ? 'encoding without a string argument' : 'errors without a string argument');
    return { value: null, zeros: false, exact: true };
  }
  if (src instanceof PyUnicodeObject) {
    if (enc === undefined) interp.typeError('string argument without an encoding');
    const value = encodeText(interp, src.value, textArg(interp, enc, name, 'encoding', 'utf-8'), textArg(interp, errors, name, 'errors', 'strict'));
    return { value, zeros: false, exact: true };
  }
  if (enc !== undefined || errors !== undefined) interp.typeError(enc !== undefined ? 'encoding without a string argument' : 'errors without a string argument');
  const buffer = bufferArg(src);
  if (buffer) return { value: buffer.slice(), zeros: false, exact: true };
  const count = indexValueOrNull(interp, src);
  if (count !== null) {
    const n = Number(count);
    if (n < 0) interp.raise('ValueError', 'negative count');
    if (n >= 2 ** 63) interp.raise('OverflowError', "cannot fit 'int' into an index-sized integer");
    interp.reserveBytes(n);
    return { value: new Uint8Array(n), zeros: true, exact: true };
  }
  const what = name === 'bytes' ? 'bytes must be in range(0, 256)' : 'byte must be in range(0, 256)';
  const exact = src instanceof PyListObject || src instanceof PyTupleObject;
  // A non-iterable is 'cannot convert', not 'not iterable'.
  try {
    interp.rt.heap.decref(getIter(interp, src));
  } catch (e) {
    if (!(e instanceof PyError) || e.exc.type !== interp.excType('TypeError')) throw e;
    interp.rt.heap.decref(e.exc);
    interp.typeError(`cannot convert '${src.type.name}' object to ${name}`);
  }
  return { value: bytesOfInts(interp, src, what), zeros: false, exact };
}

const bytesCall: TypeCall = (interp, _t, args, kwnames) => {
  const first = args.length === 1 && !kwnames ? args[0] : null;
  // bytes(b) of an exact bytes is b itself.
  if (first instanceof PyBytesObject && first.type === bytesType(interp.rt)) {
    interp.rt.heap.incref(first);
    return first;
  }
  const s = source(interp, 'bytes', args, kwnames);
  if (!s.value) return newBytes(interp.rt, new Uint8Array(0));
  return s.zeros ? newBytesBlock(interp.rt, s.value) : newBytes(interp.rt, s.value);
};

const byteArrayCall: TypeCall = (interp, _t, args, kwnames) => {
  const s = source(interp, 'bytearray', args, kwnames);
  const b = newByteArray(interp.rt);
  fillByteArray(interp, b, s);
  return b;
};

function fillByteArray(interp: Interp, b: PyByteArrayObject, s: Source): void {
  const rt = interp.rt;
  if (!s.value || s.value.length === 0) return;
  if (s.exact) {
    byteArrayResize(rt, b, s.value.length);
  } else {
    // The iterator loop: one append-sized resize per item.
    for (let n = 1; n <= s.value.length; n++) byteArrayResize(rt, b, n);
  }
  b.buf.set(s.value);
}

/**
 * `bytearray___init__` on an existing bytearray (a subclass's instance, `super().__init__(...)`):
 * emptied first, then filled as `bytearray(...)` fills a new one.
 */
export function byteArrayInit(interp: Interp, b: PyByteArrayObject, args: PyObject[], kwnames: string[] | null): void {
  const s = source(interp, 'bytearray', args, kwnames);
  if (b.size !== 0) byteArraySetLinear(interp, b, 0, b.size, new Uint8Array(0));
  fillByteArray(interp, b, s);
}

const ENCODE_SIG: PySignature = { qualname: 'encode', params: ['encoding', 'errors'], required: 0 };

const encode: NativeImpl = (interp, args, kwnames) => {
  const s = args[0];
  if (!(s instanceof PyUnicodeObject)) return interp.typeError(`descriptor 'encode' for 'str' objects doesn't apply to a '${s.type.name}' object`);
  clinicKeywordCall(interp, 'str.encode', ENCODE_SIG.params, kwnames);
  const [enc, errors] = bindArgs(interp, ENCODE_SIG, args.slice(1), kwnames);
  const value = encodeText(interp, s.value, textArg(interp, enc, 'encode', 'encoding', 'utf-8'), textArg(interp, errors, 'encode', 'errors', 'strict'));
  return newBytes(interp.rt, value);
};

const TO_BYTES_SIG: PySignature = { qualname: 'to_bytes', params: ['length', 'byteorder'], required: 0, kwOnly: ['signed'] };
const FROM_BYTES_SIG: PySignature = { qualname: 'from_bytes', params: ['bytes', 'byteorder'], required: 1, kwOnly: ['signed'] };

function byteOrder(interp: Interp, o: PyObject | undefined, fn: string): 'big' | 'little' {
  const v = textArg(interp, o, fn, 'byteorder', 'big');
  if (v !== 'big' && v !== 'little') interp.raise('ValueError', "byteorder must be either 'little' or 'big'");
  return v;
}

const toBytes: NativeImpl = (interp, args, kwnames) => {
  const self = args[0] as PyLongObject;
  clinicKeywordCall(interp, 'int.to_bytes', ['length', 'byteorder', 'signed'], kwnames);
  const [lengthArg, orderArg, signedArg] = bindArgs(interp, TO_BYTES_SIG, args.slice(1), kwnames);
  const length = lengthArg === undefined ? 1 : ssizeValue(interp, lengthArg);
  const order = byteOrder(interp, orderArg, 'to_bytes');
  const signed = signedArg !== undefined && signedArg !== interp.rt.False && !(signedArg instanceof PyLongObject && Number(signedArg.value) === 0);
  if (length < 0) interp.raise('ValueError', 'length argument must be non-negative');
  let v = BigInt(self.value);
  if (v < 0n && !signed) interp.raise('OverflowError', "can't convert negative int to unsigned");
  const bits = BigInt(length * 8);
  const fits = signed ? v >= -(1n << (bits - 1n)) && v < 1n << (bits - 1n) : v < 1n << bits;
  if (!fits || (signed && length === 0 && v !== 0n)) interp.raise('OverflowError', 'int too big to convert');
  if (v < 0n) v += 1n << bits;
  const out = new Uint8Array(length);
  for (let i = 0; i < length; i++) {
    out[order === 'big' ? length - 1 - i : i] = Number(v & 0xffn);
    v >>= 8n;
  }
  // _PyLong_AsByteArray fills a PyBytes_FromStringAndSize(NULL, length): a fresh block.
  return newBytesBlock(interp.rt, out);
};

const fromBytes: NativeImpl = (interp, args, kwnames) => {
  clinicKeywordCall(interp, 'int.from_bytes', ['bytes', 'byteorder', 'signed'], kwnames);
  const [src, orderArg, signedArg] = bindArgs(interp, FROM_BYTES_SIG, args.slice(1), kwnames);
  const order = byteOrder(interp, orderArg, 'from_bytes');
  const signed = signedArg !== undefined && signedArg !== interp.rt.False && !(signedArg instanceof PyLongObject && Number(signedArg.value) === 0);
  const s = src as PyObject;
  let data = bufferArg(s);
  if (!data) {
    if (s instanceof PyUnicodeObject || s instanceof PyLongObject) interp.typeError(`cannot convert '${s.type.name}' object to bytes`);
    data = bytesOfInts(interp, s, 'bytes must be in range(0, 256)');
  }
  let v = 0n;
  for (let i = 0; i < data.length; i++) v = (v << 8n) | BigInt(data[order === 'big' ? i : data.length - 1 - i]);
  if (signed && data.length > 0 && v >= 1n << BigInt(data.length * 8 - 1)) v -= 1n << BigInt(data.length * 8);
  return newIntFromSsize(interp.rt, Number.isSafeInteger(Number(v)) ? Number(v) : v);
};

/** Registers bytes and bytearray in builtins with their methods, `str.encode` and int's byte conversions. */
export function installBytesTypes(interp: Interp): void {
  const rt = interp.rt;
  for (const [t, call] of [[bytesType(rt), bytesCall], [byteArrayType(rt), byteArrayCall]] as const) {
    interp.typeCalls.set(t, call);
    interp.builtins.set(t.name, t);
  }
  installBytesMethods(interp);
  installByteArrayMethods(interp);
  installMemoryView(interp);
  interp.methods.define(rt.types.str, 'encode', encode);
  interp.methods.define(rt.types.int, 'to_bytes', toBytes);
  interp.methods.defineClassMethod(rt.types.int, 'from_bytes', subclassResult(rt.types.int, fromBytes));
}

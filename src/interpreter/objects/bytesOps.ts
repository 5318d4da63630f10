/**
 * The abstract layer's cases for `bytes` and `bytearray` (Objects/bytesobject.c,
 * bytearrayobject.c): concatenation and repetition with CPython's shortcuts (an exact bytes
 * returned as is for `+ b''` and `* 1`), in-place growth of a bytearray through
 * `PyByteArray_Resize`, comparison, length, iteration, indexing (ints), slicing, item assignment
 * and deletion, containment and repr. abstract.ts calls in here; each function returns
 * `undefined` (or false) when the object is not one of them.
 */
import { PyByteArrayObject, byteArrayDropFront, byteArrayResize, newByteArrayFrom } from '../../engine/objects/byteArrayObject';
import { newBytes, newBytesBlock, PyBytesObject, bytesType } from '../../engine/objects/bytesObject';
import { type PyLazyIterObject, newLazyIter } from '../../engine/objects/lazyIterObjects';
import { newInt, PyLongObject } from '../../engine/objects/longObject';
import type { PyObject } from '../../engine/objects/object';
import { PySliceObject } from '../../engine/objects/sliceObject';
import type { Interp } from '../runtime/interp';
import { indexValue, indexValueOrNull } from './numberIndex';
import { PyNativeObject } from '../modules/nativeObject';
import { sliceIndices } from './slicing';
import { hasSequenceTable } from './sequenceTable';
import { PyListObject } from '../../engine/objects/listObject';
import { PyTupleObject } from '../../engine/objects/tupleObject';
import { PyUnicodeObject } from '../../engine/objects/unicodeObject';
import { viewData, viewEquals, viewSetItem, viewSubscript } from './memoryView';

/** The bytes of a bytes-like object (bytes, bytearray), or null (`PyObject_GetBuffer`). */
export function bufferOf(o: PyObject): Uint8Array | null {
  if (o instanceof PyBytesObject) return o.value;
  if (o instanceof PyByteArrayObject) return o.value;
  return null;
}

/** The bytes of any buffer argument: a bytes, a bytearray or a live memoryview's view (a copy). */
export function bufferArg(o: PyObject): Uint8Array | null {
  return bufferOf(o) ?? viewData(o) ?? (o instanceof PyNativeObject && o.buffer ? o.buffer().slice() : null);
}

/** Whether `o` is a bytes or bytearray. */
export function isBytesLike(o: PyObject): boolean {
  return o instanceof PyBytesObject || o instanceof PyByteArrayObject;
}

/** The buffer of `o` or TypeError `a bytes-like object is required, not 'T'`. */
export function requireBuffer(interp: Interp, o: PyObject): Uint8Array {
  return bufferOf(o) ?? interp.typeError(`a bytes-like object is required, not '${o.type.name}'`);
}

/**
 * A new bytes or bytearray (the type of `like`) holding `value` (new reference). A bytes is
 * `PyBytes_FromStringAndSize(data, n)` (0 or 1 byte: the singletons), or with `fresh` the
 * `PyBytes_FromStringAndSize(NULL, n)` CPython fills afterwards (a new block even for one byte).
 */
export function newLike(interp: Interp, like: PyObject, value: Uint8Array, fresh = false): PyObject {
  if (like instanceof PyByteArrayObject) return newByteArrayFrom(interp.rt, value);
  return fresh ? newBytesBlock(interp.rt, value) : newBytes(interp.rt, value);
}

/** One byte value from an int (`_getbytevalue`): ValueError outside 0..255. */
export function byteValue(interp: Interp, o: PyObject, what = 'byte must be in range(0, 256)'): number {
  const v = Number(indexValue(interp, o));
  if (v < 0 || v > 255) interp.raise('ValueError', what);
  return v;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

function repeat(a: Uint8Array, n: number): Uint8Array {
  const out = new Uint8Array(a.length * Math.max(n, 0));
  for (let i = 0; i < n; i++) out.set(a, i * a.length);
  return out;
}

/**
 * The size checks before a repeat's JS storage is built: `bytes_repeat` answers OverflowError
 * "repeated bytes are too long" when `size * n` does not fit a Py_ssize_t, `bytearray_repeat`
 * MemoryError; then the allocation itself fails past the memory ceiling.
 */
function reserveRepeat(interp: Interp, seq: PyObject, size: number, n: number): void {
  if (size === 0 || n <= 0) return;
  if (size * n >= 2 ** 63) {
    if (seq instanceof PyByteArrayObject) interp.noMemory();
    interp.raise('OverflowError', 'repeated bytes are too long');
  }
  interp.reserveBytes(size * n);
}

function repeatCount(interp: Interp, o: PyObject): number | null {
  const v = indexValueOrNull(interp, o);
  if (v === null) return null;
  // PyNumber_AsSsize_t(n, PyExc_OverflowError): only a count past a Py_ssize_t overflows.
  const big = BigInt(v);
  if (big > 2n ** 63n - 1n || big < -(2n ** 63n)) interp.raise('OverflowError', 'cannot fit \'int\' into an index-sized integer');
  return Number(v);
}

/** `+`, `*`, `+=`, `*=` on bytes and bytearrays (`%` lives in bytesFormat); undefined when not ours. */
export function bytesBinaryOp(interp: Interp, nb: number, a: PyObject, b: PyObject): PyObject | undefined {
  const rt = interp.rt;
  const inPlace = nb >= 13;
  const op = inPlace ? nb - 13 : nb;
  if (op === 0 && isBytesLike(a)) {
    const vb = bufferArg(b);
    if (!vb) return interp.typeError(`can't concat ${b.type.name} to ${a.type.name}`);
    if (inPlace && a instanceof PyByteArrayObject) {
      // bytearray_iconcat: one resize, then the copy.
      if (a.exports > 0) interp.raise('BufferError', 'Existing exports of data: object cannot be re-sized');
      const size = a.size;
      const copy = vb.slice();
      byteArrayResize(rt, a, size + copy.length);
      a.buf.set(copy, size);
      rt.heap.incref(a);
      return a;
    }
    const va = bufferOf(a) as Uint8Array;
    if (a instanceof PyBytesObject && a.type === bytesType(rt)) {
      // bytes_concat: an exact bytes plus nothing is itself, nothing plus an exact bytes is that.
      if (vb.length === 0) { rt.heap.incref(a); return a; }
      if (va.length === 0 && b instanceof PyBytesObject) { rt.heap.incref(b); return b; }
    }
    return newLike(interp, a, concat(va, vb), true);
  }
  if (op === 5) {
    // PyNumber_Multiply repeats the left operand when it is a sequence (`(1,) * b'x'` complains
    // about the bytes); `a *= b'x'` repeats the bytes only when `a` has no sequence table.
    const rightRepeats = isBytesLike(b) && !(inPlace ? hasSequenceTable(a) : a instanceof PyUnicodeObject || a instanceof PyListObject || a instanceof PyTupleObject);
    const [seq, count] = isBytesLike(a) ? [a, b] : rightRepeats ? [b, a] : [null, null];
    if (!seq || !count) return undefined;
    const n = repeatCount(interp, count);
    if (n === null) return interp.typeError(`can't multiply sequence by non-int of type '${count.type.name}'`);
    const v = bufferOf(seq) as Uint8Array;
    reserveRepeat(interp, seq, v.length, n);
    if (inPlace && seq instanceof PyByteArrayObject) {
      const copy = repeat(v.slice(), n);
      byteArrayResize(rt, seq, copy.length);
      seq.buf.set(copy);
      rt.heap.incref(seq);
      return seq;
    }
    if (seq instanceof PyBytesObject && seq.type === bytesType(rt) && n === 1) { rt.heap.incref(seq); return seq; }
    return newLike(interp, seq, repeat(v, n), true);
  }
  return undefined;
}

/** `len()` of a bytes or bytearray. */
export function bytesLength(o: PyObject): number | undefined {
  return bufferOf(o)?.length;
}

function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return a.length - b.length;
}

/** `==` between bytes-like objects (bytes == bytearray compares contents); undefined otherwise. */
export function bytesEquals(a: PyObject, b: PyObject): boolean | undefined {
  const views = viewEquals(a, b);
  if (views !== undefined) return views;
  const va = bufferArg(a);
  const vb = bufferArg(b);
  if (!va || !vb) return undefined;
  return va.length === vb.length && compareBytes(va, vb) === 0;
}

/** Ordering of two bytes-like objects; undefined when either is not one. */
export function bytesOrder(a: PyObject, b: PyObject): number | undefined {
  const va = bufferOf(a);
  const vb = bufferOf(b);
  if (!va || !vb) return undefined;
  return compareBytes(va, vb);
}

/** `iter(bytes)` / `iter(bytearray)`: a bytes_iterator (48 bytes with its GC head). */
export function bytesIter(interp: Interp, o: PyObject): PyObject | undefined {
  if (!isBytesLike(o)) return undefined;
  const it = newLazyIter(interp.rt, o instanceof PyByteArrayObject ? 'bytearray_iterator' : 'bytes_iterator');
  interp.rt.heap.incref(o);
  it.source = o;
  return it;
}

/** `next()` of a bytes_iterator: the next int, or null when exhausted (the sequence dropped). */
export function bytesIterNext(interp: Interp, it: PyLazyIterObject): PyObject | null {
  const seq = it.source;
  const v = seq ? bufferOf(seq) : null;
  if (!seq || !v) return null;
  if (it.index < v.length) return newInt(interp.rt, v[it.index++]);
  it.source = null;
  interp.rt.heap.decref(seq);
  return null;
}

function index(interp: Interp, o: PyObject, key: PyObject, n: number): number {
  const v = indexValueOrNull(interp, key);
  if (v === null) return interp.typeError(`${o.type.name} indices must be integers or slices, not ${key.type.name}`);
  let i = Number(v);
  if (i < 0) i += n;
  if (i < 0 || i >= n) interp.raise('IndexError', o instanceof PyByteArrayObject ? 'bytearray index out of range' : 'index out of range');
  return i;
}

function pick(v: Uint8Array, start: number, step: number, count: number): Uint8Array {
  if (step === 1) return v.slice(start, start + count);
  const out = new Uint8Array(count);
  for (let i = 0, k = start; i < count; i++, k += step) out[i] = v[k];
  return out;
}

/** `b[i]` (an int) and `b[slice]` (a bytes, or bytearray); undefined when not ours. */
export function bytesSubscript(interp: Interp, o: PyObject, key: PyObject): PyObject | undefined {
  const v = bufferOf(o);
  if (!v) return viewSubscript(interp, o, key);
  const rt = interp.rt;
  if (key instanceof PySliceObject) {
    const r = sliceIndices(interp, key, v.length);
    if (o instanceof PyBytesObject && o.type === bytesType(rt) && r.step === 1 && r.count === v.length) { rt.heap.incref(o); return o; }
    return newLike(interp, o, pick(v, r.start, r.step, r.count), r.step !== 1);
  }
  return newInt(rt, v[index(interp, o, key, v.length)]);
}

/**
 * `bytearray_setslice_linear(lo, hi, bytes)`: the size changes by one resize. Deleting from the
 * front only advances the logical start before the resize.
 */
export function byteArraySetLinear(interp: Interp, b: PyByteArrayObject, lo: number, hi: number, bytes: Uint8Array): void {
  const rt = interp.rt;
  if (b.exports > 0 && bytes.length !== hi - lo) interp.raise('BufferError', 'Existing exports of data: object cannot be re-sized');
  const size = b.size;
  const growth = bytes.length - (hi - lo);
  if (growth < 0 && lo === 0) {
    byteArrayDropFront(rt, b, -growth);
    b.buf.set(bytes, 0);
    return;
  }
  const tail = b.buf.slice(hi, size);
  if (growth !== 0) byteArrayResize(rt, b, size + growth);
  b.buf.set(bytes, lo);
  b.buf.set(tail, lo + bytes.length);
}

function valuesOf(interp: Interp, value: PyObject): Uint8Array {
  const v = bufferArg(value);
  if (v) return v.slice();
  if (value instanceof PyLongObject) return interp.typeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)");
  return interp.typeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)");
}

/** `b[i] = x` and `b[slice] = bytes` on a bytearray; false when not ours. */
export function bytesSetItem(interp: Interp, o: PyObject, key: PyObject, value: PyObject): boolean {
  if (!(o instanceof PyByteArrayObject)) return viewSetItem(interp, o, key, value);
  if (key instanceof PySliceObject) {
    const r = sliceIndices(interp, key, o.size);
    const bytes = valuesOf(interp, value);
    if (r.step === 1) {
      byteArraySetLinear(interp, o, r.start, Math.max(r.start, r.stop), bytes);
      return true;
    }
    if (bytes.length !== r.count) interp.raise('ValueError', `attempt to assign bytes of size ${bytes.length} to extended slice of size ${r.count}`);
    for (let i = 0, k = r.start; i < r.count; i++, k += r.step) o.buf[k] = bytes[i];
    return true;
  }
  const i = index(interp, o, key, o.size);
  o.buf[i] = byteValue(interp, value);
  return true;
}

/** `del b[i]` / `del b[slice]` on a bytearray; false when not ours. */
export function bytesDelItem(interp: Interp, o: PyObject, key: PyObject): boolean {
  if (!(o instanceof PyByteArrayObject)) return false;
  if (key instanceof PySliceObject) {
    const r = sliceIndices(interp, key, o.size);
    if (r.step === 1 || r.count <= 1) {
      if (r.count > 0) byteArraySetLinear(interp, o, r.start, r.start + r.count, new Uint8Array(0));
      return true;
    }
    // An extended slice: the kept bytes close up, then one resize.
    const drop = new Set<number>();
    for (let i = 0, k = r.start; i < r.count; i++, k += r.step) drop.add(k);
    const kept = o.value.filter((_, k) => !drop.has(k));
    o.buf.set(kept);
    byteArrayResize(interp.rt, o, kept.length);
    return true;
  }
  const i = index(interp, o, key, o.size);
  byteArraySetLinear(interp, o, i, i + 1, new Uint8Array(0));
  return true;
}

/** Index of `needle` in `hay` from `from`, or -1. */
export function findBytes(hay: Uint8Array, needle: Uint8Array, from = 0, to = hay.length): number {
  outer: for (let i = from; i + needle.length <= to; i++) {
    for (let j = 0; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

/** `x in b`: an int byte value, or a bytes-like subsequence; undefined when not ours. */
export function bytesContains(interp: Interp, o: PyObject, item: PyObject): boolean | undefined {
  const v = bufferOf(o);
  if (!v) return undefined;
  if (item instanceof PyLongObject) return v.includes(byteValue(interp, item));
  const needle = bufferArg(item);
  if (!needle) return interp.typeError(`a bytes-like object is required, not '${item.type.name}'`);
  return findBytes(v, needle) >= 0;
}

/**
 * `bytes_repr` / `bytearray_repr`: single quotes unless the bytes hold a `'` and no `"`;
 * `\t \n \r`, `\xNN` below 0x20 and from 0x7f. A bytes escapes its quote; a bytearray always
 * escapes `'` (its repr builds on the same loop with a fixed test).
 */
export function bytesRepr(o: PyObject): string | undefined {
  const v = bufferOf(o);
  if (!v) return undefined;
  const bytearray = o instanceof PyByteArrayObject;
  const body = bytesLiteral(v, bytearray);
  // bytearray_repr: `%s(%s)` with the type's tp_name, so `B(b'..')` for a subclass.
  return bytearray ? `${o.type.name}(${body})` : body;
}

/** The `b'...'` literal of `v` (`bytes_repr`'s loop; a bytearray always escapes `'`). */
export function bytesLiteral(v: Uint8Array, bytearray = false): string {
  const quote = v.includes(0x27) && !v.includes(0x22) ? '"' : "'";
  let out = '';
  for (const c of v) {
    if (c === 0x5c || (bytearray ? c === 0x27 : String.fromCharCode(c) === quote)) out += '\\' + String.fromCharCode(c);
    else if (c === 0x09) out += '\\t';
    else if (c === 0x0a) out += '\\n';
    else if (c === 0x0d) out += '\\r';
    else if (c < 0x20 || c >= 0x7f) out += `\\x${c.toString(16).padStart(2, '0')}`;
    else out += String.fromCharCode(c);
  }
  return `b${quote}${out}${quote}`;
}

/** The bytes as a latin-1 JS string (one char per byte). */
export function latin1Text(v: Uint8Array): string {
  let s = '';
  for (let i = 0; i < v.length; i += 4096) s += String.fromCharCode(...v.subarray(i, i + 4096));
  return s;
}

/** A bytes from a latin-1 JS string (each char code is one byte). */
export function latin1Bytes(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

/** `bytes(n)`: n zero bytes in a fresh block (no one-byte singleton). */
export function zeroBytes(interp: Interp, n: number): PyObject {
  return newBytesBlock(interp.rt, new Uint8Array(n));
}

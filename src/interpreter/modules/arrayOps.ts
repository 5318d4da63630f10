/**
 * `array.array`'s constructor (`array_new`) and the slots the abstract layer calls: `len`,
 * `a[i]`, slices (a new array of exactly the slice's items), item and slice assignment and
 * deletion (`array_ass_subscr`, resizing by `array_resize`), `+`, `*`, `+=`, `*=`, comparisons
 * (`array_richcompare`), `repr` and iteration (a 56-byte `array.arrayiterator`).
 */
import { PyByteArrayObject } from '../../engine/objects/byteArrayObject';
import { PyBytesObject } from '../../engine/objects/bytesObject';
import { newList, PyListObject } from '../../engine/objects/listObject';
import { newInt, PyLongObject } from '../../engine/objects/longObject';
import type { PyObject } from '../../engine/objects/object';
import { PySliceObject } from '../../engine/objects/sliceObject';
import type { PyTypeObject } from '../../engine/objects/typeObject';
import { PyTupleObject } from '../../engine/objects/tupleObject';
import { newStr, PyUnicodeObject } from '../../engine/objects/unicodeObject';
import { getIter, iterNext, normalizeIndex } from '../objects/abstract';
import { compare as compareObjects, equals } from '../objects/richCompare';
import { repeatCount } from '../objects/sequenceRepeat';
import { reprOf } from '../objects/repr';
import { sliceIndices } from '../objects/slicing';
import type { FoundAttr } from '../objects/typeLookup';
import type { Interp } from '../runtime/interp';
import { arrayResize, arrayType, convertItem, findDescr, itemObject, newArray, PyArrayObject, type ArrayDescr, type ArrayItem } from './arrayObject';
import { newNativeObject, nativeType } from './nativeObject';
import { bindArgs } from './pyArgs';

/** A new array of `type` with `size` zero items and its slots attached. */
export function makeArray(interp: Interp, type: PyTypeObject, descr: ArrayDescr, size: number): PyArrayObject {
  return newArray(interp, type, descr, size, (a) => attachSlots(a));
}

/** `ins1(self, where, v)`: checks `v`, grows by one and stores it at `where` (already clamped). */
export function insertItem(interp: Interp, a: PyArrayObject, where: number, v: PyObject): void {
  const x = convertItem(interp, a.descr, v);
  const n = a.count;
  arrayResize(interp, a, n + 1);
  const size = a.descr.itemsize;
  a.bytes.copyWithin((where + 1) * size, where * size, n * size);
  a.put(where, x);
}

/** `array_iter_extend`: appends each item of `iterable` (an `ins1` each). */
export function extendFromIterable(interp: Interp, a: PyArrayObject, iterable: PyObject): void {
  const heap = interp.rt.heap;
  const it = getIter(interp, iterable);
  try {
    for (let v = iterNext(interp, it); v; v = iterNext(interp, it)) {
      try {
        insertItem(interp, a, a.count, v);
      } finally {
        heap.decref(v);
      }
    }
  } finally {
    heap.decref(it);
  }
}

/** `array_do_extend` with another array: same typecode, one resize, a copy of its bytes. */
export function extendFromArray(interp: Interp, a: PyArrayObject, b: PyArrayObject): void {
  if (a.descr !== b.descr) interp.typeError('can only extend with array of same kind');
  const bytes = b.data().slice();
  const n = a.count;
  arrayResize(interp, a, n + b.count);
  a.bytes.set(bytes, n * a.descr.itemsize);
}

/** `array_array_frombytes`: whole items from a buffer, one resize. */
export function extendFromBytes(interp: Interp, a: PyArrayObject, value: Uint8Array): void {
  const size = a.descr.itemsize;
  if (value.length % size !== 0) interp.raise('ValueError', 'bytes length not a multiple of item size');
  const n = value.length / size;
  if (n === 0) return;
  const old = a.count;
  const copy = value.slice();
  arrayResize(interp, a, old + n);
  a.bytes.set(copy, old * size);
}

/** Deletes items `[lo, hi)` (`array_del_slice`): the tail moves down, then the resize. */
export function deleteRange(interp: Interp, a: PyArrayObject, lo: number, hi: number): void {
  const size = a.descr.itemsize;
  a.bytes.copyWithin(lo * size, hi * size, a.count * size);
  arrayResize(interp, a, a.count - (hi - lo));
}

/** `array_new`: `array(typecode[, initializer])`. */
export function arrayNew(interp: Interp, type: PyTypeObject, args: PyObject[], kwnames: string[] | null): PyObject {
  if (kwnames && kwnames.length > 0) interp.typeError('array.array() takes no keyword arguments');
  const [code, initial] = bindArgs(interp, { qualname: 'array', params: ['typecode', 'initializer'], required: 1 }, args, null);
  if (!(code instanceof PyUnicodeObject) || code.length !== 1) {
    return interp.typeError(`array() argument 1 must be a unicode character, not ${code?.type.name}`);
  }
  const c = code.value;
  const minor = interp.rt.profile.versionInfo[1];
  const isChar = c === 'u' || (c === 'w' && minor >= 13);
  if (initial && !isChar) {
    if (initial instanceof PyUnicodeObject) interp.typeError(`cannot use a str to initialize an array with typecode '${c}'`);
    if (initial instanceof PyArrayObject && initial.descr.kind === 'char') interp.typeError(`cannot use a unicode array to initialize an array with typecode '${c}'`);
  }
  const descr = findDescr(c, minor);
  // The message lists the 3.11 typecodes on every version (3.13's 'w' is not named).
  if (!descr) return interp.raise('ValueError', 'bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)');
  if (initial instanceof PyListObject || initial instanceof PyTupleObject) {
    const items = [...initial.items];
    const a = makeArray(interp, type, descr, items.length);
    try {
      items.forEach((v, k) => a.put(k, convertItem(interp, descr, v)));
    } catch (e) {
      interp.rt.heap.decref(a);
      throw e;
    }
    return a;
  }
  if (initial instanceof PyArrayObject && initial.descr === descr) {
    const a = makeArray(interp, type, descr, initial.count);
    a.bytes.set(initial.data());
    return a;
  }
  if (isChar && initial instanceof PyUnicodeObject) {
    const chars = Array.from(initial.value);
    const a = makeArray(interp, type, descr, chars.length);
    chars.forEach((ch, k) => a.put(k, ch));
    return a;
  }
  const a = makeArray(interp, type, descr, 0);
  try {
    if (initial instanceof PyBytesObject || initial instanceof PyByteArrayObject) extendFromBytes(interp, a, initial.value);
    else if (initial && initial !== interp.rt.None) extendFromIterable(interp, a, initial);
  } catch (e) {
    interp.rt.heap.decref(a);
    throw e;
  }
  return a;
}

function sameKind(interp: Interp, a: PyArrayObject, other: PyObject, what: string): PyArrayObject {
  if (!(other instanceof PyArrayObject)) return interp.typeError(`can only ${what} array (not "${other.type.name}") to array${what === 'assign' ? ' slice' : ''}`);
  if (other.descr !== a.descr) interp.typeError('bad argument type for built-in operation');
  return other;
}

/** A new array holding `items` of `a` (copied). */
function arrayOf(interp: Interp, a: PyArrayObject, count: number, fill: (b: PyArrayObject) => void): PyArrayObject {
  const b = makeArray(interp, arrayType(interp), a.descr, count);
  fill(b);
  return b;
}

function subscript(interp: Interp, a: PyArrayObject, key: PyObject): PyObject {
  if (key instanceof PySliceObject) {
    const r = sliceIndices(interp, key, a.count);
    return arrayOf(interp, a, r.count, (b) => {
      for (let k = 0, at = r.start; k < r.count; k++, at += r.step) b.put(k, a.get(at));
    });
  }
  if (!(key instanceof PyLongObject)) return interp.typeError('array indices must be integers');
  return itemObject(interp, a, normalizeIndex(interp, key, a.count, 'array'));
}

function assign(interp: Interp, a: PyArrayObject, key: PyObject, value: PyObject | null): void {
  if (key instanceof PyLongObject) {
    let k = Number(key.value);
    if (k < 0) k += a.count;
    if (k < 0 || k >= a.count) interp.raise('IndexError', 'array assignment index out of range');
    if (value) a.put(k, convertItem(interp, a.descr, value));
    else deleteRange(interp, a, k, k + 1);
    return;
  }
  if (!(key instanceof PySliceObject)) return interp.typeError('array indices must be integers');
  const r = sliceIndices(interp, key, a.count);
  const other = value ? sameKind(interp, a, value, 'assign') : null;
  const items: ArrayItem[] = [];
  if (other) for (let k = 0; k < other.count; k++) items.push(other.get(k));
  const size = a.descr.itemsize;
  if (r.step === 1 || (!other && r.count === 0)) {
    const lo = r.start;
    const hi = Math.max(r.start, r.stop);
    const needed = items.length;
    const n = a.count;
    if (hi - lo > needed) {
      a.bytes.copyWithin((lo + needed) * size, hi * size, n * size);
      arrayResize(interp, a, n - (hi - lo - needed));
    } else if (hi - lo < needed) {
      arrayResize(interp, a, n + needed - (hi - lo));
      a.bytes.copyWithin((lo + needed) * size, hi * size, n * size);
    }
    items.forEach((x, k) => a.put(lo + k, x));
    return;
  }
  if (!other) {
    // Extended-slice deletion: the kept items close up, then one resize.
    const drop = new Set<number>();
    for (let k = 0, at = r.start; k < r.count; k++, at += r.step) drop.add(at);
    const kept: ArrayItem[] = [];
    for (let k = 0; k < a.count; k++) if (!drop.has(k)) kept.push(a.get(k));
    kept.forEach((x, k) => a.put(k, x));
    arrayResize(interp, a, kept.length);
    return;
  }
  if (items.length !== r.count) interp.raise('ValueError', `attempt to assign array of size ${items.length} to extended slice of size ${r.count}`);
  for (let k = 0, at = r.start; k < r.count; k++, at += r.step) a.put(at, items[k]);
}

function binary(interp: Interp, a: PyArrayObject, nb: number, other: PyObject, reflected: boolean): PyObject | undefined {
  const heap = interp.rt.heap;
  if (nb === 0 && !reflected) {
    const b = sameKind(interp, a, other, 'append');
    return arrayOf(interp, a, a.count + b.count, (c) => { c.bytes.set(a.data()); c.bytes.set(b.data(), a.data().length); });
  }
  if (nb === 13) {
    if (!(other instanceof PyArrayObject)) return interp.typeError(`can only extend array with array (not "${other.type.name}")`);
    extendFromArray(interp, a, other);
    heap.incref(a);
    return a;
  }
  if (nb === 5 || nb === 18) {
    if (!(other instanceof PyLongObject)) return interp.typeError(`can't multiply sequence by non-int of type '${other.type.name}'`);
    const n = repeatCount(interp, other.value);
    const data = a.data().slice();
    if (nb === 5) return arrayOf(interp, a, a.count * n, (c) => { for (let k = 0; k < n; k++) c.bytes.set(data, k * data.length); });
    if (a.count > 0) {
      arrayResize(interp, a, a.count * n);
      for (let k = 1; k < n; k++) a.bytes.set(data, k * data.length);
    }
    heap.incref(a);
    return a;
  }
  return undefined;
}

function order(x: ArrayItem, y: ArrayItem): number {
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * `array_richcompare`: the first differing items decide, else the sizes. Arrays of one typecode
 * compare their items in place (`compareitems`); otherwise each pair is read as objects
 * (`getarrayitem`, allocating floats and large ints as CPython does) and compared.
 */
function compare(interp: Interp, a: PyArrayObject, op: number, other: PyObject): boolean | undefined {
  if (!(other instanceof PyArrayObject)) return undefined;
  if (a.count !== other.count && (op === 2 || op === 3)) return op === 3;
  const n = Math.min(a.count, other.count);
  const heap = interp.rt.heap;
  for (let k = 0; k < n; k++) {
    if (a.descr === other.descr) {
      const c = order(a.get(k), other.get(k));
      if (c !== 0) return outcome(op, c);
      continue;
    }
    const x = itemObject(interp, a, k);
    const y = itemObject(interp, other, k);
    try {
      if (!equals(interp, x, y)) return op === 2 ? false : op === 3 ? true : compareObjects(interp, op, x, y);
    } finally {
      heap.decref(x);
      heap.decref(y);
    }
  }
  return outcome(op, a.count - other.count);
}

function outcome(op: number, c: number): boolean {
  return [c < 0, c <= 0, c === 0, c !== 0, c > 0, c >= 0][op];
}

function repr(interp: Interp, a: PyArrayObject): string {
  const code = a.descr.code;
  if (a.count === 0) return `${a.type.name}('${code}')`;
  if (a.descr.kind === 'char') {
    let s = '';
    for (let k = 0; k < a.count; k++) s += a.get(k) as string;
    const str = newStr(interp.rt, s);
    try {
      return `${a.type.name}('${code}', ${reprOf(interp, str)})`;
    } finally {
      interp.rt.heap.decref(str);
    }
  }
  const list = toList(interp, a);
  try {
    return `${a.type.name}('${code}', ${reprOf(interp, list)})`;
  } finally {
    interp.rt.heap.decref(list);
  }
}

/** `array.tolist()`: a new list of exactly the items. */
export function toList(interp: Interp, a: PyArrayObject): PyObject {
  const items: PyObject[] = [];
  for (let k = 0; k < a.count; k++) items.push(itemObject(interp, a, k));
  return newList(interp.rt, items);
}

function iterator(interp: Interp, a: PyArrayObject): PyObject {
  interp.rt.heap.incref(a);
  const it = newNativeObject(interp, nativeType(interp, 'array.arrayiterator', 56), [a]);
  let index = 0;
  it.next = (i) => {
    if (!it.refs[0] || index >= a.count) {
      const held = it.refs[0];
      it.refs[0] = null;
      i.rt.heap.xdecref(held);
      return null;
    }
    return itemObject(i, a, index++);
  };
  return it;
}

/** `a.typecode` and `a.itemsize`. */
function getAttr(interp: Interp, o: PyArrayObject, name: string): FoundAttr | null {
  if (name === 'typecode') return { value: newStr(interp.rt, o.descr.code), method: false };
  if (name === 'itemsize') return { value: newInt(interp.rt, o.descr.itemsize), method: false };
  return null;
}

function attachSlots(a: PyArrayObject): void {
  a.getAttr = (i, name) => getAttr(i, a, name);
  a.sequence = { length: () => a.count, item: (i, k) => itemObject(i, a, k) };
  a.subscript = (i, key) => subscript(i, a, key);
  a.assign = (i, key, value) => assign(i, a, key, value);
  a.binary = (i, nb, other, reflected) => binary(i, a, nb, other, reflected);
  a.compare = (i, op, other) => compare(i, a, op, other);
  a.repr = (i) => repr(i, a);
  a.iter = (i) => iterator(i, a);
  a.buffer = () => a.data();
  // array_buffer_getbuf: the typecode is the format ('u' and 'w' arrays export their own codes).
  a.bufferExport = { format: a.descr.code, itemsize: a.descr.itemsize, acquire: () => a.exports++, release: () => a.exports-- };
}

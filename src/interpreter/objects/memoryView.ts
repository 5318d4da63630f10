/**
 * `memoryview` over bytes and bytearray (Objects/memoryobject.c): `memoryview(obj)` allocates a
 * managed buffer (`_PyManagedBufferObject`, a 128-byte GC object holding the one reference to
 * obj, and for a bytearray one of its `ob_exports`) and the view (`sys.getsizeof` 160 plus 24
 * bytes of shape, strides and suboffsets per dimension: 184 for one dimension, GC); slicing,
 * `cast()`, `toreadonly()` or `memoryview(view)` add a view on the same managed buffer. The
 * buffer is released (obj's reference dropped, the bytearray resizable again) when its last view
 * is released or dies. Items are unpacked per format (memoryFormats.ts); `cast()` reshapes
 * C-contiguous views to one dimension or from one to several.
 */
import { PyByteArrayObject } from '../../engine/objects/byteArrayObject';
import { newBytes, PyBytesObject } from '../../engine/objects/bytesObject';
import { memoryviewGetsizeof } from '../../engine/objects/layout/miscLayouts';
import { newList, PyListObject } from '../../engine/objects/listObject';
import { newInt, PyLongObject } from '../../engine/objects/longObject';
import type { PyObject } from '../../engine/objects/object';
import { PySliceObject } from '../../engine/objects/sliceObject';
import { newTuple, PyTupleObject } from '../../engine/objects/tupleObject';
import type { PyTypeObject } from '../../engine/objects/typeObject';
import { newStr, PyUnicodeObject } from '../../engine/objects/unicodeObject';
import { hashBytes } from '../../engine/objects/pyHash';
import { newNativeObject, nativeSlots, PyNativeObject } from '../modules/nativeObject';
import { bindArgs, type PySignature } from '../modules/pyArgs';
import { UnsupportedError } from '../runtime/pyError';
import type { Interp } from '../runtime/interp';
import type { NativeImpl } from '../vm/callables';
import { bufferArg, bytesEquals } from './bytesOps';
import { hexText } from './bytesMethods';
import { customHashKeys } from './hashKey';
import { formatItemsize, isByteFormat, itemObject, itemsEqual, type ItemValue, nativeFormatChar, readItem, writeItem } from './memoryFormats';
import { indexValueOrNull } from './numberIndex';
import { sliceIndices } from './slicing';
import { equals } from './richCompare';

/** `sizeof` of a managed buffer with its GC head. */
const MBUF_SIZE = 128;
/** `PyBUF_MAX_NDIM`. */
const MAX_NDIM = 64;

interface ManagedBuffer {
  /** The exporter, until the buffer is released. */
  obj: Exporter | null;
  /** Views not yet released. */
  views: number;
}

/** What a managed buffer holds: bytes, a bytearray, or a native exporter (array.array). */
type Exporter = PyBytesObject | PyByteArrayObject | PyNativeObject;

/** The exporter's bytes as the view reads them (an array's items, valid until it changes). */
function exporterData(obj: Exporter): Uint8Array {
  return obj instanceof PyNativeObject ? (obj.buffer as () => Uint8Array)() : obj.value;
}

/** A view's `Py_buffer`: where its items are in the exporter's bytes and how to read them. */
interface View {
  mbuf: PyNativeObject;
  /** Byte offset of the first item. */
  start: number;
  shape: number[];
  /** Bytes between consecutive items of each dimension. */
  strides: number[];
  /** The format string as given (`'@H'` stays `'@H'`). */
  format: string;
  /** Its native format character. */
  code: string;
  itemsize: number;
  readonly: boolean;
  released: boolean;
}

/** The parts of a view a new one copies or changes. */
type ViewShape = Omit<View, 'mbuf' | 'released'>;

const buffers = new WeakMap<PyObject, ManagedBuffer>();
const views = new WeakMap<PyObject, View>();
const types = new WeakMap<object, { mbuf: PyTypeObject; view: PyTypeObject }>();

function released(interp: Interp): never {
  return interp.raise('ValueError', 'operation forbidden on released memoryview object');
}

/** `mbuf_release`: the exporter's reference goes, a bytearray may resize again. */
function releaseBuffer(interp: Interp, b: ManagedBuffer): void {
  const obj = b.obj;
  if (!obj) return;
  b.obj = null;
  if (obj instanceof PyByteArrayObject) obj.exports--;
  else if (obj instanceof PyNativeObject) obj.bufferExport?.release();
  interp.rt.heap.decref(obj);
}

function viewTypes(interp: Interp): { mbuf: PyTypeObject; view: PyTypeObject } {
  let t = types.get(interp.rt);
  if (t) return t;
  const rt = interp.rt;
  const slots = nativeSlots();
  const mbuf = rt.staticType({
    name: 'managedbuffer', basicsize: MBUF_SIZE - 16, flags: 0x4000, ...slots,
    dealloc: (heap, o) => {
      const b = buffers.get(o);
      if (b) releaseBuffer(interp, b);
      slots.dealloc(heap, o);
    },
  });
  const base = memoryviewGetsizeof(rt.profile, 0) - 16;
  const view = rt.staticType({
    name: 'memoryview', basicsize: base, itemsize: 8, flags: 0x4000, ...slots,
    // memory_sizeof: the struct plus shape, strides and suboffsets for each dimension.
    sizeof: (o) => memoryviewGetsizeof(rt.profile, views.get(o)?.shape.length ?? 1) - 16,
    dealloc: (heap, o) => {
      releaseView(interp, o);
      slots.dealloc(heap, o);
    },
  });
  t = { mbuf, view };
  types.set(rt, t);
  return t;
}

function releaseView(interp: Interp, o: PyObject): void {
  const v = views.get(o);
  if (!v || v.released) return;
  v.released = true;
  const b = buffers.get(v.mbuf) as ManagedBuffer;
  if (--b.views === 0) releaseBuffer(interp, b);
}

/** The byte offsets of a view's items in C order (row-major). */
function itemOffsets(v: ViewShape): number[] {
  let offsets = [v.start];
  for (let d = 0; d < v.shape.length; d++) {
    const next: number[] = [];
    for (const base of offsets) for (let k = 0; k < v.shape[d]; k++) next.push(base + k * v.strides[d]);
    offsets = next;
  }
  return offsets;
}

function itemCount(shape: readonly number[]): number {
  return shape.reduce((a, b) => a * b, 1);
}

/** The bytes a memoryview shows in C order (a copy), or null when `o` is not a live memoryview. */
export function viewData(o: PyObject): Uint8Array | null {
  const v = views.get(o);
  if (!v || v.released) return null;
  const obj = (buffers.get(v.mbuf) as ManagedBuffer).obj;
  if (!obj) return null;
  const data = exporterData(obj);
  const offsets = itemOffsets(v);
  const out = new Uint8Array(offsets.length * v.itemsize);
  offsets.forEach((at, k) => out.set(data.subarray(at, at + v.itemsize), k * v.itemsize));
  return out;
}

function liveView(interp: Interp, o: PyObject | undefined): { v: View; obj: Exporter } {
  const v = o ? views.get(o) : undefined;
  if (!v) return interp.typeError(`descriptor requires a 'memoryview' object but received '${o ? o.type.name : 'nothing'}'`);
  const obj = (buffers.get(v.mbuf) as ManagedBuffer).obj;
  if (v.released || !obj) return released(interp);
  return { v, obj };
}

/** A new view on `mbuf` (borrowed): one more GC object of 160 + 24 * ndim bytes. */
function newView(interp: Interp, mbuf: PyNativeObject, shape: ViewShape): PyNativeObject {
  const rt = interp.rt;
  rt.heap.incref(mbuf);
  const type = viewTypes(interp).view;
  const o = rt.heap.gcNew((a) => new PyNativeObject(type, a), memoryviewGetsizeof(rt.profile, shape.shape.length), type.name);
  o.refs = [mbuf];
  rt.heap.gc.track(o);
  const v: View = { ...shape, mbuf, released: false };
  views.set(o, v);
  (buffers.get(mbuf) as ManagedBuffer).views++;
  o.repr = () => `<${v.released ? 'released ' : ''}memory at 0x${o.id.toString(16).padStart(12, '0')}>`;
  o.subscript = (i, key) => subscript(i, o, key);
  o.sequence = {
    length: () => {
      const live = liveView(interp, o).v;
      return live.shape.length === 0 ? interp.typeError('0-dim memory has no length') : live.shape[0];
    },
    item: (i, index) => item(i, o, index),
  };
  o.getAttr = (i, name) => attribute(i, o, name);
  return o;
}

/** `m[index]` on a one-dimensional view (`memory_item`). */
function item(interp: Interp, o: PyObject, index: number): PyObject {
  const { v, obj } = liveView(interp, o);
  if (v.shape.length !== 1) interp.raise('NotImplementedError', 'multi-dimensional sub-views are not implemented');
  if (index < 0) index += v.shape[0];
  if (index < 0 || index >= v.shape[0]) interp.raise('IndexError', 'index out of bounds on dimension 1');
  return itemObject(interp, v.code, readItem(v.code, exporterData(obj), v.start + index * v.strides[0]));
}

/** `m[i]` / `m[slice]` when `o` is a memoryview; undefined otherwise. */
export function viewSubscript(interp: Interp, o: PyObject, key: PyObject): PyObject | undefined {
  return views.has(o) ? subscript(interp, o, key) : undefined;
}

function indexOf(interp: Interp, key: PyObject): number | null {
  const i = indexValueOrNull(interp, key);
  return i === null ? null : Number(i);
}

/** `ptr_from_tuple`: the byte offset of `m[i, j, ...]`. */
function tupleOffset(interp: Interp, v: View, key: PyTupleObject): number {
  const n = key.items.length;
  if (n < v.shape.length) interp.raise('NotImplementedError', 'sub-views are not implemented');
  if (n > v.shape.length) interp.typeError(`cannot index ${v.shape.length}-dimension view with ${n}-element tuple`);
  let at = v.start;
  key.items.forEach((k, d) => {
    let i = indexOf(interp, k) ?? interp.typeError('memoryview: invalid slice key');
    if (i < 0) i += v.shape[d];
    if (i < 0 || i >= v.shape[d]) interp.raise('IndexError', `index out of bounds on dimension ${d + 1}`);
    at += i * v.strides[d];
  });
  return at;
}

function isMultiIndex(key: PyObject): key is PyTupleObject {
  return key instanceof PyTupleObject && key.items.every((k) => !(k instanceof PySliceObject));
}

function subscript(interp: Interp, o: PyObject, key: PyObject): PyObject {
  const { v, obj } = liveView(interp, o);
  if (key instanceof PySliceObject) {
    // init_slice: the first dimension is narrowed, the others stay.
    const r = sliceIndices(interp, key, v.shape[0]);
    return newView(interp, v.mbuf, {
      ...v, start: v.start + r.start * v.strides[0],
      shape: [r.count, ...v.shape.slice(1)], strides: [v.strides[0] * r.step, ...v.strides.slice(1)],
    });
  }
  if (isMultiIndex(key)) return itemObject(interp, v.code, readItem(v.code, exporterData(obj), tupleOffset(interp, v, key)));
  if (key instanceof PyTupleObject) interp.raise('NotImplementedError', 'multi-dimensional slicing is not implemented');
  const i = indexOf(interp, key);
  if (i === null) return interp.typeError('memoryview: invalid slice key');
  return item(interp, o, i);
}

/** The format, shape and bytes of a buffer assigned to a view slice (`PyObject_GetBuffer`). */
function sourceBuffer(interp: Interp, value: PyObject): { code: string; itemsize: number; shape: number[]; data: Uint8Array } {
  const v = views.get(value);
  if (v) {
    liveView(interp, value);
    return { code: v.code, itemsize: v.itemsize, shape: v.shape, data: viewData(value) as Uint8Array };
  }
  const data = bufferArg(value);
  if (!data) return interp.typeError(`a bytes-like object is required, not '${value.type.name}'`);
  return { code: 'B', itemsize: 1, shape: [data.length], data: data.slice() };
}

/** `m[i] = x` / `m[a:b] = buffer` on a writable memoryview; false when `o` is not a view. */
export function viewSetItem(interp: Interp, o: PyObject, key: PyObject, value: PyObject): boolean {
  if (!views.has(o)) return false;
  const { v, obj } = liveView(interp, o);
  if (obj instanceof PyNativeObject && !v.readonly) throw new UnsupportedError(`assigning through a memoryview of ${obj.type.name}`, interp.line);
  if (v.readonly || !(obj instanceof PyByteArrayObject)) return interp.typeError('cannot modify read-only memory');
  const data = obj.buf;
  if (key instanceof PySliceObject) {
    if (v.shape.length !== 1) interp.raise('NotImplementedError', 'memoryview slice assignments are currently restricted to ndim = 1');
    const r = sliceIndices(interp, key, v.shape[0]);
    const src = sourceBuffer(interp, value);
    if (src.code !== v.code || src.itemsize !== v.itemsize || src.shape.length !== 1 || src.shape[0] !== r.count) {
      interp.raise('ValueError', 'memoryview assignment: lvalue and rvalue have different structures');
    }
    for (let k = 0; k < r.count; k++) {
      data.set(src.data.subarray(k * v.itemsize, (k + 1) * v.itemsize), v.start + (r.start + k * r.step) * v.strides[0]);
    }
    return true;
  }
  let at: number;
  if (isMultiIndex(key)) at = tupleOffset(interp, v, key);
  else {
    let i = indexOf(interp, key);
    if (i === null) return interp.typeError('memoryview: invalid slice key');
    if (v.shape.length !== 1) interp.raise('NotImplementedError', 'sub-views are not implemented');
    if (i < 0) i += v.shape[0];
    if (i < 0 || i >= v.shape[0]) interp.raise('IndexError', 'index out of bounds on dimension 1');
    at = v.start + i * v.strides[0];
  }
  writeItem(interp, v.code, data, at, value);
  return true;
}

/** `PyBuffer_IsContiguous`: strides that walk the items without gaps in C ('C') or Fortran ('F') order. */
function isContiguous(v: ViewShape, order: 'C' | 'F'): boolean {
  if (itemCount(v.shape) === 0) return true;
  const dims = v.shape.map((_, d) => d);
  if (order === 'C') dims.reverse();
  let expected = v.itemsize;
  for (const d of dims) {
    if (v.shape[d] > 1 && v.strides[d] !== expected) return false;
    expected *= v.shape[d];
  }
  return true;
}

/** `==` between a memoryview and a buffer (`memory_richcompare`): same shape, equal unpacked items. */
export function viewEquals(a: PyObject, b: PyObject): boolean | undefined {
  if (!views.has(a) && !views.has(b)) return undefined;
  const side = (o: PyObject): { code: string; shape: number[]; items: ItemValue[] } | null => {
    const v = views.get(o);
    if (v) {
      if (v.released || !(buffers.get(v.mbuf) as ManagedBuffer).obj) return null;
      const data = exporterData((buffers.get(v.mbuf) as ManagedBuffer).obj as Exporter);
      return { code: v.code, shape: v.shape, items: itemOffsets(v).map((at) => readItem(v.code, data, at)) };
    }
    const data = bufferArg(o);
    return data ? { code: 'B', shape: [data.length], items: Array.from(data, (x) => BigInt(x)) } : null;
  };
  if (a === b) return !(views.get(a) as View).released;
  const x = side(a);
  const y = side(b);
  if (!x || !y) return undefined;
  if (x.shape.length !== y.shape.length || x.shape.some((n, d) => n !== y.shape[d])) return false;
  return x.items.every((item, k) => itemsEqual(item, y.items[k]));
}

function attribute(interp: Interp, o: PyObject, name: string): { value: PyObject; method: boolean } | null {
  const rt = interp.rt;
  const known = ['nbytes', 'readonly', 'itemsize', 'format', 'ndim', 'shape', 'strides', 'suboffsets', 'obj', 'contiguous', 'c_contiguous', 'f_contiguous'];
  if (!known.includes(name)) return null;
  const { v, obj } = liveView(interp, o);
  const ints = (xs: number[]): PyObject => newTuple(rt, xs.map((x) => newInt(rt, x)));
  const value = (): PyObject => {
    switch (name) {
      case 'nbytes': return newInt(rt, itemCount(v.shape) * v.itemsize);
      case 'readonly': return interp.bool(v.readonly);
      case 'itemsize': return newInt(rt, v.itemsize);
      case 'ndim': return newInt(rt, v.shape.length);
      case 'format': return newStr(rt, v.format);
      case 'shape': return ints(v.shape);
      case 'strides': return ints(v.strides);
      case 'suboffsets': return ints([]);
      case 'obj': rt.heap.incref(obj); return obj;
      case 'c_contiguous': return interp.bool(isContiguous(v, 'C'));
      case 'f_contiguous': return interp.bool(isContiguous(v, 'F'));
      default: return interp.bool(isContiguous(v, 'C') || isContiguous(v, 'F'));
    }
  };
  return { value: value(), method: false };
}

/** `tolist_rec`: nested lists of the unpacked items, one level per dimension. */
function toList(interp: Interp, v: View, data: Uint8Array, start: number, dim: number): PyObject {
  const rt = interp.rt;
  const items: PyObject[] = [];
  for (let k = 0; k < v.shape[dim]; k++) {
    const at = start + k * v.strides[dim];
    items.push(dim === v.shape.length - 1 ? itemObject(interp, v.code, readItem(v.code, data, at)) : toList(interp, v, data, at, dim + 1));
  }
  return newList(rt, items);
}

const tolist: NativeImpl = (interp, args) => {
  const { v, obj } = liveView(interp, args[0]);
  const data = exporterData(obj);
  if (v.shape.length === 0) return itemObject(interp, v.code, readItem(v.code, data, v.start));
  return toList(interp, v, data, v.start, 0);
};

const tobytes: NativeImpl = (interp, args) => {
  liveView(interp, args[0]);
  return newBytes(interp.rt, viewData(args[0]) as Uint8Array);
};

const HEX_SIG: PySignature = { qualname: 'hex', params: ['sep', 'bytes_per_sep'], required: 0 };

const hex: NativeImpl = (interp, args, kwnames) => {
  liveView(interp, args[0]);
  const [sep, per] = bindArgs(interp, HEX_SIG, args.slice(1), kwnames);
  return newStr(interp.rt, hexText(interp, viewData(args[0]) as Uint8Array, sep, per));
};

const toreadonly: NativeImpl = (interp, args) => {
  const { v } = liveView(interp, args[0]);
  return newView(interp, v.mbuf, { ...v, readonly: true });
};

const CAST_SIG: PySignature = { qualname: 'cast', params: ['format', 'shape'], required: 1 };

/** `memory_cast`: a C-contiguous view seen as another native format, 1-D -> N-D or N-D -> 1-D. */
const cast: NativeImpl = (interp, args, kwnames) => {
  const { v } = liveView(interp, args[0]);
  const [fmtArg, shapeArg] = bindArgs(interp, CAST_SIG, args.slice(1), kwnames);
  if (!(fmtArg instanceof PyUnicodeObject)) return interp.typeError(`cast() argument 'format' must be str, not ${(fmtArg as PyObject).type.name}`);
  const shapeGiven = shapeArg !== undefined && !(shapeArg === interp.none());
  if (!isContiguous(v, 'C')) interp.typeError('memoryview: casts are restricted to C-contiguous views');
  if ((shapeGiven || v.shape.length !== 1) && (v.shape.includes(0) || v.strides.includes(0))) {
    interp.typeError('memoryview: cannot cast view with zeros in shape or strides');
  }
  let shape: number[] | null = null;
  if (shapeGiven) {
    if (!(shapeArg instanceof PyListObject || shapeArg instanceof PyTupleObject)) return interp.typeError('shape must be a list or a tuple');
    if (shapeArg.items.length > MAX_NDIM) interp.raise('ValueError', `memoryview: number of dimensions must not exceed ${MAX_NDIM}`);
    if (v.shape.length !== 1 && shapeArg.items.length !== 1) interp.typeError('memoryview: cast must be 1D -> ND or ND -> 1D');
    shape = shapeArg.items.map((x) => {
      const n = x instanceof PyLongObject ? Number(x.value) : 0;
      if (n <= 0) interp.raise('ValueError', 'memoryview.cast(): elements of shape must be integers > 0');
      return n;
    });
  }
  const code = nativeFormatChar(fmtArg.value);
  if (code === null) {
    const c = fmtArg.value.replace(/^@/, '');
    if (c === 'e' && interp.rt.profile.version !== '3.11') throw new UnsupportedError("memoryview.cast('e')", interp.line);
    return interp.raise('ValueError', "memoryview: destination format must be a native single character format prefixed with an optional '@'");
  }
  if (!isByteFormat(v.code) && !isByteFormat(code)) interp.typeError('memoryview: cannot cast between two non-byte formats');
  const itemsize = formatItemsize(code);
  const nbytes = itemCount(v.shape) * v.itemsize;
  if (nbytes % itemsize !== 0) interp.typeError('memoryview: length is not a multiple of itemsize');
  let strides = [itemsize];
  if (shape) {
    const dims = shape;
    if (itemCount(dims) * itemsize !== nbytes) interp.typeError('memoryview: product(shape) * itemsize != buffer size');
    // init_strides_from_shape: C order.
    strides = dims.map((_, d) => itemsize * itemCount(dims.slice(d + 1)));
  } else shape = [nbytes / itemsize];
  return newView(interp, v.mbuf, { ...v, format: fmtArg.value, code, itemsize, shape, strides });
};

const release: NativeImpl = (interp, args) => {
  releaseView(interp, args[0]);
  return interp.none();
};

const enter: NativeImpl = (interp, args) => {
  liveView(interp, args[0]);
  interp.rt.heap.incref(args[0]);
  return args[0];
};

const exit: NativeImpl = (interp, args) => {
  releaseView(interp, args[0]);
  return interp.none();
};

/** `memoryview(obj)`: a view of a bytes, a bytearray or another view. */
function memoryviewCall(interp: Interp, _t: PyTypeObject, args: PyObject[], kwnames: string[] | null): PyObject {
  if (kwnames && kwnames.length && kwnames[0] !== 'object') interp.typeError(`memoryview() got an unexpected keyword argument '${kwnames[0]}'`);
  if (args.length !== 1) interp.typeError(`memoryview() takes exactly 1 argument (${args.length} given)`);
  const src = args[0];
  const existing = views.get(src);
  if (existing) {
    const { v } = liveView(interp, src);
    return newView(interp, v.mbuf, v);
  }
  if (src instanceof PyNativeObject && src.buffer) return exportedView(interp, src);
  if (!(src instanceof PyBytesObject || src instanceof PyByteArrayObject)) {
    return interp.typeError(`memoryview: a bytes-like object is required, not '${src.type.name}'`);
  }
  // _PyManagedBuffer_FromObject: the buffer export (a bytearray counts it), then the view.
  interp.rt.heap.incref(src);
  if (src instanceof PyByteArrayObject) src.exports++;
  const mbuf = newNativeObject(interp, viewTypes(interp).mbuf, []);
  buffers.set(mbuf, { obj: src, views: 0 });
  const view = newView(interp, mbuf, {
    start: 0, shape: [src.value.length], strides: [1], format: 'B', code: 'B', itemsize: 1, readonly: src instanceof PyBytesObject,
  });
  interp.rt.heap.decref(mbuf);
  return view;
}

/**
 * `memoryview(array)`: the managed buffer takes one of the array's exports (it cannot resize
 * until the view is released), the view reads the items in the typecode's format.
 */
function exportedView(interp: Interp, src: PyNativeObject): PyObject {
  const ex = src.bufferExport;
  if (!ex || !['b', 'B', 'h', 'H', 'i', 'I', 'l', 'L', 'q', 'Q', 'f', 'd'].includes(ex.format)) {
    throw new UnsupportedError(`memoryview(${src.type.name}) of this format`, interp.line);
  }
  interp.rt.heap.incref(src);
  ex.acquire();
  const mbuf = newNativeObject(interp, viewTypes(interp).mbuf, []);
  buffers.set(mbuf, { obj: src, views: 0 });
  const count = exporterData(src).length / ex.itemsize;
  const view = newView(interp, mbuf, {
    start: 0, shape: [count], strides: [ex.itemsize], format: ex.format, code: ex.format, itemsize: ex.itemsize, readonly: false,
  });
  interp.rt.heap.decref(mbuf);
  return view;
}

/** Registers `memoryview` in builtins with its methods, hash and equality. */
export function installMemoryView(interp: Interp): void {
  const t = viewTypes(interp).view;
  interp.typeCalls.set(t, memoryviewCall);
  interp.builtins.set('memoryview', t);
  const table: Record<string, NativeImpl> = { tolist, tobytes, hex, cast, toreadonly, release, __enter__: enter, __exit__: exit };
  for (const [name, impl] of Object.entries(table)) interp.methods.define(t, name, impl);
  // memory_hash: a read-only view hashes as the bytes it shows; a writable one refuses.
  customHashKeys.set(t, (i, o) => {
    const { v } = liveView(i, o);
    if (!v.readonly) i.raise('ValueError', 'cannot hash writable memoryview object');
    if (!isByteFormat(v.code)) i.raise('ValueError', "memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
    const hash = hashBytes(viewData(o) as Uint8Array);
    return { key: o, hashKey: hash, hash, eq: (a, b) => bytesEquals(a, b) ?? equals(i, a, b) };
  });
}

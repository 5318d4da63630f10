/**
 * `memoryview` over bytes and bytearray (Objects/memoryobject.c), one-dimensional format 'B':
 * `memoryview(obj)` allocates a managed buffer (`_PyManagedBufferObject`, a 128-byte GC object
 * holding the one reference to obj, and for a bytearray one of its `ob_exports`) and the view
 * (184 bytes, GC); slicing or `memoryview(view)` adds a view on the same managed buffer. The
 * buffer is released (obj's reference dropped, the bytearray resizable again) when its last view
 * is released or dies.
 */
import { PyByteArrayObject } from '../../engine/objects/byteArrayObject';
import { newBytes, PyBytesObject } from '../../engine/objects/bytesObject';
import { newList } from '../../engine/objects/listObject';
import { newInt, PyLongObject } from '../../engine/objects/longObject';
import type { PyObject } from '../../engine/objects/object';
import { PySliceObject } from '../../engine/objects/sliceObject';
import { newTuple } from '../../engine/objects/tupleObject';
import type { PyTypeObject } from '../../engine/objects/typeObject';
import { newStr } from '../../engine/objects/unicodeObject';
import { hashBytes } from '../../engine/objects/pyHash';
import { newNativeObject, nativeSlots, PyNativeObject } from '../modules/nativeObject';
import { UnsupportedError } from '../runtime/pyError';
import type { Interp } from '../runtime/interp';
import type { NativeImpl } from '../vm/callables';
import { bytesEquals, byteValue } from './bytesOps';
import { customHashKeys } from './hashKey';
import { sliceIndices } from './slicing';
import { equals } from './richCompare';

/** `sizeof` of a managed buffer with its GC head. */
const MBUF_SIZE = 128;
/** `sys.getsizeof` of a one-dimensional memoryview (GC head included), 3.11-3.13. */
const MEMORYVIEW_SIZE = 184;

interface ManagedBuffer {
  /** The exporter, until the buffer is released. */
  obj: PyBytesObject | PyByteArrayObject | null;
  /** Views not yet released. */
  views: number;
}

interface View {
  mbuf: PyNativeObject;
  start: number;
  step: number;
  length: number;
  released: boolean;
}

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
  const view = rt.staticType({
    name: 'memoryview', basicsize: MEMORYVIEW_SIZE - 16, flags: 0x4000, ...slots,
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

/** The bytes a memoryview shows (a copy), or null when `o` is not a live memoryview. */
export function viewData(o: PyObject): Uint8Array | null {
  const v = views.get(o);
  if (!v || v.released) return null;
  const obj = (buffers.get(v.mbuf) as ManagedBuffer).obj;
  if (!obj) return null;
  const data = obj.value;
  const out = new Uint8Array(v.length);
  for (let i = 0; i < v.length; i++) out[i] = data[v.start + i * v.step];
  return out;
}

function liveView(interp: Interp, o: PyObject | undefined): { v: View; obj: PyBytesObject | PyByteArrayObject } {
  const v = o ? views.get(o) : undefined;
  if (!v) return interp.typeError(`descriptor requires a 'memoryview' object but received '${o ? o.type.name : 'nothing'}'`);
  const obj = (buffers.get(v.mbuf) as ManagedBuffer).obj;
  if (v.released || !obj) return released(interp);
  return { v, obj };
}

/** A new view on `mbuf` (borrowed): one more GC object of 184 bytes. */
function newView(interp: Interp, mbuf: PyNativeObject, start: number, step: number, length: number): PyNativeObject {
  interp.rt.heap.incref(mbuf);
  const o = newNativeObject(interp, viewTypes(interp).view, [mbuf]);
  const v: View = { mbuf, start, step, length, released: false };
  views.set(o, v);
  (buffers.get(mbuf) as ManagedBuffer).views++;
  o.repr = () => `<${v.released ? 'released ' : ''}memory at 0x${o.id.toString(16).padStart(12, '0')}>`;
  o.subscript = (i, key) => subscript(i, o, key);
  o.sequence = {
    length: () => (v.released ? released(interp) : v.length),
    item: (i, index) => item(i, o, index),
  };
  o.getAttr = (i, name) => attribute(i, o, name);
  return o;
}

function item(interp: Interp, o: PyObject, index: number): PyObject {
  const { v, obj } = liveView(interp, o);
  return newInt(interp.rt, obj.value[v.start + index * v.step]);
}

/** `m[i]` / `m[slice]` when `o` is a memoryview; undefined otherwise. */
export function viewSubscript(interp: Interp, o: PyObject, key: PyObject): PyObject | undefined {
  return views.has(o) ? subscript(interp, o, key) : undefined;
}

function subscript(interp: Interp, o: PyObject, key: PyObject): PyObject {
  const { v } = liveView(interp, o);
  if (key instanceof PySliceObject) {
    const r = sliceIndices(interp, key, v.length);
    return newView(interp, v.mbuf, v.start + r.start * v.step, v.step * r.step, r.count);
  }
  if (!(key instanceof PyLongObject)) return interp.typeError('memoryview: invalid slice key');
  let i = Number(key.value);
  if (i < 0) i += v.length;
  if (i < 0 || i >= v.length) interp.raise('IndexError', 'index out of bounds on dimension 1');
  return item(interp, o, i);
}

/** `m[i] = x` / `m[a:b] = bytes` on a memoryview of a bytearray; false when `o` is not a view. */
export function viewSetItem(interp: Interp, o: PyObject, key: PyObject, value: PyObject): boolean {
  if (!views.has(o)) return false;
  const { v, obj } = liveView(interp, o);
  if (!(obj instanceof PyByteArrayObject)) interp.typeError('cannot modify read-only memory');
  const data = (obj as PyByteArrayObject).buf;
  if (key instanceof PySliceObject) {
    const r = sliceIndices(interp, key, v.length);
    const src = viewData(value) ?? (value instanceof PyBytesObject || value instanceof PyByteArrayObject ? value.value.slice() : null);
    if (!src) return interp.typeError(`a bytes-like object is required, not '${value.type.name}'`);
    if (src.length !== r.count) interp.raise('ValueError', 'memoryview assignment: lvalue and rvalue have different structures');
    for (let k = 0; k < r.count; k++) data[v.start + (r.start + k * r.step) * v.step] = src[k];
    return true;
  }
  if (!(key instanceof PyLongObject)) return interp.typeError('memoryview: invalid slice key');
  let i = Number(key.value);
  if (i < 0) i += v.length;
  if (i < 0 || i >= v.length) interp.raise('IndexError', 'index out of bounds on dimension 1');
  data[v.start + i * v.step] = byteValue(interp, value, `memoryview: invalid value for format 'B'`);
  return true;
}

function attribute(interp: Interp, o: PyObject, name: string): { value: PyObject; method: boolean } | null {
  const rt = interp.rt;
  const known = ['nbytes', 'readonly', 'itemsize', 'format', 'ndim', 'shape', 'strides', 'obj', 'contiguous', 'c_contiguous', 'f_contiguous'];
  if (!known.includes(name)) return null;
  const { v, obj } = liveView(interp, o);
  const value = (): PyObject => {
    switch (name) {
      case 'nbytes': return newInt(rt, v.length);
      case 'readonly': return interp.bool(obj instanceof PyBytesObject);
      case 'itemsize': case 'ndim': return newInt(rt, 1);
      case 'format': return newStr(rt, 'B');
      case 'shape': return newTuple(rt, [newInt(rt, v.length)]);
      case 'strides': return newTuple(rt, [newInt(rt, v.step)]);
      case 'obj': rt.heap.incref(obj); return obj;
      default: return interp.bool(v.step === 1 || v.length <= 1);
    }
  };
  return { value: value(), method: false };
}

const tolist: NativeImpl = (interp, args) => {
  liveView(interp, args[0]);
  return newList(interp.rt, Array.from(viewData(args[0]) as Uint8Array, (x) => newInt(interp.rt, x)));
};

const tobytes: NativeImpl = (interp, args) => {
  liveView(interp, args[0]);
  return newBytes(interp.rt, viewData(args[0]) as Uint8Array);
};

const hex: NativeImpl = (interp, args) => {
  liveView(interp, args[0]);
  return newStr(interp.rt, Array.from(viewData(args[0]) as Uint8Array, (c) => c.toString(16).padStart(2, '0')).join(''));
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
    return newView(interp, v.mbuf, v.start, v.step, v.length);
  }
  if (src instanceof PyNativeObject && src.buffer) throw new UnsupportedError(`memoryview(${src.type.name})`, interp.line);
  if (!(src instanceof PyBytesObject || src instanceof PyByteArrayObject)) {
    return interp.typeError(`memoryview: a bytes-like object is required, not '${src.type.name}'`);
  }
  // _PyManagedBuffer_FromObject: the buffer export (a bytearray counts it), then the view.
  interp.rt.heap.incref(src);
  if (src instanceof PyByteArrayObject) src.exports++;
  const mbuf = newNativeObject(interp, viewTypes(interp).mbuf, []);
  buffers.set(mbuf, { obj: src, views: 0 });
  const view = newView(interp, mbuf, 0, 1, src.value.length);
  interp.rt.heap.decref(mbuf);
  return view;
}

/** Registers `memoryview` in builtins with its methods, hash and equality. */
export function installMemoryView(interp: Interp): void {
  const t = viewTypes(interp).view;
  interp.typeCalls.set(t, memoryviewCall);
  interp.builtins.set('memoryview', t);
  const table: Record<string, NativeImpl> = { tolist, tobytes, hex, release, __enter__: enter, __exit__: exit };
  for (const [name, impl] of Object.entries(table)) interp.methods.define(t, name, impl);
  // memory_hash: a read-only view hashes as the bytes it shows; a writable one refuses.
  customHashKeys.set(t, (i, o) => {
    const { obj } = liveView(i, o);
    if (!(obj instanceof PyBytesObject)) i.raise('ValueError', 'cannot hash writable memoryview object');
    const hash = hashBytes(viewData(o) as Uint8Array);
    return { key: o, hashKey: hash, hash, eq: (a, b) => bytesEquals(a, b) ?? equals(i, a, b) };
  });
}

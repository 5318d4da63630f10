/**
 * `array.array` objects (Modules/arraymodule.c, 3.11–3.13): a GC object of 80 bytes (GC head
 * included) and an item buffer from `PyMem_Realloc` sized by `array_resize`
 * (engine/objects/layout/arrayLayout.ts), traced per line like any allocation. The items live in
 * a little-endian byte store read through a DataView, each typecode converting as its
 * `*_setitem` does, with CPython's OverflowError and TypeError texts (test/oracle/arrayProbe.py).
 */
import { ARRAY_OBJECT_SIZE, arrayResizeAllocated } from '../../engine/objects/layout/arrayLayout';
import { newFloat } from '../../engine/objects/floatObject';
import { newInt, type IntValue } from '../../engine/objects/longObject';
import type { PyObject } from '../../engine/objects/object';
import { TPFLAGS, type PyTypeObject } from '../../engine/objects/typeObject';
import { newStr, PyUnicodeObject } from '../../engine/objects/unicodeObject';
import type { Interp } from '../runtime/interp';
import { setTypeModule } from '../objects/typeModules';
import { asDouble, asIndex } from './moduleArgs';
import { PyNativeObject } from './nativeObject';

/** One typecode: its item size and how items are read and checked (`arraydescr`). */
export interface ArrayDescr {
  readonly code: string;
  readonly itemsize: number;
  readonly kind: 'int' | 'float' | 'char';
}

const DESCRS: readonly ArrayDescr[] = [
  { code: 'b', itemsize: 1, kind: 'int' }, { code: 'B', itemsize: 1, kind: 'int' },
  { code: 'u', itemsize: 4, kind: 'char' }, { code: 'w', itemsize: 4, kind: 'char' },
  { code: 'h', itemsize: 2, kind: 'int' }, { code: 'H', itemsize: 2, kind: 'int' },
  { code: 'i', itemsize: 4, kind: 'int' }, { code: 'I', itemsize: 4, kind: 'int' },
  { code: 'l', itemsize: 8, kind: 'int' }, { code: 'L', itemsize: 8, kind: 'int' },
  { code: 'q', itemsize: 8, kind: 'int' }, { code: 'Q', itemsize: 8, kind: 'int' },
  { code: 'f', itemsize: 4, kind: 'float' }, { code: 'd', itemsize: 8, kind: 'float' },
];

/** `array.typecodes` of the simulated version ('w' is new in 3.13). */
export function typecodes(minor: number): string {
  return DESCRS.map((d) => d.code).filter((c) => c !== 'w' || minor >= 13).join('');
}

/** The descriptor of `code` on this version, or undefined. */
export function findDescr(code: string, minor: number): ArrayDescr | undefined {
  return typecodes(minor).includes(code) ? DESCRS.find((d) => d.code === code) : undefined;
}

/** An item as the store holds it. */
export type ArrayItem = number | bigint | string;

/** An `arrayobject`. */
export class PyArrayObject extends PyNativeObject {
  descr: ArrayDescr = DESCRS[0];
  /** `Py_SIZE(self)`. */
  count = 0;
  /** `allocated` (items). */
  allocated = 0;
  /** `ob_item`'s address; 0 when NULL. */
  bufferAddress = 0;
  /** `ob_exports`: live buffer exports (resizing is refused while any). */
  exports = 0;
  /** The item bytes (capacity ≥ count * itemsize). */
  bytes = new Uint8Array(0);
  view = new DataView(this.bytes.buffer);

  /** The item at `k` (in range). */
  get(k: number): ArrayItem {
    const v = this.view;
    const at = k * this.descr.itemsize;
    switch (this.descr.code) {
      case 'b': return v.getInt8(at);
      case 'B': return v.getUint8(at);
      case 'h': return v.getInt16(at, true);
      case 'H': return v.getUint16(at, true);
      case 'i': return v.getInt32(at, true);
      case 'I': return v.getUint32(at, true);
      case 'l': case 'q': return normal(v.getBigInt64(at, true));
      case 'L': case 'Q': return normal(v.getBigUint64(at, true));
      case 'f': return v.getFloat32(at, true);
      case 'd': return v.getFloat64(at, true);
      default: return String.fromCodePoint(v.getUint32(at, true));
    }
  }

  /** Stores a checked item at `k` (in range). */
  put(k: number, x: ArrayItem): void {
    const v = this.view;
    const at = k * this.descr.itemsize;
    switch (this.descr.code) {
      case 'b': v.setInt8(at, Number(x)); break;
      case 'B': v.setUint8(at, Number(x)); break;
      case 'h': v.setInt16(at, Number(x), true); break;
      case 'H': v.setUint16(at, Number(x), true); break;
      case 'i': v.setInt32(at, Number(x), true); break;
      case 'I': v.setUint32(at, Number(x), true); break;
      case 'l': case 'q': v.setBigInt64(at, BigInt(x), true); break;
      case 'L': case 'Q': v.setBigUint64(at, BigInt(x), true); break;
      case 'f': v.setFloat32(at, x as number, true); break;
      case 'd': v.setFloat64(at, x as number, true); break;
      default: v.setUint32(at, (x as string).codePointAt(0) as number, true);
    }
  }

  /** The live bytes (a view, valid until the next resize). */
  data(): Uint8Array {
    return this.bytes.subarray(0, this.count * this.descr.itemsize);
  }
}

function normal(v: bigint): IntValue {
  return v >= -(2n ** 53n) + 1n && v <= 2n ** 53n - 1n ? Number(v) : v;
}

/** A new object for item `k` (`*_getitem`). */
export function itemObject(interp: Interp, a: PyArrayObject, k: number): PyObject {
  const x = a.get(k);
  if (typeof x === 'string') return newStr(interp.rt, x);
  if (a.descr.kind === 'float') return newFloat(interp.rt, x as number);
  return newInt(interp.rt, x as IntValue);
}

const RANGES: Record<string, [bigint, bigint, string]> = {
  h: [-(2n ** 15n), 2n ** 15n - 1n, 'signed short integer'],
  i: [-(2n ** 31n), 2n ** 31n - 1n, 'signed integer'],
};

/** `*_setitem`'s conversion of `o` for `descr`, with CPython's errors. */
export function convertItem(interp: Interp, descr: ArrayDescr, o: PyObject): ArrayItem {
  const code = descr.code;
  if (descr.kind === 'float') return asDouble(interp, o);
  if (descr.kind === 'char') {
    if (!(o instanceof PyUnicodeObject)) return interp.typeError(`array item must be unicode character`);
    if (o.length !== 1) return interp.typeError(`array item must be unicode character`);
    return o.value;
  }
  const v = BigInt(asIndex(interp, o));
  const over = (what: string, big: boolean): never => interp.raise('OverflowError', `${what} is ${big ? 'greater than maximum' : 'less than minimum'}`);
  const within = (lo: bigint, hi: bigint, what: string): void => {
    if (v < lo) over(what, false);
    if (v > hi) over(what, true);
  };
  const toLong = (): void => { if (v < -(2n ** 63n) || v >= 2n ** 63n) interp.raise('OverflowError', 'Python int too large to convert to C long'); };
  const unsignedLong = (): void => {
    if (v < 0n) interp.raise('OverflowError', "can't convert negative value to unsigned int");
    if (v >= 2n ** 64n) interp.raise('OverflowError', 'Python int too large to convert to C unsigned long');
  };
  switch (code) {
    case 'b': toLong(); within(...RANGES.h); within(-128n, 127n, 'signed char'); break;
    case 'B': toLong(); within(0n, 255n, 'unsigned byte integer'); break;
    case 'h': toLong(); within(...RANGES.h); break;
    case 'H': toLong(); within(...RANGES.i); within(0n, 65535n, 'unsigned short'); break;
    case 'i': toLong(); within(...RANGES.i); break;
    case 'I': unsignedLong(); within(0n, 2n ** 32n - 1n, 'unsigned int'); break;
    case 'l': toLong(); break;
    case 'L': unsignedLong(); break;
    case 'q': if (v < -(2n ** 63n) || v >= 2n ** 63n) interp.raise('OverflowError', 'int too big to convert'); break;
    default:
      if (v < 0n) interp.raise('OverflowError', "can't convert negative int to unsigned");
      if (v >= 2n ** 64n) interp.raise('OverflowError', 'int too big to convert');
  }
  return descr.itemsize === 8 ? normal(v) : Number(v);
}

/** Points the byte store at a capacity for `items` items, keeping the live bytes. */
function ensureStore(a: PyArrayObject, items: number): void {
  const need = items * a.descr.itemsize;
  if (need <= a.bytes.length) return;
  const grown = new Uint8Array(Math.max(need, a.bytes.length * 2, 8));
  grown.set(a.bytes);
  a.bytes = grown;
  a.view = new DataView(grown.buffer);
}

/**
 * `array_resize(self, newsize)`: the buffer as CPython sizes it (`PyMem_Realloc`, or
 * `PyMem_Free` at 0 items); BufferError while a memoryview exports it.
 */
export function arrayResize(interp: Interp, a: PyArrayObject, newsize: number): void {
  if (a.exports > 0 && newsize !== a.count) interp.raise('BufferError', 'cannot resize an array that is exporting buffers');
  const allocated = arrayResizeAllocated(a.count, a.allocated, newsize);
  if (allocated !== a.allocated || (newsize === 0 && a.bufferAddress !== 0)) {
    const memory = interp.rt.heap.memory;
    if (allocated === 0) {
      memory.free(a.bufferAddress, 'array buffer', 'mem');
      a.bufferAddress = 0;
    } else {
      a.bufferAddress = memory.realloc(a.bufferAddress, allocated * a.descr.itemsize, 'array buffer', 'mem');
    }
    a.allocated = allocated;
  }
  ensureStore(a, newsize);
  a.count = newsize;
}

const types = new WeakMap<object, PyTypeObject>();

/** `array.array` of this runtime. */
export function arrayType(interp: Interp): PyTypeObject {
  const rt = interp.rt;
  let t = types.get(rt);
  if (t) return t;
  t = rt.staticType({
    name: 'array', basicsize: ARRAY_OBJECT_SIZE, flags: TPFLAGS.HAVE_GC | TPFLAGS.BASETYPE,
    dealloc: (heap, o) => {
      const a = o as PyArrayObject;
      heap.gc.untrack(a);
      if (a.bufferAddress !== 0) heap.memory.free(a.bufferAddress, 'array buffer', 'mem');
      a.bufferAddress = 0;
      heap.gcDel(a);
    },
    traverse: () => undefined,
    clear: () => undefined,
    sizeof: (o) => ARRAY_OBJECT_SIZE + (o as PyArrayObject).allocated * (o as PyArrayObject).descr.itemsize,
  });
  setTypeModule(t, 'array');
  types.set(rt, t);
  return t;
}

/**
 * `newarrayobject(type, size, descr)`: a tracked array whose buffer holds exactly `size` items
 * (`PyMem_Malloc`, none for 0); the items are zero until the caller fills them. The hooks the
 * abstract layer calls are attached by `attach` (arrayOps.ts).
 */
export function newArray(interp: Interp, type: PyTypeObject, descr: ArrayDescr, size: number, attach: (a: PyArrayObject) => void): PyArrayObject {
  const rt = interp.rt;
  const a = rt.heap.gcNew((addr) => new PyArrayObject(type, addr), type.preHeaderSize + type.basicsize, 'array');
  a.descr = descr;
  if (size > 0) {
    a.bufferAddress = rt.heap.memory.memMalloc(size * descr.itemsize, 'array buffer');
    a.allocated = size;
    ensureStore(a, size);
    a.count = size;
  }
  attach(a);
  rt.heap.gc.track(a);
  return a;
}

/**
 * The methods only `bytearray` has (Objects/bytearrayobject.c): each change of size is one
 * `PyByteArray_Resize`, so the buffer grows and shrinks as CPython's does (append over-allocates
 * by ~1/8, a shrink below half the buffer reallocates to fit).
 */
import { byteArrayResize, byteArrayType, newByteArrayFrom, PyByteArrayObject } from '../../engine/objects/byteArrayObject';
import { newInt, PyLongObject } from '../../engine/objects/longObject';
import type { PyObject } from '../../engine/objects/object';
import { PyUnicodeObject } from '../../engine/objects/unicodeObject';
import { collect } from '../builtins/builtinFunctions';
import type { Interp } from '../runtime/interp';
import { indexValue } from './numberIndex';
import type { NativeImpl } from '../vm/callables';
import { bufferArg, byteValue } from './bytesOps';

function selfArray(interp: Interp, o: PyObject | undefined, name: string): PyByteArrayObject {
  if (o instanceof PyByteArrayObject) return o;
  return interp.typeError(`descriptor '${name}' for 'bytearray' objects doesn't apply to a '${o ? o.type.name : 'nothing'}' object`);
}

function intArg(interp: Interp, o: PyObject): number {
  return Number(indexValue(interp, o));
}

function checkResizable(interp: Interp, b: PyByteArrayObject): void {
  if (b.exports > 0) interp.raise('BufferError', 'Existing exports of data: object cannot be re-sized');
}

/** The ints of an iterable as bytes (`bytearray(iterable)`, `extend`): ValueError past 255. */
export function bytesOfInts(interp: Interp, iterable: PyObject, what: string): Uint8Array {
  const items = collect(interp, iterable);
  try {
    return Uint8Array.from(items, (x) => byteValue(interp, x, what));
  } finally {
    for (const x of items) interp.rt.heap.decref(x);
  }
}

const append: NativeImpl = (interp, args) => {
  const b = selfArray(interp, args[0], 'append');
  if (args.length !== 2) interp.typeError(`bytearray.append() takes exactly one argument (${args.length - 1} given)`);
  const v = byteValue(interp, args[1]);
  checkResizable(interp, b);
  byteArrayResize(interp.rt, b, b.size + 1);
  b.buf[b.size - 1] = v;
  return interp.none();
};

const extend: NativeImpl = (interp, args) => {
  const b = selfArray(interp, args[0], 'extend');
  const arg = args[1];
  const buffer = bufferArg(arg);
  let add: Uint8Array;
  if (buffer) add = buffer.slice();
  else {
    if (arg instanceof PyUnicodeObject && interp.rt.profile.version === '3.13') interp.typeError("expected iterable of integers; got: 'str'");
    if (arg instanceof PyLongObject) interp.typeError(`can't extend bytearray with ${arg.type.name}`);
    add = bytesOfInts(interp, arg, 'byte must be in range(0, 256)');
  }
  // bytearray_iconcat / the final bytearray_setslice: one resize to the new size.
  checkResizable(interp, b);
  const size = b.size;
  byteArrayResize(interp.rt, b, size + add.length);
  b.buf.set(add, size);
  return interp.none();
};

const pop: NativeImpl = (interp, args) => {
  const b = selfArray(interp, args[0], 'pop');
  const n = b.size;
  if (n === 0) interp.raise('IndexError', 'pop from empty bytearray');
  let i = args.length > 1 ? intArg(interp, args[1]) : -1;
  if (i < 0) i += n;
  if (i < 0 || i >= n) interp.raise('IndexError', 'pop index out of range');
  checkResizable(interp, b);
  const v = b.buf[i];
  b.buf.copyWithin(i, i + 1, n);
  byteArrayResize(interp.rt, b, n - 1);
  return newInt(interp.rt, v);
};

const insert: NativeImpl = (interp, args) => {
  const b = selfArray(interp, args[0], 'insert');
  if (args.length !== 3) interp.typeError(`insert expected 2 arguments, got ${args.length - 1}`);
  const n = b.size;
  let i = intArg(interp, args[1]);
  const v = byteValue(interp, args[2]);
  if (i < 0) i = Math.max(0, i + n);
  if (i > n) i = n;
  checkResizable(interp, b);
  byteArrayResize(interp.rt, b, n + 1);
  b.buf.copyWithin(i + 1, i, n);
  b.buf[i] = v;
  return interp.none();
};

const remove: NativeImpl = (interp, args) => {
  const b = selfArray(interp, args[0], 'remove');
  const v = byteValue(interp, args[1]);
  const i = b.value.indexOf(v);
  if (i < 0) interp.raise('ValueError', 'value not found in bytearray');
  checkResizable(interp, b);
  const n = b.size;
  b.buf.copyWithin(i, i + 1, n);
  byteArrayResize(interp.rt, b, n - 1);
  return interp.none();
};

const clear: NativeImpl = (interp, args) => {
  const b = selfArray(interp, args[0], 'clear');
  checkResizable(interp, b);
  byteArrayResize(interp.rt, b, 0);
  return interp.none();
};

const copy: NativeImpl = (interp, args) => newByteArrayFrom(interp.rt, selfArray(interp, args[0], 'copy').value.slice());

const reverse: NativeImpl = (interp, args) => {
  selfArray(interp, args[0], 'reverse').value.reverse();
  return interp.none();
};

/** Registers the bytearray-only methods. */
export function installByteArrayMethods(interp: Interp): void {
  const t = byteArrayType(interp.rt);
  const table: Record<string, NativeImpl> = { append, extend, pop, insert, remove, clear, copy, reverse };
  for (const [name, impl] of Object.entries(table)) interp.methods.define(t, name, impl);
}

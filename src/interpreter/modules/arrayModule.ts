/**
 * The `array` module (Modules/arraymodule.c, 3.11–3.13): the `array` type with its methods,
 * `typecodes` and `ArrayType`. Objects and the buffer live in arrayObject.ts, the constructor
 * and operator slots in arrayOps.ts.
 */
import { newBytes } from '../../engine/objects/bytesObject';
import { PyListObject } from '../../engine/objects/listObject';
import { newInt } from '../../engine/objects/longObject';
import type { PyObject } from '../../engine/objects/object';
import { newTuple } from '../../engine/objects/tupleObject';
import { newStr } from '../../engine/objects/unicodeObject';
import { equals } from '../objects/richCompare';
import { requireBuffer } from '../objects/bytesOps';
import type { Interp } from '../runtime/interp';
import type { PyModuleObject } from '../runtime/moduleObject';
import type { NativeImpl } from '../vm/callables';
import { arrayResize, arrayType, convertItem, itemObject, PyArrayObject, typecodes } from './arrayObject';
import { arrayNew, deleteRange, extendFromArray, extendFromBytes, extendFromIterable, insertItem, makeArray, toList } from './arrayOps';
import { asSize, positional } from './moduleArgs';

function self(interp: Interp, o: PyObject, name: string): PyArrayObject {
  if (!(o instanceof PyArrayObject)) return interp.typeError(`descriptor '${name}' for 'array.array' objects doesn't apply to a '${o.type.name}' object`);
  return o;
}

/** The first index in `[start, stop)` whose item equals `x`, or -1. */
function find(interp: Interp, a: PyArrayObject, x: PyObject, start = 0, stop = a.count): number {
  for (let k = start; k < Math.min(stop, a.count); k++) {
    const item = itemObject(interp, a, k);
    try {
      if (equals(interp, item, x)) return k;
    } finally {
      interp.rt.heap.decref(item);
    }
  }
  return -1;
}

/** Clamps a start/stop argument as `array.index` does. */
function clampIndex(interp: Interp, o: PyObject | undefined, n: number, fallback: number): number {
  if (!o) return fallback;
  let v = asSize(interp, o);
  if (v < 0) v = Math.max(0, v + n);
  return Math.min(v, n);
}

function methods(interp: Interp): Record<string, NativeImpl> {
  const rt = interp.rt;
  const none = (i: Interp): PyObject => i.none();
  return {
    append: (i, args, kw) => { positional(i, 'append', args, kw, 2); const a = self(i, args[0], 'append'); insertItem(i, a, a.count, args[1]); return none(i); },
    insert: (i, args, kw) => {
      positional(i, 'insert', args, kw, 3);
      const a = self(i, args[0], 'insert');
      let where = asSize(i, args[1]);
      if (where < 0) where = Math.max(0, where + a.count);
      insertItem(i, a, Math.min(where, a.count), args[2]);
      return none(i);
    },
    extend: (i, args, kw) => {
      positional(i, 'extend', args, kw, 2);
      const a = self(i, args[0], 'extend');
      if (args[1] instanceof PyArrayObject) extendFromArray(i, a, args[1]);
      else extendFromIterable(i, a, args[1]);
      return none(i);
    },
    pop: (i, args, kw) => {
      positional(i, 'pop', args, kw, 1, 2);
      const a = self(i, args[0], 'pop');
      let k = args.length > 1 ? asSize(i, args[1]) : -1;
      if (a.count === 0) i.raise('IndexError', 'pop from empty array');
      if (k < 0) k += a.count;
      if (k < 0 || k >= a.count) i.raise('IndexError', 'pop index out of range');
      const v = itemObject(i, a, k);
      deleteRange(i, a, k, k + 1);
      return v;
    },
    remove: (i, args, kw) => {
      positional(i, 'remove', args, kw, 2);
      const a = self(i, args[0], 'remove');
      const k = find(i, a, args[1]);
      if (k < 0) i.raise('ValueError', 'array.remove(x): x not in array');
      deleteRange(i, a, k, k + 1);
      return none(i);
    },
    index: (i, args, kw) => {
      positional(i, 'index', args, kw, 2, 4);
      const a = self(i, args[0], 'index');
      const k = find(i, a, args[1], clampIndex(i, args[2], a.count, 0), clampIndex(i, args[3], a.count, a.count));
      if (k < 0) i.raise('ValueError', 'array.index(x): x not in array');
      return newInt(rt, k);
    },
    count: (i, args, kw) => {
      positional(i, 'count', args, kw, 2);
      const a = self(i, args[0], 'count');
      let n = 0;
      for (let k = find(i, a, args[1]); k >= 0; k = find(i, a, args[1], k + 1)) n++;
      return newInt(rt, n);
    },
    reverse: (i, args, kw) => {
      positional(i, 'reverse', args, kw, 1);
      const a = self(i, args[0], 'reverse');
      const items = Array.from({ length: a.count }, (_, k) => a.get(k)).reverse();
      items.forEach((x, k) => a.put(k, x));
      return none(i);
    },
    byteswap: (i, args, kw) => {
      positional(i, 'byteswap', args, kw, 1);
      const a = self(i, args[0], 'byteswap');
      const size = a.descr.itemsize;
      for (let k = 0; k < a.count; k++) a.bytes.subarray(k * size, (k + 1) * size).reverse();
      return none(i);
    },
    tobytes: (i, args, kw) => { positional(i, 'tobytes', args, kw, 1); return newBytes(rt, self(i, args[0], 'tobytes').data().slice()); },
    frombytes: (i, args, kw) => { positional(i, 'frombytes', args, kw, 2); extendFromBytes(i, self(i, args[0], 'frombytes'), requireBuffer(i, args[1])); return none(i); },
    tolist: (i, args, kw) => { positional(i, 'tolist', args, kw, 1); return toList(i, self(i, args[0], 'tolist')); },
    fromlist: (i, args, kw) => {
      positional(i, 'fromlist', args, kw, 2);
      const a = self(i, args[0], 'fromlist');
      const list = args[1];
      if (!(list instanceof PyListObject)) return i.typeError('arg must be list');
      const items = list.items.map((v) => convertItem(i, a.descr, v));
      const n = a.count;
      if (items.length > 0) {
        arrayResize(i, a, n + items.length);
        items.forEach((x, k) => a.put(n + k, x));
      }
      return none(i);
    },
    tounicode: (i, args, kw) => {
      positional(i, 'tounicode', args, kw, 1);
      const a = self(i, args[0], 'tounicode');
      if (a.descr.kind !== 'char') i.raise('ValueError', rt.profile.versionInfo[1] >= 13 ? "tounicode() may only be called on unicode type arrays ('u' or 'w')" : 'tounicode() may only be called on unicode type arrays');
      let s = '';
      for (let k = 0; k < a.count; k++) s += a.get(k) as string;
      return newStr(rt, s);
    },
    buffer_info: (i, args, kw) => {
      positional(i, 'buffer_info', args, kw, 1);
      const a = self(i, args[0], 'buffer_info');
      return newTuple(rt, [newInt(rt, a.bufferAddress), newInt(rt, a.count)]);
    },
    __copy__: (i, args, kw) => { positional(i, '__copy__', args, kw, 1); return copyOf(i, self(i, args[0], '__copy__')); },
    __deepcopy__: (i, args, kw) => { positional(i, '__deepcopy__', args, kw, 2); return copyOf(i, self(i, args[0], '__deepcopy__')); },
  };
}

/** `array_array___copy___impl`: a new array of exactly the items. */
function copyOf(interp: Interp, a: PyArrayObject): PyObject {
  const b = makeArray(interp, arrayType(interp), a.descr, a.count);
  b.bytes.set(a.data());
  return b;
}

/** Creates the `array` module. */
export function createArray(interp: Interp): PyModuleObject {
  const type = arrayType(interp);
  interp.typeCalls.set(type, (i, t, args, kwnames) => arrayNew(i, t, args, kwnames));
  for (const [name, impl] of Object.entries(methods(interp))) interp.methods.define(type, name, impl);
  interp.rt.heap.incref(type);
  interp.rt.heap.incref(type);
  return interp.defineModule('array', {}, { array: type, ArrayType: type, typecodes: newStr(interp.rt, typecodes(interp.rt.profile.versionInfo[1])) });
}

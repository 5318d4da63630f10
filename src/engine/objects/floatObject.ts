/**
 * `float` (Objects/floatobject.c): a 24-byte object holding a double, recycled through a free list
 * of 100 (`PyFloat_MAXFREELIST`, all three versions). Only exact floats go on the list.
 */
import type { Runtime } from '../runtime';
import { FreeList } from './freeList';
import { PyObject } from './object';
import { TPFLAGS, type PyTypeObject } from './typeObject';

/** `PyFloatObject`. */
export class PyFloatObject extends PyObject {
  constructor(type: PyTypeObject, address: number, public value: number) {
    super(type, address);
  }
}

/** `sizeof(PyFloatObject)`. */
export const FLOAT_SIZE = 24;

/** The float type and its free list. */
export function makeFloatType(rt: Runtime): { type: PyTypeObject; freeList: FreeList<PyFloatObject> } {
  const freeList = new FreeList<PyFloatObject>('float', 100, FLOAT_SIZE);
  const type = rt.staticType({
    name: 'float', basicsize: FLOAT_SIZE, flags: TPFLAGS.BASETYPE,
    // float_dealloc: exact floats go to the free list while it has room.
    dealloc: (heap, o) => {
      if (o.type === type && freeList.push(heap, o as PyFloatObject)) return;
      heap.freeObject(o);
    },
    sizeof: () => FLOAT_SIZE,
  });
  return { type, freeList };
}

/** `PyFloat_FromDouble`: from the free list if it has an entry, else a new 24-byte block. */
export function newFloat(rt: Runtime, value: number): PyFloatObject {
  const reused = rt.floatFreeList.pop(rt.heap);
  if (reused) {
    reused.value = value;
    return reused;
  }
  const heap = rt.heap;
  return heap.born(new PyFloatObject(rt.types.float, heap.objectBlock(FLOAT_SIZE, 'float'), value));
}

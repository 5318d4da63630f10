/**
 * `complex` (Objects/complexobject.c): a 32-byte object holding two doubles (`Py_complex cval`).
 * Unlike float it has no free list in 3.11, 3.12 or 3.13: every complex is a fresh pymalloc block
 * and `complex_dealloc` frees it at once, so a new complex reuses the block of the complex (or of
 * any other 32-byte object) freed last (test/oracle/complex/complexProbe.py). Not GC-tracked.
 */
import type { Runtime } from '../runtime';
import { PyObject } from './object';
import { TPFLAGS, type PyTypeObject } from './typeObject';

/** `PyComplexObject`. */
export class PyComplexObject extends PyObject {
  constructor(type: PyTypeObject, address: number, public real: number, public imag: number) {
    super(type, address);
  }
}

/** `sizeof(PyComplexObject)`: header 16 + two doubles. */
export const COMPLEX_SIZE = 32;

/** The complex type (`PyComplex_Type`). */
export function makeComplexType(rt: Runtime): PyTypeObject {
  return rt.staticType({
    name: 'complex', basicsize: COMPLEX_SIZE, flags: TPFLAGS.BASETYPE,
    dealloc: (heap, o) => heap.freeObject(o),
    sizeof: () => COMPLEX_SIZE,
  });
}

/** `PyComplex_FromCComplex`: a new 32-byte block. */
export function newComplex(rt: Runtime, real: number, imag: number): PyComplexObject {
  const heap = rt.heap;
  return heap.born(new PyComplexObject(rt.types.complex, heap.objectBlock(COMPLEX_SIZE, 'complex'), real, imag));
}

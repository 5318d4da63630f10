/**
 * UNPACK_SEQUENCE (Python/bytecodes.c, 3.12, `unpack_iterable` in Python/ceval.c): `a, b = seq`.
 * A tuple or list of the right length gives its items directly; anything else is iterated, and a
 * wrong count is a ValueError with CPython's message (the iterator stops one item past n).
 */
import { PyListObject } from '../../engine/objects/listObject';
import type { PyObject } from '../../engine/objects/object';
import { PyTupleObject } from '../../engine/objects/tupleObject';
import { getIter, iterNext, rewordNotIterable } from '../objects/abstract';
import type { Interp } from '../runtime/interp';

/** Pops the sequence and pushes its `n` items, the first on top. */
export function unpackSequence(interp: Interp, stack: (PyObject | null)[], n: number): void {
  const seq = stack.pop() as PyObject;
  try {
    const items = unpackItems(interp, seq, n);
    for (let i = items.length - 1; i >= 0; i--) stack.push(items[i]);
  } finally {
    interp.rt.heap.decref(seq);
  }
}

/** unpack_iterable's TypeError for a non-iterable (also UNPACK_EX's). */
export function cannotUnpack(typeName: string): string {
  return `cannot unpack non-iterable ${typeName} object`;
}

/** The sequence's items (new references), or ValueError. */
function unpackItems(interp: Interp, seq: PyObject, n: number): PyObject[] {
  if (seq instanceof PyTupleObject || seq instanceof PyListObject) {
    if (seq.items.length !== n) {
      if (seq.items.length > n) interp.raise('ValueError', `too many values to unpack (expected ${n})`);
      interp.raise('ValueError', `not enough values to unpack (expected ${n}, got ${seq.items.length})`);
    }
    for (const x of seq.items) interp.rt.heap.incref(x);
    return [...seq.items];
  }
  const it = rewordNotIterable(interp, seq, cannotUnpack, () => getIter(interp, seq));
  const out: PyObject[] = [];
  try {
    for (let v = iterNext(interp, it); v !== null; v = iterNext(interp, it)) {
      out.push(v);
      if (out.length > n) interp.raise('ValueError', `too many values to unpack (expected ${n})`);
    }
  } catch (e) {
    for (const x of out) interp.rt.heap.decref(x);
    throw e;
  } finally {
    interp.rt.heap.decref(it);
  }
  if (out.length < n) {
    for (const x of out) interp.rt.heap.decref(x);
    interp.raise('ValueError', `not enough values to unpack (expected ${n}, got ${out.length})`);
  }
  return out;
}

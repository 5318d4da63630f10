// Which types have CPython's tp_as_sequence table, a detail the in-place operators depend on.
import type { PyObject } from '../../engine/objects/object';
import { PyHeapTypeObject } from '../../engine/objects/typeHeap';
import type { PyTypeObject } from '../../engine/objects/typeObject';

/** Built-in types with a tp_as_sequence table (most without sq_repeat); classes always have one. */
const SEQUENCE_TABLE = new Set(['str', 'list', 'tuple', 'bytes', 'bytearray', 'range', 'dict', 'set', 'frozenset',
  'dict_keys', 'dict_values', 'dict_items', 'memoryview', 'array', 'deque', 'mappingproxy']);

/**
 * Whether `o`'s type has a tp_as_sequence table. PyNumber_InPlaceMultiply tries the right
 * operand's sq_repeat only when the left has no table at all, so `r *= [1]` with a range is
 * "unsupported operand type(s) for *=" while `n *= b'ab'` with an int repeats the bytes.
 */
export function hasSequenceTable(o: PyObject): boolean {
  for (let t: PyTypeObject | null = o.type; t; t = t.base) {
    if (t instanceof PyHeapTypeObject || SEQUENCE_TABLE.has(t.name)) return true;
  }
  return false;
}

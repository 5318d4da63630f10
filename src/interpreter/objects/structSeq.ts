/**
 * Struct sequences (Objects/structseq.c): the named tuples of the C level, `sys.version_info`,
 * `sys.int_info`, `sys.float_info`. An instance is a tuple of its static type (a tuple subclass),
 * so indexing, slicing, comparison and `len` are the tuple's; the fields read by name and the repr
 * names them: `sys.version_info(major=3, minor=12, ...)`.
 */
import type { PyObject } from '../../engine/objects/object';
import { PyTupleObject } from '../../engine/objects/tupleObject';
import { TPFLAGS, type PyTypeObject } from '../../engine/objects/typeObject';
import { allocTupleOf } from '../../engine/objects/builtinSubclass';
import type { Interp } from '../runtime/interp';
import type { FoundAttr } from './typeLookup';

const fieldsByType = new WeakMap<PyTypeObject, { qualified: string; fields: string[] }>();

/** The static struct-sequence type `qualified` (`sys.version_info`) with the given field names. */
export function structSeqType(interp: Interp, qualified: string, fields: string[]): PyTypeObject {
  const rt = interp.rt;
  const tuple = rt.types.tuple;
  const t = rt.staticType({
    name: qualified.slice(qualified.lastIndexOf('.') + 1), basicsize: tuple.basicsize, itemsize: tuple.itemsize,
    flags: TPFLAGS.HAVE_GC, base: tuple, dealloc: tuple.dealloc, traverse: tuple.traverse, sizeof: tuple.sizeof,
  });
  fieldsByType.set(t, { qualified, fields });
  return t;
}

/** A new instance of a struct-sequence type holding `values` (stolen), in field order. */
export function newStructSeq(interp: Interp, type: PyTypeObject, values: PyObject[]): PyTupleObject {
  return allocTupleOf(interp.rt, type, values);
}

/** A field read by name (`sys.version_info.major`), or null when `o` is not a struct sequence. */
export function structSeqGetAttr(interp: Interp, o: PyObject, name: string): FoundAttr | null {
  const info = fieldsByType.get(o.type);
  if (!info || !(o instanceof PyTupleObject)) return null;
  const k = info.fields.indexOf(name);
  if (k < 0) return null;
  interp.rt.heap.incref(o.items[k]);
  return { value: o.items[k], method: false };
}

/** `structseq_repr`, or null when `o` is not a struct sequence. */
export function structSeqRepr(o: PyObject, reprItem: (x: PyObject) => string): string | null {
  const info = fieldsByType.get(o.type);
  if (!info || !(o instanceof PyTupleObject)) return null;
  return `${info.qualified}(${info.fields.map((f, k) => `${f}=${reprItem(o.items[k])}`).join(', ')})`;
}

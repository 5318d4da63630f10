/**
 * Instances of Python classes whose solid base is `dict`, `list` or `tuple` (`class D(dict)`):
 * the base's object, allocated by `PyType_GenericAlloc(type, n)` with the subclass's pre-header and
 * basic size, and released by `subtype_dealloc`, which calls the base's `tp_dealloc` and then
 * drops the type. Measured (3.11 / 3.12 / 3.13), getsizeof of an empty instance:
 *
 *   class D(dict)   88 / 80 / 80    3.11: weakref slot + managed dict; 3.12+: both managed
 *   class L(list)   80 / 72 / 72
 *   class T(tuple)  48 / 56 / 56    no weakref; 3.11 an 8-byte dict slot, 3.12+ a managed dict
 *
 * Obscurity: `PyType_GenericAlloc` allocates `nitems + 1` items of a variable-size type (the
 * sentinel), so `T((1, 2, 3))` asks for 16 + 32 + 32 bytes in 3.11 while `__sizeof__` says 56.
 */
import type { Heap } from '../heap';
import { PyByteArraySubObject } from './valueSubclass';
import type { Runtime } from '../runtime';
import { PyDictObject } from './dictObject';
import { callFinalizerFromDealloc } from './instanceObject';
import { PyListObject } from './listObject';
import type { PyGCObject, PyObject } from './object';
import { PyTupleObject } from './tupleObject';
import type { PyTypeObject, TypeSpec } from './typeObject';

/**
 * The `__dict__` of instances of these subclasses (CPython's managed dict, or the dict slot of a
 * 3.11 tuple subclass), made on the first attribute store; the instance owns it.
 */
export const subclassInstanceDicts = new WeakMap<PyObject, PyDictObject>();

/** Drops the instance's `__dict__` (`PyObject_ClearManagedDict`, before the base's dealloc). */
function dropInstanceDict(heap: Heap, o: PyObject): void {
  const d = subclassInstanceDicts.get(o);
  if (!d) return;
  subclassInstanceDicts.delete(o);
  heap.decref(d);
}

/**
 * The slots a subclass of the built-in `base` gets (`subtype_dealloc`, `subtype_traverse`,
 * `__sizeof__`); `own` replaces the base's release of the block and its `__sizeof__` (the int, str
 * and float subclasses of valueSubclass.ts).
 */
export function builtinSubclassSlots(
  base: PyTypeObject, basicsize: number, own: Partial<Pick<TypeSpec, 'dealloc' | 'sizeof'>> = {},
): Pick<TypeSpec, 'dealloc' | 'traverse' | 'clear' | 'sizeof'> {
  const release = own.dealloc ?? base.dealloc;
  return {
    dealloc: (heap: Heap, o: PyObject) => {
      if (callFinalizerFromDealloc(o as PyGCObject)) return;
      const t = o.type;
      dropInstanceDict(heap, o);
      release(heap, o);
      heap.decref(t);
    },
    traverse: (o, visit) => {
      base.traverse(o, visit);
      const d = subclassInstanceDicts.get(o);
      if (d) visit(d);
      visit(o.type);
    },
    clear: (heap: Heap, o: PyObject) => {
      dropInstanceDict(heap, o);
      base.clear?.(heap, o);
    },
    // dict's `__sizeof__` already reads the type's basic size; list's and tuple's use their own.
    sizeof: own.sizeof ?? ((o) => (o instanceof PyDictObject ? base.sizeof(o) : base.sizeof(o) - base.basicsize + basicsize)),
  };
}

/** `list_new` for a subclass: an empty list object of `type`, tracked (no free list). */
export function allocListOf(rt: Runtime, type: PyTypeObject): PyListObject {
  const l = rt.heap.gcNew((a) => new PyListObject(type, a), type.preHeaderSize + type.basicsize, type.name);
  rt.heap.incref(type);
  rt.heap.gc.track(l);
  return l;
}

/** `tuple_subtype_new`: `type->tp_alloc(type, n)` filled with `items` (stolen), tracked. */
export function allocTupleOf(rt: Runtime, type: PyTypeObject, items: PyObject[]): PyTupleObject {
  const request = type.preHeaderSize + Math.ceil((type.basicsize + type.itemsize * (items.length + 1)) / 8) * 8;
  const t = rt.heap.gcNew((a) => new PyTupleObject(type, a, items), request, type.name);
  rt.heap.incref(type);
  rt.heap.gc.track(t);
  return t;
}

/** `PyType_GenericNew` for a bytearray subclass: an empty instance of `type`, tracked, no buffer. */
export function allocByteArrayOf(rt: Runtime, type: PyTypeObject): PyByteArraySubObject {
  const o = rt.heap.gcNew((a) => new PyByteArraySubObject(type, a), type.preHeaderSize + type.basicsize, type.name);
  rt.heap.incref(type);
  rt.heap.gc.track(o);
  return o;
}

/** `bytearray_dealloc` for a subclass instance: the buffer, then the GC block. */
export function byteArraySubRelease(heap: Heap, o: PyObject): void {
  const b = o as PyByteArraySubObject;
  if (b.bufferAddress !== 0) heap.memory.free(b.bufferAddress, 'bytearray buffer', 'obj');
  b.bufferAddress = 0;
  heap.gcDel(b);
}

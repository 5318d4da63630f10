/**
 * Instances of Python subclasses of `int`, `str`, `float`, `complex` and `bytes` (`class Money(int)`): the base's
 * object, allocated by `PyType_GenericAlloc` for the subtype, so with a GC head (every heap type
 * is a GC type, and the instance is tracked) and the subtype's pre-header. Mirrors
 * `long_subtype_new`, `unicode_subtype_new` and `float_subtype_new` (Objects/*.c, 3.11–3.13).
 * Measured by test/oracle/valueSubclassProbe.py (3.11 / 3.12 / 3.13):
 *
 *   class I(int)      getsizeof(I(5)) 44 / 60 / 60   block 56 / 64 / 64   basicsize 32 / 24
 *   class S(str)      getsizeof(S('abc')) 116 / 100  block 120 + 4 / 96 + 4 (separate data)
 *   class F(float)    getsizeof(F(1.5)) 64 / 56      block 64 / 56
 *   `__slots__ = ()`  I 44 (block 48), S 100 / 84, F 40: the GC head only
 *   class B(bytes)    getsizeof(B(b'ab')) 59 / 67     (corpus bytes_subclass_frames.py)
 *
 * - int: `tp_alloc(type, n)` asks for `n + 1` digits (the sentinel item), n = max(1, digits);
 *   3.11 keeps the dict in an 8-byte slot after the digits, 3.12+ manage it in the pre-header.
 *   `__sizeof__` is int's (header + digits), whatever the type's basic size.
 * - str: not compact: `sizeof(PyUnicodeObject)` (80 / 64) then a separate `PyObject_Malloc` of
 *   `(len + 1) * kind` for the characters; `__sizeof__` counts both.
 * - float: `__sizeof__` is the type's basic size (32 in 3.11 with the weakref slot, 24 after).
 */
import type { Heap } from '../heap';
import type { Runtime } from '../runtime';
import { PyByteArrayObject } from './byteArrayObject';
import { PyBytesObject } from './bytesObject';
import { PyComplexObject } from './complexObject';
import { PyFloatObject } from './floatObject';
import { digitCount, longSizeof, PyLongObject, type IntValue } from './longObject';
import { withGCHead, type PyObject } from './object';
import { measureString, PyUnicodeObject } from './unicodeObject';
import type { PyTypeObject, TypeSpec } from './typeObject';

/** An instance of an `int` subclass. */
export class PyLongSubObject extends withGCHead(PyLongObject) {}

/** An instance of a `float` subclass. */
export class PyFloatSubObject extends withGCHead(PyFloatObject) {}

/** An instance of a `str` subclass: its characters live in a separate block. */
export class PyUnicodeSubObject extends withGCHead(PyUnicodeObject) {
  /** The address of the character data (`data.any`). */
  dataAddress = 0;
}

/** An instance of a `complex` subclass. */
export class PyComplexSubObject extends withGCHead(PyComplexObject) {}

/** An instance of a `bytes` subclass: the bytes follow the object in the same block. */
export class PyBytesSubObject extends withGCHead(PyBytesObject) {}

/**
 * An instance of a `bytearray` subclass: the bytearray struct behind a GC head, its buffer apart
 * (allocated by builtinSubclass.ts's `allocByteArrayOf`; it behaves as its base like the values).
 */
export class PyByteArraySubObject extends withGCHead(PyByteArrayObject) {}

/** Whether `o` is an instance of an int, str, float, complex, bytes or bytearray subclass made here. */
export function isValueSubclassInstance(o: PyObject): boolean {
  return o instanceof PyLongSubObject || o instanceof PyUnicodeSubObject || o instanceof PyFloatSubObject || o instanceof PyComplexSubObject
    || o instanceof PyBytesSubObject || o instanceof PyByteArraySubObject;
}

/** Bytes of a str subclass's character block: `(len + 1) * kind`. */
function unicodeDataSize(u: PyUnicodeObject): number {
  return (u.length + 1) * u.kind;
}

/** `unicode_sizeof` of a non-compact string: the object struct plus its characters. */
function unicodeSubSizeof(rt: Runtime, o: PyObject): number {
  return rt.profile.unicodeObjectSize + unicodeDataSize(o as PyUnicodeObject);
}

/**
 * What to release and how to size an instance of a subclass of `base` (one of int, str, float),
 * for `builtinSubclassSlots`: the base's own dealloc would free a non-GC block.
 */
export function valueSubclassRelease(rt: Runtime, base: PyTypeObject): Pick<TypeSpec, 'dealloc' | 'sizeof'> {
  const types = rt.types;
  const release = (heap: Heap, o: PyObject) => {
    if (o instanceof PyUnicodeSubObject && o.dataAddress !== 0) heap.memory.free(o.dataAddress, 'str data', 'obj');
    heap.gcDel(o as PyLongSubObject);
  };
  if (base === types.int) return { dealloc: release, sizeof: (o) => longSizeof((o as PyLongObject).value) };
  if (base === types.str) return { dealloc: release, sizeof: (o) => unicodeSubSizeof(rt, o) };
  // bytes_sizeof: the type's basic size (3.11's includes the dict slot) plus the bytes.
  if (base.name === 'bytes') return { dealloc: release, sizeof: (o) => o.type.basicsize + (o as PyBytesObject).value.length };
  return { dealloc: release };
}

/** `long_subtype_new`: an instance of `type` (an int subclass) holding `value`, tracked. */
export function allocLongOf(rt: Runtime, type: PyTypeObject, value: IntValue): PyLongSubObject {
  const n = Math.max(1, digitCount(value));
  const request = type.preHeaderSize + Math.ceil((type.basicsize + type.itemsize * (n + 1)) / 8) * 8;
  const heap = rt.heap;
  const o = heap.gcNew((a) => new PyLongSubObject(type, a, value), request, type.name);
  heap.incref(type);
  heap.gc.track(o);
  return o;
}

/**
 * `bytes_subtype_new`: an instance of `type` (a bytes subclass) holding a copy of `value`, tracked;
 * `tp_alloc(type, n)` asks for `n + 1` items (the trailing NUL).
 */
export function allocBytesOf(rt: Runtime, type: PyTypeObject, value: Uint8Array): PyBytesSubObject {
  const request = type.preHeaderSize + Math.ceil((type.basicsize + type.itemsize * (value.length + 1)) / 8) * 8;
  const heap = rt.heap;
  const o = heap.gcNew((a) => new PyBytesSubObject(type, a, value.slice()), request, type.name);
  heap.incref(type);
  heap.gc.track(o);
  return o;
}

/** `float_subtype_new`: an instance of `type` (a float subclass) holding `value`, tracked. */
export function allocFloatOf(rt: Runtime, type: PyTypeObject, value: number): PyFloatSubObject {
  const heap = rt.heap;
  const o = heap.gcNew((a) => new PyFloatSubObject(type, a, value), type.preHeaderSize + type.basicsize, type.name);
  heap.incref(type);
  heap.gc.track(o);
  return o;
}

/**
 * `complex_subtype_from_doubles`: an instance of `type` (a complex subclass), tracked. Measured
 * like float's (test/corpus/programs/complex_subclass.py): `class C(complex)` 72 / 64 / 64, with
 * `__slots__ = ()` 48.
 */
export function allocComplexOf(rt: Runtime, type: PyTypeObject, real: number, imag: number): PyComplexSubObject {
  const heap = rt.heap;
  const o = heap.gcNew((a) => new PyComplexSubObject(type, a, real, imag), type.preHeaderSize + type.basicsize, type.name);
  heap.incref(type);
  heap.gc.track(o);
  return o;
}

/** `unicode_subtype_new`: the object, then its character block, both on the current line. */
export function allocUnicodeOf(rt: Runtime, type: PyTypeObject, value: string): PyUnicodeSubObject {
  const heap = rt.heap;
  const m = measureString(value);
  const o = heap.gcNew(
    (a) => new PyUnicodeSubObject(type, a, value, m.length, m.kind, m.ascii), type.preHeaderSize + type.basicsize, type.name,
  );
  heap.incref(type);
  o.dataAddress = heap.memory.objectMalloc(unicodeDataSize(o), 'str data');
  heap.gc.track(o);
  return o;
}

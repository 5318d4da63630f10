/**
 * Keys for dicts and sets: what `PyObject_Hash` and `PyObject_RichCompare(..., Py_EQ)` give the
 * engine, in the form of its `HashedKey` contract (dictKeys.ts). Equal numbers share one hash key
 * whatever their type (`1 == 1.0 == True`), strs go by value, tuples and frozensets by CPython's
 * hash of their items with `==` deciding, NaN and other objects by identity. Lists, dicts and sets
 * are unhashable, with CPython's message.
 */
import type { HashedKey } from '../../engine/objects/dictKeys';
import { PyDictObject } from '../../engine/objects/dictObject';
import { PyFloatObject } from '../../engine/objects/floatObject';
import { PyComplexObject } from '../../engine/objects/complexObject';
import { PyListObject } from '../../engine/objects/listObject';
import { PyLongObject } from '../../engine/objects/longObject';
import type { PyObject } from '../../engine/objects/object';
import { defaultHash, hashBytes, hashComplex, hashFloat, hashFrozenset, hashInt, hashPointer, hashSlice, hashTuple, NONE_HASH, type PyHash } from '../../engine/objects/pyHash';
import { PySliceObject } from '../../engine/objects/sliceObject';
import { PySetObject, setEntries } from '../../engine/objects/setObject';
import { PyTupleObject } from '../../engine/objects/tupleObject';
import { PyUnicodeObject } from '../../engine/objects/unicodeObject';
import { PyHeapTypeObject } from '../../engine/objects/typeHeap';
import { PyTypeObject } from '../../engine/objects/typeObject';
import type { Interp } from '../runtime/interp';
import { callAny } from '../vm/callDispatch';
import { ownSlotKind } from './builtinSlots';
import { typeLookup } from './typeLookup';
import { equals } from './richCompare';
import { PyBytesObject } from '../../engine/objects/bytesObject';
import { PyWeakReference } from '../../engine/objects/weakrefObject';
import { PyByteArrayObject } from '../../engine/objects/byteArrayObject';
import { tpName } from './typeModules';

/** Types whose instances key dicts and sets their own way (`fractions.Fraction`: as the equal number). */
export const customHashKeys = new WeakMap<PyTypeObject, (interp: Interp, o: PyObject) => HashedKey>();

/** The hashed key of `o` for a dict or set lookup (borrowed key), or TypeError when unhashable. */
export function hashedKey(interp: Interp, o: PyObject): HashedKey {
  if (o.type instanceof PyHeapTypeObject) {
    const custom = customHashKeys.get(o.type);
    if (custom) return custom(interp, o);
    // A subclass of a built-in value with its own __hash__ (a case-insensitive str) keys by it.
    const user = userHash(interp, o);
    if (user !== null) return { key: o, hashKey: user, hash: user, eq: (a, b) => equals(interp, a, b) };
  }
  if (o instanceof PyUnicodeObject) return { key: o, hashKey: o.value };
  if (o instanceof PyLongObject) return { key: o, hashKey: o.value };
  if (o instanceof PyFloatObject) {
    const v = o.value;
    if (Number.isNaN(v)) return { key: o, hashKey: o, hash: hashPointer(o.id) };
    // An integral float beyond 2^53 must meet the int of the same value (a bigint hash key).
    if (Number.isInteger(v) && !Number.isSafeInteger(v)) return { key: o, hashKey: BigInt(v) };
    return { key: o, hashKey: v };
  }
  if (o instanceof PyComplexObject) {
    // No imaginary part: the key meets the float (and int) of the same value.
    if (o.imag === 0 && !Number.isNaN(o.real)) {
      const v = o.real;
      return { key: o, hashKey: Number.isInteger(v) && !Number.isSafeInteger(v) ? BigInt(v) : v };
    }
    const hash = hashComplex(o.real, o.imag, o.id);
    return { key: o, hashKey: hash, hash, eq: (a, b) => equals(interp, a, b) };
  }
  if (o instanceof PyTupleObject || (o instanceof PySetObject && o.type === interp.rt.types.frozenset)) {
    const hash = hashOf(interp, o);
    return { key: o, hashKey: hash, hash, eq: (a, b) => equals(interp, a, b) };
  }
  if (o instanceof PySliceObject) {
    const hash = hashOf(interp, o);
    return { key: o, hashKey: hash, hash, eq: (a, b) => equals(interp, a, b) };
  }
  if (o === interp.rt.None && interp.rt.profile.version !== '3.11') return { key: o, hashKey: o, hash: NONE_HASH };
  if (o instanceof PyBytesObject) {
    const hash = hashBytes(o.value);
    return { key: o, hashKey: hash, hash, eq: (a, b) => equals(interp, a, b) };
  }
  if (o instanceof PyListObject || o instanceof PyDictObject || o instanceof PySetObject || o instanceof PyByteArrayObject) {
    return interp.typeError(`unhashable type: '${tpName(o.type)}'`);
  }
  const custom = customHashKeys.get(o.type);
  if (custom) return custom(interp, o);
  if (o instanceof PyWeakReference) {
    const hash = weakrefHash(interp, o);
    return { key: o, hashKey: hash, hash, eq: (a, b) => equals(interp, a, b) };
  }
  return { key: o, hashKey: o, hash: hashPointer(o.id) };
}

/**
 * `slot_tp_hash`: an instance's hash from its class's own `__hash__` (null when the class has
 * none of its own); `__hash__ = None` (set by a class defining `__eq__` alone) is unhashable.
 */
function userHash(interp: Interp, o: PyObject): PyHash | null {
  const t = o.type;
  if (!(t instanceof PyHeapTypeObject) || o instanceof PyTypeObject) return null;
  // A built-in base before the defining class in the MRO (`class B(int, A)`, IntEnum over
  // Enum.__hash__) hashes as that base.
  for (const c of t.mro ?? []) {
    if (c instanceof PyHeapTypeObject ? c.ns.has('__hash__') : c.base === null) break;
    if (ownSlotKind(interp.rt, c, '__hash__') !== undefined) return null;
  }
  const f = typeLookup(interp, t, '__hash__');
  if (!f || !(t.mro ?? []).some((c) => c instanceof PyHeapTypeObject && c.ns.get('__hash__') === f)) return null;
  if (f === interp.rt.None) return interp.typeError(`unhashable type: '${tpName(t)}'`);
  const r = callAny(interp, f, [o]);
  try {
    if (!(r instanceof PyLongObject)) return interp.typeError('__hash__ method should return an integer');
    // slot_tp_hash: a value that fits a Py_hash_t is the hash itself (-1 becomes -2), else hash(int).
    const v = BigInt(r.value);
    if (v >= -(1n << 63n) && v < 1n << 63n) return v === -1n ? -2 : (Number.isSafeInteger(Number(v)) ? Number(v) : v);
    return hashInt(r.value);
  } finally {
    interp.rt.heap.decref(r);
  }
}

/** `PyObject_Hash`: `hash(o)`. */
export function hashOf(interp: Interp, o: PyObject): PyHash {
  if (o.type instanceof PyHeapTypeObject) {
    const user = userHash(interp, o);
    if (user !== null) return user;
  }
  return baseHashOf(interp, o);
}

/** The built-in type's own `tp_hash` of `o` (`int.__hash__(self)` inside a subclass's `__hash__`). */
export function baseHashOf(interp: Interp, o: PyObject): PyHash {
  if (o instanceof PyUnicodeObject) return defaultHash(o.value);
  if (o instanceof PyLongObject) return hashInt(o.value);
  if (o instanceof PyBytesObject) return hashBytes(o.value);
  if (o instanceof PyFloatObject) return Number.isNaN(o.value) ? hashPointer(o.id) : hashFloat(o.value);
  if (o instanceof PyComplexObject) return hashComplex(o.real, o.imag, o.id);
  if (o instanceof PyTupleObject) return hashTuple(o.items.map((x) => hashOf(interp, x)));
  if (o instanceof PySetObject && o.type === interp.rt.types.frozenset) return hashFrozenset(setEntries(o).map((e) => e.hash));
  if (o instanceof PySliceObject) {
    // slice_hash is new in 3.12; 3.11's slice has tp_hash = PyObject_HashNotImplemented.
    if (interp.rt.profile.version === '3.11') return interp.typeError("unhashable type: 'slice'");
    return hashSlice([o.start, o.stop, o.step].map((x) => hashOf(interp, x ?? interp.rt.None)));
  }
  if (o instanceof PyWeakReference) return weakrefHash(interp, o);
  const k = hashedKey(interp, o);
  return k.hash ?? defaultHash(k.hashKey);
}

/** `weakref_hash`: the referent's hash, cached; a dead ref never hashed is a TypeError. */
function weakrefHash(interp: Interp, wr: PyWeakReference): PyHash {
  if (wr.hash !== null) return wr.hash;
  if (!wr.referent) return interp.typeError('weak object has gone away');
  wr.hash = hashOf(interp, wr.referent);
  return wr.hash;
}

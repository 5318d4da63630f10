/**
 * The abstract layer's cases for dicts, sets, frozensets, dict views and the new iterator
 * objects (`dict_subscript`, `dict_ass_sub`, `dict_contains`, `set_contains`, `dict_richcompare`,
 * `set_richcompare`, `dict_iter`, `set_iter`, `PyObject_GetIter` of views). abstract.ts calls in
 * here for these types; each function returns `undefined` when the object is not one of them.
 */
import { newException } from '../../engine/objects/exceptionObject';
import {
  dictContains, dictDelItem, dictGetItem, dictItems, dictSetItem, PyDictObject,
} from '../../engine/objects/dictObject';
import { dictIterNext, newDictIter, PyDictIterObject, PyDictViewObject } from '../../engine/objects/dictViewObject';
import { PyLazyIterObject } from '../../engine/objects/lazyIterObjects';
import { isPlainGenerator } from '../../engine/objects/genObject';
import type { PyObject } from '../../engine/objects/object';
import { newSetIter, PySetIterObject, setIterNext } from '../../engine/objects/setIterObject';
import { PySetObject, setContains, setEntries } from '../../engine/objects/setObject';
import { newTuple, PyTupleObject } from '../../engine/objects/tupleObject';
import { PyError } from '../runtime/pyError';
import type { Interp } from '../runtime/interp';
import { getItem } from './abstract';
import { equals } from './richCompare';
import { newInt } from '../../engine/objects/longObject';
import { hashedKey } from './hashKey';
import { lazyIterNext } from '../builtins/iterTools';
import { nativeType, newNativeObject, PyNativeObject } from '../modules/nativeObject';
import { dequeContains, dequeEquals, dequeIter, dequeLength } from '../modules/dequeOps';
import { PyHeapTypeObject } from '../../engine/objects/typeHeap';
import { callAny } from '../vm/callDispatch';
import { typeLookup } from './typeLookup';
import { bytesContains, bytesEquals, bytesIter, bytesLength } from './bytesOps';

/** `_PyErr_SetKeyError(key)`: `KeyError` whose single argument is the key itself. */
export function raiseKeyError(interp: Interp, key: PyObject): never {
  interp.rt.heap.incref(key);
  throw new PyError(newException(interp.rt, interp.excType('KeyError'), newTuple(interp.rt, [key])));
}

/** `len()` of a dict, set or view; undefined for other objects. */
export function containerLength(o: PyObject): number | undefined {
  if (o instanceof PyDictObject || o instanceof PySetObject) return o.used;
  if (o instanceof PyDictViewObject) return o.dict ? o.dict.used : 0;
  return dequeLength(o) ?? bytesLength(o);
}

/** `d[key]` (borrowed arguments, new reference), KeyError when missing. */
export function dictSubscript(interp: Interp, d: PyDictObject, key: PyObject): PyObject {
  const v = dictGetItem(d, hashedKey(interp, key));
  if (v === null) {
    // dict_subscript: a subclass's `__missing__(key)` answers for a missing key.
    const missing = d.type instanceof PyHeapTypeObject ? typeLookup(interp, d.type, '__missing__') : null;
    if (missing) return callAny(interp, missing, [d, key]);
    raiseKeyError(interp, key);
  }
  interp.rt.heap.incref(v);
  return v;
}

/** `d[key] = value` (borrowed arguments). */
export function dictStore(interp: Interp, d: PyDictObject, key: PyObject, value: PyObject): void {
  const k = hashedKey(interp, key);
  interp.rt.heap.incref(key);
  interp.rt.heap.incref(value);
  dictSetItem(interp.rt, d, k, value);
}

/** `del d[key]`, KeyError when missing. */
export function dictDelete(interp: Interp, d: PyDictObject, key: PyObject): void {
  if (!dictDelItem(interp.rt, d, hashedKey(interp, key))) raiseKeyError(interp, key);
}

/** `item in container` for dicts, sets and views; undefined for other containers. */
export function containerContains(interp: Interp, container: PyObject, item: PyObject): boolean | undefined {
  if (container instanceof PyDictObject) return dictContains(container, hashedKey(interp, item));
  if (container instanceof PySetObject) {
    // set_contains: an unhashable set is looked up as the equal frozenset.
    if (item instanceof PySetObject && item.type === interp.rt.types.set) {
      return setEntries(container).some((e) => equals(interp, e.key, item));
    }
    return setContains(container, hashedKey(interp, item));
  }
  if (container instanceof PyDictViewObject) {
    const d = container.dict;
    if (!d) return false;
    if (container.kind === 'keys') return dictContains(d, hashedKey(interp, item));
    if (container.kind === 'values') return dictItems(d).some((e) => equals(interp, e.value, item));
    // dictitems_contains: a (key, value) 2-tuple whose key is there with an equal value.
    if (!(item instanceof PyTupleObject) || item.items.length !== 2) return false;
    const v = dictGetItem(d, hashedKey(interp, item.items[0]));
    return v !== null && equals(interp, v, item.items[1]);
  }
  if (container instanceof PyNativeObject && container.sequence) {
    // PySequence_Contains by iteration (a mappingproxy's keys).
    const seq = container.sequence;
    for (let i = 0; i < seq.length(); i++) {
      const x = seq.item(interp, i);
      const eq = equals(interp, x, item);
      interp.rt.heap.decref(x);
      if (eq) return true;
    }
    return false;
  }
  return dequeContains(interp, container, item) ?? bytesContains(interp, container, item);
}

/** `==` for dicts, sets and views; undefined when neither side is one. */
export function containerEquals(interp: Interp, a: PyObject, b: PyObject): boolean | undefined {
  if (a instanceof PyDictObject && b instanceof PyDictObject) {
    if (a.used !== b.used) return false;
    for (const e of dictItems(a)) {
      const v = dictGetItem(b, e);
      if (v === null || !equals(interp, e.value, v)) return false;
    }
    return true;
  }
  if (a instanceof PySetObject && b instanceof PySetObject) {
    if (a.used !== b.used) return false;
    return setEntries(a).every((e) => setContains(b, e));
  }
  return dequeEquals(interp, a, b) ?? bytesEquals(a, b);
}

/** `iter(o)` for dicts, sets, frozensets and views (allocated as CPython does); undefined otherwise. */
export function containerIter(interp: Interp, o: PyObject): PyObject | undefined {
  const rt = interp.rt;
  if (o instanceof PyDictObject) return newDictIter(rt, o, 'keys');
  if (o instanceof PySetObject) return newSetIter(rt, o);
  if (o instanceof PyDictViewObject) return newDictIter(rt, o.dict as PyDictObject, o.kind);
  if (o instanceof PyDictIterObject || o instanceof PySetIterObject || o instanceof PyLazyIterObject || isPlainGenerator(o) || (o instanceof PyNativeObject && o.next)) {
    rt.heap.incref(o);
    return o;
  }
  if (o instanceof PyNativeObject && o.iter) return o.iter(interp);
  if (o instanceof PyNativeObject && o.sequence) return sequenceIter(interp, o);
  return dequeIter(interp, o) ?? bytesIter(interp, o) ?? getItemIter(interp, o);
}

/**
 * `PySeqIter_New` for a class with `__getitem__` and no `__iter__`: the 48-byte `iterator` calling
 * `o[0]`, `o[1]`... until IndexError or StopIteration, then dropping `o` (iter_iternext).
 */
function getItemIter(interp: Interp, o: PyObject): PyObject | undefined {
  if (!(o.type instanceof PyHeapTypeObject) || !typeLookup(interp, o.type, '__getitem__')) return undefined;
  const heap = interp.rt.heap;
  heap.incref(o);
  const it = newNativeObject(interp, nativeType(interp, 'iterator', 48), [o]);
  let index = 0;
  it.next = (i) => {
    const seq = it.refs[0];
    if (!seq) return null;
    const key = newInt(i.rt, index);
    try {
      const v = getItem(i, seq, key);
      index++;
      return v;
    } catch (e) {
      if (!(e instanceof PyError) || !(e.exc.type.isSubtypeOf(i.excType('IndexError')) || e.exc.type.isSubtypeOf(i.excType('StopIteration')))) throw e;
      heap.decref(e.exc);
      it.refs[0] = null;
      heap.decref(seq);
      return null;
    } finally {
      heap.decref(key);
    }
  };
  return it;
}

/**
 * `PySeqIter_New` for a native object with the sequence protocol only (`traceback.FrameSummary`):
 * the 48-byte `iterator` calling `sq_item` until the index leaves the sequence.
 */
function sequenceIter(interp: Interp, o: PyNativeObject): PyObject {
  const seq = o.sequence as NonNullable<PyNativeObject['sequence']>;
  interp.rt.heap.incref(o);
  const it = newNativeObject(interp, nativeType(interp, 'iterator', 48), [o]);
  let index = 0;
  it.next = (i) => (it.refs[0] && index < seq.length() ? seq.item(i, index++) : null);
  return it;
}

/** `tp_iternext` of the iterators above: next item, null when exhausted, undefined when not ours. */
export function containerIterNext(interp: Interp, it: PyObject): PyObject | null | undefined {
  if (it instanceof PyDictIterObject) {
    const r = dictIterNext(interp.rt, it);
    if (r === 'changed') return interp.raise('RuntimeError', 'dictionary changed size during iteration');
    return r;
  }
  if (it instanceof PySetIterObject) {
    const r = setIterNext(interp.rt, it);
    if (r === 'changed') return interp.raise('RuntimeError', 'Set changed size during iteration');
    return r;
  }
  if (it instanceof PyLazyIterObject) return lazyIterNext(interp, it);
  if (it instanceof PyNativeObject && it.next) return it.next(interp);
  return undefined;
}

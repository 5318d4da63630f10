/**
 * `weakref.WeakValueDictionary` (Lib/weakref.py): a class whose instances keep their entries in a
 * plain dict, `self.data`, mapping each key to a `KeyedRef` (a weakref subclass with a `key`
 * slot: getsizeof 88) whose callback removes the entry when the value dies:
 *
 *   d[k] = v      data[k] = KeyedRef(v, remove, k)     one tracked 88-byte object per entry
 *   del v         v's weakref callbacks run: remove(ref) deletes data[k] if it still holds ref
 *
 * The instance is an ordinary Python-class instance (getsizeof 56 on 3.11, 48 on 3.12/3.13) with
 * CPython's attributes `data`, `_pending_removals` (a list) and `_iterating` (a set). The removal
 * callback is a built-in function here (CPython: a closure with a weak reference to the dict).
 * Iteration methods return iterators over a snapshot of the live entries.
 */
import { dictGetItem, dictItems, PyDictObject, newDict } from '../../engine/objects/dictObject';
import { newList } from '../../engine/objects/listObject';
import { newInt } from '../../engine/objects/longObject';
import type { PyObject } from '../../engine/objects/object';
import { newSet } from '../../engine/objects/setObject';
import { newWeakref, type PyWeakReference, supportsWeakrefs, weakrefType, WEAKREF_SIZE } from '../../engine/objects/weakrefObject';
import { dictDelete, dictStore, raiseKeyError } from '../objects/containerOps';
import { hashedKey } from '../objects/hashKey';
import type { Interp } from '../runtime/interp';
import type { NativeImpl } from '../vm/callables';
import { dictData, initArgs, newRef, refList, setOwnedAttrs, storeKeywords, weakMappingClass, weakMappingMethods } from './weakMapping';

/** getsizeof of a KeyedRef: the weakref plus its `key` slot. */
const KEYED_REF_SIZE = WEAKREF_SIZE + 8;

const keyOf = new WeakMap<PyWeakReference, PyObject>();
const classes = new WeakMap<object, PyObject>();

/** The instance's `data` dict (borrowed). */
function dataOf(interp: Interp, self: PyObject): PyDictObject {
  return dictData(interp, self, 'WeakValueDictionary');
}

/** The live (key, value) pairs, borrowed. */
function liveItems(interp: Interp, self: PyObject): [PyObject, PyObject][] {
  const out: [PyObject, PyObject][] = [];
  for (const e of dictItems(dataOf(interp, self))) {
    const o = (e.value as PyWeakReference).referent;
    if (o) out.push([e.key as PyObject, o]);
  }
  return out;
}

/** The `weakref.WeakValueDictionary` class of this runtime. */
export function weakValueDictionaryType(interp: Interp): PyObject {
  const rt = interp.rt;
  const known = classes.get(rt);
  if (known) return known;
  const heap = rt.heap;
  const keyedRef = rt.staticType({
    name: 'KeyedRef', basicsize: KEYED_REF_SIZE, flags: weakrefType(rt).flags, base: weakrefType(rt),
    dealloc: (h, o) => {
      const key = keyOf.get(o as PyWeakReference);
      keyOf.delete(o as PyWeakReference);
      weakrefType(rt).dealloc(h, o);
      h.xdecref(key ?? null);
    },
    traverse: (o, visit) => {
      weakrefType(rt).traverse(o, visit);
      const key = keyOf.get(o as PyWeakReference);
      if (key) visit(key);
    },
    clear: weakrefType(rt).clear ?? undefined,
  });
  // _remove_dead_weakref(self.data, wr.key): the entry goes if it still holds a dead ref.
  const removers = new WeakMap<PyObject, PyObject>();
  const removerOf = (self: PyObject): PyObject => {
    let r = removers.get(self);
    if (!r) {
      const data = dataOf(interp, self);
      r = interp.nativeFunction('remove', (i, args) => {
        const wr = args[0] as PyWeakReference;
        const key = keyOf.get(wr);
        if (key && dictGetItem(data, hashedKey(i, key)) === wr) dictDelete(i, data, key);
        return i.none();
      });
      removers.set(self, r);
    }
    return r;
  };
  const store = (i: Interp, self: PyObject, key: PyObject, value: PyObject) => {
    if (!supportsWeakrefs(value)) i.typeError(`cannot create weak reference to '${value.type.name}' object`);
    const wr = newWeakref(rt, value, removerOf(self), { type: keyedRef, size: 16 + KEYED_REF_SIZE });
    heap.incref(key);
    keyOf.set(wr, key);
    try {
      dictStore(i, dataOf(i, self), key, wr);
    } finally {
      heap.decref(wr);
    }
  };
  const update = (i: Interp, self: PyObject, other: PyObject | undefined, kwargs: Map<string, PyObject>) => {
    if (other !== undefined) {
      const pairs = other instanceof PyDictObject ? dictItems(other).map((e) => [e.key as PyObject, e.value] as const) : liveItems(i, other);
      for (const [k, v] of pairs) store(i, self, k, v);
    }
    storeKeywords(i, self, kwargs, store);
  };
  const lookup = (i: Interp, self: PyObject, key: PyObject): PyObject | null => {
    const wr = dictGetItem(dataOf(i, self), hashedKey(i, key)) as PyWeakReference | null;
    return wr?.referent ?? null;
  };
  const ref = (o: PyObject) => newRef(interp, o);
  const methods: Record<string, NativeImpl> = {
    __init__: (i, args, kw) => {
      const { self, other, keywords } = initArgs(i, 'WeakValueDictionary', args, kw);
      setOwnedAttrs(i, self, [['_pending_removals', newList(rt, [])], ['_iterating', newSet(rt)], ['data', newDict(rt)]]);
      update(i, self, other, keywords);
      return i.none();
    },
    __getitem__: (i, args) => {
      const o = lookup(i, args[0], args[1]);
      return o ? ref(o) : raiseKeyError(i, args[1]);
    },
    __setitem__: (i, args) => {
      store(i, args[0], args[1], args[2]);
      return i.none();
    },
    __delitem__: (i, args) => {
      dictDelete(i, dataOf(i, args[0]), args[1]);
      return i.none();
    },
    __len__: (i, args) => newInt(rt, dataOf(i, args[0]).used),
    valuerefs: (i, args) => refList(i, dictItems(dataOf(i, args[0])).map((e) => e.value)),
    ...weakMappingMethods({
      name: 'WeakValueDictionary', cls: () => classes.get(rt) as PyObject, lookup, store, update,
      remove: (i, self, key) => dictDelete(i, dataOf(i, self), key), liveItems,
    }),
  };
  const t = weakMappingClass(interp, 'WeakValueDictionary', methods);
  classes.set(rt, t);
  return t;
}

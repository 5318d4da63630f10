/**
 * `weakref.WeakKeyDictionary` (Lib/weakref.py, 3.11–3.13): a class whose instances keep their
 * entries in a plain dict, `self.data`, keyed by weak references to the keys; each key's ref
 * carries the instance's `_remove` callback, which deletes the entry when the key dies:
 *
 *   d[k] = v      data[ref(k, d._remove)] = v      one 64-byte weakref per entry
 *   del k         the ref's callback runs: del data[ref]
 *
 * A weakref hashes and compares as its referent, so `d[k]` looks up `data[ref(k)]`. The instance
 * is an ordinary class instance with CPython's attributes `data`, `_remove`,
 * `_pending_removals`, `_iterating` and `_dirty_len`. Iteration methods return iterators over a
 * snapshot of the live entries (CPython: generators).
 */
import { dictGetItem, dictItems, newDict, PyDictObject } from '../../engine/objects/dictObject';
import { newList } from '../../engine/objects/listObject';
import { newInt } from '../../engine/objects/longObject';
import type { PyObject } from '../../engine/objects/object';
import type { PyTypeObject } from '../../engine/objects/typeObject';
import { newSet } from '../../engine/objects/setObject';
import { newWeakref, type PyWeakReference, supportsWeakrefs } from '../../engine/objects/weakrefObject';
import { getIter, getItem, iterNext } from '../objects/abstract';
import { dictDelete, dictStore, raiseKeyError } from '../objects/containerOps';
import { hashedKey } from '../objects/hashKey';
import type { Interp } from '../runtime/interp';
import type { NativeImpl } from '../vm/callables';
import { dictData, initArgs, newRef, refList, setOwnedAttrs, storeKeywords, weakMappingClass, weakMappingMethods } from './weakMapping';

const classes = new WeakMap<object, PyObject>();

/** The instance's `data` dict (borrowed). */
function dataOf(interp: Interp, self: PyObject): PyDictObject {
  return dictData(interp, self, 'WeakKeyDictionary');
}

/** The live (key, value) pairs, borrowed: the entries whose key is alive. */
function liveItems(interp: Interp, self: PyObject): [PyObject, PyObject][] {
  return dictItems(dataOf(interp, self)).flatMap((e) => {
    const k = (e.key as PyWeakReference).referent;
    return k ? [[k, e.value] as [PyObject, PyObject]] : [];
  });
}

/** `ref(key)` for a lookup (a new reference), or null when `key` cannot be weakly referenced. */
function probeRef(interp: Interp, key: PyObject): PyWeakReference | null {
  return supportsWeakrefs(key) ? newWeakref(interp.rt, key, null) : null;
}

/** The `weakref.WeakKeyDictionary` class of this runtime. */
export function weakKeyDictionaryType(interp: Interp): PyObject {
  const rt = interp.rt;
  const known = classes.get(rt);
  if (known) return known;
  const heap = rt.heap;
  const store = (i: Interp, self: PyObject, key: PyObject, value: PyObject) => {
    if (!supportsWeakrefs(key)) i.typeError(`cannot create weak reference to '${key.type.name}' object`);
    const remove = i.getAttr(self, '_remove', false).value;
    heap.decref(remove);
    const wr = newWeakref(rt, key, remove);
    try {
      dictStore(i, dataOf(i, self), wr, value);
    } finally {
      heap.decref(wr);
    }
  };
  /** Runs `f` with `ref(key)`; a key without weakref support is "absent" (`onMissing`). */
  const withRef = <T>(i: Interp, key: PyObject, f: (wr: PyWeakReference) => T, onMissing: () => T): T => {
    const wr = probeRef(i, key);
    if (!wr) return onMissing();
    try {
      return f(wr);
    } finally {
      heap.decref(wr);
    }
  };
  const lookup = (i: Interp, self: PyObject, key: PyObject): PyObject | null =>
    withRef(i, key, (wr) => dictGetItem(dataOf(i, self), hashedKey(i, wr)), () => null);
  const update = (i: Interp, self: PyObject, other: PyObject | undefined, kwargs: Map<string, PyObject>) => {
    if (other !== undefined) {
      if (other instanceof PyDictObject) {
        for (const e of dictItems(other)) store(i, self, e.key as PyObject, e.value);
      } else if (classes.get(rt) && other.type.isSubtypeOf(classes.get(rt) as PyTypeObject)) {
        for (const [k, v] of liveItems(i, other)) store(i, self, k, v);
      } else {
        const it = getIter(i, other);
        try {
          for (let pair = iterNext(i, it); pair; pair = iterNext(i, it)) {
            try {
              const [k, v] = [0, 1].map((n) => {
                const index = newInt(rt, n);
                try {
                  return getItem(i, pair, index);
                } finally {
                  heap.decref(index);
                }
              });
              store(i, self, k, v);
              heap.decref(k);
              heap.decref(v);
            } finally {
              heap.decref(pair);
            }
          }
        } finally {
          heap.decref(it);
        }
      }
    }
    storeKeywords(i, self, kwargs, store);
  };
  const ref = (o: PyObject) => newRef(interp, o);
  const methods: Record<string, NativeImpl> = {
    __init__: (i, args, kw) => {
      const { self, other, keywords } = initArgs(i, 'WeakKeyDictionary', args, kw);
      const data = newDict(rt);
      // _remove(k): the dead key's entry leaves the dict.
      const remove = i.nativeFunction('remove', (i2, a) => {
        if (dictGetItem(data, hashedKey(i2, a[0])) !== null) dictDelete(i2, data, a[0]);
        return i2.none();
      });
      const attrs: [string, PyObject][] = [['data', data], ['_remove', remove], ['_pending_removals', newList(rt, [])], ['_iterating', newSet(rt)], ['_dirty_len', ref(rt.False)]];
      setOwnedAttrs(i, self, attrs);
      if (other !== undefined && other !== rt.None) update(i, self, other, keywords);
      else update(i, self, undefined, keywords);
      return i.none();
    },
    __getitem__: (i, args) => {
      const v = lookup(i, args[0], args[1]);
      if (!v && !supportsWeakrefs(args[1])) i.typeError(`cannot create weak reference to '${args[1].type.name}' object`);
      return v ? ref(v) : raiseKeyError(i, args[1]);
    },
    __setitem__: (i, args) => (store(i, args[0], args[1], args[2]), i.none()),
    __delitem__: (i, args) => {
      if (!supportsWeakrefs(args[1])) i.typeError(`cannot create weak reference to '${args[1].type.name}' object`);
      withRef(i, args[1], (wr) => dictDelete(i, dataOf(i, args[0]), wr), () => undefined);
      return i.none();
    },
    __len__: (i, args) => newInt(rt, liveItems(i, args[0]).length),
    keyrefs: (i, args) => refList(i, dictItems(dataOf(i, args[0])).map((e) => e.key as PyObject)),
    ...weakMappingMethods({
      name: 'WeakKeyDictionary', cls: () => classes.get(rt) as PyObject, lookup, store, update,
      remove: (i, self, key) => withRef(i, key, (wr) => dictDelete(i, dataOf(i, self), wr), () => undefined), liveItems,
    }),
  };
  const t = weakMappingClass(interp, 'WeakKeyDictionary', methods);
  classes.set(rt, t);
  return t;
}

/**
 * The methods WeakValueDictionary and WeakKeyDictionary share (Lib/weakref.py gives each its own
 * copy; they differ only in how an entry is looked up, stored and deleted): `get`, `setdefault`,
 * `pop`, `update`, `copy`, the snapshot iterators and `__contains__` / `__iter__` / `__repr__`.
 */
import { PyDictObject } from '../../engine/objects/dictObject';
import type { PyObject } from '../../engine/objects/object';
import { newTuple } from '../../engine/objects/tupleObject';
import { newStr } from '../../engine/objects/unicodeObject';
import { splitKeywords } from '../builtins/args';
import { raiseKeyError } from '../objects/containerOps';
import type { Interp } from '../runtime/interp';
import type { NativeImpl } from '../vm/callables';
import { callAny } from '../vm/callDispatch';
import { iterOver } from './weakValueDict';

/** The instance's `data` dict (borrowed). */
export function dictData(interp: Interp, self: PyObject, owner: string): PyDictObject {
  const found = interp.getAttr(self, 'data', false).value;
  interp.rt.heap.decref(found);
  if (!(found instanceof PyDictObject)) return interp.typeError(`${owner}.data is not a dict`);
  return found;
}

/** How one kind of weak mapping finds, stores and deletes its entries. */
export interface WeakMappingOps {
  /** The class name, for the repr. */
  name: string;
  /** The class (for `copy`). */
  cls: () => PyObject;
  /** The value stored under a live key (borrowed), or null. */
  lookup: (i: Interp, self: PyObject, key: PyObject) => PyObject | null;
  store: (i: Interp, self: PyObject, key: PyObject, value: PyObject) => void;
  /** Deletes the entry of a key known to be present. */
  remove: (i: Interp, self: PyObject, key: PyObject) => void;
  /** `update(other, **kwargs)`. */
  update: (i: Interp, self: PyObject, other: PyObject | undefined, kwargs: Map<string, PyObject>) => void;
  /** The live (key, value) pairs (borrowed). */
  liveItems: (i: Interp, self: PyObject) => [PyObject, PyObject][];
}

/** The shared methods over `ops`. */
export function weakMappingMethods(ops: WeakMappingOps): Record<string, NativeImpl> {
  const ref = (i: Interp, o: PyObject) => {
    i.rt.heap.incref(o);
    return o;
  };
  return {
    __contains__: (i, args) => i.bool(ops.lookup(i, args[0], args[1]) !== null),
    __iter__: (i, args) => iterOver(i, ops.liveItems(i, args[0]).map(([k]) => k)),
    __repr__: (i, args) => newStr(i.rt, `<${ops.name} at 0x${args[0].id.toString(16)}>`),
    get: (i, args) => ref(i, ops.lookup(i, args[0], args[1]) ?? args[2] ?? i.rt.None),
    keys: (i, args) => iterOver(i, ops.liveItems(i, args[0]).map(([k]) => k)),
    values: (i, args) => iterOver(i, ops.liveItems(i, args[0]).map(([, v]) => v)),
    items: (i, args) => {
      const pairs = ops.liveItems(i, args[0]).map(([k, v]) => newTuple(i.rt, [ref(i, k), ref(i, v)]));
      const it = iterOver(i, pairs);
      for (const p of pairs) i.rt.heap.decref(p);
      return it;
    },
    pop: (i, args) => {
      const [self, key, dflt] = args;
      const v = ops.lookup(i, self, key);
      if (!v) return dflt ? ref(i, dflt) : raiseKeyError(i, key);
      ref(i, v);
      ops.remove(i, self, key);
      return v;
    },
    setdefault: (i, args) => {
      const [self, key, dflt] = args;
      const v = ops.lookup(i, self, key);
      if (v) return ref(i, v);
      const value = dflt ?? i.rt.None;
      ops.store(i, self, key, value);
      return ref(i, value);
    },
    update: (i, args, kw) => {
      const { positional, keywords } = splitKeywords(args, kw);
      ops.update(i, positional[0], positional[1], keywords);
      return i.none();
    },
    copy: (i, args) => {
      const d = callAny(i, ops.cls(), []);
      for (const [k, v] of ops.liveItems(i, args[0])) ops.store(i, d, k, v);
      return d;
    },
  };
}

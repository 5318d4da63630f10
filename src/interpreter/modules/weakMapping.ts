/**
 * The methods WeakValueDictionary and WeakKeyDictionary share (Lib/weakref.py gives each its own
 * copy; they differ only in how an entry is looked up, stored and deleted): `get`, `setdefault`,
 * `pop`, `update`, `copy`, the snapshot iterators and `__contains__` / `__iter__` / `__repr__`;
 * and the pieces both classes build theirs from (`__init__`'s arguments and attributes, the
 * keyword part of `update`, the `keyrefs`/`valuerefs` lists, the class itself).
 */
import { PyDictObject } from '../../engine/objects/dictObject';
import type { PyObject } from '../../engine/objects/object';
import { listAppend, newList } from '../../engine/objects/listObject';
import { newTuple } from '../../engine/objects/tupleObject';
import { newStr } from '../../engine/objects/unicodeObject';
import { splitKeywords } from '../builtins/args';
import { getIter } from '../objects/abstract';
import { raiseKeyError } from '../objects/containerOps';
import { createClass } from '../objects/typeCreate';
import { setAttr } from '../objects/typeSlots';
import type { Interp } from '../runtime/interp';
import type { NativeImpl } from '../vm/callables';
import { callAny } from '../vm/callDispatch';

/** `o` as a new reference (the caller had it borrowed). */
export function newRef(interp: Interp, o: PyObject): PyObject {
  interp.rt.heap.incref(o);
  return o;
}

/** An iterator over a new list of `items` (borrowed, increfed here). */
export function iterOver(interp: Interp, items: PyObject[]): PyObject {
  const l = newList(interp.rt, []);
  for (const x of items) {
    interp.rt.heap.incref(x);
    listAppend(interp.rt, l, x);
  }
  const it = getIter(interp, l);
  interp.rt.heap.decref(l);
  return it;
}

/** A new list of new references to `items` (borrowed): `keyrefs()` / `valuerefs()`. */
export function refList(interp: Interp, items: PyObject[]): PyObject {
  const l = newList(interp.rt, []);
  for (const x of items) listAppend(interp.rt, l, newRef(interp, x));
  return l;
}

/** `__init__(self, other=None, /, **kwargs)`'s arguments, with CPython's count check. */
export function initArgs(interp: Interp, owner: string, args: PyObject[], kwnames: string[] | null): { self: PyObject; other: PyObject | undefined; keywords: Map<string, PyObject> } {
  const { positional, keywords } = splitKeywords(args, kwnames);
  if (positional.length > 2) interp.typeError(`${owner}.__init__() takes from 1 to 2 positional arguments but ${positional.length} were given`);
  return { self: positional[0], other: positional[1], keywords };
}

/** Sets `self`'s attributes in order, each value a new reference that the attribute takes over. */
export function setOwnedAttrs(interp: Interp, self: PyObject, attrs: [string, PyObject][]): void {
  for (const [name, value] of attrs) {
    setAttr(interp, self, name, value);
    interp.rt.heap.decref(value);
  }
}

/** The keyword part of `update(other, **kwargs)`: each `name=value` stored under the str `name`. */
export function storeKeywords(interp: Interp, self: PyObject, kwargs: Map<string, PyObject>, store: WeakMappingOps['store']): void {
  for (const [k, v] of kwargs) {
    const key = newStr(interp.rt, k);
    try {
      store(interp, self, key, v);
    } finally {
      interp.rt.heap.decref(key);
    }
  }
}

/** The class `name` of module `weakref` with `methods`. */
export function weakMappingClass(interp: Interp, name: string, methods: Record<string, NativeImpl>): PyObject {
  const ns = new Map<string, PyObject>();
  ns.set('__module__', newStr(interp.rt, 'weakref'));
  for (const [key, impl] of Object.entries(methods)) ns.set(key, interp.nativeFunction(key, impl));
  return createClass(interp, name, [], ns);
}

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
  /** Stores `value` under `key` (both borrowed). */
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
  const ref = newRef;
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

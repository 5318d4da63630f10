/**
 * `collections.ChainMap` (Lib/collections/__init__.py, 3.11–3.13): a plain class in CPython, so an
 * instance is an ordinary object whose `maps` attribute is a list (getsizeof of the instance 56 on
 * 3.11, 48 on 3.12/3.13, as any class's). Lookups go through the maps in order (a KeyError of one
 * map, `__missing__` included, moves on to the next); writes and deletions touch `maps[0]` only;
 * `len` counts the union of keys; iteration yields the keys of the last map first, as a dict built
 * from the maps in reverse; `new_child`, `parents`, `copy`, `pop`, `clear`, `get` and the repr
 * `ChainMap({...}, {...})`.
 */
import { dictItems, newDict, PyDictObject } from '../../engine/objects/dictObject';
import { newList, PyListObject } from '../../engine/objects/listObject';
import type { PyObject } from '../../engine/objects/object';
import { newInt } from '../../engine/objects/longObject';
import type { PyHeapTypeObject } from '../../engine/objects/typeHeap';
import { newStr } from '../../engine/objects/unicodeObject';
import { classTypes } from '../../engine/objects/classTypes';
import { newDescr } from '../../engine/objects/descrObject';
import { contains, delItem, getItem, getIter, isTrue, iterNext, setItem } from '../objects/abstract';
import { equals } from '../objects/richCompare';
import { dictStore, raiseKeyError } from '../objects/containerOps';
import { setAttrUser } from '../objects/instanceAttrs';
import { reprOf } from '../objects/repr';
import { createClass } from '../objects/typeCreate';
import type { Interp } from '../runtime/interp';
import { PyError } from '../runtime/pyError';
import type { NativeImpl } from '../vm/callables';
import { callAny } from '../vm/callDispatch';
import { callMethod } from './callMethod';

/** `self.maps` (a new reference to the list, items borrowed from it). */
function mapsOf(interp: Interp, self: PyObject): PyListObject {
  const m = interp.getAttr(self, 'maps', false).value;
  if (!(m instanceof PyListObject)) {
    interp.rt.heap.decref(m);
    return interp.typeError('ChainMap.maps must be a list');
  }
  return m;
}

/** Runs `f` over the maps list, releasing it afterwards. */
function withMaps<T>(interp: Interp, self: PyObject, f: (maps: PyObject[]) => T): T {
  const l = mapsOf(interp, self);
  try {
    return f([...l.items]);
  } finally {
    interp.rt.heap.decref(l);
  }
}

/** Whether `e` is a KeyError the caller may swallow (released if so). */
export function swallowKeyError(interp: Interp, e: unknown): boolean {
  if (!(e instanceof PyError) || !e.exc.type.isSubtypeOf(interp.excType('KeyError'))) return false;
  interp.rt.heap.decref(e.exc);
  return true;
}

function firstMapKeyError(interp: Interp, key: PyObject): never {
  return interp.raise('KeyError', `Key not found in the first mapping: ${reprOf(interp, key)}`);
}

/** `self.__class__(*maps)` (maps borrowed). */
function sameClass(interp: Interp, self: PyObject, maps: PyObject[]): PyObject {
  return callAny(interp, self.type, maps);
}

const methods: Record<string, NativeImpl> = {
  __init__: (interp, args, kwnames) => {
    if (kwnames && kwnames.length) interp.typeError(`ChainMap.__init__() got an unexpected keyword argument '${kwnames[0]}'`);
    const maps = args.slice(1);
    for (const m of maps) interp.rt.heap.incref(m);
    // list(maps): list_preallocate_exact rounds the length up to even; `[{}]` is exact.
    const l = maps.length ? newList(interp.rt, maps, (maps.length + 1) & ~1) : newList(interp.rt, [newDict(interp.rt)]);
    try {
      setAttrUser(interp, args[0], 'maps', l);
    } finally {
      interp.rt.heap.decref(l);
    }
    return interp.none();
  },
  __getitem__: (interp, args) => withMaps(interp, args[0], (maps) => {
    for (const m of maps) {
      try {
        return getItem(interp, m, args[1]);
      } catch (e) {
        if (!swallowKeyError(interp, e)) throw e;
      }
    }
    return callMethod(interp, args[0], '__missing__', [args[1]]);
  }),
  __missing__: (interp, args) => raiseKeyError(interp, args[1]),
  get: (interp, args) => {
    const dflt = args[2] ?? interp.rt.None;
    if (!contains(interp, args[0], args[1])) {
      interp.rt.heap.incref(dflt);
      return dflt;
    }
    return getItem(interp, args[0], args[1]);
  },
  __len__: (interp, args) => withMaps(interp, args[0], (maps) => {
    const union = unionDict(interp, maps);
    const n = union.used;
    interp.rt.heap.decref(union);
    return newInt(interp.rt, n);
  }),
  __iter__: (interp, args) => withMaps(interp, args[0], (maps) => {
    const union = unionDict(interp, maps);
    try {
      return getIter(interp, union);
    } finally {
      interp.rt.heap.decref(union);
    }
  }),
  __contains__: (interp, args) => withMaps(interp, args[0], (maps) => interp.bool(maps.some((m) => contains(interp, m, args[1])))),
  // Mapping.__eq__: dict(self.items()) == dict(other.items()) against a dict or another ChainMap.
  __eq__: (interp, args) => withMaps(interp, args[0], (maps) => {
    const other = args[1];
    const otherList = other.type === args[0].type || other.type.isSubtypeOf(args[0].type) ? mapsOf(interp, other) : null;
    if (!otherList && !(other instanceof PyDictObject)) {
      const ni = interp.builtins.get('NotImplemented') as PyObject;
      interp.rt.heap.incref(ni);
      return ni;
    }
    const mine = itemsDict(interp, maps);
    let theirs: PyObject = other;
    try {
      if (otherList) theirs = itemsDict(interp, [...otherList.items]);
    } finally {
      if (otherList) interp.rt.heap.decref(otherList);
    }
    try {
      return interp.bool(equals(interp, mine, theirs));
    } finally {
      interp.rt.heap.decref(mine);
      if (theirs !== other) interp.rt.heap.decref(theirs);
    }
  }),
  __bool__: (interp, args) => withMaps(interp, args[0], (maps) => interp.bool(maps.some((m) => isTrue(interp, m)))),
  __repr__: (interp, args) => withMaps(interp, args[0], (maps) => newStr(interp.rt, `${args[0].type.name}(${maps.map((m) => reprOf(interp, m)).join(', ')})`)),
  copy: (interp, args) => withMaps(interp, args[0], (maps) => {
    const first = callMethod(interp, maps[0], 'copy', []);
    try {
      return sameClass(interp, args[0], [first, ...maps.slice(1)]);
    } finally {
      interp.rt.heap.decref(first);
    }
  }),
  new_child: (interp, args, kwnames) => withMaps(interp, args[0], (maps) => {
    const nkw = kwnames ? kwnames.length : 0;
    const given = args.length - nkw > 1 ? args[1] : null;
    let m: PyObject;
    if (!given || given === interp.rt.None) {
      m = newDict(interp.rt);
    } else {
      m = given;
      interp.rt.heap.incref(m);
    }
    try {
      for (let i = 0; i < nkw; i++) {
        const k = newStr(interp.rt, (kwnames as string[])[i]);
        setItem(interp, m, k, args[args.length - nkw + i]);
        interp.rt.heap.decref(k);
      }
      return sameClass(interp, args[0], [m, ...maps]);
    } finally {
      interp.rt.heap.decref(m);
    }
  }),
  __setitem__: (interp, args) => withMaps(interp, args[0], (maps) => {
    setItem(interp, maps[0], args[1], args[2]);
    return interp.none();
  }),
  __delitem__: (interp, args) => withMaps(interp, args[0], (maps) => {
    try {
      delItem(interp, maps[0], args[1]);
    } catch (e) {
      if (swallowKeyError(interp, e)) firstMapKeyError(interp, args[1]);
      throw e;
    }
    return interp.none();
  }),
  pop: (interp, args) => withMaps(interp, args[0], (maps) => {
    try {
      return callMethod(interp, maps[0], 'pop', args.slice(1));
    } catch (e) {
      if (swallowKeyError(interp, e)) firstMapKeyError(interp, args[1]);
      throw e;
    }
  }),
  clear: (interp, args) => withMaps(interp, args[0], (maps) => {
    interp.rt.heap.decref(callMethod(interp, maps[0], 'clear', []));
    return interp.none();
  }),
};

/** `d = {}; for m in reversed(maps): d.update(dict.fromkeys(m))` (a new dict). */
/** The value of `key` in the first map holding it (a new reference). */
function firstValue(interp: Interp, maps: PyObject[], key: PyObject): PyObject {
  for (const m of maps) {
    try {
      return getItem(interp, m, key);
    } catch (e) {
      if (!swallowKeyError(interp, e)) throw e;
    }
  }
  return raiseKeyError(interp, key);
}

/** `dict(chainmap.items())`: every key with the value of the first map holding it (a new dict). */
function itemsDict(interp: Interp, maps: PyObject[]): PyDictObject {
  const d = unionDict(interp, maps);
  try {
    for (const e of dictItems(d)) {
      const v = firstValue(interp, maps, e.key);
      dictStore(interp, d, e.key, v);
      interp.rt.heap.decref(v);
    }
  } catch (e) {
    interp.rt.heap.decref(d);
    throw e;
  }
  return d;
}

function unionDict(interp: Interp, maps: PyObject[]): PyDictObject {
  const d = newDict(interp.rt);
  try {
    for (const m of [...maps].reverse()) {
      const it = getIter(interp, m);
      try {
        for (let k = iterNext(interp, it); k; k = iterNext(interp, it)) {
          try {
            dictStore(interp, d, k, interp.rt.None);
          } finally {
            interp.rt.heap.decref(k);
          }
        }
      } finally {
        interp.rt.heap.decref(it);
      }
    }
  } catch (e) {
    interp.rt.heap.decref(d);
    throw e;
  }
  return d;
}

/** Creates the `collections.ChainMap` class. */
export function chainMapType(interp: Interp): PyHeapTypeObject {
  const rt = interp.rt;
  const ns = new Map<string, PyObject>();
  ns.set('__module__', newStr(rt, 'collections'));
  for (const [name, impl] of Object.entries(methods)) ns.set(name, interp.nativeFunction(name, impl));
  ns.set('__copy__', interp.nativeFunction('__copy__', methods.copy));
  const parents = interp.nativeFunction('parents', (i, args) => withMaps(i, args[0], (maps) => sameClass(i, args[0], maps.slice(1))));
  ns.set('parents', newDescr(rt, classTypes(rt).property, [parents, null, null, null]));
  const t = createClass(interp, 'ChainMap', [rt.types.object], ns);
  return t;
}

/**
 * `collections.UserDict` (Lib/collections/__init__.py, 3.11–3.13): a plain class over
 * `collections.abc.MutableMapping`, so an instance is an ordinary object whose `data` attribute is
 * a dict (getsizeof 56 on 3.11, 48 on 3.12/3.13, as any class's instance). Every mutation goes
 * through the overridable dunders, as the MutableMapping mixins do: `__init__` and `update` store
 * with `self[key] = value`, `pop`/`popitem`/`clear` delete with `del self[key]`, `setdefault` and
 * `get` read with `self[key]`. A subclass overriding `__setitem__` (a case-folding dict) therefore
 * sees every write. `|`, `|=`, `copy` (a subclass is copied with `copy.copy` then `update`d, as
 * CPython does), `fromkeys`, the repr of `data` and Mapping's `==` (against any mapping).
 *
 * Not modelled: `keys()`/`items()`/`values()` answer `data`'s dict views rather than
 * `KeysView(self)` (same contents while the subclass stores into `data`; the repr differs).
 */
import { newDict } from '../../engine/objects/dictObject';
import type { PyObject } from '../../engine/objects/object';
import { newInt } from '../../engine/objects/longObject';
import type { PyHeapTypeObject } from '../../engine/objects/typeHeap';
import type { PyTypeObject } from '../../engine/objects/typeObject';
import { newTuple } from '../../engine/objects/tupleObject';
import { newStr } from '../../engine/objects/unicodeObject';
import { classTypes } from '../../engine/objects/classTypes';
import { newDescr } from '../../engine/objects/descrObject';
import { contains, delItem, getItem, getIter, iterNext, length, setItem } from '../objects/abstract';
import { binaryOp } from '../objects/numberProtocol';
import { equals } from '../objects/richCompare';
import { raiseKeyError } from '../objects/containerOps';
import { setAttrUser } from '../objects/instanceAttrs';
import { typeLookup } from '../objects/typeLookup';
import type { Interp } from '../runtime/interp';
import type { PyModuleObject } from '../runtime/moduleObject';
import type { NativeImpl } from '../vm/callables';
import { callAny } from '../vm/callDispatch';
import { callMethod } from './callMethod';
import { swallowKeyError } from './chainMapOps';
import { dataOf, defineUserClass, shallowCopy, withData } from './userClassHelpers';
import { userListType } from './userListOps';
import { userStringType } from './userStringOps';

/** BINARY_OP's `|` and `|=`. */
const NB_OR = 7;
const NB_INPLACE_OR = 20;

/** `self[key]`, or null on a KeyError. */
function tryGet(interp: Interp, self: PyObject, key: PyObject): PyObject | null {
  try {
    return getItem(interp, self, key);
  } catch (e) {
    if (swallowKeyError(interp, e)) return null;
    throw e;
  }
}

function notImplemented(interp: Interp): PyObject {
  const n = interp.builtins.get('NotImplemented') as PyObject;
  interp.rt.heap.incref(n);
  return n;
}

/** Runs `f` over every item of an iterable (each borrowed for the call). */
export function forEach(interp: Interp, iterable: PyObject, f: (x: PyObject) => void): void {
  const it = getIter(interp, iterable);
  try {
    for (let x = iterNext(interp, it); x; x = iterNext(interp, it)) {
      try {
        f(x);
      } finally {
        interp.rt.heap.decref(x);
      }
    }
  } finally {
    interp.rt.heap.decref(it);
  }
}

/** MutableMapping.update's positional argument: a mapping (by `keys()`) or an iterable of pairs. */
function updateFrom(interp: Interp, self: PyObject, other: PyObject, mapping: PyTypeObject): void {
  const isMapping = isInstance(interp, other, mapping);
  if (isMapping || typeLookup(interp, other.type, 'keys')) {
    const keys = isMapping ? (interp.rt.heap.incref(other), other) : callMethod(interp, other, 'keys');
    try {
      forEach(interp, keys, (k) => {
        const v = getItem(interp, other, k);
        try {
          setItem(interp, self, k, v);
        } finally {
          interp.rt.heap.decref(v);
        }
      });
    } finally {
      interp.rt.heap.decref(keys);
    }
    return;
  }
  forEach(interp, other, (pair) => {
    const kv: PyObject[] = [];
    forEach(interp, pair, (x) => {
      interp.rt.heap.incref(x);
      kv.push(x);
    });
    try {
      if (kv.length !== 2) interp.raise('ValueError', `${kv.length < 2 ? 'not enough' : 'too many'} values to unpack (expected 2${kv.length < 2 ? `, got ${kv.length}` : ''})`);
      setItem(interp, self, kv[0], kv[1]);
    } finally {
      for (const x of kv) interp.rt.heap.decref(x);
    }
  });
}

/** `self[k] = v` for each keyword argument. */
function updateKeywords(interp: Interp, self: PyObject, values: PyObject[], kwnames: readonly string[]): void {
  kwnames.forEach((name, n) => {
    const k = newStr(interp.rt, name);
    try {
      setItem(interp, self, k, values[n]);
    } finally {
      interp.rt.heap.decref(k);
    }
  });
}

function methods(mapping: PyTypeObject, version: string): Record<string, NativeImpl> {
  return {
    __init__: (interp, args, kwnames) => {
      const nkw = kwnames ? kwnames.length : 0;
      const pos = args.slice(1, args.length - nkw);
      if (pos.length > 1) interp.typeError(`UserDict.__init__() takes from 1 to 2 positional arguments but ${pos.length + 1} were given`);
      const d = newDict(interp.rt);
      try {
        setAttrUser(interp, args[0], 'data', d);
      } finally {
        interp.rt.heap.decref(d);
      }
      if (pos.length && pos[0] !== interp.rt.None) interp.rt.heap.decref(callMethod(interp, args[0], 'update', [pos[0]]));
      if (nkw) {
        const kw = newDict(interp.rt);
        try {
          updateKeywords(interp, kw, args.slice(args.length - nkw), kwnames as string[]);
          interp.rt.heap.decref(callMethod(interp, args[0], 'update', [kw]));
        } finally {
          interp.rt.heap.decref(kw);
        }
      }
      return interp.none();
    },
    __len__: (interp, args) => withData(interp, args[0], (d) => newInt(interp.rt, length(interp, d))),
    __getitem__: (interp, args) => withData(interp, args[0], (d) => {
      const v = tryGet(interp, d, args[1]);
      if (v) return v;
      const missing = typeLookup(interp, args[0].type, '__missing__');
      if (missing) return callAny(interp, missing, [args[0], args[1]]);
      return raiseKeyError(interp, args[1]);
    }),
    __setitem__: (interp, args) => withData(interp, args[0], (d) => (setItem(interp, d, args[1], args[2]), interp.none())),
    __delitem__: (interp, args) => withData(interp, args[0], (d) => (delItem(interp, d, args[1]), interp.none())),
    __iter__: (interp, args) => withData(interp, args[0], (d) => getIter(interp, d)),
    __contains__: (interp, args) => withData(interp, args[0], (d) => interp.bool(contains(interp, d, args[1]))),
    __repr__: (interp, args) => withData(interp, args[0], (d) => callAny(interp, interp.builtins.get('repr') as PyObject, [d])),
    __eq__: (interp, args) => {
      const [self, other] = args;
      if (!isInstance(interp, other, mapping)) return notImplemented(interp);
      const a = dictOfItems(interp, self);
      try {
        const b = dictOfItems(interp, other);
        try {
          return interp.bool(equals(interp, a, b));
        } finally {
          interp.rt.heap.decref(b);
        }
      } finally {
        interp.rt.heap.decref(a);
      }
    },
    __or__: (interp, args) => orWith(interp, args[0], args[1], false),
    __ror__: (interp, args) => orWith(interp, args[0], args[1], true),
    __ior__: (interp, args) => withData(interp, args[0], (d) => {
      const other = otherData(interp, args[1]) ?? (interp.rt.heap.incref(args[1]), args[1]);
      try {
        const r = binaryOp(interp, NB_INPLACE_OR, d, other);
        interp.rt.heap.decref(r);
      } finally {
        interp.rt.heap.decref(other);
      }
      interp.rt.heap.incref(args[0]);
      return args[0];
    }),
    copy: (interp, args) => copyOf(interp, args[0]),
    __copy__: (interp, args) => shallowCopy(interp, args[0]),
    update: (interp, args, kwnames) => {
      const nkw = kwnames ? kwnames.length : 0;
      const pos = args.slice(1, args.length - nkw);
      if (pos.length > 1) interp.typeError(`update expected at most 1 argument, got ${pos.length}`);
      if (pos.length) updateFrom(interp, args[0], pos[0], mapping);
      if (nkw) updateKeywords(interp, args[0], args.slice(args.length - nkw), kwnames as string[]);
      return interp.none();
    },
    get: (interp, args) => {
      const dflt = args[2] ?? interp.rt.None;
      // 3.12 added UserDict.get (`key in self`); 3.11 inherits Mapping.get (`self[key]`, KeyError).
      if (version !== '3.11') {
        if (!contains(interp, args[0], args[1])) return (interp.rt.heap.incref(dflt), dflt);
        return getItem(interp, args[0], args[1]);
      }
      return tryGet(interp, args[0], args[1]) ?? (interp.rt.heap.incref(dflt), dflt);
    },
    setdefault: (interp, args) => {
      const v = tryGet(interp, args[0], args[1]);
      if (v) return v;
      const dflt = args[2] ?? interp.rt.None;
      setItem(interp, args[0], args[1], dflt);
      interp.rt.heap.incref(dflt);
      return dflt;
    },
    pop: (interp, args) => {
      if (args.length < 2) interp.typeError("MutableMapping.pop() missing 1 required positional argument: 'key'");
      const v = tryGet(interp, args[0], args[1]);
      if (!v) {
        if (args.length > 2) return (interp.rt.heap.incref(args[2]), args[2]);
        return raiseKeyError(interp, args[1]);
      }
      try {
        delItem(interp, args[0], args[1]);
      } catch (e) {
        interp.rt.heap.decref(v);
        throw e;
      }
      return v;
    },
    popitem: (interp, args) => {
      const it = getIter(interp, args[0]);
      let k: PyObject | null;
      try {
        k = iterNext(interp, it);
      } finally {
        interp.rt.heap.decref(it);
      }
      if (!k) return interp.raise('KeyError');
      try {
        const v = getItem(interp, args[0], k);
        try {
          delItem(interp, args[0], k);
        } catch (e) {
          interp.rt.heap.decref(v);
          throw e;
        }
        interp.rt.heap.incref(k);
        return newTuple(interp.rt, [k, v]);
      } finally {
        interp.rt.heap.decref(k);
      }
    },
    clear: (interp, args) => {
      // MutableMapping.clear: popitem() until a KeyError (from an empty mapping or a failing lookup).
      for (;;) {
        try {
          interp.rt.heap.decref(callMethod(interp, args[0], 'popitem'));
        } catch (e) {
          if (swallowKeyError(interp, e)) return interp.none();
          throw e;
        }
      }
    },
    keys: (interp, args) => withData(interp, args[0], (d) => callMethod(interp, d, 'keys')),
    items: (interp, args) => withData(interp, args[0], (d) => callMethod(interp, d, 'items')),
    values: (interp, args) => withData(interp, args[0], (d) => callMethod(interp, d, 'values')),
  };
}

/** `isinstance(o, cls)` (through the ABC's registrations). */
function isInstance(interp: Interp, o: PyObject, cls: PyTypeObject): boolean {
  const r = callAny(interp, interp.builtins.get('isinstance') as PyObject, [o, cls]);
  interp.rt.heap.decref(r);
  return r === interp.rt.True;
}

/** `dict(m.items())` for any mapping (a new dict). */
function dictOfItems(interp: Interp, m: PyObject): PyObject {
  const items = callMethod(interp, m, 'items');
  try {
    return callAny(interp, interp.rt.types.dict, [items]);
  } finally {
    interp.rt.heap.decref(items);
  }
}

/** `other.data` when `other` is a UserDict, a dict as itself, else null (new references). */
function otherData(interp: Interp, other: PyObject): PyObject | null {
  const ud = userDictClass.get(interp);
  if (ud && other.type.isSubtypeOf(ud)) return dataOf(interp, other);
  if (other.type.isSubtypeOf(interp.rt.types.dict)) return (interp.rt.heap.incref(other), other);
  return null;
}

/** `self | other` (or `other | self` when reflected): `self.__class__(self.data | other)`. */
function orWith(interp: Interp, self: PyObject, other: PyObject, reflected: boolean): PyObject {
  const o = otherData(interp, other);
  if (!o) return notImplemented(interp);
  try {
    return withData(interp, self, (d) => {
      const merged = reflected ? binaryOp(interp, NB_OR, o, d) : binaryOp(interp, NB_OR, d, o);
      try {
        return callAny(interp, self.type, [merged]);
      } finally {
        interp.rt.heap.decref(merged);
      }
    });
  } finally {
    interp.rt.heap.decref(o);
  }
}

/** UserDict.copy: `UserDict(self.data.copy())`; a subclass: `copy.copy` with empty data, then `update(self)`. */
function copyOf(interp: Interp, self: PyObject): PyObject {
  const ud = userDictClass.get(interp);
  if (self.type === ud) {
    return withData(interp, self, (d) => {
      const c = callMethod(interp, d, 'copy');
      try {
        return callAny(interp, self.type, [c]);
      } finally {
        interp.rt.heap.decref(c);
      }
    });
  }
  const data = dataOf(interp, self);
  let c: PyObject;
  try {
    const empty = newDict(interp.rt);
    try {
      setAttrUser(interp, self, 'data', empty);
    } finally {
      interp.rt.heap.decref(empty);
    }
    const copyModule = interp.importModule('copy') as PyModuleObject;
    try {
      c = callMethod(interp, copyModule, 'copy', [self]);
    } finally {
      interp.rt.heap.decref(copyModule);
    }
  } finally {
    setAttrUser(interp, self, 'data', data);
    interp.rt.heap.decref(data);
  }
  try {
    interp.rt.heap.decref(callMethod(interp, c, 'update', [self]));
  } catch (e) {
    interp.rt.heap.decref(c);
    throw e;
  }
  return c;
}

/** Each interpreter's UserDict class (for `copy` and `|`'s isinstance checks). */
const userDictClass = new WeakMap<Interp, PyTypeObject>();

/** Puts `UserDict`, `UserList` and `UserString` in the `collections` module (once). */
export function addUserDict(interp: Interp, collections: PyModuleObject): void {
  if (collections.dict.has('UserDict')) return;
  collections.dict.set('UserDict', userDictType(interp));
  collections.dict.set('UserList', userListType(interp));
  collections.dict.set('UserString', userStringType(interp));
}

/** Creates the `collections.UserDict` class (bases `collections.abc.MutableMapping`). */
function userDictType(interp: Interp): PyHeapTypeObject {
  const rt = interp.rt;
  const abcModule = interp.importModule('collections.abc') as PyModuleObject;
  const mapping = abcModule.dict.get('Mapping') as PyTypeObject;
  rt.heap.decref(abcModule);
  const fromkeys = interp.nativeFunction('fromkeys', (i, args) => {
    const d = callAny(i, args[0], []);
    try {
      const value = args[2] ?? i.rt.None;
      forEach(i, args[1], (k) => setItem(i, d, k, value));
    } catch (e) {
      i.rt.heap.decref(d);
      throw e;
    }
    return d;
  });
  const extra = { fromkeys: newDescr(rt, classTypes(rt).classmethod, [fromkeys]) };
  const t = defineUserClass(interp, 'UserDict', 'MutableMapping', methods(mapping, rt.profile.version), true, extra);
  userDictClass.set(interp, t);
  return t;
}

/**
 * `weakref.WeakSet` (Lib/_weakrefset.py, 3.11–3.13): a class whose instances hold `self.data`, a
 * plain set of weak references; each element's ref carries the instance's `_remove` callback, so
 * the entry leaves the set when the element dies:
 *
 *   ws.add(o)    data.add(ref(o, ws._remove))       one 64-byte weakref per element
 *   del o        the ref's callback runs: data.discard(ref)
 *
 * A weakref hashes and compares as its referent, so membership asks `ref(item) in data`. The
 * instance is an ordinary class instance (getsizeof 56 on 3.11, 48 on 3.12/3.13, tracked) with
 * CPython's attributes `data`, `_remove`, `_pending_removals` and `_iterating`. Set algebra runs
 * the real set methods over sets of refs. `_remove` is a built-in function here (CPython: a
 * closure holding a weak reference to the WeakSet).
 */
import { listAppend, newList } from '../../engine/objects/listObject';
import { newInt } from '../../engine/objects/longObject';
import type { PyObject } from '../../engine/objects/object';
import type { PyTypeObject } from '../../engine/objects/typeObject';
import { newSet, PySetObject, setAdd, setClear, setContains, setDiscard, setEntries, setPop } from '../../engine/objects/setObject';
import { newStr } from '../../engine/objects/unicodeObject';
import { newWeakref, type PyWeakReference, supportsWeakrefs } from '../../engine/objects/weakrefObject';
import { getIter } from '../objects/abstract';
import { raiseKeyError } from '../objects/containerOps';
import { hashedKey } from '../objects/hashKey';
import { setAttr } from '../objects/typeSlots';
import { createClass } from '../objects/typeCreate';
import type { Interp } from '../runtime/interp';
import type { NativeImpl } from '../vm/callables';
import { callAny } from '../vm/callDispatch';
import { callMethod } from './callMethod';
import { forEach } from './userDictOps';

const classes = new WeakMap<object, PyObject>();

/** `self.data` (borrowed). */
function dataOf(interp: Interp, self: PyObject): PySetObject {
  const found = interp.getAttr(self, 'data', false).value;
  interp.rt.heap.decref(found);
  if (!(found instanceof PySetObject)) return interp.typeError('WeakSet.data is not a set');
  return found;
}

/** `ref(o, callback)`, with CPython's TypeError for objects without weakref support. */
function refTo(interp: Interp, o: PyObject, callback: PyObject | null): PyWeakReference {
  if (!supportsWeakrefs(o)) interp.typeError(`cannot create weak reference to '${o.type.name}' object`);
  return newWeakref(interp.rt, o, callback);
}

/** The live elements of a WeakSet (borrowed). */
function liveItems(interp: Interp, self: PyObject): PyObject[] {
  return setEntries(dataOf(interp, self)).flatMap((e) => {
    const o = (e.key as PyWeakReference).referent;
    return o ? [o] : [];
  });
}

/** A new list of the given objects (borrowed, increfed here). */
function listOf(interp: Interp, items: PyObject[]): PyObject {
  const l = newList(interp.rt, []);
  for (const x of items) {
    interp.rt.heap.incref(x);
    listAppend(interp.rt, l, x);
  }
  return l;
}

/** `s.add(wr)`, stealing `wr`. */
function addRef(interp: Interp, s: PySetObject, wr: PyWeakReference): void {
  let k;
  try {
    k = hashedKey(interp, wr);
  } catch (e) {
    interp.rt.heap.decref(wr);
    throw e;
  }
  setAdd(interp.rt, s, k);
}

/** `{ref(item) for item in other}` (callback-less refs: lookups only). */
function refSet(interp: Interp, other: PyObject): PySetObject {
  const s = newSet(interp.rt);
  try {
    forEach(interp, other, (x) => {
      addRef(interp, s, refTo(interp, x, null));
    });
  } catch (e) {
    interp.rt.heap.decref(s);
    throw e;
  }
  return s;
}

/** `self.data.<name>(refSet(other))`: the set method's result (a new reference). */
function onRefs(interp: Interp, self: PyObject, name: string, other: PyObject): PyObject {
  const refs = refSet(interp, other);
  try {
    return callMethod(interp, dataOf(interp, self), name, [refs]);
  } finally {
    interp.rt.heap.decref(refs);
  }
}

/** `self.__class__(items)` over a list of the elements (borrowed). */
function sameClass(interp: Interp, self: PyObject, items: PyObject[]): PyObject {
  const l = listOf(interp, items);
  try {
    return callAny(interp, self.type, [l]);
  } finally {
    interp.rt.heap.decref(l);
  }
}

/** The `weakref.WeakSet` class of this runtime (module `_weakrefset`). */
export function weakSetType(interp: Interp): PyObject {
  const rt = interp.rt;
  const known = classes.get(rt);
  if (known) return known;
  const heap = rt.heap;
  const isWeakSet = (o: PyObject) => o.type.isSubtypeOf(classes.get(rt) as PyTypeObject);
  const notImplemented = () => {
    const n = interp.builtins.get('NotImplemented') as PyObject;
    heap.incref(n);
    return n;
  };
  const removerOf = (self: PyObject): PyObject => {
    const found = interp.getAttr(self, '_remove', false).value;
    heap.decref(found);
    return found;
  };
  const add = (i: Interp, self: PyObject, item: PyObject) => {
    addRef(i, dataOf(i, self), refTo(i, item, removerOf(self)));
  };
  const update = (i: Interp, self: PyObject, other: PyObject) => {
    const items = isWeakSet(other) ? liveItems(i, other) : null;
    if (items) for (const x of items) add(i, self, x);
    else forEach(i, other, (x) => add(i, self, x));
  };
  const inPlace = (name: string): NativeImpl => (i, args) => {
    const [self, other] = args;
    if (name === 'difference_update' && other === self) setClear(rt, dataOf(i, self));
    else heap.decref(onRefs(i, self, name, other));
    return i.none();
  };
  const returnSelf = (f: NativeImpl): NativeImpl => (i, args, kw) => {
    heap.decref(f(i, args, kw));
    heap.incref(args[0]);
    return args[0];
  };
  const compare = (name: string, needWeakSet: boolean): NativeImpl => (i, args) => {
    if (needWeakSet && !isWeakSet(args[1])) return notImplemented();
    return onRefs(i, args[0], name, args[1]);
  };
  const union: NativeImpl = (i, args) => {
    const items = [...liveItems(i, args[0])];
    forEach(i, args[1], (x) => items.push(x));
    return sameClass(i, args[0], items);
  };
  /** `self.copy()` then `copy.<update>(other)` (difference, symmetric_difference). */
  const onCopy = (update: string): NativeImpl => (i, args) => {
    const c = callMethod(i, args[0], 'copy');
    try {
      heap.decref(callMethod(i, c, update, [args[1]]));
    } catch (e) {
      heap.decref(c);
      throw e;
    }
    return c;
  };
  const difference = onCopy('difference_update');
  const intersection: NativeImpl = (i, args) => {
    const data = dataOf(i, args[0]);
    const items: PyObject[] = [];
    forEach(i, args[1], (x) => {
      if (!supportsWeakrefs(x)) return;
      const wr = refTo(i, x, null);
      if (setContains(data, hashedKey(i, wr))) items.push(x);
      heap.decref(wr);
    });
    return sameClass(i, args[0], items);
  };
  const symmetricDifference = onCopy('symmetric_difference_update');
  const methods: Record<string, NativeImpl> = {
    __init__: (i, args, kw) => {
      if (kw && kw.length) i.typeError(`WeakSet.__init__() got an unexpected keyword argument '${kw[0]}'`);
      if (args.length > 2) i.typeError(`WeakSet.__init__() takes from 1 to 2 positional arguments but ${args.length} were given`);
      const self = args[0];
      const data = newSet(rt);
      // _remove(item): the dead element's ref leaves the set.
      const remove = i.nativeFunction('_remove', (i2, a) => {
        setDiscard(rt, data, hashedKey(i2, a[0]));
        return i2.none();
      });
      const attrs: [string, PyObject][] = [['data', data], ['_remove', remove], ['_pending_removals', newList(rt, [])], ['_iterating', newSet(rt)]];
      for (const [name, value] of attrs) {
        setAttr(i, self, name, value);
        heap.decref(value);
      }
      if (args.length > 1 && args[1] !== rt.None) update(i, self, args[1]);
      return i.none();
    },
    __iter__: (i, args) => {
      const l = listOf(i, liveItems(i, args[0]));
      try {
        return getIter(i, l);
      } finally {
        heap.decref(l);
      }
    },
    __len__: (i, args) => newInt(rt, liveItems(i, args[0]).length),
    __contains__: (i, args) => {
      if (!supportsWeakrefs(args[1])) return i.bool(false);
      const wr = refTo(i, args[1], null);
      try {
        return i.bool(setContains(dataOf(i, args[0]), hashedKey(i, wr)));
      } finally {
        heap.decref(wr);
      }
    },
    __repr__: (i, args) => callAny(i, i.builtins.get('repr') as PyObject, [dataOf(i, args[0])]),
    add: (i, args) => (add(i, args[0], args[1]), i.none()),
    clear: (i, args) => (setClear(rt, dataOf(i, args[0])), i.none()),
    copy: (i, args) => sameClass(i, args[0], liveItems(i, args[0])),
    pop: (i, args) => {
      const data = dataOf(i, args[0]);
      for (;;) {
        const wr = setPop(data) as PyWeakReference | null;
        if (!wr) return i.raise('KeyError', 'pop from empty WeakSet');
        const o = wr.referent;
        if (o) heap.incref(o);
        heap.decref(wr);
        if (o) return o;
      }
    },
    remove: (i, args) => {
      const wr = refTo(i, args[1], null);
      try {
        if (!setDiscard(rt, dataOf(i, args[0]), hashedKey(i, wr))) raiseKeyError(i, wr);
      } finally {
        heap.decref(wr);
      }
      return i.none();
    },
    discard: (i, args) => {
      const wr = refTo(i, args[1], null);
      setDiscard(rt, dataOf(i, args[0]), hashedKey(i, wr));
      heap.decref(wr);
      return i.none();
    },
    update: (i, args) => (update(i, args[0], args[1]), i.none()),
    __ior__: (i, args) => {
      update(i, args[0], args[1]);
      heap.incref(args[0]);
      return args[0];
    },
    difference,
    __sub__: difference,
    difference_update: inPlace('difference_update'),
    __isub__: returnSelf(inPlace('difference_update')),
    intersection,
    __and__: intersection,
    intersection_update: inPlace('intersection_update'),
    __iand__: returnSelf(inPlace('intersection_update')),
    issubset: compare('issubset', false),
    __le__: compare('__le__', false),
    __lt__: compare('__lt__', true),
    issuperset: compare('issuperset', false),
    __ge__: compare('__ge__', false),
    __gt__: compare('__gt__', true),
    __eq__: compare('__eq__', true),
    symmetric_difference: symmetricDifference,
    __xor__: symmetricDifference,
    symmetric_difference_update: (i, args) => {
      const [self, other] = args;
      if (other === self) {
        setClear(rt, dataOf(i, self));
        return i.none();
      }
      // data ^= {ref(item, self._remove) for item in other}
      const s = newSet(rt);
      try {
        forEach(i, other, (x) => {
          addRef(i, s, refTo(i, x, removerOf(self)));
        });
        heap.decref(callMethod(i, dataOf(i, self), 'symmetric_difference_update', [s]));
      } finally {
        heap.decref(s);
      }
      return i.none();
    },
    __ixor__: returnSelf((i, args) => callMethod(i, args[0], 'symmetric_difference_update', [args[1]])),
    union,
    __or__: union,
    isdisjoint: (i, args) => {
      const s = onRefs(i, args[0], 'intersection', args[1]);
      const empty = (s as PySetObject).used === 0;
      heap.decref(s);
      return i.bool(empty);
    },
  };
  const ns = new Map<string, PyObject>();
  ns.set('__module__', newStr(rt, '_weakrefset'));
  for (const [name, impl] of Object.entries(methods)) ns.set(name, interp.nativeFunction(name, impl));
  ns.set('__hash__', (heap.incref(rt.None), rt.None));
  const t = createClass(interp, 'WeakSet', [], ns);
  classes.set(rt, t);
  return t;
}

/**
 * `copy` (Lib/copy.py, 3.11–3.13): `copy`, `deepcopy` with its memo, and `Error`.
 *
 *   copy(x)       atomic types and tuples/frozensets: x itself; list/dict/set: `x.copy()` (an
 *                 exact-size list, `dict_copy`, `set_copy`); a class with `__copy__`: its result;
 *                 an instance: `object.__reduce_ex__(4)` then `_reconstruct`: `cls.__new__(cls)`
 *                 and `y.__dict__.update(x.__dict__)` when x has attributes
 *   deepcopy(x)   memo (a dict keyed by `id`) first; atomic types: x; list: `y = []`, memo, then
 *                 appends; tuple: copies of the items, the original tuple when every copy `is`
 *                 its item (a tuple of immutables is shared); dict: `y = {}`, memo, then items;
 *                 `__deepcopy__(memo)`; set/frozenset through `__reduce_ex__`: `cls(deepcopy(list))`;
 *                 instances: `__new__`, memo, then the deep-copied `__dict__` merged in
 *
 * Every object copied to a different one is recorded in the memo and the original appended to the
 * `memo[id(memo)]` list (`_keep_alive`), so originals live as long as the memo, as in CPython.
 * A class's own `__reduce_ex__` / `__reduce__` is followed (copyReduce.ts). Not modelled:
 * `__getstate__` overrides without them, `copyreg` registrations and instances of subclasses of
 * built-in types (an UnsupportedError).
 */
import { dictCopy, dictGetItem, dictMerge, dictSetItem, dictItems, newDict, PyDictObject } from '../../engine/objects/dictObject';
import { newInstance, PyInstanceObject } from '../../engine/objects/instanceObject';
import { listAppend, newList, PyListObject } from '../../engine/objects/listObject';
import { newInt } from '../../engine/objects/longObject';
import type { PyObject } from '../../engine/objects/object';
import { newSet, setAdd, setCopy, setEntries, type PySetObject } from '../../engine/objects/setObject';
import { newTuple, type PyTupleObject } from '../../engine/objects/tupleObject';
import type { PyHeapTypeObject } from '../../engine/objects/typeHeap';
import { PyTypeObject } from '../../engine/objects/typeObject';
import { hashedKey } from '../objects/hashKey';
import { instanceDict } from '../objects/instanceDict';
import { typeLookup } from '../objects/typeLookup';
import type { Interp } from '../runtime/interp';
import type { PyModuleObject } from '../runtime/moduleObject';
import { UnsupportedError } from '../runtime/pyError';
import type { NativeImpl } from '../vm/callables';
import { callAny } from '../vm/callDispatch';
import { bindArgs } from './pyArgs';
import { reconstruct, userReduction } from './copyReduce';

/** Whether x's instance dict is empty (`_PyObject_IsInstanceDictEmpty`): no state to copy. */
function instanceDictEmpty(o: PyInstanceObject): boolean {
  if (o.dict) return o.dict.used === 0;
  return !o.values || o.values.order.length === 0;
}

/** Creates the module (on first import). */
export function createCopy(interp: Interp): PyModuleObject {
  const rt = interp.rt;
  const heap = rt.heap;
  const t = rt.types;
  /** The types copy.py's dispatch tables copy as themselves (`_copy_immutable`, `_deepcopy_atomic`). */
  const atomicNames = new Set(['NoneType', 'int', 'float', 'bool', 'complex', 'str', 'bytes', 'type', 'range', 'slice', 'property',
    'builtin_function_or_method', 'function', 'ellipsis', 'NotImplementedType', 'code', 'weakref', 'ReferenceType']);
  const isAtomic = (x: PyObject): boolean => x instanceof PyTypeObject || (!(x instanceof PyInstanceObject) && atomicNames.has(x.type.name));

  const unsupported = (x: PyObject, what: string): never => {
    throw new UnsupportedError(`copy.${what}() of a '${x.type.name}' object`, interp.line);
  };

  /** `cls.__new__(cls)` for the class of an instance. */
  const newEmptyLike = (x: PyInstanceObject): PyInstanceObject => newInstance(rt, x.type as PyHeapTypeObject);

  /** `y.__dict__.update(state)`. */
  const updateDict = (y: PyInstanceObject, state: PyDictObject): void => {
    const d = instanceDict(interp, y) as PyDictObject;
    try {
      dictMerge(rt, d, state, 1);
    } finally {
      heap.decref(d);
    }
  };

  const shallow = (i: Interp, x: PyObject): PyObject => {
    if (isAtomic(x) || x.type === t.tuple || x.type === t.frozenset) { heap.incref(x); return x; }
    if (x.type === t.list) return newList(rt, (x as PyListObject).items.map((v) => { heap.incref(v); return v; }));
    if (x.type === t.dict) return dictCopy(rt, x as PyDictObject);
    if (x.type === t.set) return setCopy(rt, x as PySetObject);
    const copier = typeLookup(i, x.type, '__copy__');
    if (copier) return callAny(i, copier, [x]);
    const rv = userReduction(i, x);
    if (rv) {
      try {
        return reconstruct(i, x, rv, null, () => {});
      } finally {
        heap.decref(rv);
      }
    }
    if (!(x instanceof PyInstanceObject)) return unsupported(x, 'copy');
    const y = newEmptyLike(x);
    if (!instanceDictEmpty(x)) {
      const state = instanceDict(i, x) as PyDictObject;
      try {
        updateDict(y, state);
      } catch (e) {
        heap.decref(y);
        throw e;
      } finally {
        heap.decref(state);
      }
    }
    return y;
  };

  /** The memo's entry for `id(x)` (borrowed), or null. */
  const memoGet = (memo: PyDictObject, x: PyObject): PyObject | null => {
    const k = newInt(rt, x.id);
    try {
      return dictGetItem(memo, hashedKey(interp, k));
    } finally {
      heap.decref(k);
    }
  };
  const memoSet = (memo: PyDictObject, x: PyObject, y: PyObject): void => {
    const k = newInt(rt, x.id);
    heap.incref(y);
    dictSetItem(rt, memo, hashedKey(interp, k), y);
  };
  /** `_keep_alive`: `memo[id(memo)].append(x)`, creating the list on first use. */
  const keepAlive = (memo: PyDictObject, x: PyObject): void => {
    heap.incref(x);
    const l = memoGet(memo, memo);
    if (l instanceof PyListObject) { listAppend(rt, l, x); return; }
    const fresh = newList(rt, [x]);
    memoSet(memo, memo, fresh);
    heap.decref(fresh);
  };

  const deep = (i: Interp, x: PyObject, memo: PyDictObject): PyObject => {
    const found = memoGet(memo, x);
    if (found) { heap.incref(found); return found; }
    let y: PyObject;
    if (isAtomic(x)) {
      heap.incref(x);
      y = x;
    } else if (x.type === t.list) {
      const l = newList(rt, []);
      memoSet(memo, x, l);
      for (const v of [...(x as PyListObject).items]) listAppend(rt, l, deep(i, v, memo));
      y = l;
    } else if (x.type === t.tuple) {
      const items = (x as PyTupleObject).items;
      const copies: PyObject[] = [];
      try {
        for (const v of items) copies.push(deep(i, v, memo));
      } catch (e) {
        for (const c of copies) heap.decref(c);
        throw e;
      }
      const again = memoGet(memo, x);
      if (again) {
        for (const c of copies) heap.decref(c);
        heap.incref(again);
        return again;
      }
      if (copies.every((c, k) => c === items[k])) {
        for (const c of copies) heap.decref(c);
        heap.incref(x);
        y = x;
      } else {
        y = newTuple(rt, copies);
      }
    } else if (x.type === t.dict) {
      const d = newDict(rt);
      memoSet(memo, x, d);
      for (const e of dictItems(x as PyDictObject)) {
        const k = deep(i, e.key, memo);
        let v: PyObject;
        try {
          v = deep(i, e.value, memo);
        } catch (err) {
          heap.decref(k);
          throw err;
        }
        try {
          dictSetItem(rt, d, hashedKey(i, k), v);
        } catch (err) {
          heap.decref(k);
          heap.decref(v);
          throw err;
        }
      }
      y = d;
    } else {
      const copier = typeLookup(i, x.type, '__deepcopy__');
      const rv = copier ? null : userReduction(i, x);
      if (copier) {
        y = callAny(i, copier, [x, memo]);
      } else if (rv) {
        try {
          y = reconstruct(i, x, rv, (v) => deep(i, v, memo), (made) => memoSet(memo, x, made));
        } finally {
          heap.decref(rv);
        }
      } else if (x.type === t.set || x.type === t.frozenset) {
        // set.__reduce__: (cls, (list(x),), state); the list is deep-copied, then cls(list).
        const asList = newList(rt, setEntries(x as PySetObject).map((e) => { heap.incref(e.key); return e.key; }));
        let copied: PyObject;
        try {
          copied = deep(i, asList, memo);
        } finally {
          heap.decref(asList);
        }
        const s = newSet(rt, x.type);
        try {
          for (const v of (copied as PyListObject).items) { heap.incref(v); setAdd(rt, s, hashedKey(i, v)); }
        } finally {
          heap.decref(copied);
        }
        y = s;
      } else if (x instanceof PyInstanceObject) {
        const inst = newEmptyLike(x);
        memoSet(memo, x, inst);
        if (!instanceDictEmpty(x)) {
          const state = instanceDict(i, x) as PyDictObject;
          let copied: PyObject;
          try {
            copied = deep(i, state, memo);
          } finally {
            heap.decref(state);
          }
          try {
            updateDict(inst, copied as PyDictObject);
          } finally {
            heap.decref(copied);
          }
        }
        y = inst;
      } else {
        return unsupported(x, 'deepcopy');
      }
    }
    if (y !== x) {
      memoSet(memo, x, y);
      keepAlive(memo, x);
    }
    return y;
  };

  const functions: Record<string, NativeImpl> = {
    copy: (i, args, kwnames) => {
      const [x] = bindArgs(i, { qualname: 'copy', params: ['x'], required: 1 }, args, kwnames);
      return shallow(i, x as PyObject);
    },
    deepcopy: (i, args, kwnames) => {
      const [x, memoArg] = bindArgs(i, { qualname: 'deepcopy', params: ['x', 'memo', '_nil'], required: 1 }, args, kwnames);
      const memo = memoArg && memoArg !== rt.None ? memoArg : newDict(rt);
      if (!(memo instanceof PyDictObject)) return i.typeError('memo must be a dict');
      try {
        return deep(i, x as PyObject, memo);
      } finally {
        if (memo !== memoArg) heap.decref(memo);
      }
    },
  };
  // 3.13's `replace(obj, /, **changes)`: `type(obj).__replace__(obj, **changes)`.
  if (rt.profile.version === '3.13') functions.replace = (i, args, kwnames) => {
    const npos = args.length - (kwnames?.length ?? 0);
    if (npos === 0) i.typeError("replace() missing 1 required positional argument: 'obj'");
    if (npos > 1) i.typeError(`replace() takes 1 positional argument but ${npos} were given`);
    const hook = typeLookup(i, args[0].type, '__replace__');
    if (!hook) return i.typeError(`replace() does not support ${args[0].type.name} objects`);
    return callAny(i, hook, args, kwnames);
  };
  return interp.defineModule('copy', functions, { Error: interp.excType('Exception') });
}

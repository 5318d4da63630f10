/**
 * `functools` (Lib/functools.py with its C accelerator Modules/_functoolsmodule.c, 3.11–3.13):
 * `reduce`, `partial` (a `functools.partial` object: func, args tuple, keywords dict), `lru_cache`
 * and `cache` (a `functools._lru_cache_wrapper` whose cache is a real dict, keyed as `_make_key`
 * keys: the argument itself for one int or str argument, else a tuple), `wraps`/`update_wrapper`
 * (copying `WRAPPER_ASSIGNMENTS`, merging `__dict__`, setting `__wrapped__`) and `cmp_to_key`.
 *
 * A cache miss calls the wrapped function as a frame of the caller's loop, with a completion that
 * stores the result: a recursive memoized function recurses in the eval loop, not in TypeScript.
 *
 * Obscurity: a bounded cache's entries are `_lru_list_elem` objects in CPython (the dict maps
 * keys to links); here the dict maps keys to results and the recency order is kept beside it, so
 * a bounded cache allocates 56 bytes less per entry than CPython's.
 */
import { dictDelItem, dictGetItem, dictSetItem, newDict, PyDictObject, dictClear, dictItems } from '../../engine/objects/dictObject';
import { PyLongObject, newInt } from '../../engine/objects/longObject';
import type { PyObject } from '../../engine/objects/object';
import type { PyTupleObject } from '../../engine/objects/tupleObject';
import { newTuple } from '../../engine/objects/tupleObject';
import type { PyUnicodeObject } from '../../engine/objects/unicodeObject';
import { getIter, iterNext } from '../objects/abstract';
import { compare } from '../objects/richCompare';
import { hashedKey } from '../objects/hashKey';
import { internName } from '../objects/typeLookup';
import { keywordsDict } from './keywordsDict';
import { reprOf } from '../objects/repr';
import { setAttr } from '../objects/typeSlots';
import type { Interp } from '../runtime/interp';
import type { PyModuleObject } from '../runtime/moduleObject';
import { PyError } from '../runtime/pyError';
import { splitKeywords } from '../builtins/args';
import { resumableNative } from '../vm/resumableNative';
import type { NativeImpl } from '../vm/callables';
import type { FrameCompletion } from '../vm/frame';
import { keysLookup, type HashedKey } from '../../engine/objects/dictKeys';
import type { Heap } from '../../engine/heap';
import { callAny, prepareCall, type PreparedCall } from '../vm/callDispatch';
import { newNativeObject, nativeType, PyNativeObject, typesForConstructors } from './nativeObject';
import { asSize } from './moduleArgs';
import { totalOrdering } from './totalOrdering';
import { FUNCTOOLS_SOURCE, FUNCTOOLS_SOURCE_NAMES } from './pysource/functoolsSource';
import { addLazySourceNames, genericAliasFunction, mappingProxyFunction } from './pysource/sourceModule';

const WRAPPER_ASSIGNMENTS = ['__module__', '__name__', '__qualname__', '__doc__', '__annotations__'];

/** Creates the module (on first import). */
export function createFunctools(interp: Interp): PyModuleObject {
  const rt = interp.rt;
  const heap = rt.heap;

  const kwMark = newNativeObject(interp, nativeType(interp, 'object', 16 + 16), []);

  /** `update_wrapper(wrapper, wrapped)`: attribute copies as functools.py does them. */
  const updateWrapper = (wrapper: PyObject, wrapped: PyObject): void => {
    for (const name of [...WRAPPER_ASSIGNMENTS, ...(rt.profile.version === '3.11' ? [] : ['__type_params__'])]) {
      let v: PyObject;
      try {
        v = interp.getAttr(wrapped, name, false).value;
      } catch (e) {
        if (e instanceof PyError && e.exc.type === interp.excType('AttributeError')) { heap.decref(e.exc); continue; }
        throw e;
      }
      try {
        setAttr(interp, wrapper, name, v);
      } finally {
        heap.decref(v);
      }
    }
    let src: PyObject | null = null;
    try {
      src = interp.getAttr(wrapped, '__dict__', false).value;
    } catch (e) {
      if (!(e instanceof PyError)) throw e;
      heap.decref(e.exc);
    }
    if (src instanceof PyDictObject && src.used > 0) {
      for (const e of dictItems(src)) setAttr(interp, wrapper, (e.key as PyUnicodeObject).value, e.value);
    }
    heap.xdecref(src);
    setAttr(interp, wrapper, '__wrapped__', wrapped);
  };

  const partialType = nativeType(interp, 'functools.partial', 80);
  const makePartial = (func: PyObject, args: PyObject[], keywords: Map<string, PyObject>): PyNativeObject => {
    heap.incref(func);
    for (const a of args) heap.incref(a);
    const kw = keywordsDict(interp, keywords);
    const p = newNativeObject(interp, partialType, [func, newTuple(rt, args), kw]);
    p.call = (i, callArgs, kwnames, previous) => {
      const { positional, keywords: callKw } = splitKeywords(callArgs, kwnames);
      const merged = new Map<string, PyObject>();
      for (const e of dictItems(p.refs[2] as PyDictObject)) merged.set((e.key as PyUnicodeObject).value, e.value);
      for (const [k, v] of callKw) merged.set(k, v);
      const all = [...(p.refs[1] as PyTupleObject).items, ...positional, ...merged.values()];
      return prepareCall(i, p.refs[0] as PyObject, all, merged.size ? [...merged.keys()] : null, previous);
    };
    p.repr = (i) => {
      const parts = [reprOf(i, p.refs[0] as PyObject), ...(p.refs[1] as PyTupleObject).items.map((x) => reprOf(i, x))];
      for (const e of dictItems(p.refs[2] as PyDictObject)) parts.push(`${(e.key as PyUnicodeObject).value}=${reprOf(i, e.value)}`);
      return `functools.partial(${parts.join(', ')})`;
    };
    p.getAttr = (_i, name) => {
      const k = ['func', 'args', 'keywords'].indexOf(name);
      if (k < 0) return null;
      heap.incref(p.refs[k] as PyObject);
      return { value: p.refs[k] as PyObject, method: false };
    };
    return p;
  };

  const lruType = nativeType(interp, 'functools._lru_cache_wrapper', 168);
  const cacheInfoType = nativeType(interp, 'functools.CacheInfo', 72);
  interp.methods.define(lruType, 'cache_info', (i, args) => {
    const w = args[0] as PyNativeObject;
    const st = lruState.get(w) as LruState;
    const fields: [string, PyObject][] = [
      ['hits', newInt(rt, st.hits)], ['misses', newInt(rt, st.misses)],
      ['maxsize', st.maxsize === null ? i.none() : newInt(rt, st.maxsize)], ['currsize', newInt(rt, (w.refs[1] as PyDictObject).used)],
    ];
    const info = newNativeObject(i, cacheInfoType, fields.map((f) => f[1]));
    info.repr = (j) => `CacheInfo(${fields.map((f, k) => `${f[0]}=${reprOf(j, info.refs[k] as PyObject)}`).join(', ')})`;
    info.getAttr = (_j, name) => {
      const k = fields.findIndex((f) => f[0] === name);
      if (k < 0) return null;
      heap.incref(info.refs[k] as PyObject);
      return { value: info.refs[k] as PyObject, method: false };
    };
    return info;
  });
  interp.methods.define(lruType, 'cache_clear', (i, args) => {
    const w = args[0] as PyNativeObject;
    const st = lruState.get(w) as LruState;
    st.hits = st.misses = 0;
    st.order.clear();
    dictClear(rt, w.refs[1] as PyDictObject);
    return i.none();
  });

  /**
   * A bounded cache's recency order beside its dict: the dict's own key object -> its HashedKey,
   * so evicting the oldest deletes by the hash already known, as CPython's `_PyDict_Pop_KnownHash`
   * does, without hashing the key again. Keyed by the stored object, not the hash: unequal keys
   * with one hash (`(-1, 0)` and `(-2, 0)`) are two entries.
   */
  interface LruState { hits: number; misses: number; maxsize: number | null; order: Map<PyObject, HashedKey> }
  const lruState = new WeakMap<PyNativeObject, LruState>();

  const makeLru = (func: PyObject, maxsize: number | null): PyNativeObject => {
    heap.incref(func);
    const w = newNativeObject(interp, lruType, [func, newDict(rt)]);
    const st: LruState = { hits: 0, misses: 0, maxsize, order: new Map() };
    lruState.set(w, st);
    /** A miss's result goes into the cache (steals `key`; `result` borrowed), evicting the oldest when full. */
    const store = (key: PyObject, hk: HashedKey, result: PyObject): void => {
      const cache = w.refs[1] as PyDictObject;
      if (maxsize === 0) { heap.decref(key); return; }
      if (dictGetItem(cache, hk)) { heap.decref(key); return; }
      if (maxsize !== null && cache.used >= maxsize) {
        const oldest = st.order.values().next().value as HashedKey;
        st.order.delete(oldest.key);
        dictDelItem(rt, cache, oldest);
      }
      heap.incref(result);
      if (maxsize !== null) st.order.set(hk.key, hk);
      dictSetItem(rt, cache, hk, result);
    };
    // _lru_cache_wrapper has no vectorcall: tp_call through _PyObject_MakeTpCall's guard.
    w.tpCallGuarded = true;
    w.call = (i, args, kwnames, previous): PreparedCall => {
      const cache = w.refs[1] as PyDictObject;
      const key = makeKey(i, args, kwnames);
      let hk;
      try {
        hk = hashedKey(i, key);
      } catch (e) {
        heap.decref(key);
        throw e;
      }
      const hit = maxsize === 0 ? null : dictGetItem(cache, hk);
      if (hit) {
        st.hits++;
        if (maxsize !== null) {
          const stored = cache.keys.entries[keysLookup(cache.keys, hk)].key as PyObject;
          const kept = st.order.get(stored) ?? hk;
          st.order.delete(stored);
          st.order.set(stored, kept);
        }
        heap.decref(key);
        heap.incref(hit);
        return { result: hit };
      }
      st.misses++;
      let prepared: PreparedCall;
      try {
        prepared = prepareCall(i, w.refs[0] as PyObject, args, kwnames, previous);
      } catch (e) {
        heap.decref(key);
        throw e;
      }
      if (!prepared.frame) {
        store(key, hk, prepared.result);
        return prepared;
      }
      prepared.frame.completion = new LruMiss(heap, store, key, hk, prepared.frame.completion);
      return prepared;
    };
    w.repr = (i) => reprOf(i, w.refs[0] as PyObject);
    w.getAttr = (i, name) => {
      if (name === '__wrapped__') { heap.incref(w.refs[0] as PyObject); return { value: w.refs[0] as PyObject, method: false }; }
      if (WRAPPER_ASSIGNMENTS.includes(name) || name === '__dict__') return i.getAttr(w.refs[0] as PyObject, name, false);
      return null;
    };
    return w;
  };

  /** `_make_key` (typed=False): the argument itself, or a tuple of the arguments and keywords. */
  const makeKey = (i: Interp, args: PyObject[], kwnames: string[] | null): PyObject => {
    if (!kwnames && args.length === 1 && (args[0].type === rt.types.int || args[0].type === rt.types.str)) {
      heap.incref(args[0]);
      return args[0];
    }
    const nkw = kwnames ? kwnames.length : 0;
    const items = args.slice(0, args.length - nkw);
    if (kwnames) {
      items.push(kwMark);
      kwnames.forEach((k, j) => items.push(internName(i, k), args[args.length - nkw + j]));
    }
    for (const x of items) heap.incref(x);
    return newTuple(rt, items);
  };

  const lruDecorator = (maxsize: number | null): PyNativeObject => {
    const d = newNativeObject(interp, nativeType(interp, 'functools.lru_cache_decorator', 48), []);
    d.call = (i, args) => {
      if (args.length !== 1) i.typeError('decorating function takes exactly one argument');
      const w = makeLru(args[0], maxsize);
      try {
        updateWrapper(w, args[0]);
      } catch {
        // attribute copies onto the wrapper are answered by getAttr (the wrapped function's)
      }
      return { result: w };
    };
    return d;
  };

  const functions: Record<string, NativeImpl> = {
    // A resumable native (vm/resumableNative.ts): a Python function runs as a frame of the
    // caller's loop, so a simulated thread can wait inside it.
    reduce: resumableNative(function* reduceSteps(i, args) {
      if (args.length < 2 || args.length > 3) i.typeError(`reduce expected at least 2 arguments, got ${args.length}`);
      const [f, iterable] = args;
      let acc: PyObject | null = args[2] ?? null;
      if (acc) heap.incref(acc);
      let it: PyObject;
      try {
        it = getIter(i, iterable);
      } catch (e) {
        if (!(e instanceof PyError) || e.exc.type !== i.excType('TypeError')) throw e;
        heap.decref(e.exc);
        heap.xdecref(acc);
        return i.typeError('reduce() arg 2 must support iteration');
      }
      // The function is held while its frame runs (the caller's reference goes with its CALL).
      heap.incref(f);
      let finished = false;
      try {
        for (let x = iterNext(i, it); x !== null; x = iterNext(i, it)) {
          if (acc === null) { acc = x; continue; }
          try {
            const next: PyObject = yield { callable: f, args: [acc, x] };
            heap.decref(acc);
            acc = next;
          } finally {
            heap.decref(x);
          }
        }
        finished = true;
      } finally {
        // An exception, thrown here or unwinding from the function's frame, drops the accumulator.
        if (!finished) heap.xdecref(acc);
        heap.decref(it);
        heap.decref(f);
      }
      if (acc === null) return i.typeError('reduce() of empty iterable with no initial value');
      return acc;
    }),
    partial: (i, args, kwnames) => {
      const { positional, keywords } = splitKeywords(args, kwnames);
      if (positional.length === 0) i.typeError('type \'partial\' takes at least one argument');
      return makePartial(positional[0], positional.slice(1), keywords);
    },
    lru_cache: (i, args, kwnames) => {
      const { positional, keywords } = splitKeywords(args, kwnames);
      const first = positional[0] ?? keywords.get('maxsize') ?? null;
      if (first && first !== rt.None && !(first instanceof PyLongObject)) {
        const w = makeLru(first, 128);
        return w;
      }
      const maxsize = first === null ? 128 : first === rt.None ? null : Math.max(0, asSize(i, first));
      return lruDecorator(maxsize);
    },
    cache: (_i, args) => makeLru(args[0], null),
    update_wrapper: (_i, args) => {
      updateWrapper(args[0], args[1]);
      heap.incref(args[0]);
      return args[0];
    },
    wraps: (i, args) => {
      const wrapped = args[0];
      heap.incref(wrapped);
      const d = newNativeObject(i, partialType, [wrapped]);
      d.call = (_j, callArgs) => {
        updateWrapper(callArgs[0], wrapped);
        heap.incref(callArgs[0]);
        return { result: callArgs[0] };
      };
      d.repr = (j) => `functools.partial(<function update_wrapper>, wrapped=${reprOf(j, wrapped)})`;
      return d;
    },
    total_ordering: totalOrdering,
    cmp_to_key: (i, args) => {
      const cmp = args[0];
      heap.incref(cmp);
      const maker = newNativeObject(i, nativeType(i, 'functools.KeyWrapper', 48), [cmp]);
      maker.call = (j, callArgs) => {
        heap.incref(cmp);
        heap.incref(callArgs[0]);
        const k = newNativeObject(j, nativeType(j, 'functools.KeyWrapper', 48), [cmp, callArgs[0]]);
        k.compare = (jj, op, other) => {
          if (!(other instanceof PyNativeObject) || other.type !== k.type) return jj.typeError('other argument must be K instance');
          const r = callAny(jj, cmp, [k.refs[1] as PyObject, other.refs[1] as PyObject]);
          const zero = newInt(rt, 0);
          try {
            return compare(jj, op, r, zero);
          } finally {
            heap.decref(zero);
            heap.decref(r);
          }
        };
        return { result: k };
      };
      return maker;
    },
  };
  const m = interp.defineModule('functools', functions, typesForConstructors(interp, functions, { partial: partialType }));
  addLazySourceNames(interp, m, {
    name: 'functools', source: FUNCTOOLS_SOURCE, publicNames: FUNCTOOLS_SOURCE_NAMES,
    natives: { _mappingproxy: mappingProxyFunction(interp), _generic_alias: genericAliasFunction(interp) },
  });
  return m;
}

/** A cache miss's frame completion: the function's result is stored under the call's key. */
class LruMiss implements FrameCompletion {
  constructor(
    private readonly heap: Heap,
    private readonly store: (key: PyObject, hk: HashedKey, result: PyObject) => void,
    /** The call's key (owned until stored). */
    private readonly key: PyObject,
    private readonly hk: HashedKey,
    /** What the wrapped call's own frame does on finishing (a class's `__init__`), if anything. */
    private readonly inner: FrameCompletion | null,
  ) {}

  onReturn(value: PyObject): PyObject {
    const out = this.inner ? this.inner.onReturn(value) : value;
    this.store(this.key, this.hk, out);
    return out;
  }

  onError(): void {
    this.heap.decref(this.key);
    this.inner?.onError();
  }
}

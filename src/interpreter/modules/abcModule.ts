/**
 * The `abc` module (Lib/abc.py over the C accelerator Modules/_abc.c, CPython 3.11–3.13):
 *
 *   ABCMeta(type)      a heap metaclass whose __new__ is type.__new__ then `_abc_init`: the class's
 *                      `__abstractmethods__` frozenset (its own abstract attributes, then each base's
 *                      abstract names still abstract here) and `_abc_impl`, a 64-byte tracked
 *                      `_abc_data` (registry, positive and negative caches)
 *   ABC                `class ABC(metaclass=ABCMeta): __slots__ = ()`
 *   abstractmethod     sets `f.__isabstractmethod__ = True`
 *   register           virtual subclasses, bumping the invalidation counter (get_cache_token)
 *   __instancecheck__ / __subclasscheck__   `_abc__abc_subclasscheck_impl`'s order: cache,
 *                      negative cache, __subclasshook__, the MRO, the registry, the subclasses
 *
 * Creating an instance of a class whose own `__abstractmethods__` is non-empty is object_new's
 * TypeError (typeCall.ts `checkNotAbstract`).
 *
 * Obscurity: CPython keeps the registry and caches as sets of weak references, allocated on the
 * first register or check; here they are bookkeeping outside the simulated heap, so those sets and
 * weakrefs do not appear (test/fidelity/KNOWN-DIFFERENCES.md). The cache token starts where
 * CPython's startup (site, collections.abc) leaves it: 25 / 23 / 24.
 */
import { newDescr, PyDescrObject } from '../../engine/objects/descrObject';
import { newDict } from '../../engine/objects/dictObject';
import { classTypes } from '../../engine/objects/classTypes';
import { PyFunctionObject } from '../../engine/objects/funcObject';
import { listOverallocate, newList } from '../../engine/objects/listObject';
import { newInt } from '../../engine/objects/longObject';
import type { PyObject } from '../../engine/objects/object';
import { newSet, PySetObject, setAdd, setEntries } from '../../engine/objects/setObject';
import { newTuple } from '../../engine/objects/tupleObject';
import { PyHeapTypeObject } from '../../engine/objects/typeHeap';
import { getAttrOrNull } from '../builtins/classBuiltins';
import { PyTypeObject } from '../../engine/objects/typeObject';
import { newStr } from '../../engine/objects/unicodeObject';
import type { Runtime } from '../../engine/runtime';
import { isTrue } from '../objects/abstract';
import { funcGetAttr, funcSetAttr } from '../objects/funcAttrs';
import { mroOf, typeLookup } from '../objects/typeLookup';
import { createClass } from '../objects/typeCreate';
import type { Interp } from '../runtime/interp';
import type { PyModuleObject } from '../runtime/moduleObject';
import type { NativeImpl } from '../vm/callables';
import { callAny } from '../vm/callDispatch';
import { typeNew, typeNewFromEntries, unwrapDescriptor } from '../vm/metaclass';
import { nameKey } from '../vm/namespace';
import { newNativeObject, nativeType } from './nativeObject';

/** `_abc_data`: what `_abc_impl` holds (kept outside the simulated heap, see above). */
interface AbcData {
  readonly registry: PyTypeObject[];
  readonly cache: Set<PyTypeObject>;
  readonly negativeCache: Set<PyTypeObject>;
  negativeVersion: number;
  /** Classes ABCMeta made with this class as a base (`type.__subclasses__`). */
  readonly subclasses: PyTypeObject[];
}

interface AbcState {
  readonly meta: PyHeapTypeObject;
  /** `abc.ABC` (null while it is being made). */
  abc: PyHeapTypeObject | null;
  readonly data: WeakMap<PyObject, AbcData>;
  /** `abc_invalidation_counter`. */
  token: number;
}

const states = new WeakMap<Runtime, AbcState>();

const START_TOKEN: Record<string, number> = { '3.11': 25, '3.12': 23, '3.13': 24 };

/** The `_abc_data` of an ABC (`_get_impl`), or null for a class ABCMeta did not make. */
function abcData(state: AbcState, cls: PyTypeObject): AbcData | null {
  const impl = cls instanceof PyHeapTypeObject ? cls.ns.get('_abc_impl') : undefined;
  return impl ? state.data.get(impl) ?? null : null;
}

/** `__isabstractmethod__` of a class attribute (functions, and the descriptors wrapping them). */
function isAbstract(interp: Interp, v: PyObject): boolean {
  const rt = interp.rt;
  if (v instanceof PyFunctionObject) {
    const found = funcGetAttr(interp, v, '__isabstractmethod__');
    if (!found) return false;
    try { return isTrue(interp, found.value); } finally { rt.heap.decref(found.value); }
  }
  if (v instanceof PyDescrObject && v.type instanceof PyHeapTypeObject) {
    // A subclass's instance (abstractclassmethod): getattr, which finds the class's own flag first.
    const found = getAttrOrNull(interp, v, '__isabstractmethod__');
    if (!found) return false;
    try { return isTrue(interp, found); } finally { rt.heap.decref(found); }
  }
  if (v instanceof PyDescrObject) {
    const ct = classTypes(rt);
    // property_get___isabstractmethod__: any accessor; classmethod/staticmethod: the function.
    if (v.type === ct.property) return v.refs.slice(0, 3).some((f) => f !== null && f !== rt.None && isAbstract(interp, f));
    if (v.type === ct.classmethod || v.type === ct.staticmethod) return isAbstract(interp, unwrapDescriptor(v));
  }
  return false;
}

/**
 * The list `compute_abstract_methods` scans: `PyMapping_Items(cls.__dict__)` is `list(view)` of the
 * mappingproxy's `items()`, one (name, value) 2-tuple per class attribute (the iterator's
 * preallocated result tuple first) in a list sized by the length hint. Freed when the scan ends:
 * the tuples (last first, as list_dealloc drops them) and the list go to their free lists, where
 * they stay traced to the class line until something reuses them. The proxy, the view and the
 * iterator are plain blocks freed at once, not modelled.
 */
function scanItems(interp: Interp, cls: PyHeapTypeObject): void {
  const rt = interp.rt;
  const tuples: PyObject[] = [];
  for (const [name, v] of cls.ns) {
    const key = nameKey(rt, name).key;
    rt.heap.incref(key);
    rt.heap.incref(v);
    tuples.push(newTuple(rt, [key, v]));
  }
  rt.heap.decref(newList(rt, tuples, tuples.length ? listOverallocate(0, tuples.length) : 0));
}

/** `compute_abstract_methods`: the frozenset of `cls`'s abstract names, stored as `__abstractmethods__`. */
function computeAbstractMethods(interp: Interp, cls: PyHeapTypeObject): void {
  const rt = interp.rt;
  scanItems(interp, cls);
  const names: string[] = [];
  for (const [name, v] of cls.ns) if (isAbstract(interp, v)) names.push(name);
  for (const base of cls.bases) {
    const inherited = base instanceof PyHeapTypeObject ? base.ns.get('__abstractmethods__') : undefined;
    if (!(inherited instanceof PySetObject)) continue;
    for (const e of setEntries(inherited)) {
      const name = e.hashKey as string;
      const v = typeLookup(interp, cls, name);
      if (v && isAbstract(interp, v) && !names.includes(name)) names.push(name);
    }
  }
  const fs = newSet(rt, rt.types.frozenset);
  for (const name of names) setAdd(rt, fs, nameKey(rt, name));
  for (const name of names) rt.heap.incref(nameKey(rt, name).key);
  const old = cls.ns.get('__abstractmethods__');
  cls.ns.set('__abstractmethods__', fs);
  rt.heap.xdecref(old);
}

/** `_abc_init`: abstract methods, then the `_abc_impl` data object. */
function abcInit(interp: Interp, state: AbcState, cls: PyHeapTypeObject): void {
  computeAbstractMethods(interp, cls);
  const impl = newNativeObject(interp, nativeType(interp, '_abc._abc_data', 64), []);
  state.data.set(impl, { registry: [], cache: new Set(), negativeCache: new Set(), negativeVersion: state.token, subclasses: [] });
  const old = cls.ns.get('_abc_impl');
  cls.ns.set('_abc_impl', impl);
  interp.rt.heap.xdecref(old);
  for (const b of cls.bases) abcData(state, b)?.subclasses.push(cls);
}

/** `issubclass(sub, cls)` through the full protocol (a registered class may itself be an ABC). */
function issubclassFull(interp: Interp, sub: PyObject, cls: PyObject): boolean {
  const f = interp.builtins.get('issubclass') as PyObject;
  const r = callAny(interp, f, [sub, cls]);
  try { return isTrue(interp, r); } finally { interp.rt.heap.decref(r); }
}

/** `_abc__abc_subclasscheck_impl`. */
function subclassCheck(interp: Interp, state: AbcState, cls: PyTypeObject, sub: PyObject): boolean {
  const rt = interp.rt;
  if (!(sub instanceof PyTypeObject)) return interp.typeError('issubclass() arg 1 must be a class');
  const data = abcData(state, cls);
  if (!data) return sub.isSubtypeOf(cls);
  if (data.cache.has(sub)) return true;
  if (data.negativeVersion < state.token) {
    data.negativeCache.clear();
    data.negativeVersion = state.token;
  } else if (data.negativeCache.has(sub)) return false;
  const hook = typeLookup(interp, cls, '__subclasshook__');
  if (hook && hook instanceof PyDescrObject) {
    const ok = callAny(interp, unwrapDescriptor(hook), hook.type === classTypes(rt).classmethod ? [cls, sub] : [sub]);
    try {
      if (ok.type.name !== 'NotImplementedType') {
        const yes = isTrue(interp, ok);
        (yes ? data.cache : data.negativeCache).add(sub);
        return yes;
      }
    } finally {
      rt.heap.decref(ok);
    }
  }
  const found = mroOf(sub).includes(cls)
    || data.registry.some((r) => issubclassFull(interp, sub, r))
    || data.subclasses.some((s) => issubclassFull(interp, sub, s));
  (found ? data.cache : data.negativeCache).add(sub);
  return found;
}

/**
 * Runs `f` leaving `get_cache_token()` where it was: collections.abc's registrations of the
 * built-in types happen during CPython's start-up, and START_TOKEN already counts them. Only the
 * ABCs in `classes` may have cached a negative answer meanwhile.
 */
export function keepingCacheToken<T>(interp: Interp, classes: PyObject[], f: () => T): T {
  const state = stateOf(interp);
  const token = state.token;
  try {
    return f();
  } finally {
    // The bumps invalidated `classes`' negative caches lazily; with the token back, drop them now.
    state.token = token;
    for (const c of classes) {
      const data = abcData(state, c as PyTypeObject);
      if (data) { data.negativeCache.clear(); data.negativeVersion = token; }
    }
  }
}

function stateOf(interp: Interp): AbcState {
  return states.get(interp.rt) ?? createState(interp);
}

/** ABCMeta's methods, natives in its namespace as abc.py's are functions in its class body. */
function metaMethods(): Record<string, NativeImpl> {
  return {
    register: (i, args) => {
      const [cls, sub] = args;
      if (!(sub instanceof PyTypeObject)) return i.typeError('Can only register classes');
      const state = stateOf(i);
      if (issubclassFull(i, sub, cls)) { i.rt.heap.incref(sub); return sub; }
      if (issubclassFull(i, cls, sub)) return i.raise('RuntimeError', 'Refusing to create an inheritance cycle');
      abcData(state, cls as PyTypeObject)?.registry.push(sub);
      state.token++;
      i.rt.heap.incref(sub);
      return sub;
    },
    __instancecheck__: (i, args) => {
      const [cls, inst] = args;
      const state = stateOf(i);
      const data = abcData(state, cls as PyTypeObject);
      if (data?.cache.has(inst.type)) return i.bool(true);
      if (data && data.negativeVersion === state.token && data.negativeCache.has(inst.type)) return i.bool(false);
      return i.bool(subclassCheck(i, state, cls as PyTypeObject, inst.type));
    },
    __subclasscheck__: (i, args) => i.bool(subclassCheck(i, stateOf(i), args[0] as PyTypeObject, args[1])),
    _abc_registry_clear: (i, args) => {
      const data = abcData(stateOf(i), args[0] as PyTypeObject);
      if (data) data.registry.length = 0;
      return i.none();
    },
    _abc_caches_clear: (i, args) => {
      const data = abcData(stateOf(i), args[0] as PyTypeObject);
      if (data) { data.cache.clear(); data.negativeCache.clear(); }
      return i.none();
    },
  };
}

function createState(interp: Interp): AbcState {
  const rt = interp.rt;
  const ns = new Map<string, PyObject>();
  ns.set('__module__', newStr(rt, 'abc'));
  ns.set('__qualname__', newStr(rt, 'ABCMeta'));
  const abcNew = interp.nativeFunction('__new__', (i, args, kwnames) => {
    // abc.py's `def __new__(mcls, name, bases, namespace, /, **kwargs)` runs
    // `super().__new__(mcls, name, bases, namespace, **kwargs)`: its `**kwargs` dict, the call's
    // packed 4-tuple and merged keyword dict, and tp_new_wrapper's slice of the 3 arguments after
    // the metaclass, each freed onto its free list (the slice first, the kwargs dict last).
    const heap = i.rt.heap;
    const kwargs = !kwnames || kwnames.length === 0 ? newDict(i.rt) : null;
    const packed = kwargs && args.length === 4 ? newTuple(i.rt, args.map((a) => { heap.incref(a); return a; })) : null;
    const merged = packed ? newDict(i.rt) : null;
    const slice = packed ? newTuple(i.rt, args.slice(1).map((a) => { heap.incref(a); return a; })) : null;
    let cls: PyHeapTypeObject;
    try {
      cls = typeNew(i, args[0] as PyTypeObject, args.slice(1), kwnames) as PyHeapTypeObject;
    } finally {
      heap.xdecref(slice);
      heap.xdecref(packed);
      heap.xdecref(merged);
    }
    try {
      abcInit(i, stateOf(i), cls);
    } finally {
      heap.xdecref(kwargs);
    }
    return cls;
  });
  // type_new would make a class body's `__new__` a staticmethod; this one is made directly.
  ns.set('__new__', newDescr(rt, classTypes(rt).staticmethod, [abcNew]));
  for (const [name, impl] of Object.entries(metaMethods())) ns.set(name, interp.nativeFunction(name, impl));
  const meta = createClass(interp, 'ABCMeta', [rt.types.type], ns);
  const state: AbcState = { meta, abc: null, data: new WeakMap(), token: START_TOKEN[rt.profile.version] ?? 0 };
  states.set(rt, state);
  // `class ABC(metaclass=ABCMeta): __slots__ = ()`: ABCMeta.__new__'s steps (borrowed entries).
  const entries: [string, PyObject][] = [
    ['__module__', newStr(rt, 'abc')], ['__qualname__', newStr(rt, 'ABC')],
    ['__doc__', newStr(rt, 'Helper class that provides a standard way to create an ABC using\ninheritance.\n')],
    ['__slots__', newTuple(rt, [])],
  ];
  const abc = typeNewFromEntries(interp, 'ABC', [], entries, new Map(), meta);
  for (const [, v] of entries) rt.heap.decref(v);
  abcInit(interp, state, abc);
  state.abc = abc;
  return state;
}

/** `import abc`. */
export function createAbc(interp: Interp): PyModuleObject {
  const state = stateOf(interp);
  const rt = interp.rt;
  rt.heap.incref(state.meta);
  const abc = state.abc as PyHeapTypeObject;
  rt.heap.incref(abc);
  // abc.py's `funcobj.__isabstractmethod__ = True` stores a name its code object interned on import.
  nameKey(rt, '__isabstractmethod__');
  const abstractmethod: NativeImpl = (i, args) => {
    const f = args[0];
    if (f instanceof PyFunctionObject) funcSetAttr(i, f, '__isabstractmethod__', i.rt.True);
    i.rt.heap.incref(f);
    return f;
  };
  return interp.defineModule('abc', {
    abstractmethod,
    get_cache_token: (i) => newInt(i.rt, stateOf(i).token),
  }, { ABCMeta: state.meta, ABC: abc });
}


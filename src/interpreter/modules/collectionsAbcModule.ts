/**
 * `collections.abc` (Lib/_collections_abc.py, 3.11–3.13) for annotations and checks: the ABCs are
 * `abc.ABCMeta` classes in CPython's hierarchy, subscriptable into `types.GenericAlias`
 * (`Sequence[int]`), with `_collections_abc`'s registrations of the built-in types
 * (`MutableSequence.register(list)`...) and the one-trick `__subclasshook__`s (`Iterable` is any
 * class with `__iter__` in the `__dict__` of a class of its MRO, and not set to None).
 *
 * Not modelled: the mixin methods (`Sequence.index`, `Mapping.get`, `Set.__and__`...). Rather
 * than give a subclass without them wrong answers, subclassing one of these ABCs is reported as
 * unsupported. Obscurity: built-in types have no slot wrappers in their `__dict__` here, so the
 * hooks read which dunders a built-in type defines from the table below (CPython's type dicts).
 */
import { classTypes } from '../../engine/objects/classTypes';
import { newDescr } from '../../engine/objects/descrObject';
import { newDict } from '../../engine/objects/dictObject';
import type { PyObject } from '../../engine/objects/object';
import { newTuple } from '../../engine/objects/tupleObject';
import { PyHeapTypeObject } from '../../engine/objects/typeHeap';
import { PyTypeObject } from '../../engine/objects/typeObject';
import { newStr } from '../../engine/objects/unicodeObject';
import { dictStore } from '../objects/containerOps';
import { newAlias, subscriptArgs } from '../objects/genericAlias';
import type { Interp } from '../runtime/interp';
import type { PyModuleObject } from '../runtime/moduleObject';
import { UnsupportedError } from '../runtime/pyError';
import type { NativeImpl } from '../vm/callables';
import { callAny } from '../vm/callDispatch';
import { keepingCacheToken } from './abcModule';
import { callMethod } from './callMethod';
import { addUserDict } from './userDictOps';

const SEQ = ['__iter__', '__len__', '__contains__', '__getitem__'];
/** The dunders (of those the hooks ask about) in a built-in type's own `__dict__`; null: `__hash__ = None`. */
const BUILTIN_DUNDERS: Record<string, string[]> = {
  object: ['__hash__'],
  list: [...SEQ, '__reversed__', '!__hash__'], tuple: [...SEQ, '__hash__'], str: [...SEQ, '__hash__'],
  bytes: [...SEQ, '__hash__'], bytearray: [...SEQ, '!__hash__'], range: [...SEQ, '__reversed__', '__hash__'],
  dict: [...SEQ, '__reversed__', '!__hash__'], set: ['__iter__', '__len__', '__contains__', '!__hash__'],
  frozenset: ['__iter__', '__len__', '__contains__', '__hash__'], deque: [...SEQ, '__reversed__', '!__hash__'],
  dict_keys: ['__iter__', '__len__', '__contains__', '__reversed__', '!__hash__'],
  dict_items: ['__iter__', '__len__', '__contains__', '__reversed__', '!__hash__'],
  dict_values: ['__iter__', '__len__', '__reversed__'],
  generator: ['__iter__', '__next__', 'send', 'throw', 'close'],
  type: ['__call__'], function: ['__call__'], builtin_function_or_method: ['__call__'], method: ['__call__'],
  int: ['__hash__'], float: ['__hash__'], bool: ['__hash__'], NoneType: ['__hash__'],
};
const ITERATORS = /(iterator|^enumerate|^zip|^map|^filter|^reversed)$/;

/** The ABCs in definition order: name, bases, the methods its hook checks (null: no hook). */
const ABCS: [string, string[], string[] | null][] = [
  ['Hashable', [], ['__hash__']], ['Awaitable', [], ['__await__']], ['Coroutine', ['Awaitable'], ['__await__', 'send', 'throw', 'close']],
  ['AsyncIterable', [], ['__aiter__']], ['AsyncIterator', ['AsyncIterable'], ['__anext__', '__aiter__']],
  ['AsyncGenerator', ['AsyncIterator'], ['__aiter__', '__anext__', 'asend', 'athrow', 'aclose']],
  ['Iterable', [], ['__iter__']], ['Iterator', ['Iterable'], ['__iter__', '__next__']],
  ['Reversible', ['Iterable'], ['__reversed__', '__iter__']], ['Generator', ['Iterator'], ['__iter__', '__next__', 'send', 'throw', 'close']],
  ['Sized', [], ['__len__']], ['Container', [], ['__contains__']],
  ['Collection', ['Sized', 'Iterable', 'Container'], ['__len__', '__iter__', '__contains__']], ['Buffer', [], ['__buffer__']],
  ['Callable', [], ['__call__']], ['Set', ['Collection'], null], ['MutableSet', ['Set'], null],
  ['Mapping', ['Collection'], null], ['MappingView', ['Sized'], null], ['KeysView', ['MappingView', 'Set'], null],
  ['ItemsView', ['MappingView', 'Set'], null], ['ValuesView', ['MappingView', 'Collection'], null],
  ['MutableMapping', ['Mapping'], null], ['Sequence', ['Reversible', 'Collection'], null],
  ['ByteString', ['Sequence'], null], ['MutableSequence', ['Sequence'], null],
];

/** `_collections_abc`'s `X.register(builtin)` calls (and collections' deque), by ABC. */
const REGISTERED: [string, string[]][] = [
  ['Sequence', ['tuple', 'str', 'range', 'memoryview']], ['MutableSequence', ['list', 'bytearray', 'deque']],
  ['ByteString', ['bytes', 'bytearray']], ['Set', ['frozenset']], ['MutableSet', ['set']], ['MutableMapping', ['dict']],
  ['KeysView', ['dict_keys']], ['ItemsView', ['dict_items']], ['ValuesView', ['dict_values']], ['Generator', ['generator']],
];

/** `_check_methods(C, *methods)`: every method found in the MRO and none set to None. */
function checkMethods(interp: Interp, c: PyTypeObject, methods: string[]): boolean {
  let mro = c.mro;
  if (!mro) {
    mro = [];
    for (let b: PyTypeObject | null = c; b; b = b.base) mro.push(b);
  }
  for (const m of methods) {
    let found = false;
    for (const b of mro) {
      if (b instanceof PyHeapTypeObject) {
        const v = b.ns.get(m);
        if (v === undefined) continue;
        if (v === interp.rt.None) return false;
        found = true;
        break;
      }
      const own = BUILTIN_DUNDERS[b.name] ?? (ITERATORS.test(b.name) ? ['__iter__', '__next__'] : []);
      if (own.includes(`!${m}`)) return false;
      if (own.includes(m)) { found = true; break; }
    }
    if (!found) return false;
  }
  return true;
}

/** Creates the module (on first import); `collections` gets it as its `abc` attribute. */
export function createCollectionsAbc(interp: Interp): PyModuleObject {
  abcLoading.add(interp);
  try {
    return buildCollectionsAbc(interp);
  } finally {
    abcLoading.delete(interp);
  }
}

/** The interpreters creating `collections.abc` right now (which imports `collections` midway). */
const abcLoading = new WeakSet<Interp>();

/** Whether `collections.abc` is being created (its classes are not importable yet). */
export function collectionsAbcLoading(interp: Interp): boolean {
  return abcLoading.has(interp);
}

function buildCollectionsAbc(interp: Interp): PyModuleObject {
  const rt = interp.rt;
  const heap = rt.heap;
  const abc = interp.importModule('abc') as PyModuleObject;
  const meta = abc.dict.get('ABCMeta') as PyObject;
  heap.decref(abc);
  const classmethod = (name: string, impl: NativeImpl): PyObject => newDescr(rt, classTypes(rt).classmethod, [interp.nativeFunction(name, impl)]);
  const notImplemented = (): PyObject => {
    const n = interp.builtins.get('NotImplemented') as PyObject;
    heap.incref(n);
    return n;
  };
  const classes = new Map<string, PyObject>();
  let building = true;
  for (const [name, baseNames, methods] of ABCS) {
    if (name === 'Buffer' && rt.profile.version === '3.11') continue;
    const ns = newDict(rt);
    const put = (k: string, v: PyObject): void => {
      const key = newStr(rt, k);
      dictStore(interp, ns, key, v);
      heap.decref(key);
      heap.decref(v);
    };
    put('__module__', newStr(rt, 'collections.abc'));
    put('__qualname__', newStr(rt, name));
    put('__slots__', newTuple(rt, []));
    put('__class_getitem__', classmethod('__class_getitem__', (i, args) => {
      const cls = args[0];
      return newAlias(i, { kind: 'types', name, origin: cls, args: subscriptArgs(args[1]), subscript: null });
    }));
    put('__init_subclass__', classmethod('__init_subclass__', (i, args) => {
      const cls = args[0];
      if (building) return i.none();
      const own = cls instanceof PyTypeObject ? cls.name : '?';
      throw new UnsupportedError(`class ${own} subclassing collections.abc.${name} (the ABCs' mixin methods are not simulated yet)`, i.line);
    }));
    if (methods) {
      put('__subclasshook__', classmethod('__subclasshook__', (i, args) => {
        const [cls, c] = args;
        if (cls !== classes.get(name) || !(c instanceof PyTypeObject)) return notImplemented();
        return checkMethods(i, c, methods) ? i.bool(true) : notImplemented();
      }));
    }
    const bases = baseNames.map((b) => {
      const base = classes.get(b) as PyObject;
      heap.incref(base);
      return base;
    });
    const nameObj = newStr(rt, name);
    const basesObj = newTuple(rt, bases);
    try {
      classes.set(name, callAny(interp, meta, [nameObj, basesObj, ns]));
    } finally {
      heap.decref(nameObj);
      heap.decref(basesObj);
      heap.decref(ns);
    }
  }
  const builtinType = (n: string): PyObject | undefined => {
    const b = interp.builtins.get(n);
    if (b) return b;
    if (n === 'deque') {
      const m = interp.importModule('collections') as PyModuleObject;
      heap.decref(m);
      return m.dict.get('deque');
    }
    return undefined;
  };
  // The built-in types the runtime holds, one level of grouping (dict views) included.
  const staticTypes = Object.values(rt.types).flatMap((v: unknown) => (v instanceof PyTypeObject ? [v] : Object.values(v as object)))
    .filter((v): v is PyTypeObject => v instanceof PyTypeObject);
  const register = (abcName: string, n: string): void => {
    const t = builtinType(n) ?? staticTypes.find((o) => o.name === n);
    if (t) heap.decref(callMethod(interp, classes.get(abcName) as PyObject, 'register', [t]));
  };
  // Start-up work in CPython, counted by abc's START_TOKEN, except that on 3.12+ `collections`
  // (whose import registers deque) is not imported at start-up: that one bumps the token.
  const lateDeque = rt.profile.version !== '3.11';
  keepingCacheToken(interp, [...classes.values()], () => {
    for (const [abcName, names] of REGISTERED) for (const n of names) if (!(lateDeque && n === 'deque')) register(abcName, n);
  });
  if (lateDeque) register('MutableSequence', 'deque');
  building = false;
  const values: Record<string, PyObject> = {};
  for (const [name, cls] of classes) values[name] = cls;
  const m = interp.defineModule('collections.abc', {}, values);
  // `import collections.abc` leaves the submodule as collections' attribute.
  const parent = interp.importModule('collections') as PyModuleObject;
  heap.incref(m);
  parent.dict.set('abc', m);
  abcLoading.delete(interp);
  addUserDict(interp, parent);
  heap.decref(parent);
  return m;
}


/**
 * `dict` in the interpreter (Objects/dictobject.c, 3.11–3.13): the constructor, the methods and
 * the `|` operator, on the engine's dict (dictObject.ts), which decides every allocation.
 *
 *   dict(m, **kw)      dict_vectorcall: a new dict (never the free list), dict_update_arg(m), then
 *                      each keyword inserted directly
 *   d.update(m, **kw)  METH_VARARGS|METH_KEYWORDS: the keywords arrive as a fresh presized dict
 *                      (`_PyStack_AsDict`), merged after m
 *   d.keys() ...       a 40-byte view (dictViewObject.ts)
 *   dict.fromkeys      a class method: `dict.fromkeys` allocates the bound method, as CPython does
 */
import type { HashedKey } from '../../engine/objects/dictKeys';
import {
  allocDict, dictClear, dictCopy, dictFromKeys, dictGetItem, dictMerge, dictPop, dictPopItem, dictSetDefault, dictSetItem,
  newDictPresized, PyDictObject,
} from '../../engine/objects/dictObject';
import { newDictView } from '../../engine/objects/dictViewObject';
import type { PyObject } from '../../engine/objects/object';
import { PySetObject, setEntries } from '../../engine/objects/setObject';
import { PyListObject } from '../../engine/objects/listObject';
import { PyTupleObject } from '../../engine/objects/tupleObject';
import { intern, newStr } from '../../engine/objects/unicodeObject';
import { argRange, splitKeywords } from '../builtins/args';
import type { Interp, TypeCall } from '../runtime/interp';
import type { NativeImpl } from '../vm/callables';
import { getItem, getIter, iterNext, setItem } from './abstract';
import type { PyStep } from '../vm/resumableNative';
import { chainsItems, nextItem } from '../builtins/iterItemSteps';
import { callAny } from '../vm/callDispatch';
import { lookupAttrQuietly } from './quietAttrMiss';
import { callMethod } from '../modules/callMethod';
import { collect } from '../builtins/builtinFunctions';
import { raiseKeyError } from './containerOps';
import { hashedKey } from './hashKey';

function self(interp: Interp, args: PyObject[], name: string): PyDictObject {
  const d = args[0];
  if (!(d instanceof PyDictObject)) return interp.typeError(`descriptor '${name}' for 'dict' objects doesn't apply to a '${d.type.name}' object`);
  return d;
}

/** Arity check with the message of an Argument Clinic method: `get expected at least 1 argument, got 0`. */
function arity(interp: Interp, name: string, args: PyObject[], min: number, max: number, kwnames: string[] | null): void {
  if (kwnames && kwnames.length) interp.typeError(`dict.${name}() takes no keyword arguments`);
  argRange(interp, name, args.slice(1), min, max);
}

/** `PyDict_SetItem` with borrowed arguments. */
function store(interp: Interp, d: PyDictObject, key: PyObject, value: PyObject): void {
  const k = hashedKey(interp, key);
  interp.rt.heap.incref(key);
  interp.rt.heap.incref(value);
  dictSetItem(interp.rt, d, k, value);
}

/**
 * `PyDict_MergeFromSeq2(d, seq2, override=1)`: each item a 2-sequence (key, value), with
 * CPython's messages for items of the wrong shape.
 */
function mergeFromSeq2(interp: Interp, d: PyDictObject, seq: PyObject): void {
  const it = getIter(interp, seq);
  try {
    let i = 0;
    for (let item = iterNext(interp, it); item !== null; item = iterNext(interp, it), i++) mergeSeq2Item(interp, d, item, i);
  } finally {
    interp.rt.heap.decref(it);
  }
}

/** `dict(iterable of pairs)`'s merge as a resumable native's steps (builtins/threadConsumers.ts): `dict(gen())` in a thread. */
export function* mergeFromSeq2Steps(interp: Interp, d: PyDictObject, seq: PyObject): Generator<PyStep, void, PyObject> {
  const it = getIter(interp, seq);
  const chain = chainsItems(interp, it);
  try {
    let i = 0;
    for (let item = chain ? yield* nextItem(interp, it) : iterNext(interp, it); item !== null; item = chain ? yield* nextItem(interp, it) : iterNext(interp, it), i++) mergeSeq2Item(interp, d, item, i);
  } finally {
    interp.rt.heap.decref(it);
  }
}

/** Stores the pair `item` (stolen), the `i`th of the sequence, in `d`. */
function mergeSeq2Item(interp: Interp, d: PyDictObject, item: PyObject, i: number): void {
  const rt = interp.rt;
  try {
    if (!(item instanceof PyTupleObject || item instanceof PyListObject)) {
      if (item instanceof PyDictObject || item instanceof PySetObject || item.type === rt.types.str) {
        const n = item instanceof PyDictObject || item instanceof PySetObject ? item.used : (item as unknown as { length: number }).length;
        if (n !== 2) interp.raise('ValueError', `dictionary update sequence element #${i} has length ${n}; 2 is required`);
        interp.typeError('dict(iterable of non-sequences) is not supported yet');
      }
      interp.typeError(`cannot convert dictionary update sequence element #${i} to a sequence`);
    }
    if (item.items.length !== 2) interp.raise('ValueError', `dictionary update sequence element #${i} has length ${item.items.length}; 2 is required`);
    store(interp, d, item.items[0], item.items[1]);
  } finally {
    rt.heap.decref(item);
  }
}

/**
 * `dict_update_arg(self, arg)`: merge a dict; else an object with a `keys` attribute is a mapping
 * (`PyDict_Merge`'s generic path: each key of `arg.keys()`, then `arg[key]`); else pairs from an
 * iterable. The generic path's `PyMapping_Keys` list is not allocated here (a transient).
 */
export function dictUpdateArg(interp: Interp, d: PyDictObject, arg: PyObject): void {
  if (arg instanceof PyDictObject) {
    dictMerge(interp.rt, d, arg, 1);
    return;
  }
  const keysAttr = lookupAttrQuietly(interp, arg, 'keys', () => interp.getAttr(arg, 'keys', false).value);
  if (keysAttr === null) {
    mergeFromSeq2(interp, d, arg);
    return;
  }
  interp.rt.heap.decref(keysAttr);
  mergeMapping(interp, d, arg);
}

/** `PyDict_Merge(d, mapping, override=1)` for a mapping that is not a dict. */
function mergeMapping(interp: Interp, d: PyDictObject, mapping: PyObject): void {
  const rt = interp.rt;
  const keyList = callMethod(interp, mapping, 'keys');
  let keys: PyObject[];
  try {
    keys = collect(interp, keyList);
  } finally {
    rt.heap.decref(keyList);
  }
  try {
    for (const key of keys) {
      const value = getItem(interp, mapping, key);
      try {
        store(interp, d, key, value);
      } finally {
        rt.heap.decref(value);
      }
    }
  } finally {
    for (const key of keys) rt.heap.decref(key);
  }
}

/** The keywords of a METH_KEYWORDS call as the fresh dict `_PyStack_AsDict` makes. */
export function kwargsDict(interp: Interp, kwnames: string[], values: PyObject[]): PyDictObject {
  const rt = interp.rt;
  const d = newDictPresized(rt, kwnames.length, true);
  kwnames.forEach((name, i) => store(interp, d, internedName(interp, name), values[i]));
  for (const name of kwnames) rt.heap.decref(internedName(interp, name));
  return d;
}

/** The interned str of a keyword name (the code object's constant: no allocation once interned). */
export function internedName(interp: Interp, name: string): PyObject {
  const existing = interp.rt.interned.get(name);
  if (existing) {
    interp.rt.heap.incref(existing);
    return existing;
  }
  return intern(interp.rt, newStr(interp.rt, name));
}

const get: NativeImpl = (interp, args, kwnames) => {
  const d = self(interp, args, 'get');
  arity(interp, 'get', args, 1, 2, kwnames);
  const v = dictGetItem(d, hashedKey(interp, args[1])) ?? args[2] ?? interp.rt.None;
  interp.rt.heap.incref(v);
  return v;
};

const setdefault: NativeImpl = (interp, args, kwnames) => {
  const d = self(interp, args, 'setdefault');
  arity(interp, 'setdefault', args, 1, 2, kwnames);
  const key = args[1];
  const dflt = args[2] ?? interp.rt.None;
  const k = hashedKey(interp, key);
  interp.rt.heap.incref(key);
  interp.rt.heap.incref(dflt);
  const v = dictSetDefault(interp.rt, d, k, dflt);
  interp.rt.heap.incref(v);
  return v;
};

const pop: NativeImpl = (interp, args, kwnames) => {
  const d = self(interp, args, 'pop');
  arity(interp, 'pop', args, 1, 2, kwnames);
  const v = dictPop(interp.rt, d, hashedKey(interp, args[1]));
  if (v !== null) return v;
  if (args.length > 2) {
    interp.rt.heap.incref(args[2]);
    return args[2];
  }
  return raiseKeyError(interp, args[1]);
};

const popitem: NativeImpl = (interp, args, kwnames) => {
  const d = self(interp, args, 'popitem');
  arity(interp, 'popitem', args, 0, 0, kwnames);
  return dictPopItem(interp.rt, d) ?? interp.raise('KeyError', 'popitem(): dictionary is empty');
};

const update: NativeImpl = (interp, args, kwnames) => {
  const d = self(interp, args, 'update');
  const { positional, keywords } = splitKeywords(args.slice(1), kwnames);
  if (positional.length > 1) interp.typeError(`update expected at most 1 argument, got ${positional.length}`);
  if (positional.length === 1) dictUpdateArg(interp, d, positional[0]);
  if (keywords.size > 0) {
    const kw = kwargsDict(interp, [...keywords.keys()], [...keywords.values()]);
    dictMerge(interp.rt, d, kw, 1);
    interp.rt.heap.decref(kw);
  }
  return interp.none();
};

const view = (kind: 'keys' | 'values' | 'items'): NativeImpl => (interp, args, kwnames) => {
  const d = self(interp, args, kind);
  arity(interp, kind, args, 0, 0, kwnames);
  return newDictView(interp.rt, d, kind);
};

const copy: NativeImpl = (interp, args, kwnames) => {
  arity(interp, 'copy', args, 0, 0, kwnames);
  return dictCopy(interp.rt, self(interp, args, 'copy'));
};

const clear: NativeImpl = (interp, args, kwnames) => {
  arity(interp, 'clear', args, 0, 0, kwnames);
  dictClear(interp.rt, self(interp, args, 'clear'));
  return interp.none();
};

/** Hashed keys of a Python iterable, one at a time; each key is released after the dict took it. */
function* iterKeys(interp: Interp, iterable: PyObject): Generator<HashedKey> {
  const rt = interp.rt;
  const it = getIter(interp, iterable);
  try {
    for (let v = iterNext(interp, it); v !== null; v = iterNext(interp, it)) {
      try {
        yield hashedKey(interp, v);
      } finally {
        rt.heap.decref(v);
      }
    }
  } finally {
    rt.heap.decref(it);
  }
}

/**
 * `_PyDict_FromKeys` for a subclass: `d = cls()`, then `store(d, key, value)` per key (PyObject_SetItem,
 * the class's own __setitem__, unless the caller knows better).
 */
export function subclassFromKeys(interp: Interp, cls: PyObject, iterable: PyObject, value: PyObject,
  store: (d: PyObject, k: PyObject, v: PyObject) => void = (d, k, v) => setItem(interp, d, k, v)): PyObject {
  const d = callAny(interp, cls, [], null);
  const it = getIter(interp, iterable);
  try {
    for (let k = iterNext(interp, it); k !== null; k = iterNext(interp, it)) {
      try {
        store(d, k, value);
      } finally {
        interp.rt.heap.decref(k);
      }
    }
  } catch (e) {
    interp.rt.heap.decref(d);
    throw e;
  } finally {
    interp.rt.heap.decref(it);
  }
  return d;
}

/** `dict.fromkeys(iterable, value=None)`, bound to the class (args[0]). */
const fromkeys: NativeImpl = (interp, args, kwnames) => {
  arity(interp, 'fromkeys', args, 1, 2, kwnames);
  const rt = interp.rt;
  const iterable = args[1];
  const value = args[2] ?? rt.None;
  if (args[0] !== rt.types.dict) return subclassFromKeys(interp, args[0], iterable, value);
  rt.heap.incref(value);
  if (iterable instanceof PyDictObject && iterable.type === rt.types.dict) {
    const keys = iterable.keys;
    const items = keys.entries.filter((e) => e.value !== null).map((e) => ({ key: e.key as PyObject, hashKey: e.hashKey, hash: e.hash, eq: e.eq }));
    return dictFromKeys(rt, items, value, { n: iterable.used, unicode: keys.kind !== 'general' });
  }
  if (iterable instanceof PySetObject) return dictFromKeys(rt, setEntries(iterable), value, { n: iterable.used, unicode: false });
  return dictFromKeys(rt, iterKeys(interp, iterable), value);
};

/** `dict(...)`: dict_vectorcall. */
const dictCall: TypeCall = (interp, type, args, kwnames) => {
  const { positional, keywords } = splitKeywords(args, kwnames);
  if (positional.length > 1) interp.typeError(`dict expected at most 1 argument, got ${positional.length}`);
  const d = allocDict(interp.rt, type);
  try {
    if (positional.length === 1) dictUpdateArg(interp, d, positional[0]);
    for (const [name, v] of keywords) {
      const key = internedName(interp, name);
      store(interp, d, key, v);
      interp.rt.heap.decref(key);
    }
  } catch (e) {
    interp.rt.heap.decref(d);
    throw e;
  }
  return d;
};

/** `d | other` (`dict_or`: a copy, then updated) and `d |= other` (`dict_ior`); undefined when not ours. */
export function dictBinaryOp(interp: Interp, nb: number, a: PyObject, b: PyObject): PyObject | undefined {
  if (!(a instanceof PyDictObject) || !(b instanceof PyDictObject) || (nb !== 7 && nb !== 20)) return undefined;
  if (nb === 20) {
    dictUpdateArg(interp, a, b);
    interp.rt.heap.incref(a);
    return a;
  }
  const c = dictCopy(interp.rt, a);
  dictUpdateArg(interp, c, b);
  return c;
}

/** Registers the dict methods and constructor. */
export function installDictMethods(interp: Interp): void {
  const t = interp.rt.types.dict;
  const table: Record<string, NativeImpl> = {
    get, setdefault, pop, popitem, update, keys: view('keys'), values: view('values'), items: view('items'), copy, clear,
  };
  for (const [name, impl] of Object.entries(table)) interp.methods.define(t, name, impl);
  interp.methods.defineClassMethod(t, 'fromkeys', fromkeys);
  interp.typeCalls.set(t, dictCall);
  interp.builtins.set('dict', t);
}

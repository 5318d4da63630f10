/**
 * A name → object namespace backed by a real `dict` (module globals, a class body's `__prepare__`
 * dict): the engine's PyDictObject, so the keys tables it grows into (the 6th, 11th, 22nd… name
 * defined; `insertion_resize`, Objects/dictobject.c) are allocated on the line that defines the
 * name, exactly as tracemalloc shows for CPython 3.11–3.13.
 *
 * Keys are interned strs (co_names are interned when the code is loaded, loadedCode.ts), so the
 * eval loop looks names up with the code object's cached `HashedKey`s (`nameKeys`) and no
 * allocation; the string-keyed methods are for the slower paths (natives, the session view).
 *
 * Ownership: the namespace holds one reference to its dict. `set` steals the value and releases
 * the value it replaces (insertdict); `delete` releases the key and the value.
 */
import type { HashedKey } from '../../engine/objects/dictKeys';
import {
  type PyDictObject, dictContains, dictDelItem, dictGetItem, dictItems, dictSetItem,
} from '../../engine/objects/dictObject';
import type { PyObject } from '../../engine/objects/object';
import { intern, newStr } from '../../engine/objects/unicodeObject';
import type { Runtime } from '../../engine/runtime';

/** The lookup key of `name`, its interned str (interned now if it was not). */
export function nameKey(rt: Runtime, name: string): HashedKey {
  const s = rt.interned.get(name) ?? intern(rt, newStr(rt, name));
  return { key: s, hashKey: name };
}

/** A lookup-only key: never stored, so it needs no str object when the name was never interned. */
export function probeKey(rt: Runtime, name: string): HashedKey {
  return { key: rt.interned.get(name) ?? rt.None, hashKey: name };
}

/** Module globals or a class body's namespace, over a real dict. */
export class Namespace {
  /**
   * A class body's store hook (an `__prepare__` mapping's `__setitem__`, e.g. enum's `_EnumDict`
   * resolving `auto()`): given the name and the value (stolen), the value to store (owned).
   */
  storeHook: ((name: string, value: PyObject) => PyObject) | null = null;

  constructor(
    private readonly rt: Runtime,
    /** The dict (one reference owned by the namespace). */
    readonly dict: PyDictObject,
  ) {}

  /** The value bound to `k` (borrowed), or undefined: the eval loop's path. */
  getKey(k: HashedKey): PyObject | undefined {
    return dictGetItem(this.dict, k) ?? undefined;
  }

  /** Binds `k` (its key borrowed) to `value` (stolen); releases the value it replaces. */
  setKey(k: HashedKey, value: PyObject): void {
    if (this.storeHook && typeof k.hashKey === 'string') value = this.storeHook(k.hashKey, value);
    this.rt.heap.incref(k.key);
    dictSetItem(this.rt, this.dict, k, value);
  }

  /** Unbinds `k`; false when it was not bound. */
  deleteKey(k: HashedKey): boolean {
    return dictDelItem(this.rt, this.dict, k);
  }

  /** The value bound to `name` (borrowed), or undefined. */
  get(name: string): PyObject | undefined {
    return this.getKey(probeKey(this.rt, name));
  }

  /** Binds `name` to `value` (stolen). */
  set(name: string, value: PyObject): void {
    this.setKey(nameKey(this.rt, name), value);
  }

  /** Unbinds `name`; false when it was not bound. */
  delete(name: string): boolean {
    return this.deleteKey(probeKey(this.rt, name));
  }

  /** Whether `name` is bound. */
  has(name: string): boolean {
    return dictContains(this.dict, probeKey(this.rt, name));
  }

  /** How many names are bound. */
  get size(): number {
    return this.dict.used;
  }

  /** The names, in definition order. */
  keys(): string[] {
    return dictItems(this.dict).map((e) => e.hashKey as string);
  }

  /** The values (borrowed), in definition order. */
  values(): PyObject[] {
    return dictItems(this.dict).map((e) => e.value);
  }

  /** Name → value pairs (borrowed), in definition order. */
  entries(): Array<[string, PyObject]> {
    return dictItems(this.dict).map((e) => [e.hashKey as string, e.value]);
  }

  [Symbol.iterator](): IterableIterator<[string, PyObject]> {
    return this.entries()[Symbol.iterator]();
  }
}

const storeHooks = new WeakMap<PyDictObject, (name: string, value: PyObject) => PyObject>();

/** Registers the store hook a class body running in `dict` (an `__prepare__` result) gets. */
export function setStoreHook(dict: PyDictObject, hook: (name: string, value: PyObject) => PyObject): void {
  storeHooks.set(dict, hook);
}

/** The store hook registered for `dict`, or null. */
export function storeHookOf(dict: PyDictObject): ((name: string, value: PyObject) => PyObject) | null {
  return storeHooks.get(dict) ?? null;
}

/**
 * `sys.modules`: the interpreter's module table is one real dict, the one scripts see, so a change
 * either side makes is the other's at once (`del sys.modules['helper']` makes the next import run
 * the body again; `sys.modules['name'] = obj` makes `import name` give obj, as importlib's
 * `_find_and_load` does for any value it finds there).
 *
 * Obscurity: CPython's `sys.modules` exists from startup with some 70 entries (in a 128-slot
 * table), untraced by tracemalloc; its exact contents depend on the installation. Here the dict
 * and its table are static (outside the simulated heap, like the built-in modules), with room for
 * 682 entries so an import never resizes it; see KNOWN-DIFFERENCES.md.
 */
import { PyDictObject, dictDelItem, dictGetItem, dictItems, dictSetItem } from '../../engine/objects/dictObject';
import { PyDictKeysObject } from '../../engine/objects/dictKeys';
import { dictKeysSize, usableFraction } from '../../engine/objects/layout/dictLayout';
import type { PyObject } from '../../engine/objects/object';
import type { Runtime } from '../../engine/runtime';
import { PyModuleObject } from './moduleObject';

/** The table's fixed size: 2^10 slots (682 usable), so it never resizes its static block. */
const LOG2_SIZE = 10;

/** The module table, a Map-like view over the `sys.modules` dict (values borrowed). */
export class ModuleTable {
  /** `sys.modules` itself (static, immortal). */
  readonly dict: PyDictObject;

  constructor(private readonly rt: Runtime) {
    const heap = rt.heap;
    const d = rt.staticObject(new PyDictObject(rt.types.dict, heap.staticAddress(rt.types.dict.preHeaderSize + rt.types.dict.basicsize)));
    d.keys = new PyDictKeysObject(LOG2_SIZE, 'general', usableFraction(2 ** LOG2_SIZE), heap.staticAddress(dictKeysSize(LOG2_SIZE, 'general')));
    // `sys.modules.clear()` or a resize past 682 entries lets go of the static block: nothing to free.
    d.keys.isStatic = true;
    this.dict = d;
  }

  /** `sys.modules[name]` whatever it is (borrowed), or undefined. */
  lookup(name: string): PyObject | undefined {
    return dictGetItem(this.dict, { key: this.rt.None, hashKey: name }) ?? undefined;
  }

  /** The module named `name` (borrowed); undefined when absent or when the entry is not a module. */
  get(name: string): PyModuleObject | undefined {
    const v = this.lookup(name);
    return v instanceof PyModuleObject ? v : undefined;
  }

  /** `name in sys.modules`. */
  has(name: string): boolean {
    return this.lookup(name) !== undefined;
  }

  /** `sys.modules[name] = value` (stolen). The table is not tracked by the collector (CPython's is an old, immortal-in-practice dict). */
  set(name: string, value: PyObject): this {
    const rt = this.rt;
    const key = rt.interned.get(name) ?? rt.staticString(name);
    rt.heap.incref(key);
    const tracked = this.dict.gcNext !== null;
    dictSetItem(rt, this.dict, { key, hashKey: name }, value);
    if (!tracked) rt.heap.gc.untrack(this.dict);
    return this;
  }

  /** `del sys.modules[name]` (the entry's references released); false when absent. */
  delete(name: string): boolean {
    return dictDelItem(this.rt, this.dict, { key: this.rt.None, hashKey: name });
  }

  /** The names, in insertion order. */
  keys(): string[] {
    return dictItems(this.dict).flatMap((e) => (typeof e.hashKey === 'string' ? [e.hashKey] : []));
  }
}

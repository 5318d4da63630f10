/**
 * A heap type's `tp_dict` (Objects/typeobject.c, CPython 3.11–3.13): a real simulated dict that
 * owns the class attributes, so its keys tables grow (and are freed) as CPython's do, it is a GC
 * object of its own (the class → dict → function → globals… cycles the collector counts), and
 * `C.__dict__` can wrap it in a mappingproxy.
 *
 * The interpreter reads and writes class attributes by name on every attribute access, so the
 * type also keeps `TypeNamespace`, a name → value Map kept in step with the dict. The Map holds
 * borrowed references; the dict owns them. Its contract is the one the Map always had:
 *
 *   ns.set(k, v)   steals `v`; a value it replaces stays the caller's to release
 *   ns.delete(k)   the removed value stays the caller's to release
 *
 * which it keeps by giving the replaced value one reference back before the dict releases it.
 */
import type { Runtime } from '../runtime';
import type { HashedKey } from './dictKeys';
import { dictClear, dictDelItem, dictItems, dictSetItem, type PyDictObject } from './dictObject';
import type { PyObject } from './object';
import { intern, newStr } from './unicodeObject';

/** The interned str key of `name` (interned now if it was not): co_names are interned. */
export function internedKey(rt: Runtime, name: string): HashedKey {
  const s = rt.interned.get(name) ?? intern(rt, newStr(rt, name));
  return { key: s, hashKey: name };
}

/** `tp_dict` read by name: a Map of borrowed values over the dict that owns them. */
export class TypeNamespace extends Map<string, PyObject> {
  private rt: Runtime | null = null;
  private owner: PyDictObject | null = null;

  /** Binds the namespace to its runtime and dict, taking the names the dict already holds. */
  attach(rt: Runtime, dict: PyDictObject): void {
    this.rt = rt;
    this.owner = dict;
    super.clear();
    for (const e of dictItems(dict)) if (typeof e.hashKey === 'string') super.set(e.hashKey, e.value);
  }

  /** The dict (null after the type was cleared). */
  get dict(): PyDictObject | null {
    return this.owner;
  }

  /** Detaches the dict (the caller releases it): `type_clear`. */
  detach(): PyDictObject | null {
    const d = this.owner;
    this.owner = null;
    super.clear();
    return d;
  }

  /** `PyDict_Clear(tp_dict)` (`type_clear`): the dict stays, empty. */
  clearDict(): void {
    super.clear();
    if (this.rt && this.owner) dictClear(this.rt, this.owner);
  }

  override set(name: string, value: PyObject): this {
    const rt = this.rt;
    const dict = this.owner;
    if (!rt || !dict) return super.set(name, value);
    const old = super.get(name);
    if (old) rt.heap.incref(old);
    const k = internedKey(rt, name);
    rt.heap.incref(k.key);
    dictSetItem(rt, dict, k, value);
    return super.set(name, value);
  }

  override delete(name: string): boolean {
    const rt = this.rt;
    const dict = this.owner;
    const old = super.get(name);
    if (!old) return false;
    if (rt && dict) {
      rt.heap.incref(old);
      dictDelItem(rt, dict, { key: rt.interned.get(name) ?? rt.None, hashKey: name });
    }
    return super.delete(name);
  }

  override clear(): void {
    throw new Error('TypeNamespace.clear: use detach');
  }
}

/**
 * `_PyObject_LookupAttr`'s suppression (Objects/object.c): `getattr(o, name, default)` and
 * `hasattr` ask for an attribute that may be missing, and when `o`'s type looks attributes up
 * generically the miss is reported without an AttributeError object being made. Measured with
 * `gc.get_count()` by test/oracle/getattrMissProbe.py: a miss on an instance, a class or an int
 * allocates nothing on 3.11-3.13; on a module nothing on 3.12+ (module_getattro suppresses) but an
 * exception on 3.11; on an empty `__slots__` member nothing on 3.11 (its PyErr_Format was never
 * normalized) but an exception on 3.12+ (exceptions are always objects there); a Python
 * `__getattr__` raising makes its exception everywhere.
 *
 * The lookup raises as usual; the raise site asks `isQuietMiss` and, for the lookup a quiet
 * caller started (same object, same name, same Python frame depth: never a nested lookup inside
 * a `__getattr__`), throws `QUIET_MISS` instead, which only `lookupAttrQuietly` catches.
 */
import type { PyObject } from '../../engine/objects/object';
import type { Interp } from '../runtime/interp';
import { PyModuleObject } from '../runtime/moduleObject';

/** What a quiet miss throws: no Python exception exists. */
export const QUIET_MISS: unique symbol = Symbol('quiet attribute miss');

interface Pending {
  owner: PyObject;
  name: string;
  depth: number;
}

const pending = new WeakMap<Interp, Pending>();

/** Where a miss can be quiet: which raise site, by version (see the file comment). */
export type MissSite = 'generic' | 'slot';

/** Whether the AttributeError about to be raised for `owner.name` is a quiet miss. */
export function isQuietMiss(interp: Interp, owner: PyObject, name: string, site: MissSite = 'generic'): boolean {
  const p = pending.get(interp);
  if (!p || p.owner !== owner || p.name !== name || p.depth !== interp.depth) return false;
  const v311 = interp.rt.profile.version === '3.11';
  if (site === 'slot') return v311;
  return !(owner instanceof PyModuleObject && v311);
}

/** `getattr(owner, name)` as `_PyObject_LookupAttr` does it: the value (new reference), or null on a quiet miss. */
export function lookupAttrQuietly(interp: Interp, owner: PyObject, name: string, lookup: () => PyObject): PyObject | null {
  const saved = pending.get(interp);
  pending.set(interp, { owner, name, depth: interp.depth });
  try {
    return lookup();
  } catch (e) {
    if (e === QUIET_MISS) return null;
    throw e;
  } finally {
    if (saved) pending.set(interp, saved);
    else pending.delete(interp);
  }
}

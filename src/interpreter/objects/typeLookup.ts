/**
 * The bottom of attribute access: `_PyType_Lookup` along a type's MRO (a heap type's namespace, a
 * static type's methods), the MRO itself, `__bases__` of a static type, interned attribute names
 * and the `FoundAttr` every lookup returns. Above it: descriptorGet.ts (the descriptor protocol),
 * instanceDict.ts (an instance's own storage), classAttrs.ts (`type_getattro`, `super`) and
 * instanceAttrs.ts (`PyObject_GenericGetAttr`/`SetAttr`).
 */
import type { PyObject } from '../../engine/objects/object';
import { PyHeapTypeObject } from '../../engine/objects/typeHeap';
import type { PyTypeObject } from '../../engine/objects/typeObject';
import { intern, newStr, type PyUnicodeObject } from '../../engine/objects/unicodeObject';
import type { Interp } from '../runtime/interp';

/** An attribute found: a new reference; `method` when it is an unbound function to call with self. */
export interface FoundAttr {
  value: PyObject;
  method: boolean;
}

/** The interned str for an attribute name (co_names are interned: no allocation once it exists). */
export function internName(interp: Interp, name: string): PyUnicodeObject {
  const existing = interp.rt.interned.get(name);
  if (existing) return existing;
  return intern(interp.rt, newStr(interp.rt, name));
}

/**
 * `__bases__` of a built-in type: its `tp_base`, or for the one with several (ExceptionGroup, an
 * explicit MRO) the MRO entries that no earlier base already derives from.
 */
export function staticBases(t: PyTypeObject): PyTypeObject[] {
  if (!t.mro) return t.base ? [t.base] : [];
  const kept: PyTypeObject[] = [];
  for (const x of t.mro.slice(1)) if (!kept.some((k) => k.isSubtypeOf(x))) kept.push(x);
  return kept;
}

/** The MRO of `t`: its `tp_mro`, or the `tp_base` chain of a static type. */
export function mroOf(t: PyTypeObject): PyTypeObject[] {
  if (t.mro) return t.mro;
  const out: PyTypeObject[] = [];
  for (let b: PyTypeObject | null = t; b; b = b.base) out.push(b);
  return out;
}

/** `_PyType_Lookup`: the class attribute `name` along the MRO after `skipThrough` (borrowed), or null. */
export function typeLookup(interp: Interp, t: PyTypeObject, name: string, skipThrough: PyTypeObject | null = null): PyObject | null {
  const mro = mroOf(t);
  let i = skipThrough ? mro.indexOf(skipThrough) + 1 : 0;
  if (skipThrough && i === 0) i = mro.length;
  for (; i < mro.length; i++) {
    const c = mro[i];
    if (c instanceof PyHeapTypeObject) {
      const v = c.ns.get(name);
      if (v) return v;
    } else {
      const m = interp.methods.lookup(c, name);
      if (m && interp.methods.lookup(c.base ?? c, name) !== m) return m;
      if (m && !c.base) return m;
    }
  }
  return null;
}

/**
 * `__dataclass_params__`: the `_DataclassParams` object `@dataclass` stores on the class (a
 * `__slots__` class in Lib/dataclasses.py: 6 slots on 3.11, getsizeof 80; 10 on 3.12+ with
 * match_args, kw_only, slots and weakref_slot, getsizeof 112) and its repr
 * `_DataclassParams(init=True,repr=True,...)`, no spaces.
 */
import type { PyObject } from '../../engine/objects/object';
import type { Interp } from '../runtime/interp';
import { nativeType, newNativeObject, type PyNativeObject } from './nativeObject';

/** The parameter names in slot order, per version. */
function slotNames(interp: Interp): string[] {
  const names = ['init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen'];
  return interp.rt.profile.version === '3.11' ? names : [...names, 'match_args', 'kw_only', 'slots', 'weakref_slot'];
}

/** A new `_DataclassParams` from the decorator's flags by parameter name. */
export function newDataclassParams(interp: Interp, flags: Record<string, boolean>): PyNativeObject {
  const names = slotNames(interp);
  const type = nativeType(interp, 'dataclasses._DataclassParams', 16 + 8 * names.length + 16);
  const values = names.map((n) => interp.bool(flags[n] ?? false));
  const o = newNativeObject(interp, type, values);
  o.repr = () => `_DataclassParams(${names.map((n, i) => `${n}=${values[i] === interp.rt.True ? 'True' : 'False'}`).join(',')})`;
  o.getAttr = (i, name) => {
    const at = names.indexOf(name);
    if (at < 0) return null;
    const v = o.refs[at] as PyObject;
    i.rt.heap.incref(v);
    return { value: v, method: false };
  };
  return o;
}

/**
 * A module's `__dict__` as a real dict: the simulated modules keep their namespace by name
 * (`TypeNamespace`), and the dict behind it is made when the script first asks for it
 * (`vars(sys)`, `math.__dict__`), after which both stay in step.
 */
import { dictSetItem, newDict, type PyDictObject } from '../../engine/objects/dictObject';
import { internedKey } from '../../engine/objects/typeDict';
import type { Interp } from '../runtime/interp';
import type { PyModuleObject } from '../runtime/moduleObject';

/** `module.__dict__`: a new reference to the module's dict. */
export function moduleDict(interp: Interp, m: PyModuleObject): PyDictObject {
  const rt = interp.rt;
  m.fillLazy?.(null);
  let d = m.dict.dict;
  if (!d) {
    d = newDict(rt);
    // The namespace's references move into the dict, which owns them from now on.
    for (const [name, v] of [...m.dict]) {
      const k = internedKey(rt, name);
      rt.heap.incref(k.key);
      dictSetItem(rt, d, k, v);
    }
    m.dict.attach(rt, d);
  }
  rt.heap.incref(d);
  return d;
}

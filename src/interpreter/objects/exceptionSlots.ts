/**
 * The slot wrappers BaseException and KeyError hold in their own `__dict__` for `tp_str` and
 * `tp_repr` (`BaseException_str`, `BaseException_repr`, `KeyError_str` in Objects/exceptions.c;
 * measured with `vars(BaseException)` on 3.11.7, 3.12.1 and 3.13.0). They are what
 * `super().__str__()` reaches from a class's own `__str__`, so they run the exception's own
 * formatting, never the class's override again (object's wrappers would give the repr).
 */
import type { PyBaseExceptionObject } from '../../engine/objects/exceptionObject';
import { PyTupleObject } from '../../engine/objects/tupleObject';
import { newStr } from '../../engine/objects/unicodeObject';
import type { Interp } from '../runtime/interp';
import { exceptionFieldStr } from './exceptionFields';
import { baseExceptionStr, baseReprOf, textObject } from './repr';

/** Installs `BaseException.__str__`, `BaseException.__repr__` and `KeyError.__str__`. */
export function installExceptionSlots(interp: Interp): void {
  // `keyRepr`: KeyError_str shows a lone argument by its repr; BaseException_str by its str, even
  // for a KeyError (`BaseException.__str__(KeyError('k'))` is `k`).
  const str = (i: Interp, self: PyBaseExceptionObject, keyRepr: boolean) => {
    const args = self.args instanceof PyTupleObject ? self.args.items : [];
    // PyObject_Str of the lone argument: an exact str comes back as it is, no new object.
    if (args.length === 1 && exceptionFieldStr(i, self, () => '', () => '') === null) {
      return textObject(i, args[0], keyRepr);
    }
    return newStr(i.rt, baseExceptionStr(i, self));
  };
  for (const name of ['BaseException', 'KeyError']) {
    interp.methods.define(interp.excType(name), '__str__', (i, a) => str(i, a[0] as PyBaseExceptionObject, name === 'KeyError'), true);
  }
  interp.methods.define(interp.excType('BaseException'), '__repr__', (i, a) => newStr(i.rt, baseReprOf(i, a[0])), true);
}

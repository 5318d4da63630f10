/**
 * The parts of Lib/dataclasses.py that stay Python functions of the module itself:
 * `_recursive_repr` (the wrapper every generated `__repr__` is: `...` for an object already being
 * printed, `__wrapped__` the generated function) and 3.13's `_replace` (what `@dataclass` sets
 * as `__replace__`, `copy.replace`'s hook). The source runs the first time a dataclass needs one
 * of them (addLazySourceNames), so `import dataclasses` alone allocates nothing for them.
 */
import type { PyObject } from '../../engine/objects/object';
import type { Interp } from '../runtime/interp';
import type { PyModuleObject } from '../runtime/moduleObject';
import { addLazySourceNames } from './pysource/sourceModule';

const SOURCE = `
def _recursive_repr(user_function):
    printing = set()
    def wrapper(self):
        if id(self) in printing:
            return '...'
        printing.add(id(self))
        try:
            return user_function(self)
        finally:
            printing.discard(id(self))
    for name in ('__module__', '__name__', '__qualname__', '__doc__', '__annotations__'):
        setattr(wrapper, name, getattr(user_function, name))
    wrapper.__dict__.update(user_function.__dict__)
    wrapper.__wrapped__ = user_function
    return wrapper

def _replace(self, /, **changes):
    return _replace_fields(self, **changes)
`;

/** Gives the dataclasses module `m` its Python-written names; `replace` is the native `dataclasses.replace`. */
export function addSupportNames(interp: Interp, m: PyModuleObject, replace: PyObject): void {
  interp.rt.heap.incref(replace);
  addLazySourceNames(interp, m, { name: 'dataclasses', source: SOURCE, publicNames: ['_recursive_repr', '_replace'], natives: { _replace_fields: replace } });
}

/** A new reference to the dataclasses module's `name` (`_recursive_repr`, `_replace`). */
export function supportName(interp: Interp, name: string): PyObject {
  const m = interp.modules.get('dataclasses') as PyModuleObject;
  return interp.getAttr(m, name, false).value;
}

/**
 * Class methods of the built-in types that only answer questions about classes:
 * `object.__subclasshook__` (`object_subclasshook`: NotImplemented, so issubclass goes on as
 * usual) and the `__class_getitem__ = Py_GenericAlias` of list, dict, tuple, set, frozenset and
 * enumerate, called directly (`list.__class_getitem__(int)` is `list[int]`).
 */
import type { PyObject } from '../../engine/objects/object';
import type { PyTypeObject } from '../../engine/objects/typeObject';
import type { Interp } from '../runtime/interp';
import { newAlias, subscriptArgs } from './genericAlias';

/** The built-in classes whose `__dict__` holds `__class_getitem__` (builtinSlotNames.ts). */
const GENERIC_CLASSES = ['list', 'dict', 'tuple', 'set', 'frozenset', 'enumerate'];

/** METH_O's arity check: `list.__class_getitem__() takes exactly one argument (0 given)`. */
function exactlyOne(interp: Interp, qualname: string, args: PyObject[]): void {
  const given = args.length - 1;
  if (given !== 1) interp.typeError(`${qualname}() takes exactly one argument (${given} given)`);
}

/** Registers the class methods on object and the generic built-in classes. */
export function installObjectHooks(interp: Interp): void {
  const rt = interp.rt;
  interp.methods.defineClassMethod(rt.types.object, '__subclasshook__', (i, args) => {
    // METH_VARARGS until 3.13, METH_O since.
    if (i.rt.profile.version >= '3.13') exactlyOne(i, 'object.__subclasshook__', args);
    const n = i.builtins.get('NotImplemented') as PyObject;
    i.rt.heap.incref(n);
    return n;
  });
  for (const name of GENERIC_CLASSES) {
    const t = interp.builtins.get(name) as PyTypeObject;
    interp.methods.defineClassMethod(t, '__class_getitem__', (i, args) => {
      exactlyOne(i, `${name}.__class_getitem__`, args);
      const cls = args[0] as PyTypeObject;
      return newAlias(i, { kind: 'types', name: cls.name, origin: cls, args: subscriptArgs(args[1]), subscript: null });
    });
  }
}

/**
 * Classes that subclass `dict`, `list` or `tuple`: which built-in a class extends, and `tp_new` for
 * it (`dict_new`, `list_new`, `tuple_subtype_new`), then the base's `tp_init` when the class has no
 * `__init__` of its own (`dict_init`: update; `list_init`: extend).
 */
import { allocListOf, allocTupleOf } from '../../engine/objects/builtinSubclass';
import { PyDictObject } from '../../engine/objects/dictObject';
import { PyListObject } from '../../engine/objects/listObject';
import type { PyObject } from '../../engine/objects/object';
import { PyHeapTypeObject } from '../../engine/objects/typeHeap';
import type { PyTypeObject } from '../../engine/objects/typeObject';
import { collect } from '../builtins/builtinFunctions';
import type { Interp } from '../runtime/interp';
import { appendAll } from './listMethods';
import { dictUpdateArg } from './dictMethods';
import { setItem } from './abstract';
import { internName } from './instanceAttrs';

/** The built-in container `t` extends (`dict`, `list`, `tuple`), or null. */
export function builtinBaseOf(interp: Interp, t: PyTypeObject): PyTypeObject | null {
  const types = interp.rt.types;
  for (let b: PyTypeObject | null = t; b; b = b.base) {
    if (b === types.dict || b === types.list || b === types.tuple) return b;
    if (!(b instanceof PyHeapTypeObject)) return null;
  }
  return null;
}

/**
 * `type_call` for a subclass of built-in `base`: `tp_new`, then (`init`: the class has no Python
 * `__init__`) the base's `tp_init` with the same arguments. A new reference.
 */
export function newBuiltinSubclassInstance(
  interp: Interp, type: PyHeapTypeObject, base: PyTypeObject, args: PyObject[], kwnames: string[] | null, init: boolean,
): PyObject {
  const rt = interp.rt;
  if (base === rt.types.tuple) {
    if (kwnames && kwnames.length) interp.typeError('tuple() takes no keyword arguments');
    if (args.length > 1) interp.typeError(`tuple expected at most 1 argument, got ${args.length}`);
    return allocTupleOf(rt, type, args.length ? collect(interp, args[0]) : []);
  }
  if (base === rt.types.list) {
    const l = allocListOf(rt, type);
    if (!init) return l;
    try {
      if (kwnames && kwnames.length) interp.typeError(`${type.name}() takes no keyword arguments`);
      if (args.length > 1) interp.typeError(`list expected at most 1 argument, got ${args.length}`);
      if (args.length) appendAll(interp, l, args[0]);
    } catch (e) {
      rt.heap.decref(l);
      throw e;
    }
    return l;
  }
  const call = interp.typeCalls.get(rt.types.dict);
  const d = call ? call(interp, type, init ? args : [], init ? kwnames : null) : null;
  if (!(d instanceof PyDictObject)) return interp.typeError(`cannot create '${type.name}' instances`);
  rt.heap.incref(type);
  return d;
}

/**
 * `list.__init__` / `dict.__init__` reached through `super().__init__(...)` (the last
 * `kwnames.length` arguments are keywords: `dict_init` stores them); false when `self` is neither.
 */
export function builtinContainerInit(interp: Interp, self: PyObject, allArgs: PyObject[], kwnames: string[] | null = null): boolean {
  const nkw = kwnames ? kwnames.length : 0;
  const args = allArgs.slice(0, allArgs.length - nkw);
  if (self instanceof PyListObject) {
    if (nkw) interp.typeError('list() takes no keyword arguments');
    if (args.length > 1) interp.typeError(`list expected at most 1 argument, got ${args.length}`);
    if (args.length) appendAll(interp, self, args[0]);
    return true;
  }
  if (self instanceof PyDictObject) {
    if (args.length > 1) interp.typeError(`dict expected at most 1 argument, got ${args.length}`);
    if (args.length) dictUpdateArg(interp, self, args[0]);
    (kwnames ?? []).forEach((name, k) => setItem(interp, self, internName(interp, name), allArgs[args.length + k]));
    return true;
  }
  return false;
}

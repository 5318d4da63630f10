/**
 * `super()` called as a function (`super_init`, Objects/typeobject.c): 3.11 compiles zero-arg
 * super() to a call, allocating a 56-byte super object; 3.12+ uses LOAD_SUPER_ATTR and allocates
 * nothing unless super() is used as a value. The zero-arg form reads the caller's first argument
 * and its `__class__` cell (`super_init_without_args`).
 */
import { classTypes } from '../../engine/objects/classTypes';
import type { PyCellObject } from '../../engine/objects/cellObject';
import { newDescr } from '../../engine/objects/descrObject';
import type { PyObject } from '../../engine/objects/object';
import { PyTypeObject } from '../../engine/objects/typeObject';
import type { Interp } from '../runtime/interp';
import type { Frame } from '../vm/frame';

/** supercheck's TypeError: 3.13 names the object and the type. */
export function superCheckFailed(interp: Interp, type: PyTypeObject, obj: PyObject): never {
  if (interp.rt.profile.version !== '3.13') return interp.typeError('super(type, obj): obj must be an instance or subtype of type');
  const what = obj instanceof PyTypeObject ? `type ${obj.name}` : `instance of ${obj.type.name}`;
  return interp.typeError(`super(type, obj): obj (${what}) is not an instance or subtype of type (${type.name}).`);
}

/** A super object for `super(type, obj)` or, with no arguments, the calling method's. */
export function newSuper(interp: Interp, args: PyObject[], caller: Frame | null): PyObject {
  let type: PyObject;
  let obj: PyObject | null;
  if (args.length > 2) interp.typeError(`super() expected at most 2 arguments, got ${args.length}`);
  if (args.length === 0) {
    if (!caller) return interp.raise('RuntimeError', 'super(): no arguments');
    const c = caller.code.code;
    // super_init_without_args: the missing first argument is checked before the __class__ cell.
    if (c.argcount === 0) return interp.raise('RuntimeError', 'super(): no arguments');
    const slots = [...c.varnames, ...c.cellvars.filter((x) => !c.varnames.includes(x)), ...c.freevars];
    const cellIndex = slots.indexOf('__class__');
    if (cellIndex < 0) return interp.raise('RuntimeError', 'super(): __class__ cell not found');
    const cell = caller.localsplus[cellIndex] as PyCellObject | null;
    if (!cell || !cell.contents) return interp.raise('RuntimeError', 'super(): empty __class__ cell');
    type = cell.contents;
    obj = caller.localsplus[0];
    if (c.argcount === 0 || !obj) return interp.raise('RuntimeError', 'super(): no arguments');
    if (c.cellvars.includes(c.varnames[0])) obj = (obj as PyCellObject).contents;
  } else {
    type = args[0];
    obj = args[1] ?? null;
  }
  if (!(type instanceof PyTypeObject)) return interp.typeError(`super() argument 1 must be a type, not ${type.type.name}`);
  if (!obj) return interp.typeError('super(): unbound super objects are not supported by the simulation');
  // supercheck: a class that is a subtype, or any object whose type is (a class of a metaclass).
  const ok = (obj instanceof PyTypeObject && obj.isSubtypeOf(type)) || obj.type.isSubtypeOf(type);
  if (!ok) superCheckFailed(interp, type, obj);
  interp.rt.heap.incref(type);
  interp.rt.heap.incref(obj);
  return newDescr(interp.rt, classTypes(interp.rt).super, [type, obj]);
}

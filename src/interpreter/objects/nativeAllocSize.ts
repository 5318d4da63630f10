/**
 * The few static C types whose `tp_alloc` asks for less than `tp_basicsize`, by the constructor's
 * arguments (datetime's `time_alloc` / `datetime_alloc`: no tzinfo pointer for a naive value). The
 * module registers the exact type; `type_call` asks here before `tp_new` allocates.
 */
import type { PyObject } from '../../engine/objects/object';
import type { PyTypeObject } from '../../engine/objects/typeObject';

/** The bytes to allocate for a call with these arguments, or undefined for the basic size. */
export type AllocSize = (args: PyObject[], kwnames: string[] | null) => number | undefined;

const sizes = new WeakMap<PyTypeObject, AllocSize>();

/** Registers `type`'s own allocation size (the exact type only: its subclasses take the basic size). */
export function setAllocSize(type: PyTypeObject, size: AllocSize): void {
  sizes.set(type, size);
}

/** What `type`'s `tp_alloc` asks for when called with `args` (keyword values last, named by `kwnames`). */
export function allocSizeOf(type: PyTypeObject, args: PyObject[], kwnames: string[] | null): number | undefined {
  return sizes.get(type)?.(args, kwnames);
}

/**
 * `globals()` (Python/bltinmodule.c `builtin_globals_impl`): the calling frame's globals dict
 * itself, a new reference. It needs the caller's frame, so the call dispatcher runs it
 * (callDispatch.ts) and the registered native only answers calls without a frame.
 */
import type { PyObject } from '../../engine/objects/object';
import type { Interp } from '../runtime/interp';
import type { Frame } from '../vm/frame';

/** The native behind the name, called without a Python frame (none to report). */
export function globalsNative(interp: Interp, args: PyObject[]): PyObject {
  if (args.length) return interp.typeError(`globals() takes no arguments (${args.length} given)`);
  return interp.none();
}

/** Whether `f` is `builtins.globals`. */
export function isGlobalsBuiltin(interp: Interp, f: PyObject): boolean {
  return interp.builtins.get('globals') === f;
}

/** `globals()` called from `caller`. */
export function callGlobals(interp: Interp, args: PyObject[], kwnames: string[] | null, caller: Frame | null): PyObject {
  if (kwnames && kwnames.length) return interp.typeError('globals() takes no keyword arguments');
  if (!caller) return globalsNative(interp, args);
  if (args.length) return interp.typeError(`globals() takes no arguments (${args.length} given)`);
  const d = caller.globals.dict;
  interp.rt.heap.incref(d);
  return d;
}

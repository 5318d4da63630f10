/**
 * `PyErr_WriteUnraisable`: an exception raised where nobody can catch it (a gc callback, a weakref
 * callback, `__del__`) is reported on stderr and dropped:
 *
 *   Exception ignored in: <function cb at 0x7f...>
 *   ZeroDivisionError: division by zero
 *
 * (CPython prints the traceback between the two lines; the simulation prints the first and last.)
 */
import type { PyObject } from '../../engine/objects/object';
import { reprOf, strOf } from '../objects/repr';
import type { Interp } from './interp';
import { PyError } from './pyError';

/** Runs `body`; a Python exception it raises is written to stderr as unraisable from `where`. */
export function callUnraisable(interp: Interp, where: PyObject | null, body: () => void): void {
  try {
    body();
  } catch (e) {
    if (!(e instanceof PyError)) throw e;
    const exc = e.exc;
    const text = strOf(interp, exc);
    interp.stderr.push(`Exception ignored in: ${where ? reprOf(interp, where) : 'None'}\n${exc.type.name}${text ? `: ${text}` : ''}\n`);
    interp.rt.heap.decref(exc);
  }
}

/**
 * `PyErr_WriteUnraisable`: an exception raised where nobody can catch it (a gc callback, a weakref
 * callback, `__del__`, a generator closed when it dies, an `atexit` callback) is reported on
 * stderr and dropped, as `sys.unraisablehook`'s default does (`write_unraisable_exc_file`,
 * Python/errors.c):
 *
 *   Exception ignored in: <function R.__del__ at 0x7f...>
 *   Traceback (most recent call last):
 *     File "script.py", line 4, in __del__
 *       raise OSError("disk gone")
 *   OSError: disk gone
 *
 * Measured on 3.11.7, 3.12.1 and 3.13.0: the traceback is the C printer's, without the chain; 3.11
 * and 3.12 draw its carets, 3.13 never does (its interpreter's tracebacks moved to traceback.py,
 * the unraisable one did not). Once finalization has emptied `sys.modules` (`__main__`'s teardown)
 * the printer can no longer import `io` to read the file: the File lines come without source.
 */
import type { PyObject } from '../../engine/objects/object';
import type { PyTracebackObject } from '../../engine/objects/frameObject';
import type { PyBaseExceptionObject } from '../../engine/objects/exceptionObject';
import { reprOf } from '../objects/repr';
import { formatEntry, formatExceptionOnly } from '../session/traceback';
import { tracebackEntries } from '../vm/tracebackHere';
import type { Interp } from './interp';
import { PyError } from './pyError';

/** Interpreters whose finalization has cleared `sys.modules`: tracebacks print no source. */
const modulesCleared = new WeakSet<Interp>();

/** From now on (`finalize_modules` removed the modules) unraisable tracebacks show no source lines. */
export function markModulesCleared(interp: Interp): void {
  modulesCleared.add(interp);
}

/** Runs `body`; a Python exception it raises is written to stderr as unraisable from `where`. */
export function callUnraisable(interp: Interp, where: PyObject | null, body: () => void): void {
  callUnraisableWith(interp, () => `Exception ignored in: ${where ? reprOf(interp, where) : 'None'}\n`, body);
}

/**
 * Runs `body`; a Python exception it raises is reported under the header `header()` gives (the
 * atexit module's own wording) and dropped.
 */
export function callUnraisableWith(interp: Interp, header: () => string, body: () => void): void {
  try {
    body();
  } catch (e) {
    if (!(e instanceof PyError)) throw e;
    writeUnraisable(interp, header(), e.exc);
  }
}

/** Writes `header`, the traceback and the exception line to stderr; steals `exc`. */
export function writeUnraisable(interp: Interp, header: string, exc: PyBaseExceptionObject): void {
  const entries = tracebackEntries(exc.traceback as PyTracebackObject | null);
  const noSource = modulesCleared.has(interp);
  const carets = interp.rt.profile.version !== '3.13';
  const lines = entries.map((e) => (noSource ? formatEntry(interp, e, '') : formatEntry(interp, carets ? e : { ...e, range: undefined })));
  const traceback = lines.length ? `Traceback (most recent call last):\n${lines.join('')}` : '';
  interp.writeStderr(`${header}${traceback}${formatExceptionOnly(interp, exc)}`);
  interp.rt.heap.decref(exc);
}

/**
 * `PyErr_WriteUnraisable`: an exception raised where nobody can catch it (a gc callback, a weakref
 * callback, `__del__`, a generator closed when it dies, an `atexit` callback) is reported on
 * stderr and dropped, as `sys.unraisablehook`'s default does (a script's own hook gets it instead) (`write_unraisable_exc_file`,
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
import { PyBaseExceptionObject } from '../../engine/objects/exceptionObject';
import { PyTupleObject } from '../../engine/objects/tupleObject';
import type { PyTypeObject } from '../../engine/objects/typeObject';
import { newStr, PyUnicodeObject } from '../../engine/objects/unicodeObject';
import { newStructSeq, structSeqType } from '../objects/structSeq';
import { callAny } from '../vm/callDispatch';
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

/** Runs `body`; a Python exception it raises is reported as unraisable from `where`. */
export function callUnraisable(interp: Interp, where: PyObject | null, body: () => void): void {
  callUnraisableWith(interp, () => null, where, body);
}

/**
 * Runs `body`; a Python exception it raises is reported with the message `errMsg()` gives (null:
 * "Exception ignored in") about `obj`, and dropped (`PyErr_FormatUnraisable`).
 */
export function callUnraisableWith(interp: Interp, errMsg: () => string | null, obj: PyObject | null, body: () => void): void {
  try {
    body();
  } catch (e) {
    if (!(e instanceof PyError)) throw e;
    reportUnraisable(interp, e.exc, errMsg(), obj);
  }
}

/** The default hook's first line: `err_msg` (or "Exception ignored in"), then the object's repr. */
function headerOf(interp: Interp, errMsg: string | null, obj: PyObject | null): string {
  if (errMsg === null) return `Exception ignored in: ${obj ? reprOf(interp, obj) : 'None'}\n`;
  return obj && obj !== interp.rt.None ? `${errMsg}: ${reprOf(interp, obj)}\n` : `${errMsg}:\n`;
}

/** `UnraisableHookArgs`, the struct sequence a `sys.unraisablehook` receives (one type per interpreter). */
const hookArgsTypes = new WeakMap<Interp, PyTypeObject>();

function hookArgsType(interp: Interp): PyTypeObject {
  let t = hookArgsTypes.get(interp);
  if (!t) hookArgsTypes.set(interp, (t = structSeqType(interp, 'UnraisableHookArgs', ['exc_type', 'exc_value', 'exc_traceback', 'err_msg', 'object'])));
  return t;
}

/**
 * `_PyErr_WriteUnraisableMsg`: `exc` (stolen) goes to `sys.unraisablehook` as an
 * UnraisableHookArgs, or is written as the default hook writes it. A hook that raises is itself
 * reported, by the default writer: "Exception ignored in sys.unraisablehook: <hook>".
 *
 * Obscurity: once finalization has emptied `sys.modules`, a script's own hook reports nothing
 * (measured on 3.11.7, 3.12.1, 3.13.0: a `__del__` raising at exit neither reaches the hook nor
 * prints), while the default hook still prints.
 */
export function reportUnraisable(interp: Interp, exc: PyBaseExceptionObject, errMsg: string | null, obj: PyObject | null): void {
  const rt = interp.rt;
  const sys = interp.modules.get('sys');
  const hook = sys?.dict.get('unraisablehook');
  if (!hook || hook === rt.None || hook === sys?.dict.get('__unraisablehook__')) {
    writeUnraisable(interp, headerOf(interp, errMsg, obj), exc);
    return;
  }
  if (modulesCleared.has(interp)) {
    rt.heap.decref(exc);
    return;
  }
  const own = (o: PyObject) => {
    rt.heap.incref(o);
    return o;
  };
  const args = newStructSeq(interp, hookArgsType(interp), [
    own(exc.type), exc, own(exc.traceback ?? rt.None), errMsg === null ? interp.none() : newStr(rt, errMsg), own(obj ?? rt.None),
  ]);
  own(hook);
  try {
    rt.heap.decref(callAny(interp, hook, [args]));
  } catch (e) {
    if (!(e instanceof PyError)) throw e;
    writeUnraisable(interp, `Exception ignored in sys.unraisablehook: ${reprOf(interp, hook)}\n`, e.exc);
  } finally {
    rt.heap.decref(args);
    rt.heap.decref(hook);
  }
}

/** `sys.unraisablehook(unraisable)` / `sys.__unraisablehook__`: the report on stderr. */
export function defaultUnraisableHook(interp: Interp, args: PyObject[], kwnames: string[] | null): PyObject {
  if (kwnames?.length) return interp.typeError('unraisablehook() takes no keyword arguments');
  if (args.length !== 1) return interp.typeError(`unraisablehook() takes exactly one argument (${args.length} given)`);
  const a = args[0];
  if (!(a instanceof PyTupleObject) || a.type !== hookArgsType(interp)) return interp.typeError('sys.unraisablehook argument type must be UnraisableHookArgs');
  const [, value, , msg, obj] = a.items;
  if (!(value instanceof PyBaseExceptionObject)) return interp.none();
  interp.rt.heap.incref(value);
  writeUnraisable(interp, headerOf(interp, msg instanceof PyUnicodeObject ? msg.value : null, obj), value);
  return interp.none();
}

/** Writes `header`, the traceback and the exception line to stderr; steals `exc`. */
export function writeUnraisable(interp: Interp, header: string, exc: PyBaseExceptionObject): void {
  const entries = tracebackEntries(exc.traceback as PyTracebackObject | null);
  const noSource = modulesCleared.has(interp);
  const carets = interp.rt.profile.version !== '3.13';
  // The report is C's `_PyTraceBack_Print` in every version: blanks after the code stay printed.
  const lines = entries.map((e) => (noSource ? formatEntry(interp, e, '') : formatEntry(interp, carets ? e : { ...e, range: undefined }, undefined, 'c')));
  const traceback = lines.length ? `Traceback (most recent call last):\n${lines.join('')}` : '';
  interp.writeStderr(`${header}${traceback}${formatExceptionOnly(interp, exc)}`);
  interp.rt.heap.decref(exc);
}

/**
 * `sys.excepthook` and `sys.last_*` (`_PyErr_PrintEx`, Python/pythonrun.c, 3.11–3.13): what the
 * interpreter does with an exception nobody caught, SystemExit aside.
 *
 *   1. `sys.last_type`, `sys.last_value`, `sys.last_traceback` (and 3.12+'s `sys.last_exc`) are
 *      set first: a hook, and atexit's functions after it, see them
 *   2. `sys.excepthook(type, value, traceback)` is called; the default (`sys.__excepthook__`)
 *      prints the traceback to stderr
 *   3. a hook that raises: "Error in sys.excepthook:" with the hook's error, then
 *      "Original exception was:" with the original traceback; no hook at all:
 *      "sys.excepthook is missing" and the traceback
 *
 * Measured on 3.11.7, 3.12.1, 3.13.0 (test/corpus/programs/excepthook_*.py). The `sys.last_*`
 * references go when `finalize_modules` clears them, after atexit (releaseLastException).
 */
import type { PyObject } from '../../engine/objects/object';
import { PyBaseExceptionObject } from '../../engine/objects/exceptionObject';
import type { Interp } from '../runtime/interp';
import { PyError } from '../runtime/pyError';
import { formatException } from '../session/traceback';
import { callAny } from '../vm/callDispatch';

/** The `sys.last_*` names the interpreter sets for this version. */
function lastNames(interp: Interp): string[] {
  const names = ['last_type', 'last_value', 'last_traceback'];
  return interp.rt.profile.version === '3.11' ? names : [...names, 'last_exc'];
}

/** `sys.excepthook(type, value, traceback)` / `sys.__excepthook__`: the traceback of `value` on stderr. */
export function defaultExceptHook(interp: Interp, args: PyObject[], kwnames: string[] | null): PyObject {
  if (kwnames?.length) return interp.typeError('excepthook() takes no keyword arguments');
  if (args.length !== 3) return interp.typeError(`excepthook expected 3 arguments, got ${args.length}`);
  const value = args[1];
  if (value instanceof PyBaseExceptionObject) interp.writeStderr(formatException(interp, value, true, null, new Set(), true).join(''));
  else interp.writeStderr(`TypeError: print_exception(): Exception expected for value, ${value.type.name} found\n`);
  return interp.none();
}

/** The value `sys.NAME` holds (borrowed), or undefined. */
function sysAttr(interp: Interp, name: string): PyObject | undefined {
  return interp.modules.get('sys')?.dict.get(name);
}

/** Binds `sys.NAME` to `value` (borrowed), releasing what it held. */
function setSys(interp: Interp, name: string, value: PyObject): void {
  const sys = interp.modules.get('sys');
  if (!sys) return;
  const heap = interp.rt.heap;
  const old = sys.dict.get(name);
  heap.incref(value);
  sys.dict.set(name, value);
  if (old) heap.decref(old);
}

/**
 * Reports the uncaught `exc` (borrowed) as `_PyErr_PrintEx` does: the text to print at the error
 * (the default hook's traceback, or the broken hook's report), or null when a script's own hook
 * handled it (what it printed is already in the output).
 */
export function reportUncaught(interp: Interp, exc: PyBaseExceptionObject): string | null {
  const rt = interp.rt;
  const tb = exc.traceback ?? rt.None;
  const values: Record<string, PyObject> = { last_type: exc.type, last_value: exc, last_traceback: tb, last_exc: exc };
  for (const name of lastNames(interp)) setSys(interp, name, values[name]);
  const traceback = () => formatException(interp, exc, true, null, new Set(), true).join('');
  const hook = sysAttr(interp, 'excepthook');
  if (!hook) return `sys.excepthook is missing\n${traceback()}`;
  if (hook === sysAttr(interp, '__excepthook__')) return traceback();
  try {
    rt.heap.decref(callAny(interp, hook, [exc.type, exc, tb]));
    return null;
  } catch (e) {
    if (!(e instanceof PyError)) throw e;
    const broken = formatException(interp, e.exc, true, null, new Set(), true).join('');
    rt.heap.decref(e.exc);
    return `Error in sys.excepthook:\n${broken}\nOriginal exception was:\n${traceback()}`;
  }
}

/** `finalize_modules` clearing `sys.last_*`: the references they kept go. */
export function releaseLastException(interp: Interp): void {
  const sys = interp.modules.get('sys');
  if (!sys) return;
  for (const name of lastNames(interp)) {
    const old = sys.dict.get(name);
    if (!old) continue;
    sys.dict.delete(name);
    interp.rt.heap.decref(old);
  }
}

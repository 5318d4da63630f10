/**
 * `sys.displayhook` (Python/sysmodule.c `sys_displayhook`, 3.11–3.13): what an expression
 * statement compiled in 'single' mode (the REPL, `compile(..., 'single')`, doctest's examples)
 * does with its value. None prints nothing; anything else sets `builtins._` to None, writes
 * `repr(value)` and a newline to the current `sys.stdout`, then binds `builtins._` to the value
 * (so the last shown value stays alive, one reference more, as in CPython).
 */
import type { PyObject } from '../../engine/objects/object';
import type { Interp } from '../runtime/interp';
import { textObject } from '../objects/repr';
import { exactlyOne } from '../builtins/args';
import { callAny } from '../vm/callDispatch';
import { currentStream, writeText } from './sysStreams';

/** Binds `builtins._` (value stolen; the builtins namespace owns it), releasing what it held. */
function setUnderscore(interp: Interp, value: PyObject): void {
  const old = interp.builtins.get('_');
  interp.builtins.set('_', value);
  if (old) interp.rt.heap.decref(old);
}

/** `sys.displayhook(value)` / `sys.__displayhook__(value)`. */
export function displayHook(interp: Interp, args: PyObject[], kwnames: string[] | null): PyObject {
  const rt = interp.rt;
  const value = exactlyOne(interp, 'displayhook', args, kwnames);
  if (value === rt.None) return interp.none();
  setUnderscore(interp, interp.none());
  const text = textObject(interp, value, true);
  const out = currentStream(interp, 'stdout');
  try {
    writeText(interp, out, text);
    writeText(interp, out, rt.latin1[10]);
  } finally {
    rt.heap.decref(text);
  }
  rt.heap.incref(value);
  setUnderscore(interp, value);
  return interp.none();
}

/** INTRINSIC_PRINT: calls the current `sys.displayhook` with `value` (borrowed). */
export function printExpr(interp: Interp, value: PyObject): void {
  const hook = interp.modules.get('sys')?.dict.get('displayhook');
  if (!hook) interp.raise('RuntimeError', 'lost sys.displayhook');
  interp.rt.heap.decref(callAny(interp, hook, [value]));
}

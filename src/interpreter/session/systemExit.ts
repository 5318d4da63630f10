/**
 * An uncaught SystemExit ends the run as CPython's `_Py_HandleSystemExit` ends the process: no
 * traceback; the exit status is the code when it is None (0) or an int (a bool too: `sys.exit(not
 * ok)` exits 1 for True), and any other code is printed to stderr as its str() with status 1.
 * The code is SystemExit_init's: None without arguments, the lone argument, or the args tuple.
 */
import type { PyBaseExceptionObject } from '../../engine/objects/exceptionObject';
import { PyLongObject } from '../../engine/objects/longObject';
import { PyTupleObject } from '../../engine/objects/tupleObject';
import { strOf } from '../objects/repr';
import type { Interp } from '../runtime/interp';

/** How a SystemExit ends the run: the exit status and what goes to stderr; null for another exception. */
export function systemExitOutcome(interp: Interp, exc: PyBaseExceptionObject): { status: number; text: string } | null {
  if (!exc.type.isSubtypeOf(interp.excType('SystemExit'))) return null;
  const args = exc.args instanceof PyTupleObject ? exc.args.items : [];
  const code = args.length === 0 ? null : args.length === 1 ? args[0] : exc.args;
  if (code === null || code === interp.rt.None) return { status: 0, text: '' };
  // The process status is the low byte of the C int (exit(256) is 0 to the parent, -1 is 255).
  if (code instanceof PyLongObject) return { status: Number(BigInt.asUintN(8, BigInt(code.value))), text: '' };
  return { status: 1, text: `${strOf(interp, code as NonNullable<typeof code>)}\n` };
}

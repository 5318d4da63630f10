/**
 * What a call through a C slot costs 3.11's and 3.12's recursion budgets when the Python frame it
 * reaches runs in the caller's eval loop (a native object's `tp_call`, an instance's `__call__`):
 *
 *   guard        `_PyObject_MakeTpCall` and `slot_tp_call` enter `Py_EnterRecursiveCall(" while
 *                calling a Python object")`: 1 against the shared limit (3.11) or the C budget
 *                (3.12). A vectorcall object (functools.partial) has no guard.
 *   eval from C  the callee's frame re-enters `_PyEval_EvalFrameDefault` from C: 2 units of
 *                3.12's C budget (`Interp.enterEvalFromC`); nothing in 3.11.
 *
 * Both stay counted until the frame finishes (its completion), as the C frames stay on the stack.
 * Measured by test/oracle/cCallRecursionProbe.py: a function recursing through `lru_cache` or a
 * `__call__` runs 499 times in 3.11 and 3.12 (998 in 3.13), through `partial` 998 / 749 / 998.
 */
import { CO_FLAGS } from '../compiler/codeObject';
import type { Interp } from '../runtime/interp';
import type { PreparedCall } from './callDispatch';
import type { PyObject } from '../../engine/objects/object';
import type { Frame, FrameCompletion } from './frame';

/** Generator-making frames finish without their completion running (RETURN_GENERATOR). */
const NOT_PLAIN = CO_FLAGS.GENERATOR | CO_FLAGS.COROUTINE | CO_FLAGS.ASYNC_GENERATOR;

/** Whether `frame`'s entry into the eval loop from C is already counted. */
export function countedFromC(frame: Frame): boolean {
  return frame.enteredFromC;
}

/** Runs `call` (a C slot's call; `guarded`: through `Py_EnterRecursiveCall`) with its counts. */
export function countedCCall(interp: Interp, guarded: boolean, call: () => PreparedCall): PreparedCall {
  if (!interp.cGuards) return call();
  if (guarded) interp.enterRecursiveCall(' while calling a Python object');
  let prepared: PreparedCall;
  try {
    interp.checkEvalFromC();
    prepared = call();
  } catch (e) {
    if (guarded) interp.leaveRecursiveCall();
    throw e;
  }
  const frame = prepared.frame;
  const c = frame?.completion;
  if (!frame || (frame.code.code.flags & NOT_PLAIN) !== 0 || c?.next || c?.rerunsCaller) {
    if (guarded) interp.leaveRecursiveCall();
    return prepared;
  }
  // Counted once: an inner wrapper may have counted it already (lru_cache(partial(f))).
  const fromC = !frame.enteredFromC;
  if (fromC) {
    frame.enteredFromC = true;
    interp.enterEvalFromC();
  }
  frame.completion = new CountedCompletion(interp, frame.completion, fromC, guarded);
  return prepared;
}

/** Releases a C slot's counts when the frame it reached finishes, after the frame's own completion. */
class CountedCompletion implements FrameCompletion {
  constructor(
    private readonly interp: Interp,
    private readonly inner: FrameCompletion | null,
    private readonly fromC: boolean,
    private readonly guarded: boolean,
  ) {}

  onReturn(value: PyObject): PyObject {
    try {
      return this.inner ? this.inner.onReturn(value) : value;
    } finally {
      this.release();
    }
  }

  onError(): void {
    this.inner?.onError();
    this.release();
  }

  private release(): void {
    if (this.fromC) this.interp.leaveEvalFromC();
    if (this.guarded) this.interp.leaveRecursiveCall();
  }
}

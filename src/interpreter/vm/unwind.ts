/**
 * Exception unwinding (Python/ceval.c `exception_unwind:`, 3.12): from the frame an exception
 * arrived in outwards, look the failing instruction up in each code object's exception table;
 * the first handler found gets the value stack popped to its depth (plus `lasti` when asked) and
 * the exception pushed; a frame without one is popped and released, and a generator's frame turns
 * a StopIteration escaping it into RuntimeError (PEP 479) on the way out.
 *
 * Each frame the exception arrives in through the `error:` path gets a traceback entry
 * (`PyTraceBack_Here`); a re-raise (RERAISE, a bare `raise`) goes straight to `exception_unwind`
 * and adds none in the frame it starts in.
 */
import type { PyBaseExceptionObject } from '../../engine/objects/exceptionObject';
import type { PyTracebackObject } from '../../engine/objects/frameObject';
import { newInt } from '../../engine/objects/longObject';
import type { Interp } from '../runtime/interp';
import type { SourceRange } from '../session/tracebackCarets';
import type { Frame, FrameCompletion } from './frame';
import type { PreparedCall } from './callDispatch';
import { PyError } from '../runtime/pyError';
import { clearFrameRefs, genFrameReleased, genRaised } from './generators';
import { chainContext, handledException, tracebackEntries, tracebackHere } from './tracebackHere';

/** One entry of a traceback, innermost last. */
export interface TracebackEntry {
  filename: string;
  line: number;
  name: string;
  /** The failing instruction's source range, for the caret line under it. */
  range?: SourceRange;
}

/** Where unwinding stopped: a frame whose handler now runs, or no frame and the uncaught exception. */
export type Unwound =
  | { frame: Frame; error: null; traceback: null }
  | { frame: null; error: PyBaseExceptionObject; traceback: TracebackEntry[] };

/** Finds a handler for `exc` from `frame` outwards; `reraise` adds no entry in `frame` itself. */
export function unwindException(interp: Interp, frame: Frame, exc: PyBaseExceptionObject, reraise: boolean): Unwound {
  const heap = interp.rt.heap;
  let addEntry = !reraise;
  if (addEntry) chainContext(interp, exc, handledException(frame));
  for (;;) {
    const pc = frame.pc - 1;
    if (addEntry && !frame.code.hiddenInTraceback) tracebackHere(interp, frame, exc, Math.max(0, pc));
    addEntry = true;
    const handler = frame.code.handlerFor(pc);
    if (handler) {
      while (frame.stack.length > handler.depth) heap.xdecref(frame.stack.pop());
      if (handler.lasti) frame.stack.push(newInt(interp.rt, pc));
      frame.stack.push(exc);
      frame.pc = handler.target;
      return { frame, error: null, traceback: null };
    }
    // No handler: the stack is popped before the frame is cleared (its object may take it over).
    while (frame.stack.length > 0) heap.xdecref(frame.stack.pop());
    const previous = frame.previous;
    if (frame.completion?.stopIteration && previous && exc.type.isSubtypeOf(interp.excType('StopIteration'))) {
      const ended = endIteration(interp, frame, previous, exc);
      if (!(ended instanceof PyError)) return ended;
      exc = ended.exc;
      frame = previous;
      continue;
    }
    frame.completion?.onError();
    frame.resume?.onError?.();
    if (frame.gen) {
      const replaced = genRaised(interp, exc);
      if (replaced !== exc && !replaced.traceback && exc.traceback) {
        heap.incref(exc.traceback);
        replaced.traceback = exc.traceback;
      }
      exc = replaced;
    }
    releaseFrame(interp, frame);
    if (!previous) {
      return { frame: null, error: exc, traceback: tracebackEntries(exc.traceback as PyTracebackObject | null) };
    }
    frame = previous;
  }
}

/**
 * A resumable native's `__next__` frame raised StopIteration (PyIter_Next clears it): the frame
 * goes, and the native's next step runs — its next callee's frame, or its result on the caller's
 * stack (none when it already placed it: FOR_ITER's end). The native's own error is returned,
 * to unwind from the caller.
 */
function endIteration(interp: Interp, frame: Frame, previous: Frame, exc: PyBaseExceptionObject): Unwound | PyError {
  const next = (frame.completion as FrameCompletion).stopIteration as () => PreparedCall;
  releaseFrame(interp, frame);
  interp.rt.heap.decref(exc);
  let prepared: PreparedCall;
  try {
    prepared = next();
  } catch (e) {
    if (e instanceof PyError) return e;
    throw e;
  }
  if (prepared.frame) {
    interp.depth++;
    return { frame: prepared.frame, error: null, traceback: null };
  }
  if (prepared.result) previous.stack.push(prepared.result);
  return { frame: previous, error: null, traceback: null };
}

/** Drops what a finished frame still holds (`_PyFrame_ClearExceptCode`). */
export function releaseFrame(interp: Interp, frame: Frame): void {
  const held = frame.gen && frame.resume ? frame.resume.held : null;
  clearFrameRefs(interp, frame);
  if (frame.gen) genFrameReleased(frame);
  interp.depth--;
  if (held) {
    (frame.resume as NonNullable<Frame['resume']>).held = null;
    interp.rt.heap.decref(held);
  }
}

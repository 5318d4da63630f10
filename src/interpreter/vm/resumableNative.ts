/**
 * Natives whose calls into Python run as frames of the caller's loop (`sorted`'s and `min`'s
 * key, `list.sort(key=)`, `functools.reduce`'s function), so a simulated thread can be parked
 * inside them (modules/threadScheduler.ts): CPython's thread blocks inside the C call and the
 * others run; ours must unwind its eval loop, which a JavaScript stack frame in between forbids.
 *
 * Such a native is a generator that yields each call it makes (`{ callable, args }`, args
 * borrowed) and is sent the call's result (a new reference): called from Python, the first call
 * to a Python function becomes the frame the CALL pushes, with a completion whose `next` sends
 * its return value back and gets the next step (another frame, or the native's result, which the
 * caller receives as the CALL's value). The chain `key frame → caller → … → Thread._bootstrap`
 * is then an ordinary one, and parking detaches it as it detaches any thread's frames. An
 * exception in a callee unwinds into the caller as CPython's would (the native's `finally`
 * blocks run through the completion's `onError`; the key frame shows in the traceback, as
 * CPython's does). Called from native code, or for a callee that is not a plain frame (a
 * generator function, a class's `__init__`), the call runs to completion in a nested loop.
 */
import type { PyObject } from '../../engine/objects/object';
import { CO_FLAGS } from '../compiler/codeObject';
import type { Interp } from '../runtime/interp';
import type { NativeImpl } from './callables';
import { callAny, prepareCall, runNested, type PreparedCall } from './callDispatch';
import type { Frame } from './frame';
import { framePushNative } from './frameNatives';

/** A call a resumable native makes: `callable(*args)`, args borrowed for the call. */
export interface PyCallStep {
  callable: PyObject;
  args: PyObject[];
}

/** A resumable native's body: yields its calls, is sent their results, returns its result (new references). */
export type NativeSteps = Generator<PyCallStep, PyObject, PyObject>;

/** What a frame cannot be chained for: its RETURN_GENERATOR hands back a generator, not a return value. */
const NOT_PLAIN = CO_FLAGS.GENERATOR | CO_FLAGS.COROUTINE | CO_FLAGS.ASYNC_GENERATOR;

/** The plain native for `body` (args borrowed), registered as frame-pushing (frameNatives.ts). */
export function resumableNative(body: (interp: Interp, args: PyObject[], kwnames: string[] | null) => NativeSteps): NativeImpl {
  return framePushNative((interp, args, kwnames, caller) => {
    const steps = body(interp, args, kwnames);
    return advance(interp, steps, caller, () => steps.next(interp.rt.None));
  }, runNested);
}

/**
 * Runs the native's steps until one needs a frame in the caller's loop (returned, with the
 * completion that resumes the steps) or the native finishes (its result).
 */
function advance(interp: Interp, steps: NativeSteps, caller: Frame | null, step: () => IteratorResult<PyCallStep, PyObject>): PreparedCall {
  for (;;) {
    const r = step();
    if (r.done) return { result: r.value };
    let prepared: PreparedCall;
    try {
      prepared = prepareCall(interp, r.value.callable, r.value.args, null, caller);
    } catch (e) {
      step = () => steps.throw(e);
      continue;
    }
    const frame = prepared.frame;
    if (frame && caller && frame.completion === null && (frame.code.code.flags & NOT_PLAIN) === 0) {
      frame.completion = {
        onReturn: (value) => value,
        next: (value) => advance(interp, steps, caller, () => steps.next(value)),
        onError: () => {
          steps.return(interp.rt.None);
        },
      };
      return prepared;
    }
    let value: PyObject;
    try {
      if (frame) frame.previous = null;
      value = frame ? runNested(interp, frame) : (prepared.result as PyObject);
    } catch (e) {
      step = () => steps.throw(e);
      continue;
    }
    step = () => steps.next(value);
  }
}

/** Runs `steps` to its end here, each call through `callAny` (a native using a resumable body itself). */
export function runSteps<R>(interp: Interp, steps: Generator<PyCallStep, R, PyObject>): R {
  let r = steps.next(interp.rt.None);
  while (!r.done) {
    let value: PyObject;
    try {
      value = callAny(interp, r.value.callable, r.value.args);
    } catch (e) {
      r = steps.throw(e);
      continue;
    }
    r = steps.next(value);
  }
  return r.value;
}

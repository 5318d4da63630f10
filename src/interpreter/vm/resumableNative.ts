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
 * CPython's does), except a `__next__` call's StopIteration (`endsIteration`), which the native
 * is sent as the end of its iterator (null), as PyIter_Next clears it. Called from native code, or for a callee that is not a plain frame (a
 * generator function, a class's `__init__`), the call runs to completion in a nested loop.
 */
import type { PyObject } from '../../engine/objects/object';
import { CO_FLAGS } from '../compiler/codeObject';
import type { Interp } from '../runtime/interp';
import type { NativeImpl } from './callables';
import { callAny, prepareCall, runNested, type PreparedCall } from './callDispatch';
import type { Frame } from './frame';
import { framePushNative } from './frameNatives';
import { PyGenObject } from '../../engine/objects/genObject';
import { PyError } from '../runtime/pyError';
import { iterNext } from '../objects/abstract';
import { runningThread } from '../modules/threadScheduler';
import { resumeGen } from './generators';

/** A call a resumable native makes: `callable(*args)`, args borrowed for the call. */
export interface PyCallStep {
  callable: PyObject;
  args: PyObject[];
  iterator?: undefined;
  /** A `__next__` call (`slot_tp_iternext`): its StopIteration is the end, sent as null. */
  endsIteration?: boolean;
}

/** The next item of `iterator` (borrowed) a resumable native asks for: sent the item, or null when exhausted (nextItem). */
export interface PyNextStep {
  iterator: PyObject;
  endsIteration?: undefined;
}

/** What a resumable native yields. */
export type PyStep = PyCallStep | PyNextStep;

/** A resumable native's body: yields its calls, is sent their results, returns its result (new references). */
export type NativeSteps = Generator<PyStep, PyObject, PyObject>;

/** Whether the generator step for `it` may run as a frame of the caller's loop (in a simulated thread only). */
function chainsGenerator(interp: Interp, it: PyObject, caller: Frame | null): it is PyGenObject {
  return caller !== null && it instanceof PyGenObject && it.state !== 'running' && it.frame !== null && runningThread(interp) !== null;
}

/** What a frame cannot be chained for: its RETURN_GENERATOR hands back a generator, not a return value. */
const NOT_PLAIN = CO_FLAGS.GENERATOR | CO_FLAGS.COROUTINE | CO_FLAGS.ASYNC_GENERATOR;

/** The plain native for `body` (args borrowed), registered as frame-pushing (frameNatives.ts). */
export function resumableNative(body: (interp: Interp, args: PyObject[], kwnames: string[] | null) => NativeSteps): NativeImpl {
  return framePushNative((interp, args, kwnames, caller) => {
    const steps = body(interp, args, kwnames);
    return advance(interp, steps, caller, () => steps.next(interp.rt.None));
  }, runNested);
}

/** Starts a resumable native's `steps` called from `caller` (a frame to push, or the result). */
export function startSteps(interp: Interp, steps: NativeSteps, caller: Frame | null): PreparedCall {
  return advance(interp, steps, caller, () => steps.next(interp.rt.None));
}

/**
 * Runs the native's steps until one needs a frame in the caller's loop (returned, with the
 * completion that resumes the steps) or the native finishes (its result).
 */
function advance(interp: Interp, steps: NativeSteps, caller: Frame | null, step: () => IteratorResult<PyStep, PyObject>): PreparedCall {
  for (;;) {
    const r = step();
    if (r.done) return { result: r.value };
    if (r.value.iterator) {
      const it = r.value.iterator;
      if (chainsGenerator(interp, it, caller)) {
        // The generator's frame runs on the caller; its yields and its end come back as steps.
        const heap = interp.rt.heap;
        const line = heap.line;
        const resumeSteps = (value: PyObject | null): PreparedCall => {
          heap.line = line; // what the native allocates next is the caller line's, as after a nested run
          return advance(interp, steps, caller, () => steps.next(value as PyObject));
        };
        let frame: Frame | null;
        try {
          frame = resumeGen(interp, it, caller, interp.none(), {
            kind: 'native', target: 0, default: null, then: resumeSteps, onError: () => { steps.return(interp.rt.None); },
          });
        } catch (e) {
          step = () => steps.throw(e);
          continue;
        }
        if (frame) return { frame };
        step = () => steps.next(null as unknown as PyObject);
        continue;
      }
      let item: PyObject | null;
      try {
        item = iterNext(interp, it);
      } catch (e) {
        step = () => steps.throw(e);
        continue;
      }
      step = () => steps.next(item as PyObject);
      continue;
    }
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
      if (r.value.endsIteration) frame.completion.stopIteration = () => advance(interp, steps, caller, () => steps.next(null as unknown as PyObject));
      return prepared;
    }
    let value: PyObject;
    try {
      if (frame) frame.previous = null;
      value = frame ? runNested(interp, frame) : (prepared.result as PyObject);
    } catch (e) {
      if (r.value.endsIteration && endsIteration(interp, e)) step = () => steps.next(null as unknown as PyObject);
      else step = () => steps.throw(e);
      continue;
    }
    step = () => steps.next(value);
  }
}

/** Whether `e` is the StopIteration ending a `__next__` call (released here: PyIter_Next clears it). */
function endsIteration(interp: Interp, e: unknown): boolean {
  if (!(e instanceof PyError && e.exc.type.isSubtypeOf(interp.excType('StopIteration')))) return false;
  interp.rt.heap.decref(e.exc);
  return true;
}

/** Runs `steps` to its end here, each call through `callAny` (a native using a resumable body itself). */
export function runSteps<R>(interp: Interp, steps: Generator<PyStep, R, PyObject>): R {
  let r = steps.next(interp.rt.None);
  while (!r.done) {
    let value: PyObject | null;
    const s = r.value;
    try {
      value = s.iterator ? iterNext(interp, s.iterator) : callAny(interp, s.callable, s.args);
    } catch (e) {
      r = s.endsIteration && endsIteration(interp, e) ? steps.next(null as unknown as PyObject) : steps.throw(e);
      continue;
    }
    r = steps.next(value as PyObject);
  }
  return r.value;
}

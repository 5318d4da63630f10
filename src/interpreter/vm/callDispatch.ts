/**
 * What calling an object means (`_PyObject_Vectorcall` → `tp_call`), split into the part that
 * pushes a Python frame and the part that finishes in TypeScript, so the eval loop can run every
 * Python frame in its own loop (no JS recursion) and natives can still call anything:
 *
 *   function            a frame (generators too: RETURN_GENERATOR turns it into a generator)
 *   bound method        its function with self first
 *   class               `type_call`: the instance, then `__init__`'s frame (a completion checks
 *                       it returned None and hands back the instance)
 *   __build_class__     the class body's frame (buildClass.ts)
 *   instance            its type's `__call__`
 *   built-ins           the native or the type constructor, run to completion
 *
 * `callAny` is the nested form for natives (sorted's key, map's function, `__repr__` from repr(),
 * `__del__` from a dealloc): a nested EvalLoop runs the frame to completion, as CPython re-enters
 * `_PyEval_EvalFrame` from C.
 *
 * Obscurity: lines inside such a nested call are not pause points. The session's line hook only
 * sees the outermost loop, so a run can stop before or after `sorted(xs, key=f)`, never inside
 * `f`. The heap still attributes allocations to the lines they run on (the nested hook sets the
 * current line), and the outer line is restored afterwards. Exceptions propagate as PyError; the
 * frames of the nested run do not appear in the traceback.
 */
import { PyDescrObject } from '../../engine/objects/descrObject';
import { PyFunctionObject } from '../../engine/objects/funcObject';
import { PyMethodObject } from '../../engine/objects/methodObject';
import { PyCFunctionObject } from '../../engine/objects/nativeObject';
import type { PyObject } from '../../engine/objects/object';
import { PyHeapTypeObject } from '../../engine/objects/typeHeap';
import { PyTypeObject } from '../../engine/objects/typeObject';
import type { Interp } from '../runtime/interp';
import { PyError } from '../runtime/pyError';
import { callNative, makeFunctionFrame } from './callables';
import { EvalLoop } from './evalLoop';
import type { Frame } from './frame';
import { buildClassFrame, isBuildClass } from './buildClass';
import { typeCallFrame } from './typeCall';
import { callStaticType } from './tpCallTemps';
import { typeLookup } from '../objects/typeLookup';
import { genCallFrame } from './generators';
import { newSuper } from '../objects/superObject';
import { classTypes } from '../../engine/objects/classTypes';
import { callGlobals, isGlobalsBuiltin } from '../builtins/globalsBuiltin';
import { PyNativeObject } from '../modules/nativeObject';
import { frameNativeOf, framePushNativeOf } from './frameNatives';
import { tpName } from '../objects/typeModules';
import { countedCCall, countedFromC } from './cCallCount';
import { threadConsumerCall } from '../builtins/threadConsumers';

/** A call's outcome: a frame to run, or the finished result (a new reference). */
export type PreparedCall = { frame: Frame; result?: undefined } | { frame?: undefined; result: PyObject };

/**
 * Prepares `callable(*args)` (args borrowed; `kwnames` name the last ones). A returned frame
 * holds its own references; `previous` becomes its caller.
 */
export function prepareCall(interp: Interp, callable: PyObject, args: PyObject[], kwnames: string[] | null, previous: Frame | null): PreparedCall {
  for (let depth = 0; ; depth++) {
    if (callable instanceof PyFunctionObject) {
      if (interp.depth + interp.cRecursion >= interp.recursionLimit) interp.raise('RecursionError', 'maximum recursion depth exceeded');
      const frame = makeFunctionFrame(interp, callable, args, kwnames, previous);
      interp.rt.heap.incref(callable);
      return { frame };
    }
    if (callable instanceof PyMethodObject) {
      args = [callable.self as PyObject, ...args];
      callable = callable.func as PyObject;
      continue;
    }
    if (callable instanceof PyCFunctionObject) {
      if (isBuildClass(interp, callable)) return { frame: buildClassFrame(interp, args, kwnames, previous) };
      const resumed = previous && !kwnames ? genCallFrame(interp, callable, args, previous) : null;
      if (resumed) return resumed;
      if (isGlobalsBuiltin(interp, callable)) return { result: callGlobals(interp, args, kwnames, previous) };
      const pushing = framePushNativeOf(callable);
      if (pushing) return pushing(interp, args, kwnames, previous);
      const withFrame = frameNativeOf(callable);
      const f = callable;
      const run = (): PyObject => (withFrame ? withFrame(interp, args, kwnames, previous) : callNative(interp, f, args, kwnames));
      if (!interp.cGuards) return { result: run() };
      // 3.11 and 3.12 guard every built-in function's and method's vectorcall
      // (cfunction_vectorcall_O and siblings, Objects/methodobject.c and descrobject.c).
      interp.enterRecursiveCall(' while calling a Python object');
      try {
        return { result: run() };
      } finally {
        interp.leaveRecursiveCall();
      }
    }
    if (callable instanceof PyNativeObject && callable.call) {
      const native = callable;
      const call = native.call as NonNullable<PyNativeObject['call']>;
      return countedCCall(interp, native.tpCallGuarded, () => call(interp, args, kwnames, previous));
    }
    if (callable instanceof PyHeapTypeObject) return typeCallFrame(interp, callable, args, kwnames, previous);
    // super() reads its class and first argument from the calling frame.
    if (callable === classTypes(interp.rt).super && !kwnames) return { result: newSuper(interp, args, previous) };
    if (callable instanceof PyTypeObject) return threadConsumerCall(interp, callable, args, kwnames, previous) ?? { result: callStaticType(interp, callable, args, kwnames, previous) };
    const ownCall = callable instanceof PyDescrObject && callable.type instanceof PyHeapTypeObject && typeLookup(interp, callable.type, '__call__');
    if (callable instanceof PyDescrObject && callable.refs.length === 1 && depth === 0 && !ownCall) {
      // A staticmethod object called directly (3.10+ makes them callable).
      callable = callable.refs[0] as PyObject;
      continue;
    }
    // A heap type's `__call__`, or a built-in type's `tp_call` (a weakref).
    const call = callable.type instanceof PyHeapTypeObject ? typeLookup(interp, callable.type, '__call__') : interp.methods.lookup(callable.type, '__call__');
    if (call instanceof PyFunctionObject && callable.type instanceof PyHeapTypeObject) {
      // slot_tp_call: a Python __call__, reached through a guarded C slot.
      const callArgs = [callable, ...args];
      return countedCCall(interp, true, () => prepareCall(interp, call, callArgs, kwnames, previous));
    }
    if (call && depth < 8) {
      args = [callable, ...args];
      callable = call;
      continue;
    }
    return interp.typeError(`'${tpName(callable.type)}' object is not callable`);
  }
}

/** Runs `frame` (no caller) to completion in a nested loop; the result is a new reference. */
export function runNested(interp: Interp, frame: Frame): PyObject {
  const heap = interp.rt.heap;
  const outerLine = heap.line;
  interp.depth++;
  const loop = new EvalLoop(interp, (_frame, line) => {
    heap.line = line;
    // The session's budgets see only the outer loop's lines: a loop inside `__del__` or a key
    // function must still stop at the time budget or the cancel flag.
    interp.poll();
    return false;
  });
  // A frame a C slot already counted (cCallCount.ts) enters the eval loop from C only once.
  const counted = countedFromC(frame);
  loop.start(frame);
  if (!counted) interp.enterEvalFromC();
  try {
    const exit = loop.run();
    if (exit === 'raised') throw new PyError(loop.error as NonNullable<EvalLoop['error']>);
    return loop.result as PyObject;
  } finally {
    if (!counted) interp.leaveEvalFromC();
    heap.line = outerLine;
  }
}

/** `PyObject_Call` from native code: anything callable, run to completion. */
export function callAny(interp: Interp, callable: PyObject, args: PyObject[], kwnames: string[] | null = null): PyObject {
  if (callable instanceof PyFunctionObject) interp.checkEvalFromC();
  const prepared = prepareCall(interp, callable, args, kwnames, null);
  return prepared.frame ? runNested(interp, prepared.frame) : prepared.result;
}

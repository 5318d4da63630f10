/**
 * `PyObject_Call` from native code: `sorted(key=f)`, `map(f, xs)`, `filter`, `min(key=)`,
 * `list.sort(key=)`, `dict(...)` of a generator... A Python function runs to completion in a
 * nested `EvalLoop` (CPython likewise re-enters `_PyEval_EvalFrame` from C): the calling native
 * and its caller's frame stay on the JS stack until it returns.
 *
 * Obscurity: lines inside such a call are not pause points. The session's line hook only sees the
 * outermost loop, so a run can stop before or after `sorted(xs, key=f)`, never inside `f`. The
 * heap still attributes the allocations to the lines they run on (the nested hook sets the
 * current line), and the outer line is restored afterwards. Exceptions propagate as PyError; the
 * frames of the nested run do not appear in the traceback.
 */
import { PyFunctionObject } from '../../engine/objects/funcObject';
import { PyCFunctionObject } from '../../engine/objects/nativeObject';
import type { PyObject } from '../../engine/objects/object';
import { PyTypeObject } from '../../engine/objects/typeObject';
import type { Interp } from '../runtime/interp';
import { PyError } from '../runtime/pyError';
import { callNative, makeFunctionFrame } from './callables';
import { EvalLoop } from './evalLoop';

/** Calls `callable` with `args` (borrowed; `kwnames` name the last ones); returns a new reference. */
export function callObject(interp: Interp, callable: PyObject, args: PyObject[], kwnames: string[] | null = null): PyObject {
  if (callable instanceof PyCFunctionObject) return callNative(interp, callable, args, kwnames);
  if (callable instanceof PyTypeObject) return interp.callType(callable, args, kwnames);
  if (!(callable instanceof PyFunctionObject)) return interp.typeError(`'${callable.type.name}' object is not callable`);
  if (interp.depth >= interp.recursionLimit) interp.raise('RecursionError', 'maximum recursion depth exceeded');
  const heap = interp.rt.heap;
  const outerLine = heap.line;
  const frame = makeFunctionFrame(interp, callable, args, kwnames, null);
  heap.incref(callable);
  interp.depth++;
  const loop = new EvalLoop(interp, (_frame, line) => {
    heap.line = line;
    return false;
  });
  loop.start(frame);
  try {
    const exit = loop.run();
    if (exit === 'raised') throw new PyError(loop.error as NonNullable<EvalLoop['error']>);
    return loop.result as PyObject;
  } finally {
    heap.line = outerLine;
  }
}

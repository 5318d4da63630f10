/**
 * CALL's stack protocol (Python/bytecodes.c 3.12): `[NULL, callable, args...]` or, after a
 * method-form LOAD_ATTR, `[meth, self, args...]`, which calls meth with self first; KW_NAMES named
 * the last arguments. The frame switch itself stays in the eval loop.
 */
import type { PyObject } from '../../engine/objects/object';
import type { Interp } from '../runtime/interp';
import { prepareCall, type PreparedCall } from './callDispatch';
import type { Frame } from './frame';

/**
 * Prepares CALL with `argc` arguments on `frame`'s stack and pops them with the callable, releasing
 * the stack's references. A Python callee's frame took its own references; a native finished.
 */
export function prepareCallOp(interp: Interp, frame: Frame, argc: number): PreparedCall {
  const heap = interp.rt.heap;
  const stack = frame.stack;
  const kwnames = frame.kwnames;
  frame.kwnames = null;
  const base = stack.length - argc - 2;
  const method = stack[base];
  const callable = method ?? stack[base + 1] as PyObject;
  const callArgs = stack.slice(method !== null ? base + 1 : base + 2) as PyObject[];
  try {
    return prepareCall(interp, callable, callArgs, kwnames, frame);
  } finally {
    for (let i = stack.length - 1; i >= base; i--) heap.xdecref(stack[i]);
    // Popping, not `stack.length = base`: V8 shrinks an array's length in a runtime call.
    while (stack.length > base) stack.pop();
  }
}

/**
 * CALL's stack protocol (Python/bytecodes.c 3.12): `[NULL, callable, args...]` or, after a
 * method-form LOAD_ATTR, `[meth, self, args...]`, which calls meth with self first; KW_NAMES named
 * the last arguments. The frame switch itself stays in the eval loop.
 */
import { PyFunctionObject } from '../../engine/objects/funcObject';
import { PyMethodObject } from '../../engine/objects/methodObject';
import type { PyObject } from '../../engine/objects/object';
import { PyTupleObject } from '../../engine/objects/tupleObject';
import type { Interp } from '../runtime/interp';
import { prepareCall, type PreparedCall } from './callDispatch';
import type { FunctionCode } from './callables';
import { Frame } from './frame';

/**
 * CALL of a Python function, or of a bound method of one, whose parameters are all positional
 * (`plainArgcount`), with positional arguments only (the commonest call): the arguments, then
 * the defaults of the missing ones, go from the stack straight into the new frame, with no
 * argument array or PreparedCall in between. Null when the call needs the general path:
 * keywords, too few or too many arguments (it raises the TypeError), or a recursion limit the
 * call would reach (it raises the RecursionError).
 *
 * The stack's references to the function and the arguments move into the frame, as CPython's
 * `_PyEvalFramePushAndInit` steals them: the counts end where `prepareCallOp`'s increfs and
 * decrefs leave them, and none can reach zero on the way. A bound method object is released
 * after its function and self got their own references, as in `prepareCallOp`.
 */
export function positionalFrame(interp: Interp, frame: Frame, argc: number): Frame | null {
  if (frame.kwnames !== null) return null;
  const stack = frame.stack;
  const base = stack.length - argc - 2;
  const method = stack[base];
  let callable = method ?? stack[base + 1] as PyObject;
  let self: PyObject | null = null;
  // A function first: the commonest callee takes one type test.
  if (!(callable instanceof PyFunctionObject)) {
    if (method !== null || !(callable instanceof PyMethodObject)) return null;
    self = callable.self;
    callable = callable.func as PyObject;
    if (self === null || !(callable instanceof PyFunctionObject)) return null;
  }
  const fc = callable.code as FunctionCode;
  const argcount = fc.loaded.plainArgcount;
  const first = method !== null ? base + 1 : base + 2;
  const given = stack.length - first + (self !== null ? 1 : 0);
  let defaults: PyObject[] | null = null;
  if (given !== argcount) {
    const d = callable.refs.defaults;
    if (given > argcount || !(d instanceof PyTupleObject) || given < argcount - d.items.length) return null;
    defaults = d.items;
  }
  if (interp.depth + interp.cRecursion >= interp.recursionLimit) return null;
  const heap = interp.rt.heap;
  const callee = new Frame(fc.loaded, fc.globals, null, callable, frame);
  const locals = callee.localsplus;
  let i = 0;
  if (self !== null) {
    heap.incref(self);
    heap.incref(callable);
    locals[i++] = self;
  }
  for (let j = first; j < stack.length; j++) locals[i++] = stack[j];
  if (defaults !== null) {
    const firstDefault = argcount - defaults.length;
    for (; i < argcount; i++) {
      const v = defaults[i - firstDefault];
      heap.incref(v);
      locals[i] = v;
    }
  }
  const bound = self !== null ? stack[base + 1] as PyObject : null;
  // Popping, not `stack.length = base` (see prepareCallOp); the references moved already.
  while (stack.length > base) stack.pop();
  if (bound !== null) heap.decref(bound);
  return callee;
}

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

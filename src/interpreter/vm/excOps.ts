/**
 * The instructions of `raise` and `try`/`except` (Python/bytecodes.c, 3.12): RAISE_VARARGS,
 * PUSH_EXC_INFO and POP_EXCEPT (the handled exception, `sys.exc_info()`, saved and restored around
 * a handler), CHECK_EXC_MATCH, except*'s CHECK_EG_MATCH and PREP_RERAISE_STAR (exceptStar.ts), RERAISE and LOAD_ASSERTION_ERROR. Raising throws a PyError that the
 * loop catches and hands to `unwindException`; `markReraise` flags the re-raises that add no
 * traceback entry.
 */
import type { PyBaseExceptionObject } from '../../engine/objects/exceptionObject';
import type { PyObject } from '../../engine/objects/object';
import { PyTupleObject } from '../../engine/objects/tupleObject';
import { PyTypeObject } from '../../engine/objects/typeObject';
import { PyHeapTypeObject } from '../../engine/objects/typeHeap';
import { callAny } from './callDispatch';
import type { Interp } from '../runtime/interp';
import { PyError, UnsupportedError } from '../runtime/pyError';
import type { Frame } from './frame';
import { Op as O } from './opcodeNumbers';
import { handledException, setCause } from './tracebackHere';
import { exceptionGroupMatch, prepReraiseStar } from './exceptStar';
import { INTRINSIC_2 } from '../compiler/binaryOps';
import { typeParamIntrinsic2 } from '../objects/typeParams';

/** Runs one of the instructions above on `frame`. */
export function excOp(interp: Interp, frame: Frame, op: number, arg: number, markReraise: () => void): void {
  const rt = interp.rt;
  const heap = rt.heap;
  const stack = frame.stack;
  switch (op) {
    case O.RAISE_VARARGS: {
      if (arg === 0) {
        const handled = handledException(frame);
        if (!handled) interp.raise('RuntimeError', 'No active exception to reraise');
        heap.incref(handled);
        markReraise();
        throw new PyError(handled as PyBaseExceptionObject);
      }
      const cause = arg === 2 ? (stack.pop() as PyObject) : null;
      let value = stack.pop() as PyObject;
      // `raise E` calls the class as `E()` would (do_raise), so a class of the script's own gets
      // its __init__, and its instance the reference to the class it holds.
      if (value instanceof PyHeapTypeObject && value.isSubtypeOf(interp.excType('BaseException'))) {
        const cls = value;
        try {
          value = callAny(interp, cls, []);
        } finally {
          heap.decref(cls);
        }
      }
      const raised = interp.toException(value);
      if (cause) setCause(interp, raised, cause);
      throw new PyError(raised);
    }
    case O.PUSH_EXC_INFO: {
      const exc = stack.pop() as PyObject;
      const prev = frame.handled;
      stack.push(prev ?? interp.none());
      if (prev) heap.incref(prev);
      heap.incref(exc);
      frame.handled = exc;
      stack.push(exc);
      return;
    }
    case O.POP_EXCEPT: {
      const prev = stack.pop() as PyObject;
      const old = frame.handled;
      frame.handled = prev === rt.None ? null : prev;
      if (prev === rt.None) heap.decref(prev);
      heap.xdecref(old);
      return;
    }
    case O.CHECK_EXC_MATCH: {
      const t = stack.pop() as PyObject;
      const exc = stack[stack.length - 1] as PyObject;
      const match = t instanceof PyTypeObject ? exc.type.isSubtypeOf(t)
        : t instanceof PyTupleObject ? t.items.some((x) => x instanceof PyTypeObject && exc.type.isSubtypeOf(x)) : false;
      heap.decref(t);
      stack.push(interp.bool(match));
      return;
    }
    case O.CHECK_EG_MATCH: {
      // (exc, type -- rest, match); the match becomes the exception being handled.
      const t = stack.pop() as PyObject;
      const exc = stack.pop() as PyObject;
      let pair: [PyObject, PyObject];
      try {
        pair = exceptionGroupMatch(interp, exc, t);
      } finally {
        heap.decref(t);
        heap.decref(exc);
      }
      const [rest, match] = pair;
      stack.push(rest, match);
      if (match !== rt.None) {
        heap.incref(match);
        heap.xdecref(frame.handled);
        frame.handled = match;
      }
      return;
    }
    case O.CALL_INTRINSIC_2: {
      if (arg !== INTRINSIC_2.PREP_RERAISE_STAR) {
        const b = stack[stack.length - 1] as PyObject;
        const a = stack[stack.length - 2] as PyObject;
        const out = typeParamIntrinsic2(interp, arg, a, b);
        if (!out) throw new UnsupportedError(`CALL_INTRINSIC_2 ${arg}`, frame.line);
        stack.length -= 2;
        heap.decref(b);
        heap.decref(a);
        stack.push(out);
        return;
      }
      const excs = stack.pop() as PyObject;
      const orig = stack.pop() as PyObject;
      try {
        stack.push(prepReraiseStar(interp, orig, excs));
      } finally {
        heap.decref(excs);
        heap.decref(orig);
      }
      return;
    }
    case O.RERAISE: {
      // The handler is looked up at this instruction; lasti (below) only serves the frame's line
      // for a traceback, which a re-raise does not extend.
      const exc = stack.pop() as PyObject;
      markReraise();
      throw new PyError(exc as PyBaseExceptionObject);
    }
    case O.LOAD_ASSERTION_ERROR:
      stack.push(interp.excType('AssertionError'));
      return;
  }
}

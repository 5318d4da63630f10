/**
 * The instructions of classes, attributes, `with` and `yield from` that need no frame switch
 * (Python/bytecodes.c, 3.12): STORE_ATTR, DELETE_ATTR, LOAD_BUILD_CLASS, LOAD_SUPER_ATTR,
 * LOAD_LOCALS + LOAD_FROM_DICT_OR_DEREF (class bodies reading a free variable), BEFORE_WITH,
 * WITH_EXCEPT_START, GET_YIELD_FROM_ITER, SEND to a non-generator, END_SEND and CLEANUP_THROW.
 * Each works on `frame.stack` with the loop's ownership rules (LOAD_* push new references,
 * operands are released after use).
 */
import { PyBaseExceptionObject } from '../../engine/objects/exceptionObject';
import { PyGenObject } from '../../engine/objects/genObject';
import type { PyCellObject } from '../../engine/objects/cellObject';
import type { PyObject } from '../../engine/objects/object';
import { PyTypeObject } from '../../engine/objects/typeObject';
import { dictGetItem, PyDictObject } from '../../engine/objects/dictObject';
import { Op as O } from './opcodeNumbers';
import { probeKey } from './namespace';
import { getIter, iterNext } from '../objects/abstract';
import { bindMethod } from '../objects/descriptorGet';
import { superGetAttr } from '../objects/classAttrs';
import { superCheckFailed } from '../objects/superObject';
import { typeLookup } from '../objects/typeLookup';
import type { Interp } from '../runtime/interp';
import { PyError } from '../runtime/pyError';
import { PyNativeObject } from '../modules/nativeObject';
import { callAny, prepareCall, type PreparedCall } from './callDispatch';
import type { Frame } from './frame';
import { setAttr } from '../objects/typeSlots';

/**
 * BEFORE_WITH: pushes the bound `__exit__` and prepares the `__enter__` call; a Python `__enter__`
 * gets a frame in the caller's loop (as CPython's does), so a thread can wait inside it
 * (threadScheduler.ts), and the loop pushes its result when it returns.
 */
export function beforeWith(interp: Interp, frame: Frame, isAsync = false): PreparedCall {
  const heap = interp.rt.heap;
  const mgr = frame.stack.pop() as PyObject;
  try {
    // BEFORE_ASYNC_WITH: the same with __aenter__/__aexit__ (the awaitable it pushes is awaited next).
    const enter = typeLookup(interp, mgr.type, isAsync ? '__aenter__' : '__enter__');
    const exit = typeLookup(interp, mgr.type, isAsync ? '__aexit__' : '__exit__');
    if (!enter || !exit) {
      interp.typeError(`'${mgr.type.name}' object does not support the ${isAsync ? 'asynchronous ' : ''}context manager protocol`);
    }
    frame.stack.push(bindMethod(interp, exit, mgr));
    return prepareCall(interp, enter, [mgr], null, frame);
  } finally {
    heap.decref(mgr);
  }
}

/** Runs one of the instructions above on `frame`; `markReraise` flags an exception as re-raised. */
export function classOp(interp: Interp, frame: Frame, op: number, arg: number, markReraise: () => void): void {
  const rt = interp.rt;
  const heap = rt.heap;
  const stack = frame.stack;
  const pop = (): PyObject => stack.pop() as PyObject;
  const names = frame.code.names;
  switch (op) {
    case O.STORE_ATTR: {
      const owner = pop();
      const v = pop();
      try {
        setAttr(interp, owner, names[arg], v);
      } finally {
        heap.decref(owner);
        heap.decref(v);
      }
      return;
    }
    case O.DELETE_ATTR: {
      const owner = pop();
      try {
        setAttr(interp, owner, names[arg], null);
      } finally {
        heap.decref(owner);
      }
      return;
    }
    case O.LOAD_BUILD_CLASS: {
      const f = interp.builtins.get('__build_class__');
      if (!f) interp.raise('NameError', '__build_class__ not found');
      heap.incref(f);
      stack.push(f);
      return;
    }
    case O.LOAD_SUPER_ATTR: {
      const self = pop();
      const cls = pop();
      const globalSuper = pop();
      try {
        if (!(cls instanceof PyTypeObject)) interp.typeError(`super() argument 1 must be a type, not ${cls.type.name}`);
        const isInstance = (self instanceof PyTypeObject && self.isSubtypeOf(cls)) || self.type.isSubtypeOf(cls);
        if (!isInstance) superCheckFailed(interp, cls, self);
        const found = superGetAttr(interp, cls, self, names[arg >> 2], (arg & 1) === 1);
        if (arg & 1) {
          if (found.method) {
            stack.push(found.value);
            heap.incref(self);
            stack.push(self);
          } else {
            stack.push(null);
            stack.push(found.value);
          }
        } else stack.push(found.method ? bindAndRelease(interp, found.value, self) : found.value);
      } finally {
        heap.decref(globalSuper);
        heap.decref(cls);
        heap.decref(self);
      }
      return;
    }
    case O.LOAD_LOCALS: {
      // A class body's namespace dict (also what an annotation scope's `__classdict__` holds).
      const ns = frame.locals?.dict ?? null;
      if (ns) heap.incref(ns);
      stack.push(ns ?? interp.none());
      return;
    }
    case O.LOAD_FROM_DICT_OR_DEREF: {
      const mapping = pop();
      const c = frame.code.code;
      const name = [...c.varnames, ...c.cellvars.filter((x) => !c.varnames.includes(x)), ...c.freevars][arg];
      let v = mapping instanceof PyDictObject ? dictGetItem(mapping, probeKey(interp.rt, name)) ?? null : null;
      heap.decref(mapping);
      if (!v) {
        v = (frame.localsplus[arg] as PyCellObject).contents;
        if (!v) interp.raise('NameError', `cannot access free variable '${name}' where it is not associated with a value in enclosing scope`);
      }
      heap.incref(v);
      stack.push(v);
      return;
    }
    case O.LOAD_FROM_DICT_OR_GLOBALS: {
      // An annotation scope in a class body: the class namespace, then globals and builtins.
      const mapping = pop();
      const name = frame.code.code.names[arg];
      const v = (mapping instanceof PyDictObject ? dictGetItem(mapping, probeKey(interp.rt, name)) : null)
        ?? frame.globals.get(name) ?? interp.builtins.get(name);
      heap.decref(mapping);
      if (!v) interp.raise('NameError', `name '${name}' is not defined`);
      heap.incref(v);
      stack.push(v);
      return;
    }
    case O.WITH_EXCEPT_START: {
      const exc = stack[stack.length - 1] as PyObject;
      const exit = stack[stack.length - 4] as PyObject;
      // exit(type(val), val, val.__traceback__), as CPython's WITH_EXCEPT_START.
      const tb = exc instanceof PyBaseExceptionObject ? exc.traceback : null;
      stack.push(callAny(interp, exit, [exc.type, exc, tb ?? rt.None]));
      return;
    }
    case O.GET_YIELD_FROM_ITER: {
      const v = stack[stack.length - 1] as PyObject;
      if (v instanceof PyGenObject) return;
      stack[stack.length - 1] = getIter(interp, v);
      heap.decref(v);
      return;
    }
    case O.SEND: {
      // A non-generator receiver: `next(it)` for None, else `it.send(v)`.
      const v = pop();
      const receiver = stack[stack.length - 1] as PyObject;
      let r: PyObject | null;
      try {
        // A native awaitable's tp_iternext may end with StopIteration(value): the await's value.
        if (v === rt.None && !(receiver instanceof PyNativeObject && receiver.next)) r = iterNext(interp, receiver);
        else if (v === rt.None) r = (receiver as PyNativeObject).next?.(interp) ?? null;
        else {
          const send = typeLookup(interp, receiver.type, 'send');
          if (!send) return interp.raise('AttributeError', `'${receiver.type.name}' object has no attribute 'send'`);
          r = callAny(interp, send, [receiver, v]);
        }
      } catch (e) {
        if (!(e instanceof PyError && e.exc.type.isSubtypeOf(interp.excType('StopIteration')))) throw e;
        const value = e.exc.extra[0] ?? rt.None;
        heap.incref(value);
        heap.decref(e.exc);
        stack.push(value);
        frame.pc = arg;
        return;
      } finally {
        heap.decref(v);
      }
      if (r === null) {
        stack.push(interp.none());
        frame.pc = arg;
      } else stack.push(r);
      return;
    }
    case O.END_SEND: {
      const v = pop();
      heap.decref(pop());
      stack.push(v);
      return;
    }
    case O.CLEANUP_THROW: {
      const exc = pop();
      if (exc instanceof PyBaseExceptionObject && exc.type.isSubtypeOf(interp.excType('StopIteration'))) {
        heap.decref(pop());
        heap.decref(pop());
        const value = exc.extra[0] ?? rt.None;
        heap.incref(value);
        heap.decref(exc);
        stack.push(interp.none());
        stack.push(value);
        return;
      }
      markReraise();
      throw new PyError(exc as PyBaseExceptionObject);
    }
    default:
      throw new Error(`classOp: unexpected opcode ${op}`);
  }
}

function bindAndRelease(interp: Interp, func: PyObject, self: PyObject): PyObject {
  const m = bindMethod(interp, func, self);
  interp.rt.heap.decref(func);
  return m;
}

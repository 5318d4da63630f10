/**
 * Functions and the cells of their closures (Python/bytecodes.c, 3.12): MAKE_FUNCTION (with its
 * defaults, keyword defaults, annotations and closure tuple, in the stack order oparg's bits 1, 2,
 * 4, 8 say), MAKE_CELL (a local captured by an inner function becomes a cell holding it),
 * COPY_FREE_VARS (a closure's cells copied into the frame's free-variable slots), LOAD_CLOSURE,
 * LOAD_DEREF, STORE_DEREF and DELETE_DEREF. Slots are `localsplus` indices: varnames, then cells that are not
 * parameters, then free variables.
 */
import type { PyCellObject } from '../../engine/objects/cellObject';
import { newCell } from '../../engine/objects/cellObject';
import { newFunction } from '../../engine/objects/funcObject';
import type { PyObject } from '../../engine/objects/object';
import type { PyTupleObject } from '../../engine/objects/tupleObject';
import { intern as internStr, newStr, PyUnicodeObject } from '../../engine/objects/unicodeObject';
import type { Interp } from '../runtime/interp';
import type { FunctionCode } from './callables';
import type { Frame } from './frame';
import type { PyCodeObject } from './loadedCode';
import { Op as O } from './opcodeNumbers';

/** Runs one of the instructions above on `frame`. */
export function closureOp(interp: Interp, frame: Frame, op: number, arg: number): void {
  const heap = interp.rt.heap;
  const stack = frame.stack;
  const locals = frame.localsplus;
  switch (op) {
    case O.MAKE_FUNCTION:
      stack.push(makeFunction(interp, frame, arg));
      return;
    case O.MAKE_CELL:
      locals[arg] = newCell(interp.rt, locals[arg]);
      return;
    case O.COPY_FREE_VARS: {
      const closure = (frame.func?.refs.closure as PyTupleObject | null)?.items ?? [];
      const offset = frame.code.nlocalsplus - arg;
      for (let i = 0; i < arg; i++) {
        heap.incref(closure[i]);
        locals[offset + i] = closure[i];
      }
      return;
    }
    case O.LOAD_CLOSURE: {
      const v = locals[arg] as PyObject;
      heap.incref(v);
      stack.push(v);
      return;
    }
    case O.LOAD_DEREF: {
      const v = (locals[arg] as PyCellObject).contents;
      if (v === null) unboundDeref(interp, frame, arg);
      heap.incref(v);
      stack.push(v);
      return;
    }
    case O.DELETE_DEREF: {
      // `del x` of a variable an inner function captures: the cell stays, emptied.
      const cell = locals[arg] as PyCellObject;
      const old = cell.contents;
      if (old === null) unboundDeref(interp, frame, arg);
      cell.contents = null;
      heap.decref(old);
      return;
    }
    case O.STORE_DEREF: {
      const cell = locals[arg] as PyCellObject;
      const old = cell.contents;
      cell.contents = stack.pop() as PyObject;
      heap.xdecref(old);
      return;
    }
  }
}

/** MAKE_FUNCTION: pops the code object and what oparg announces; the function (a new reference). */
function makeFunction(interp: Interp, frame: Frame, arg: number): PyObject {
  const rt = interp.rt;
  const stack = frame.stack;
  const codeObj = stack.pop() as PyCodeObject;
  const closure = arg & 8 ? stack.pop() as PyObject : null;
  // The flat (name, value, ...) tuple; func_get_annotations makes the dict on first use.
  const annotations = arg & 4 ? stack.pop() as PyObject : null;
  const kwdefaults = arg & 2 ? stack.pop() as PyObject : null;
  const defaults = arg & 1 ? stack.pop() as PyObject : null;
  const loaded = codeObj.loaded;
  const fc: FunctionCode = { loaded, globals: frame.globals };
  const qualname = intern(rt, loaded.code.qualname);
  const name = intern(rt, loaded.code.name);
  // PyFunction_New: the docstring is co_consts[0] when it is a str (3.11-3.13).
  const first = loaded.consts[0];
  const doc = first instanceof PyUnicodeObject ? first : rt.None;
  rt.heap.incref(doc);
  // func_globals: a strong reference, so a module's functions and its dict form a cycle (what
  // makes the dict cyclic garbage at interpreter exit).
  const globals = frame.globals.dict;
  rt.heap.incref(globals);
  const f = newFunction(rt, fc, { globals, defaults, kwdefaults, closure, qualname, name, doc, annotations });
  rt.heap.decref(codeObj);
  return f;
}

/** The name of `localsplus` slot `index`, for the unbound free variable's NameError. */
/**
 * `format_exc_unbound`: an empty cell of this frame's own variable is an UnboundLocalError, an
 * empty free variable (the enclosing function's cell) a NameError.
 */
function unboundDeref(interp: Interp, frame: Frame, index: number): never {
  const name = localName(frame, index);
  const c = frame.code.code;
  const firstFree = c.varnames.length + c.cellvars.filter((x) => !c.varnames.includes(x)).length;
  if (index < firstFree) interp.raise('UnboundLocalError', `cannot access local variable '${name}' where it is not associated with a value`);
  return interp.raise('NameError', `cannot access free variable '${name}' where it is not associated with a value in enclosing scope`);
}

function localName(frame: Frame, index: number): string {
  const c = frame.code.code;
  const cells = c.cellvars.filter((x) => !c.varnames.includes(x));
  return [...c.varnames, ...cells, ...c.freevars][index] ?? '?';
}

/** A code object's name, interned as CPython's code objects hold their names. */
function intern(rt: Interp['rt'], s: string): PyObject {
  return internStr(rt, newStr(rt, s));
}

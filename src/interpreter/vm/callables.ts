/**
 * Calling: built-in (native) functions and methods, and Python functions, whose arguments are
 * bound into a new frame's fast locals as `_PyEval_MakeFrameVector` / `initialize_locals` do:
 * positionals, then keywords by name, then defaults; extra positionals into `*args` (a tuple).
 */
import { PyCFunctionObject } from '../../engine/objects/nativeObject';
import { PyFunctionObject } from '../../engine/objects/funcObject';
import type { PyObject } from '../../engine/objects/object';
import { newTuple, PyTupleObject } from '../../engine/objects/tupleObject';
import { CO_FLAGS } from '../compiler/codeObject';
import type { Interp } from '../runtime/interp';
import { Frame } from './frame';
import type { LoadedCode } from './loadedCode';

/** A native implementation: borrows `args`, returns a new reference. `self` is bound for methods. */
export type NativeImpl = (interp: Interp, args: PyObject[], kwnames: string[] | null) => PyObject;

/** The state a function's frame needs from the function. */
export interface FunctionCode {
  loaded: LoadedCode;
  globals: Map<string, PyObject>;
}

/** Calls a native callable (built-in function or built-in method bound to `self`). */
export function callNative(interp: Interp, f: PyCFunctionObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const impl = f.impl as NativeImpl;
  return f.self ? impl(interp, [f.self, ...args], kwnames) : impl(interp, args, kwnames);
}

/**
 * A frame for calling Python function `f` with `args` (borrowed; `kwnames` name the last ones).
 * References are taken for what is stored in the frame.
 */
export function makeFunctionFrame(interp: Interp, f: PyFunctionObject, args: PyObject[], kwnames: string[] | null, previous: Frame | null): Frame {
  const fc = f.code as FunctionCode;
  const code = fc.loaded.code;
  const heap = interp.rt.heap;
  const frame = new Frame(fc.loaded, fc.globals, null, f, previous);
  const locals = frame.localsplus;
  const nkw = kwnames ? kwnames.length : 0;
  const npos = args.length - nkw;
  const argcount = code.argcount;
  const total = argcount + code.kwonlyargcount;
  const hasVarargs = (code.flags & CO_FLAGS.VARARGS) !== 0;
  const name = code.qualname;
  if (npos > argcount && !hasVarargs) {
    const given = npos;
    interp.typeError(`${name}() takes ${argcount} positional argument${argcount === 1 ? '' : 's'} but ${given} ${given === 1 ? 'was' : 'were'} given`);
  }
  for (let i = 0; i < Math.min(npos, argcount); i++) {
    heap.incref(args[i]);
    locals[i] = args[i];
  }
  if (hasVarargs) {
    const extra = args.slice(argcount, npos);
    for (const x of extra) heap.incref(x);
    locals[total] = newTuple(interp.rt, extra);
  }
  for (let k = 0; k < nkw; k++) {
    const kw = (kwnames as string[])[k];
    const index = code.varnames.indexOf(kw);
    if (index < 0 || index >= total || index < code.posonlyargcount) interp.typeError(`${name}() got an unexpected keyword argument '${kw}'`);
    if (locals[index] !== null) interp.typeError(`${name}() got multiple values for argument '${kw}'`);
    const v = args[npos + k];
    heap.incref(v);
    locals[index] = v;
  }
  const defaults = f.refs.defaults instanceof PyTupleObject ? f.refs.defaults.items : [];
  const firstDefault = argcount - defaults.length;
  const missing: string[] = [];
  for (let i = 0; i < argcount; i++) {
    if (locals[i] !== null) continue;
    if (i >= firstDefault) {
      const d = defaults[i - firstDefault];
      heap.incref(d);
      locals[i] = d;
    } else missing.push(code.varnames[i]);
  }
  if (missing.length > 0) {
    const names = missing.map((m) => `'${m}'`);
    const list = names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
    interp.typeError(`${name}() missing ${missing.length} required positional argument${missing.length === 1 ? '' : 's'}: ${list}`);
  }
  for (let i = argcount; i < total; i++) {
    if (locals[i] === null) interp.typeError(`${name}() missing 1 required keyword-only argument: '${code.varnames[i]}'`);
  }
  return frame;
}

/** Whether `o` can be called by the eval loop. */
export function isCallable(o: PyObject): boolean {
  return o instanceof PyCFunctionObject || o instanceof PyFunctionObject;
}

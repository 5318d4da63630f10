/**
 * Calling: built-in (native) functions and methods, and Python functions, whose arguments are
 * bound into a new frame's fast locals as `initialize_locals` (Python/ceval.c 3.12) does: the
 * `**kwargs` dict first (PyDict_New), positionals, extra positionals into `*args` (a tuple),
 * keywords by name (unknown ones into `**kwargs`), then defaults and keyword-only defaults
 * (`__kwdefaults__`, a dict).
 */
import { PyCFunctionObject } from '../../engine/objects/nativeObject';
import { PyFunctionObject } from '../../engine/objects/funcObject';
import type { PyObject } from '../../engine/objects/object';
import { newTuple, PyTupleObject } from '../../engine/objects/tupleObject';
import { PyUnicodeObject } from '../../engine/objects/unicodeObject';
import { CO_FLAGS } from '../compiler/codeObject';
import { dictGetItem, dictSetItem, newDict, PyDictObject } from '../../engine/objects/dictObject';
import { hashedKey } from '../objects/hashKey';
import { internName } from '../objects/typeLookup';
import type { Interp } from '../runtime/interp';
import { Frame } from './frame';
import type { LoadedCode } from './loadedCode';
import type { Namespace } from './namespace';
import { missingArguments } from '../builtins/args';

/** A native implementation: borrows `args`, returns a new reference. `self` is bound for methods. */
export type NativeImpl = (interp: Interp, args: PyObject[], kwnames: string[] | null) => PyObject;

/** The state a function's frame needs from the function. */
export interface FunctionCode {
  loaded: LoadedCode;
  globals: Namespace;
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
  const heap = interp.rt.heap;
  const frame = new Frame(fc.loaded, fc.globals, null, f, previous);
  try {
    bindArguments(interp, f, frame.localsplus, args, kwnames);
  } catch (e) {
    // What was bound belongs to the frame, which is dropped (`clear_thread_frame`).
    for (const v of frame.localsplus) heap.xdecref(v);
    frame.localsplus.fill(null);
    throw e;
  }
  return frame;
}

function bindArguments(interp: Interp, f: PyFunctionObject, locals: (PyObject | null)[], args: PyObject[], kwnames: string[] | null): void {
  const loaded = (f.code as FunctionCode).loaded;
  const code = loaded.code;
  const heap = interp.rt.heap;
  const nkw = kwnames ? kwnames.length : 0;
  const npos = args.length - nkw;
  const argcount = code.argcount;
  if (nkw === 0 && npos === loaded.plainArgcount) {
    // The common call: exactly the positional parameters, nothing else to bind or check.
    for (let i = 0; i < argcount; i++) {
      heap.incref(args[i]);
      locals[i] = args[i];
    }
    return;
  }
  const total = argcount + code.kwonlyargcount;
  const hasVarargs = (code.flags & CO_FLAGS.VARARGS) !== 0;
  const defaults = f.refs.defaults instanceof PyTupleObject ? f.refs.defaults.items : [];
  const kwdict = (code.flags & CO_FLAGS.VARKEYWORDS) !== 0 ? newDict(interp.rt) : null;
  if (kwdict) locals[total + (hasVarargs ? 1 : 0)] = kwdict;
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
    const v = args[npos + k];
    if (index < 0 || index >= total || index < code.posonlyargcount) {
      if (!kwdict) {
        // positional_only_passed_as_keyword: any positional-only name among the keywords is named instead.
        const posonly = (kwnames as string[]).filter((n) => code.varnames.slice(0, code.posonlyargcount).includes(n));
        if (posonly.length) interp.typeError(`${qualname(f)}() got some positional-only arguments passed as keyword arguments: '${posonly.join(', ')}'`);
        interp.typeError(`${qualname(f)}() got an unexpected keyword argument '${kw}'`);
      }
      const key = internName(interp, kw);
      heap.incref(key);
      heap.incref(v);
      dictSetItem(interp.rt, kwdict, hashedKey(interp, key), v);
      continue;
    }
    if (locals[index] !== null) interp.typeError(`${qualname(f)}() got multiple values for argument '${kw}'`);
    heap.incref(v);
    locals[index] = v;
  }
  if (npos > argcount && !hasVarargs) tooManyPositional(interp, qualname(f), code.argcount, defaults.length, npos, locals.slice(argcount, total).filter((v) => v !== null).length);
  const firstDefault = argcount - defaults.length;
  // Built only when an argument is missing: most calls reaching here bind them all.
  let missing: string[] | null = null;
  for (let i = 0; i < argcount; i++) {
    if (locals[i] !== null) continue;
    if (i >= firstDefault) {
      const d = defaults[i - firstDefault];
      heap.incref(d);
      locals[i] = d;
    } else (missing ??= []).push(code.varnames[i]);
  }
  if (missing !== null) missingArguments(interp, qualname(f), 'positional', missing);
  const kwdefaults = f.refs.kwdefaults instanceof PyDictObject ? f.refs.kwdefaults : null;
  for (let i = argcount; i < total; i++) {
    if (locals[i] !== null) continue;
    const d = kwdefaults ? dictGetItem(kwdefaults, hashedKey(interp, internName(interp, code.varnames[i]))) : null;
    if (!d) (missing ??= []).push(code.varnames[i]);
    else {
      heap.incref(d);
      locals[i] = d;
    }
  }
  if (missing !== null) missingArguments(interp, qualname(f), 'keyword-only', missing);
}

/** The name binding errors give: the function's `__qualname__` (a dataclass's `Point.__init__`), not its code's. */
function qualname(f: PyFunctionObject): string {
  const q = f.refs.qualname;
  return q instanceof PyUnicodeObject ? q.value : (f.code as FunctionCode).loaded.code.qualname;
}

/** `too_many_positional` (Python/ceval.c). */
function tooManyPositional(interp: Interp, name: string, argcount: number, ndefaults: number, given: number, kwonlyGiven: number): never {
  const takes = ndefaults > 0 ? `from ${argcount - ndefaults} to ${argcount}` : `${argcount}`;
  const plural = ndefaults > 0 || argcount !== 1 ? 's' : '';
  const kwonly = kwonlyGiven ? ` positional argument${given !== 1 ? 's' : ''} (and ${kwonlyGiven} keyword-only argument${kwonlyGiven !== 1 ? 's' : ''})` : '';
  return interp.typeError(`${name}() takes ${takes} positional argument${plural} but ${given}${kwonly} ${given === 1 && !kwonlyGiven ? 'was' : 'were'} given`);
}

/** Whether `o` can be called by the eval loop. */
export function isCallable(o: PyObject): boolean {
  return o instanceof PyCFunctionObject || o instanceof PyFunctionObject;
}

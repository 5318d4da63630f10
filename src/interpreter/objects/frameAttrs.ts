/**
 * The attributes scripts read on tracebacks, frames and code objects (Python/traceback.c
 * `tb_getsetters`/`tb_memberlist`, Objects/frameobject.c `frame_getsetlist`, Objects/codeobject.c
 * `code_memberlist`), and an exception's `__traceback__`, `__context__`, `__cause__`.
 *
 * Obscurity: `f_locals` of a function frame is a fresh dict snapshot here; 3.11/3.12 cache one dict
 * in the frame (`PyFrame_FastToLocalsWithError`) and 3.13 returns a `FrameLocalsProxy`.
 */
import { dictSetItem, newDict } from '../../engine/objects/dictObject';
import { PyBaseExceptionObject } from '../../engine/objects/exceptionObject';
import { PyFrameObject, PyTracebackObject } from '../../engine/objects/frameObject';
import { newInt } from '../../engine/objects/longObject';
import type { PyObject } from '../../engine/objects/object';
import { PyCellObject } from '../../engine/objects/cellObject';
import { newTuple } from '../../engine/objects/tupleObject';
import { intern, newStr } from '../../engine/objects/unicodeObject';
import type { Interp } from '../runtime/interp';
import type { Frame } from '../vm/frame';
import type { LoadedCode} from '../vm/loadedCode';
import { PyCodeObject } from '../vm/loadedCode';
import { nameKey } from '../vm/namespace';
import { frameObjectOf } from '../vm/tracebackHere';
import type { FoundAttr } from './typeLookup';

/** The code object of a frame's code (the module's and functions' codes are made on request). */
export function codeObjectOf(interp: Interp, code: LoadedCode): PyCodeObject {
  if (code.codeObject) return code.codeObject;
  const rt = interp.rt;
  return (code.codeObject = rt.staticObject(new PyCodeObject(interp.codeType, rt.heap.staticAddress(rt.profile.codeBasicSize), code)));
}

/** An attribute of a traceback, frame, code object or exception this file serves, or null. */
export function frameGetAttr(interp: Interp, owner: PyObject, name: string): FoundAttr | null {
  const rt = interp.rt;
  const found = (v: PyObject | null, owned = false): FoundAttr => {
    const value = v ?? rt.None;
    if (!owned) rt.heap.incref(value);
    return { value, method: false };
  };
  if (owner instanceof PyCellObject) {
    // cell_get_contents: an empty cell (a free variable not yet bound) is a ValueError.
    if (name !== 'cell_contents') return null;
    if (owner.contents === null) interp.raise('ValueError', 'Cell is empty');
    return found(owner.contents);
  }
  if (owner instanceof PyBaseExceptionObject) {
    if (name === '__traceback__') return found(owner.traceback);
    if (name === '__context__') return found(owner.context);
    if (name === '__cause__') return found(owner.cause);
    if (name === '__suppress_context__') return found(interp.bool(owner.suppressContext));
    return null;
  }
  if (owner instanceof PyTracebackObject) {
    switch (name) {
      case 'tb_next': return found(owner.next);
      case 'tb_frame': return found(owner.frame);
      case 'tb_lineno': return found(newInt(rt, owner.lineno), true);
      case 'tb_lasti': return found(newInt(rt, owner.lasti), true);
      default: return null;
    }
  }
  if (owner instanceof PyFrameObject) return frameAttr(interp, owner, name, found);
  if (owner instanceof PyCodeObject) return codeAttr(interp, owner.loaded, name, found);
  return null;
}

function frameAttr(interp: Interp, f: PyFrameObject, name: string, found: (v: PyObject | null, owned?: boolean) => FoundAttr): FoundAttr | null {
  const rt = interp.rt;
  const frame = f.frame as Frame;
  switch (name) {
    case 'f_code': return found(codeObjectOf(interp, frame.code));
    // A generator frame not started yet is before its first line: CPython reports co_firstlineno.
    case 'f_lineno': return found(newInt(rt, frame.code.sourceLines[Math.max(0, frame.pc - 1)] || frame.code.code.firstlineno), true);
    case 'f_lasti': return found(newInt(rt, Math.max(0, frame.pc - 1) * 2), true);
    case 'f_globals': return found(frame.globals.dict);
    case 'f_back': {
      if (f.back || f.owned) return found(f.back);
      return found(frame.previous ? frameObjectOf(interp, frame.previous) : null);
    }
    case 'f_locals': {
      if (frame.locals) return found(frame.locals.dict);
      return found(localsSnapshot(interp, frame), true);
    }
    default: return null;
  }
}

/** A dict of the frame's bound fast locals, cells and free variables (`_PyFrame_GetLocals`). */
function localsSnapshot(interp: Interp, frame: Frame): PyObject {
  const rt = interp.rt;
  const c = frame.code.code;
  const names = [...c.varnames, ...c.cellvars.filter((x) => !c.varnames.includes(x)), ...c.freevars];
  const d = newDict(rt);
  frame.localsplus.forEach((v, i) => {
    const value = v instanceof PyCellObject ? v.contents : v;
    if (!value || names[i] === undefined) return;
    const k = nameKey(rt, names[i]);
    rt.heap.incref(k.key);
    rt.heap.incref(value);
    dictSetItem(rt, d, k, value);
  });
  return d;
}

const constsTuples = new WeakMap<LoadedCode, PyObject>();

/** `co_consts`: one tuple per code object, made on the first read and kept (as CPython's is). */
function constsTuple(interp: Interp, code: LoadedCode): PyObject {
  let t = constsTuples.get(code);
  if (!t) {
    for (const c of code.consts) interp.rt.heap.incref(c);
    t = newTuple(interp.rt, [...code.consts]);
    constsTuples.set(code, t);
  }
  return t;
}

function codeAttr(interp: Interp, code: LoadedCode, name: string, found: (v: PyObject | null, owned?: boolean) => FoundAttr): FoundAttr | null {
  const rt = interp.rt;
  const str = (s: string): FoundAttr => found(rt.interned.get(s) ?? intern(rt, newStr(rt, s)));
  // A new tuple of the interned names (code_getvarnames and friends build it on each read).
  const names = (list: string[]) => newTuple(rt, list.map((v) => { const s = rt.interned.get(v) ?? intern(rt, newStr(rt, v)); rt.heap.incref(s); return s; }));
  switch (name) {
    case 'co_name': return str(code.code.name);
    case 'co_qualname': return str(code.code.qualname);
    case 'co_filename': return str(code.code.filename);
    case 'co_firstlineno': return found(newInt(rt, code.code.firstlineno), true);
    case 'co_stacksize': return found(newInt(rt, code.code.stacksize), true);
    case 'co_nlocals': return found(newInt(rt, code.code.varnames.length), true);
    case 'co_argcount': return found(newInt(rt, code.code.argcount), true);
    case 'co_posonlyargcount': return found(newInt(rt, code.code.posonlyargcount), true);
    case 'co_kwonlyargcount': return found(newInt(rt, code.code.kwonlyargcount), true);
    case 'co_flags': return found(newInt(rt, code.code.flags), true);
    case 'co_consts': return found(constsTuple(interp, code));
    case 'co_varnames': return found(names(code.code.varnames), true);
    case 'co_cellvars': return found(names(code.code.cellvars), true);
    case 'co_freevars': return found(names(code.code.freevars), true);
    default: return null;
  }
}

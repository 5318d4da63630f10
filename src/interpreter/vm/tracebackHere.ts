/**
 * Frame objects and traceback entries made while an exception unwinds (Python/ceval.c `error:`,
 * Python/traceback.c `PyTraceBack_Here`, Python/frame.c `_PyFrame_ClearExceptCode`/`take_ownership`):
 *
 *   raise in f         f's frame object (allocated, untracked), then a traceback entry pointing at
 *                      it; the entry becomes the exception's `__traceback__`, the old one its tb_next
 *   f finishes         its frame object is still referenced (by the entry): it takes f's locals and
 *                      function over, links f_back to the caller's frame object (materialising it,
 *                      charged to the caller's line) and becomes tracked
 *   the caller         gets its own entry (its frame object already exists)
 *
 * A frame object nobody else holds dies with its frame. The module frame's object, once made,
 * lives until the run ends.
 */
import { PyBaseExceptionObject } from '../../engine/objects/exceptionObject';
import type { PyObject } from '../../engine/objects/object';
import type { PyFrameObject} from '../../engine/objects/frameObject';
import { newFrameObject, newTraceback, PyTracebackObject } from '../../engine/objects/frameObject';
import type { Interp } from '../runtime/interp';
import type { TracebackEntry } from './unwind';
import type { Frame } from './frame';
import { clearFrameRefs } from './generators';

/** `_PyFrame_GetFrameObject`: the frame's object, made on first request (borrowed). */
export function frameObjectOf(interp: Interp, frame: Frame): PyFrameObject {
  if (frame.frameObj) return frame.frameObj;
  const f = newFrameObject(interp.rt, frame, frame.code.nlocalsplus + frame.code.code.stacksize);
  frame.frameObj = f;
  return f;
}

/** `PyTraceBack_Here` for the instruction at `pc` of `frame`: `exc.__traceback__` gains an entry. */
export function tracebackHere(interp: Interp, frame: Frame, exc: PyBaseExceptionObject, pc: number): void {
  const rt = interp.rt;
  const line = frame.code.sourceLines[pc];
  if (frame.code.lines[pc] > 0) rt.heap.line = line;
  const f = frameObjectOf(interp, frame);
  rt.heap.incref(f);
  const old = exc.traceback instanceof PyTracebackObject ? exc.traceback : null;
  if (exc.traceback && !old) rt.heap.decref(exc.traceback);
  exc.traceback = newTraceback(rt, old, f, pc * 2, line, pc);
}

/**
 * `_PyFrame_ClearExceptCode`'s first step: drops the frame's reference to its object. True when
 * the object lives on and took the frame's data over (the caller must not release it).
 */
export function detachFrameObject(interp: Interp, frame: Frame): boolean {
  const f = frame.frameObj;
  if (!f) return false;
  const heap = interp.rt.heap;
  frame.frameObj = null;
  if (f.refcnt > 1) {
    takeOwnership(interp, f, frame);
    heap.decref(f);
    return true;
  }
  heap.decref(f);
  return false;
}

function takeOwnership(interp: Interp, f: PyFrameObject, frame: Frame): void {
  const heap = interp.rt.heap;
  f.owned = {
    traverse: (visit) => {
      for (const v of frame.stack) if (v) visit(v);
      for (const v of frame.localsplus) if (v) visit(v);
      if (frame.func) visit(frame.func);
    },
    clear: () => clearFrameRefs(interp, frame),
  };
  const prev = frame.previous;
  if (prev) {
    const outer = heap.line;
    const line = prev.code.lines[Math.max(0, prev.pc - 1)];
    if (line > 0) heap.line = line;
    const back = frameObjectOf(interp, prev);
    heap.incref(back);
    f.back = back;
    heap.line = outer;
  }
  if (f.gcNext === null) heap.gc.track(f);
}

/**
 * Entries of library frames written in Python in CPython but not simulated as frames (asyncio.run's
 * runners.py and base_events.py), printed just before the entry they are attached to.
 */
const libraryEntries = new WeakMap<PyTracebackObject, TracebackEntry[]>();

/** Prints `entries` before `tb`'s own entry in every traceback that reaches it. */
export function attachLibraryEntries(tb: PyTracebackObject, entries: TracebackEntry[]): void {
  libraryEntries.set(tb, entries);
}

/** The entries of a traceback chain, outermost first, for printing. */
export function tracebackEntries(tb: PyTracebackObject | null): TracebackEntry[] {
  const out: TracebackEntry[] = [];
  for (let t = tb; t; t = t.next) {
    const library = libraryEntries.get(t);
    if (library) out.push(...library);
    const frame = t.frame?.frame as Frame | undefined;
    if (!frame) continue;
    const code = frame.code.code;
    const ins = code.instructions[t.pc];
    const range = ins ? { line: ins.lineno, endLine: ins.endLineno, col: ins.colOffset, endCol: ins.endColOffset } : undefined;
    out.push({ filename: code.filename, line: t.lineno, name: code.name, range });
  }
  return out;
}

/** The exception being handled in `frame` or, failing that, in its callers (`sys.exception()`). */
export function handledException(frame: Frame | null): PyBaseExceptionObject | null {
  for (let f: Frame | null = frame; f; f = f.previous) if (f.handled) return f.handled as PyBaseExceptionObject;
  return null;
}

/**
 * `_PyErr_SetObject`'s chaining: an exception raised while `handled` is being handled gets it as
 * `__context__`, after any link back to `exc` in handled's context chain is cut (no new cycles).
 */
export function chainContext(interp: Interp, exc: PyBaseExceptionObject, handled: PyBaseExceptionObject | null): void {
  if (!handled || handled === exc) return;
  const heap = interp.rt.heap;
  for (let o: PyBaseExceptionObject = handled; o.context;) {
    const next = o.context as PyBaseExceptionObject;
    if (next === exc) {
      o.context = null;
      heap.decref(next);
      break;
    }
    o = next;
  }
  heap.incref(handled);
  const old = exc.context;
  exc.context = handled;
  heap.xdecref(old);
}

/** `raise exc from cause` (`do_raise`): `cause` (stolen; None clears it) and suppressed context. */
export function setCause(interp: Interp, exc: PyBaseExceptionObject, cause: PyObject): void {
  const rt = interp.rt;
  let value: PyObject | null = cause;
  if (cause === rt.None) {
    rt.heap.decref(cause);
    value = null;
  } else if (!(cause instanceof PyBaseExceptionObject)) {
    value = interp.toException(cause);
  }
  const old = exc.cause;
  exc.cause = value;
  exc.suppressContext = true;
  rt.heap.xdecref(old);
}

/**
 * The interpreter's own warnings (CPython's C code calling `PyErr_WarnEx` / `PyErr_WarnFormat`):
 * `~True`, `__index__` returning a bool, `bool(NotImplemented)`, `datetime.utcnow()`...
 *
 *   native asks          warnFromNative(interp, 'DeprecationWarning', text, stacklevel)
 *   the frame            the innermost running eval loop's frame (the Python code that called the
 *                        native), `stacklevel - 1` callers up (outer loops continue the chain);
 *                        frames standing for C code (hidden from tracebacks) are skipped
 *   then                 the live warnings module's `_warn_c` with that frame's globals, filename
 *                        and line: the filters, `__warningregistry__`, `showwarning` and "error"
 *                        exactly as `warnings.warn` called from that frame
 *
 * Nothing runs until a warning is issued: the hot paths only test their condition. The module is
 * imported on the first warning (CPython 3.12+ imports warnings.py then too; 3.11 had it already).
 * An "error" action's exception propagates from here, i.e. from the native, as CPython's does.
 */
import { newInt } from '../../engine/objects/longObject';
import type { PyObject } from '../../engine/objects/object';
import { newStr } from '../../engine/objects/unicodeObject';
import type { Interp } from '../runtime/interp';
import { callAny } from '../vm/callDispatch';
import type { Frame } from '../vm/frame';

/**
 * The Python frame `stacklevel` levels up from the running code (1: the running frame), or null;
 * past level 1, frames `skipped` names (warn's `skip_file_prefixes`) do not count.
 */
export function warningFrame(interp: Interp, stacklevel: number, skipped?: (filename: string) => boolean): Frame | null {
  const loops = interp.runningLoops;
  let loop = loops.length - 1;
  let frame = loop >= 0 ? (loops[loop].frame as Frame | null) : null;
  const up = (): void => {
    frame = frame ? frame.previous : null;
    while (!frame && loop > 0) frame = loops[--loop].frame as Frame | null;
  };
  while (frame && frame.code.hiddenInTraceback) up();
  for (let level = stacklevel; level > 1 && frame; level--) {
    up();
    while (frame && (frame.code.hiddenInTraceback || skipped?.(frame.code.code.filename))) up();
  }
  return frame;
}

/** The line `frame` is running (`f_lineno`). */
export function frameLine(frame: Frame): number {
  return frame.code.sourceLines[Math.max(0, frame.pc - 1)];
}

/** `PyErr_WarnEx(category, message, stacklevel)` (`source`: PyErr_WarnExplicitObject's): shows, records, ignores or raises the warning. */
export function warnFromNative(interp: Interp, category: string, message: string, stacklevel = 1, source: PyObject | null = null): void {
  const rt = interp.rt;
  const heap = rt.heap;
  const frame = warningFrame(interp, stacklevel);
  const module = interp.importModule('warnings');
  const { value: warnC } = interp.getAttr(module, '_warn_c', false);
  heap.decref(module);
  const args: PyObject[] = [newStr(rt, message), interp.excType(category)];
  heap.incref(args[1]);
  if (frame) {
    heap.incref(frame.globals.dict);
    args.push(frame.globals.dict, newStr(rt, frame.code.code.filename), newInt(rt, frameLine(frame)));
  } else {
    args.push(interp.none(), interp.none(), newInt(rt, 0));
  }
  if (source) {
    heap.incref(source);
    args.push(source);
  }
  try {
    heap.decref(callAny(interp, warnC, args));
  } finally {
    for (const a of args) heap.decref(a);
    heap.decref(warnC);
  }
}

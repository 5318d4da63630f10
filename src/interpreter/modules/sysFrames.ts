/**
 * The `sys` functions that look at the calling frame (Python/sysmodule.c): `exc_info()` (the type,
 * the exception and its `__traceback__` of the exception being handled), `exception()` (3.11+),
 * and `_getframe(depth)` (materialising the frame object, as `_PyFrame_GetFrameObject`).
 */
import { PyLongObject } from '../../engine/objects/longObject';
import { newTuple } from '../../engine/objects/tupleObject';
import type { Interp } from '../runtime/interp';
import { frameNative } from '../vm/frameNatives';
import type { NativeImpl } from '../vm/callables';
import type { Frame } from '../vm/frame';
import { frameObjectOf, handledException } from '../vm/tracebackHere';

function noArgs(interp: Interp, name: string, args: unknown[], kwnames: string[] | null): void {
  if (kwnames && kwnames.length) interp.typeError(`${name}() takes no keyword arguments`);
  if (args.length) interp.typeError(`${name}() takes no arguments (${args.length} given)`);
}

/** `exc_info`, `exception`, `_getframe`. */
export function sysFrameFunctions(): Record<string, NativeImpl> {
  return {
    exc_info: frameNative((i, args, kw, caller) => {
      noArgs(i, 'exc_info', args, kw);
      const heap = i.rt.heap;
      const exc = handledException(caller);
      const items = exc ? [exc.type, exc, exc.traceback ?? i.rt.None] : [i.rt.None, i.rt.None, i.rt.None];
      for (const x of items) heap.incref(x);
      return newTuple(i.rt, items);
    }),
    exception: frameNative((i, args, kw, caller) => {
      noArgs(i, 'exception', args, kw);
      const exc = handledException(caller) ?? i.rt.None;
      i.rt.heap.incref(exc);
      return exc;
    }),
    _getframe: frameNative((i, args, kw, caller) => {
      if (kw && kw.length) i.typeError('_getframe() takes no keyword arguments');
      if (args.length > 1) i.typeError(`_getframe expected at most 1 argument, got ${args.length}`);
      const d = args[0];
      if (d !== undefined && !(d instanceof PyLongObject)) i.typeError(`'${d.type.name}' object cannot be interpreted as an integer`);
      let frame: Frame | null = caller;
      for (let n = d ? Number((d as PyLongObject).value) : 0; n > 0 && frame; n--) frame = frame.previous;
      if (!frame) return i.raise('ValueError', 'call stack is not deep enough');
      const f = frameObjectOf(i, frame);
      i.rt.heap.incref(f);
      return f;
    }),
  };
}

/**
 * `_asyncio.Future` and `_asyncio.Task` (C types in CPython, so native objects here): the state
 * machine (pending → finished | cancelled), the done callbacks (each scheduled with `call_soon`
 * when the future completes, in the order they were added) and what `result()`/`exception()`
 * raise. The Python object's `refs` hold the result and the exception, so the collector sees them.
 *
 * Sizes are `sys.getsizeof` measured by test/oracle/asyncioProbe.py: Future 144/144/136 bytes,
 * Task 192/192/176 on 3.11/3.12/3.13.
 */
import type { PyBaseExceptionObject } from '../../../engine/objects/exceptionObject';
import type { PyObject } from '../../../engine/objects/object';
import type { PyTypeObject } from '../../../engine/objects/typeObject';
import type { Interp } from '../../runtime/interp';
import { PyError } from '../../runtime/pyError';
import type { PyNativeObject } from '../nativeObject';
import type { EventLoop } from './eventLoop';

/** The module's exceptions a future raises. */
export interface FutureErrors {
  cancelled(msg: PyObject | null): PyBaseExceptionObject;
  invalidState(msg: string): never;
  cancelledType: PyTypeObject;
}

/** What a done callback is: a Python callable (called with the future) or our own. */
export type DoneCallback = { py: PyObject } | { ts: (f: FutureCore) => void };

/** Refs slots of a Future object. */
export const RESULT = 0;
export const EXCEPTION = 1;

/** The state of one Future (or Task). */
export class FutureCore {
  state: 'PENDING' | 'CANCELLED' | 'FINISHED' = 'PENDING';
  callbacks: DoneCallback[] = [];
  /** `_asyncio_future_blocking`: set by `await` while it waits on this future. */
  blocking = false;
  cancelMessage: PyObject | null = null;
  /** The CancelledError a task ended with, re-raised by `result()` (`_cancelled_exc`). */
  cancelledExc: PyBaseExceptionObject | null = null;
  /** `__log_traceback`: an exception nobody asked for. */
  logTraceback = false;

  constructor(readonly interp: Interp, readonly loop: EventLoop, readonly obj: PyNativeObject, readonly errors: FutureErrors) {}

  get done(): boolean {
    return this.state !== 'PENDING';
  }

  get result(): PyObject | null {
    return this.obj.refs[RESULT] ?? null;
  }

  get exception(): PyBaseExceptionObject | null {
    return (this.obj.refs[EXCEPTION] as PyBaseExceptionObject | null) ?? null;
  }

  /** `set_result` (value borrowed). */
  setResult(value: PyObject): void {
    if (this.done) this.errors.invalidState('invalid state');
    this.interp.rt.heap.incref(value);
    this.obj.refs[RESULT] = value;
    this.state = 'FINISHED';
    this.scheduleCallbacks();
  }

  /** `set_exception` (borrowed). */
  setException(exc: PyBaseExceptionObject): void {
    if (this.done) this.errors.invalidState('invalid state');
    this.interp.rt.heap.incref(exc);
    this.obj.refs[EXCEPTION] = exc;
    this.state = 'FINISHED';
    this.logTraceback = true;
    this.scheduleCallbacks();
  }

  /** `Future.cancel(msg)`: false when already done. */
  cancel(msg: PyObject | null = null): boolean {
    this.logTraceback = false;
    if (this.done) return false;
    this.state = 'CANCELLED';
    this.cancelMessage = msg;
    this.scheduleCallbacks();
    return true;
  }

  /** `_make_cancelled_error`: the task's own CancelledError, or a new one with the message. */
  cancelledErrorOf(): PyBaseExceptionObject {
    if (this.cancelledExc) {
      const e = this.cancelledExc;
      this.cancelledExc = null;
      return e;
    }
    return this.errors.cancelled(this.cancelMessage);
  }

  /** `result()`: a new reference, or raises. */
  takeResult(): PyObject {
    if (this.state === 'CANCELLED') throw new PyError(this.cancelledErrorOf());
    if (this.state !== 'FINISHED') this.errors.invalidState('Result is not ready.');
    this.logTraceback = false;
    const e = this.exception;
    if (e) {
      this.interp.rt.heap.incref(e);
      throw new PyError(e);
    }
    const r = this.result as PyObject;
    this.interp.rt.heap.incref(r);
    return r;
  }

  addDoneCallback(cb: DoneCallback): void {
    if (this.done) this.schedule(cb);
    else this.callbacks.push(cb);
  }

  /** `call_soon(callback, self)`: the handle holds the future until the callback has run. */
  private schedule(cb: DoneCallback): void {
    const heap = this.interp.rt.heap;
    heap.incref(this.obj);
    this.loop.callSoon(() => {
      try {
        this.runCallback(cb);
      } finally {
        heap.decref(this.obj);
      }
    });
  }

  removeDoneCallback(pred: (cb: DoneCallback) => boolean): number {
    const before = this.callbacks.length;
    this.callbacks = this.callbacks.filter((cb) => !pred(cb));
    return before - this.callbacks.length;
  }

  private scheduleCallbacks(): void {
    const cbs = this.callbacks;
    this.callbacks = [];
    for (const cb of cbs) this.schedule(cb);
  }

  private runCallback(cb: DoneCallback): void {
    if ('ts' in cb) {
      cb.ts(this);
      return;
    }
    callbackHook(this, cb.py);
  }
}

/** Calls a Python done callback; set by the module (it needs callDispatch and error reporting). */
export let callbackHook: (f: FutureCore, fn: PyObject) => void = () => undefined;

/** Installs `callbackHook`. */
export function setCallbackHook(hook: (f: FutureCore, fn: PyObject) => void): void {
  callbackHook = hook;
}

/**
 * A Task: a future driven by a coroutine, one step per loop callback. What a step does with what
 * the coroutine yields is CPython's observed behaviour (3.11–3.13):
 *
 *   a blocking future   wait for it: the wakeup is added as its done callback
 *   None (bare yield)   step again on the next turn (`sleep(0)`)
 *   anything else       RuntimeError thrown into the coroutine on the next turn
 *   return              the task's result; CancelledError: cancelled; other: its exception
 *
 * `cancel()` cancels the future the task waits on when there is one (its wakeup then throws the
 * CancelledError in), else marks the task so its next step throws one in.
 */
import type { PyBaseExceptionObject } from '../../../engine/objects/exceptionObject';
import type { PyObject } from '../../../engine/objects/object';
import { reprOf } from '../../objects/repr';
import { PyError } from '../../runtime/pyError';
import { FutureCore } from './futureCore';
import { stepAwaitable } from './nativeCoro';

/** Refs slots of a Task object after the Future's. */
export const CORO = 2;
export const NAME = 3;

/** A task's state beyond its future's. */
export class TaskCore extends FutureCore {
  waiter: FutureCore | null = null;
  mustCancel = false;
  numCancels = 0;
  /** Finds the FutureCore of a yielded object (set by the module). */
  coreOf: (o: PyObject) => FutureCore | undefined = () => undefined;

  get coro(): PyObject {
    return this.obj.refs[CORO] as PyObject;
  }

  /** Schedules the first step (`Task.__init__`'s `call_soon`). */
  start(): void {
    // The loop owns the task while it runs (CPython's scheduled handles hold it).
    this.interp.rt.heap.incref(this.obj);
    this.loop.tasks.add(this);
    this.loop.callSoon(() => this.step(null));
  }

  /** `Task.cancel(msg)`. */
  cancelTask(msg: PyObject | null): boolean {
    this.logTraceback = false;
    if (this.done) return false;
    this.numCancels++;
    if (this.waiter && this.waiter.cancel(msg)) return true;
    this.mustCancel = true;
    this.cancelMessage = msg;
    return true;
  }

  /** `uncancel()`: the remaining cancellation requests. */
  uncancel(): number {
    if (this.numCancels > 0) {
      this.numCancels--;
      if (this.numCancels === 0 && this.interp.rt.profile.version === '3.13') this.mustCancel = false;
    }
    return this.numCancels;
  }

  private wakeup(f: FutureCore): void {
    try {
      this.interp.rt.heap.decref(f.takeResult());
    } catch (e) {
      if (!(e instanceof PyError)) throw e;
      this.step(e.exc);
      return;
    }
    this.step(null);
  }

  step(exc: PyBaseExceptionObject | null): void {
    const interp = this.interp;
    const heap = interp.rt.heap;
    if (this.done) return;
    if (this.mustCancel) {
      if (exc) heap.decref(exc);
      exc = this.errors.cancelled(this.cancelMessage);
      this.mustCancel = false;
    }
    this.waiter = null;
    const previous = this.loop.current;
    this.loop.current = this;
    try {
      let s;
      try {
        s = stepAwaitable(interp, this.coro, exc);
      } catch (e) {
        if (!(e instanceof PyError)) throw e;
        const t = e.exc.type;
        if (t.isSubtypeOf(this.errors.cancelledType)) {
          this.cancelledExc = e.exc;
          this.cancel(null);
        } else {
          this.setException(e.exc);
          heap.decref(e.exc);
          if (t.isSubtypeOf(interp.excType('KeyboardInterrupt')) || t.isSubtypeOf(interp.excType('SystemExit'))) throw e;
        }
        this.finished();
        return;
      }
      if ('returned' in s) {
        if (this.mustCancel) this.cancel(this.cancelMessage);
        else this.setResult(s.returned);
        heap.decref(s.returned);
        this.finished();
        return;
      }
      this.handleYield(s.yielded);
    } finally {
      this.loop.current = previous;
    }
  }

  private handleYield(y: PyObject): void {
    const interp = this.interp;
    const f = this.coreOf(y);
    if (f && f.blocking) {
      f.blocking = false;
      if (f === this) {
        this.rescheduleWith(`Task cannot await on itself: ${reprOf(interp, this.obj)}`);
      } else {
        f.addDoneCallback({ ts: (d) => this.wakeup(d) });
        this.waiter = f;
        if (this.mustCancel && f.cancel(this.cancelMessage)) this.mustCancel = false;
      }
    } else if (f) {
      this.rescheduleWith(`yield was used instead of yield from in task ${reprOf(interp, this.obj)} with ${reprOf(interp, y)}`);
    } else if (y === interp.rt.None) {
      this.loop.callSoon(() => this.step(null));
    } else {
      this.rescheduleWith(`Task got bad yield: ${reprOf(interp, y)}`);
    }
    interp.rt.heap.decref(y);
  }

  private rescheduleWith(message: string): void {
    const e = this.interp.newError('RuntimeError', message);
    this.loop.callSoon(() => this.step(e));
  }

  private finished(): void {
    this.loop.tasks.delete(this);
    this.loop.callSoon(() => this.interp.rt.heap.decref(this.obj));
  }
}

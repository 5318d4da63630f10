/**
 * The waiting futures of asyncio's synchronization primitives (the `_getters`, `_putters` and
 * `_waiters` deques of Queue, Lock, Event, Semaphore and Condition). Waiters are served first
 * come, first served; what differs between the primitives is who removes a future from the line:
 *
 *   Queue            the waker pops it (`_wakeup_next`); a failed waiter removes itself
 *   Lock, Semaphore  the waiter always removes itself once its await ends; the waker only
 *                    completes the first future not yet done
 *   Event, Condition the waiter removes itself; the waker completes all of them (or n)
 */
import type { PyObject } from '../../../engine/objects/object';
import { type Aio, newFuture, runningLoop } from './aio';
import type { FutureCore } from './futureCore';
import { awaitFuture, type Body } from './nativeCoro';

/** One line of waiting futures. */
export class WaiterQueue {
  readonly line: FutureCore[] = [];

  get length(): number {
    return this.line.length;
  }

  /**
   * Waits on a new future at the end of the line: its result (a new reference). `removeAfter`
   * takes the future out of the line however the wait ends; otherwise only a failed wait does,
   * after `onFail` (called with the future, before the error propagates).
   */
  *park(aio: Aio, removeAfter: boolean, onFail: ((f: FutureCore) => void) | null = null): Body {
    const f = newFuture(aio, runningLoop(aio));
    this.line.push(f);
    try {
      return yield* awaitFuture(aio.interp, f);
    } catch (e) {
      if (!removeAfter) {
        f.cancel(null);
        this.remove(f);
      }
      onFail?.(f);
      throw e;
    } finally {
      if (removeAfter) this.remove(f);
      aio.interp.rt.heap.decref(f.obj);
    }
  }

  remove(f: FutureCore): void {
    const k = this.line.indexOf(f);
    if (k >= 0) this.line.splice(k, 1);
  }

  /** Queue's `_wakeup_next`: pops waiters until one not yet done, which gets `value`. */
  popAndWake(value: PyObject): void {
    for (let f = this.line.shift(); f; f = this.line.shift()) {
      if (!f.done) {
        f.setResult(value);
        return;
      }
    }
  }

  /** Completes the first `n` waiters not yet done with `value`, leaving them in line: how many. */
  wake(value: PyObject, n = 1): number {
    let woken = 0;
    for (const f of this.line) {
      if (woken >= n) break;
      if (!f.done) {
        f.setResult(value);
        woken++;
      }
    }
    return woken;
  }

  /** Whether some waiter was not cancelled (`any(not w.cancelled() for w in waiters)`): a woken one counts. */
  anyNotCancelled(): boolean {
    return this.line.some((f) => f.state !== 'CANCELLED');
  }
}

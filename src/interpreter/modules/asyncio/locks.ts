/**
 * The states of asyncio's synchronization primitives (asyncio.locks), as CPython 3.11–3.13 is
 * observed to serve their waiters (all first come, first served; waiters.ts):
 *
 *   Lock       acquire succeeds at once when unlocked and nobody (not cancelled) waits, so a
 *              new arrival cannot overtake the line; release wakes the first waiter only if it
 *              is not already woken; a waiter cancelled while the lock is free wakes the next
 *   Event      set wakes every waiter (True); clear only resets the flag
 *   Semaphore  locked when the value is 0 or someone not cancelled waits; a wakeup takes the
 *              value's unit at once (so a woken waiter that is then cancelled gives it back);
 *              after any acquire, as many waiters as the value allows are woken
 *   Condition  wait releases the lock, waits to be notified, then re-acquires the lock even
 *              through cancellations, re-raising the last one; notify(n) wakes the first n
 *
 * The Python faces (reprs, `async with`, argument checks) are in syncTypes.ts.
 */
import type { PyObject } from '../../../engine/objects/object';
import { isTrue } from '../../objects/abstract';
import { PyError } from '../../runtime/pyError';
import { callAny } from '../../vm/callDispatch';
import type { Aio } from './aio';
import type { Body } from './nativeCoro';
import { WaiterQueue } from './waiters';

/** `asyncio.Event`. */
export class EventCore {
  value = false;
  readonly waiters = new WaiterQueue();

  constructor(readonly aio: Aio) {}

  set(): void {
    if (this.value) return;
    this.value = true;
    this.waiters.wake(this.aio.interp.rt.True, this.waiters.length);
  }

  *wait(): Body {
    const i = this.aio.interp;
    if (!this.value) i.rt.heap.decref(yield* this.waiters.park(this.aio, true));
    return i.bool(true);
  }
}

/** `asyncio.Lock`. */
export class LockCore {
  locked = false;
  readonly waiters = new WaiterQueue();

  constructor(readonly aio: Aio) {}

  *acquire(): Body {
    const i = this.aio.interp;
    if (!this.locked && !this.waiters.anyNotCancelled()) {
      this.locked = true;
      return i.bool(true);
    }
    i.rt.heap.decref(yield* this.waiters.park(this.aio, true, () => { if (!this.locked) this.wakeFirst(); }));
    this.locked = true;
    return i.bool(true);
  }

  release(): void {
    if (!this.locked) this.aio.interp.raise('RuntimeError', 'Lock is not acquired.');
    this.locked = false;
    this.wakeFirst();
  }

  /** Only the first in line is considered: a woken first waiter blocks the others until it runs. */
  private wakeFirst(): void {
    const first = this.waiters.line[0];
    if (first && !first.done) first.setResult(this.aio.interp.rt.True);
  }
}

/** `asyncio.Semaphore` and `BoundedSemaphore` (`bound` set). */
export class SemaphoreCore {
  readonly waiters = new WaiterQueue();

  constructor(readonly aio: Aio, public value: number, readonly bound: number | null) {}

  get locked(): boolean {
    return this.value === 0 || this.waiters.anyNotCancelled();
  }

  *acquire(): Body {
    const i = this.aio.interp;
    if (!this.locked) {
      this.value--;
      return i.bool(true);
    }
    try {
      i.rt.heap.decref(yield* this.waiters.park(this.aio, true, (f) => {
        if (f.done && f.state !== 'CANCELLED') this.value++;
      }));
    } finally {
      while (this.value > 0 && this.wakeNext());
    }
    return i.bool(true);
  }

  release(): void {
    if (this.bound !== null && this.value >= this.bound) this.aio.interp.raise('ValueError', 'BoundedSemaphore released too many times');
    this.value++;
    this.wakeNext();
  }

  private wakeNext(): boolean {
    const f = this.waiters.line.find((w) => !w.done);
    if (!f) return false;
    this.value--;
    f.setResult(this.aio.interp.rt.True);
    return true;
  }
}

/** `asyncio.Condition` over `lock`. */
export class ConditionCore {
  readonly waiters = new WaiterQueue();

  constructor(readonly aio: Aio, readonly lock: LockCore) {}

  *wait(): Body {
    const i = this.aio.interp;
    if (!this.lock.locked) i.raise('RuntimeError', 'cannot wait on un-acquired lock');
    this.lock.release();
    try {
      i.rt.heap.decref(yield* this.waiters.park(this.aio, true));
      return i.bool(true);
    } finally {
      yield* this.reacquire();
    }
  }

  /** Takes the lock back, however often the task is cancelled meanwhile; re-raises the last cancellation. */
  private *reacquire(): Generator<PyObject, void, void> {
    let err: PyError | null = null;
    for (;;) {
      try {
        this.aio.interp.rt.heap.decref(yield* this.lock.acquire());
        break;
      } catch (e) {
        if (!(e instanceof PyError) || !e.exc.type.isSubtypeOf(this.aio.errors.cancelledType)) throw e;
        if (err) this.aio.interp.rt.heap.decref(err.exc);
        err = e;
      }
    }
    if (err) throw err;
  }

  *waitFor(predicate: PyObject): Body {
    const i = this.aio.interp;
    let result = callAny(i, predicate, []);
    while (!isTrue(i, result)) {
      i.rt.heap.decref(result);
      i.rt.heap.decref(yield* this.wait());
      result = callAny(i, predicate, []);
    }
    return result;
  }

  notify(n: number): void {
    if (!this.lock.locked) this.aio.interp.raise('RuntimeError', 'cannot notify on un-acquired lock');
    this.waiters.wake(this.aio.interp.rt.False, n);
  }
}

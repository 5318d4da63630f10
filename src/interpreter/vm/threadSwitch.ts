/**
 * A simulated thread that has to wait for another one (modules/threadScheduler.ts): thrown by the
 * blocking native (a lock's acquire, `queue` get/put/join, `threading`'s waits) and caught by the
 * eval loop running the thread's frames, which hands itself to `park`. `park` detaches the
 * thread's frames, from its `Thread._bootstrap` frame to the innermost one, as a suspended
 * generator's frame is detached, and returns true when the loop has no frame left (the thread was
 * the bottom of a nested loop that resumed it); the loop then returns None as its result.
 */
import type { PyObject } from '../../engine/objects/object';
import type { EvalLoop } from './evalLoop';

export class ThreadSwitch extends Error {
  /**
   * Set by a native iterator between the blocking call and FOR_ITER (`iter(q.get, None)`'s
   * callable_iterator): the woken call's result goes to it instead of FOR_ITER's stack, and
   * FOR_ITER runs again, so the iterator still compares it with its sentinel. The innermost
   * native sets it; null delivers the result as the instruction's own.
   */
  rerun: ((value: PyObject) => void) | null = null;

  constructor(readonly park: (loop: EvalLoop) => boolean) {
    super('thread switch');
  }
}

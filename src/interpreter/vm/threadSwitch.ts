/**
 * A simulated thread that has to wait for another one (modules/threadScheduler.ts): thrown by the
 * blocking native (a lock's acquire, `queue` get/put/join, `threading`'s waits) and caught by the
 * eval loop running the thread's frames, which hands itself to `park`. `park` detaches the
 * thread's frames, from its `Thread._bootstrap` frame to the innermost one, as a suspended
 * generator's frame is detached, and returns true when the loop has no frame left (the thread was
 * the bottom of a nested loop that resumed it); the loop then returns None as its result.
 */
import type { EvalLoop } from './evalLoop';

export class ThreadSwitch extends Error {
  constructor(readonly park: (loop: EvalLoop) => boolean) {
    super('thread switch');
  }
}

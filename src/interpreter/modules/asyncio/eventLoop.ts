/**
 * The asyncio event loop as a TypeScript object: a FIFO of ready callbacks and a min-heap of
 * timers on the simulation's clock (threadScheduler.ts's, which `time.monotonic()` reads too).
 * One turn (`runOnce`) mirrors what `BaseEventLoop._run_once` is observed to do in CPython
 * 3.11–3.13:
 *
 *   1. with nothing ready, the clock jumps to the first timer's deadline (CPython sleeps in
 *      `select()`; we never sleep for real)
 *   2. every timer now due moves to the ready queue, earliest deadline first, ties in the order
 *      they were scheduled (CPython's deadlines differ by the real time between two calls)
 *   3. the callbacks ready at the start of the turn run, FIFO; those they schedule wait for the
 *      next turn
 *
 * A stop request ends the loop after the turn in which it was made, as `run_forever` does.
 */
import type { Interp } from '../../runtime/interp';
import { schedulerOf } from '../threadScheduler';
import { simulatedTimeNs } from '../timeModule';

/** A scheduled callback (`asyncio.Handle` / `TimerHandle`). */
export interface Handle {
  run: () => void;
  cancelled: boolean;
  /** Deadline in nanoseconds on the loop's clock (timers only). */
  when: bigint;
  seq: number;
}

/** The loop: `ready`, `timers`, the running task. */
export class EventLoop {
  private ready: Handle[] = [];
  private timers: Handle[] = [];
  private seq = 0;
  private stopping = false;
  running = false;
  closed = false;
  /** The task whose step is running (`current_task()`), an opaque owner object. */
  current: object | null = null;
  /** Tasks of this loop not yet done, in creation order (`all_tasks()`). */
  readonly tasks = new Set<object>();
  /** The Python-side loop object, once made. */
  pyObject: unknown = null;

  constructor(private readonly interp: Interp) {}

  /** `loop.time()` in nanoseconds: the monotonic clock of the time module. */
  nowNs(): bigint {
    return simulatedTimeNs(this.interp) - 1_700_000_000n * 1_000_000_000n;
  }

  /** `call_soon`. */
  callSoon(run: () => void): Handle {
    const h: Handle = { run, cancelled: false, when: 0n, seq: this.seq++ };
    this.ready.push(h);
    return h;
  }

  /** `call_later(delay)` with the delay in seconds. */
  callLater(delaySeconds: number, run: () => void): Handle {
    const ns = Math.round(delaySeconds * 1e9);
    // An infinite or NaN delay never comes due: the handle is never scheduled.
    if (!Number.isFinite(ns)) return { run, cancelled: false, when: 0n, seq: this.seq++ };
    return this.callAt(this.nowNs() + BigInt(ns), run);
  }

  /** `call_at(when)` with the deadline in nanoseconds. */
  callAt(when: bigint, run: () => void): Handle {
    const h: Handle = { run, cancelled: false, when, seq: this.seq++ };
    heapPush(this.timers, h);
    return h;
  }

  /** `loop.stop()`: the current turn finishes, then `run` returns. */
  stop(): void {
    this.stopping = true;
  }

  /** `run_forever` until stopped; true when stopped, false when nothing is left to run (a deadlock). */
  run(): boolean {
    this.running = true;
    try {
      for (;;) {
        if (!this.ready.length && !this.stopping) {
          while (this.timers.length && (this.timers[0] as Handle).cancelled) heapPop(this.timers);
          if (!this.timers.length) return false;
          const first = (this.timers[0] as Handle).when;
          const now = this.nowNs();
          if (first > now) schedulerOf(this.interp).clock += first - now;
        }
        this.runOnce();
        if (this.stopping) return true;
      }
    } finally {
      this.stopping = false;
      this.running = false;
    }
  }

  private runOnce(): void {
    const now = this.nowNs();
    while (this.timers.length && (this.timers[0] as Handle).when <= now) {
      const h = heapPop(this.timers);
      if (!h.cancelled) this.ready.push(h);
    }
    const n = this.ready.length;
    for (let k = 0; k < n; k++) {
      const h = this.ready.shift() as Handle;
      if (!h.cancelled) h.run();
    }
  }
}

function before(a: Handle, b: Handle): boolean {
  return a.when < b.when || (a.when === b.when && a.seq < b.seq);
}

function heapPush(heap: Handle[], h: Handle): void {
  heap.push(h);
  let i = heap.length - 1;
  while (i > 0) {
    const p = (i - 1) >> 1;
    if (!before(heap[i] as Handle, heap[p] as Handle)) break;
    [heap[i], heap[p]] = [heap[p] as Handle, heap[i] as Handle];
    i = p;
  }
}

function heapPop(heap: Handle[]): Handle {
  const top = heap[0] as Handle;
  const last = heap.pop() as Handle;
  if (heap.length) {
    heap[0] = last;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < heap.length && before(heap[l] as Handle, heap[m] as Handle)) m = l;
      if (r < heap.length && before(heap[r] as Handle, heap[m] as Handle)) m = r;
      if (m === i) break;
      [heap[i], heap[m]] = [heap[m] as Handle, heap[i] as Handle];
      i = m;
    }
  }
  return top;
}

/**
 * The simulation's thread scheduler: deterministic and cooperative, one thread running at a time
 * (what the GIL makes of a short script). `start()` runs the new thread at once on the caller's
 * eval loop; a thread that would block (`blockOn`: a lock another thread holds, an empty `queue`,
 * an unset Event, a Condition not yet notified, `join()` of a live thread) first lets the threads
 * that are ready run, then, if it still cannot go on, is parked: its frames are detached
 * (vm/threadSwitch.ts) and its starter continues as if `start()` had returned. A parked thread is
 * ready when its wait could now succeed (polled: `tryWake` does the wait's work and gives the
 * blocked call's result); ready threads run, oldest parked first, each in a nested loop until it
 * ends or parks again, when the running thread blocks or calls `join()`/`time.sleep()`, at
 * `q.join()`, and when the script ends. `time.sleep()` in a thread parks it on a simulated clock:
 * with no other thread ready, the sleeper that wakes first runs and the clock moves to its wake
 * time (the main thread's sleeps move it too), so sleeps order threads as their lengths do (CPython's `threading._shutdown` joins the non-daemon
 * threads). Nothing else switches threads, so a thread that becomes ready keeps waiting until
 * then. The main thread cannot park: blocked with no thread ready is a deadlock (CPython would
 * hang for ever), and so is a non-daemon thread still blocked at the end; both end the run with
 * a ThreadDeadlock. Daemon threads still blocked at the end are dropped, as CPython drops them.
 */
import type { PyObject } from '../../engine/objects/object';
import type { PyFunctionObject } from '../../engine/objects/funcObject';
import type { Interp } from '../runtime/interp';
import { PyError, UnsupportedError } from '../runtime/pyError';
import { EvalLoop } from '../vm/evalLoop';
import type { Frame } from '../vm/frame';
import { ThreadSwitch } from '../vm/threadSwitch';

/** A thread that never ends: every thread is waiting for another (CPython would hang). */
export class ThreadDeadlock extends UnsupportedError {
  constructor(message: string, line: number) {
    super(message, line);
    this.message = `line ${line}: deadlock: ${message} (CPython would hang here for ever)`;
  }
}

/** A running thread (not the main one): its Thread instance, ident, name and daemon flag. */
export interface SimThread {
  thread: PyObject;
  ident: number;
  name: string;
  daemon: boolean;
}

interface Parked extends SimThread {
  /** The innermost frame (the blocked call's result is pushed on its stack) and the bootstrap frame. */
  top: Frame;
  bottom: Frame;
  frames: number;
  what: string;
  /** A `time.sleep()` in the thread: when it wakes on the scheduler's clock (null: another wait). */
  wakeAt: bigint | null;
  /** Does the wait's work and returns the blocked call's result (a new reference), or null. */
  tryWake: () => PyObject | null;
}

export interface Scheduler {
  /** Threads running, innermost last (a thread started by another, or resumed inside a wait). */
  running: SimThread[];
  /** Parked threads, oldest first. */
  parked: Parked[];
  /** `Thread._bootstrap`: its frame is the bottom of a thread's frames. */
  bootstrap: PyFunctionObject | null;
  /** Nanoseconds slept (the time module's clock moves with it: `advance`). */
  clock: bigint;
  advance: ((ns: bigint) => void) | null;
}

const schedulers = new WeakMap<Interp, Scheduler>();

export function schedulerOf(interp: Interp): Scheduler {
  let s = schedulers.get(interp);
  if (!s) {
    s = { running: [], parked: [], bootstrap: null, clock: 0n, advance: null };
    schedulers.set(interp, s);
  }
  return s;
}

/** The running simulated thread, or null for the main thread. */
export function runningThread(interp: Interp): SimThread | null {
  const s = schedulers.get(interp);
  return s && s.running.length ? s.running[s.running.length - 1] : null;
}

/** Resumes `p` (already on the running stack) with `value` as its blocked call's result. */
function resume(interp: Interp, s: Scheduler, p: Parked, value: PyObject): void {
  const heap = interp.rt.heap;
  s.parked.splice(s.parked.indexOf(p), 1);
  p.top.stack.push(value);
  interp.depth += p.frames;
  const outerLine = heap.line;
  const loop = new EvalLoop(interp, (_frame, line) => {
    heap.line = line;
    return false;
  });
  loop.start(p.top);
  try {
    const exit = loop.run();
    if (exit === 'raised') throw new PyError(loop.error as NonNullable<EvalLoop['error']>);
    heap.xdecref(loop.result);
  } finally {
    heap.line = outerLine;
  }
}

/**
 * Runs the oldest parked thread whose wait can now end, else the sleeper that wakes first (the
 * clock moves to its wake time; with `until`, only one due by then); false when none can run.
 */
function runOne(interp: Interp, s: Scheduler, until: bigint | null = null, atExit = false): boolean {
  let sleeper: Parked | null = null;
  for (const p of s.parked.slice()) {
    if (!s.parked.includes(p)) continue;
    if (p.wakeAt !== null) {
      // At the end a daemon's sleep is never waited for (it would loop for ever).
      if (atExit && p.daemon) continue;
      if ((until === null || p.wakeAt <= until) && (!sleeper || p.wakeAt < (sleeper.wakeAt as bigint))) sleeper = p;
      continue;
    }
    s.running.push(p);
    let value: PyObject | null;
    try {
      value = p.tryWake();
    } catch (e) {
      s.running.pop();
      throw e;
    }
    if (value === null) {
      s.running.pop();
      continue;
    }
    resume(interp, s, p, value);
    return true;
  }
  if (!sleeper) return false;
  const wakeAt = sleeper.wakeAt as bigint;
  if (wakeAt > s.clock) {
    s.advance?.(wakeAt - s.clock);
    s.clock = wakeAt;
  }
  s.running.push(sleeper);
  resume(interp, s, sleeper, interp.none());
  return true;
}

/** Lets every thread that can run run (the end of the script), daemons' sleeps aside. */
function runReady(interp: Interp): void {
  const s = schedulers.get(interp);
  if (s) while (runOne(interp, s, null, true));
}

/**
 * `time.sleep(secs)`: a thread parks until the clock reaches its wake time (another thread runs
 * meanwhile, as the GIL is released); the main thread moves the clock (`advance` moves the time
 * module's) and lets the threads ready by then run.
 */
export function sleepFor(interp: Interp, ns: bigint, advance: (ns: bigint) => void): PyObject {
  const s = schedulerOf(interp);
  s.advance = advance;
  const me = runningThread(interp);
  if (!me) {
    // The clock moves to each sleeper's wake time as it wakes, then to the end of this sleep.
    const target = s.clock + ns;
    while (runOne(interp, s, target));
    advance(target - s.clock);
    s.clock = target;
    return interp.none();
  }
  const line = interp.line;
  const wakeAt = s.clock + ns;
  throw new ThreadSwitch((loop) => park(interp, s, me, loop, 'time.sleep()', () => interp.none(), line, wakeAt));
}

/** Runs ready threads until `tryWake` succeeds; null when it never does (nothing left can run). */
export function waitWhileReady(interp: Interp, tryWake: () => PyObject | null): PyObject | null {
  const s = schedulerOf(interp);
  for (;;) {
    const r = tryWake();
    if (r !== null) return r;
    if (!runOne(interp, s)) return null;
  }
}

/**
 * A blocking call: its result once `tryWake` gives one. Ready threads run first; then a thread
 * parks (the ThreadSwitch unwinds to its eval loop) and the main thread is deadlocked.
 */
export function blockOn(interp: Interp, what: string, tryWake: () => PyObject | null): PyObject {
  const r = waitWhileReady(interp, tryWake);
  if (r !== null) return r;
  const s = schedulerOf(interp);
  const me = runningThread(interp);
  const line = interp.line;
  if (!me) {
    const others = s.parked.map((p) => `${p.name} in ${p.what}`).join(', ');
    throw new ThreadDeadlock(`the main thread waits in ${what}${others ? ` and every other thread is blocked too (${others})` : ' and no other thread is running'}`, line);
  }
  throw new ThreadSwitch((loop) => park(interp, s, me, loop, what, tryWake, line, null));
}

function park(interp: Interp, s: Scheduler, me: SimThread, loop: EvalLoop, what: string, tryWake: () => PyObject | null, line: number, wakeAt: bigint | null): boolean {
  const top = loop.frame as Frame;
  let bottom: Frame | null = null;
  let frames = 0;
  for (let f: Frame | null = top; f; f = f.previous) {
    frames++;
    if (f.func !== null && f.func === s.bootstrap) {
      bottom = f;
      break;
    }
  }
  if (!bottom) throw new UnsupportedError(`threading: ${what} in a thread, called from native code, would need to suspend the thread`, line);
  const caller = bottom.previous;
  bottom.previous = null;
  interp.depth -= frames;
  s.running.pop();
  s.parked.push({ ...me, top, bottom, frames, what, wakeAt, tryWake });
  loop.frame = caller;
  if (caller) {
    caller.stack.push(interp.none());
    return false;
  }
  loop.result = interp.none();
  return true;
}

/** The end of the script (`threading._shutdown`): ready threads run; a non-daemon one still blocked is a deadlock. */
export function shutdownThreads(interp: Interp): void {
  const s = schedulers.get(interp);
  if (!s) return;
  runReady(interp);
  const stuck = s.parked.filter((p) => !p.daemon);
  if (stuck.length) {
    const who = stuck.map((p) => `${p.name} in ${p.what}`).join(', ');
    throw new ThreadDeadlock(`the script ended but threading._shutdown() waits for ${who}, which nothing can wake`, interp.line);
  }
  s.parked.length = 0;
}

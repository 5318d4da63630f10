/**
 * The simulation's thread scheduler: deterministic and cooperative, one thread running at a time
 * (what the GIL makes of a short script). `start()` runs the new thread at once on the caller's
 * eval loop; a thread that would block (`blockOn`: a lock another thread holds, an empty `queue`,
 * an unset Event, a Condition not yet notified, `join()` of a live thread, `time.sleep()`) first
 * lets the threads that are ready run, then, if it still cannot go on, is parked: its frames are
 * detached (vm/threadSwitch.ts) and its starter continues as if `start()` had returned. A parked
 * thread is ready when its wait could now succeed (polled: `tryWake` does the wait's work and
 * gives the blocked call's result); ready threads run, oldest parked first, each in a nested loop
 * until it ends or parks again, when the running thread blocks, and when the script ends (CPython's
 * `threading._shutdown` joins the non-daemon threads). Nothing else switches threads, so a thread
 * that becomes ready keeps waiting until then.
 *
 * Time is a simulated clock that only waits move. A timed wait (`time.sleep()`, a timeout) ends
 * when the clock reaches its end: while the main thread waits, once no thread is ready, the timed
 * wait that ends first ends and the clock moves to its end (to the main thread's own end at most,
 * which it then reaches). So threads that sleep 0.05, 0.01 and 0.03 s go on in the order of their
 * sleeps, as CPython's do when the sleeps are far enough apart. A thread's own wait never moves
 * the clock (the main thread may still have work to do at the present time).
 *
 * The main thread cannot park: blocked with no thread able to run and no time limit is a deadlock
 * (CPython would hang for ever), and so is a non-daemon thread still blocked at the end; both end
 * the run with a ThreadDeadlock. Daemon threads still blocked at the end are dropped, as CPython
 * drops them (their timed waits are not waited for).
 */
import type { PyObject } from '../../engine/objects/object';
import type { PyFunctionObject } from '../../engine/objects/funcObject';
import type { Interp } from '../runtime/interp';
import { PyError, UnsupportedError } from '../runtime/pyError';
import { EvalLoop } from '../vm/evalLoop';
import type { Frame } from '../vm/frame';
import { ThreadSwitch } from '../vm/threadSwitch';
import { Op } from '../vm/opcodeNumbers';
import { callAny } from '../vm/callDispatch';

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
  /** Does the wait's work and returns the blocked call's result (a new reference), or null. */
  tryWake: () => PyObject | null;
  /** A timed wait (`time.sleep()`, a timeout): when it ends on the scheduler's clock, and its result then. */
  wakeAt: bigint | null;
  timedOut: (() => PyObject) | null;
  /** ThreadSwitch.rerun when the interrupted instruction (top's pc - 1) is a FOR_ITER to run again. */
  rerun: ((value: PyObject) => void) | null;
}

export interface Scheduler {
  /** Threads running, innermost last (a thread started by another, or resumed inside a wait). */
  running: SimThread[];
  /** Parked threads, oldest first. */
  parked: Parked[];
  /** `Thread._bootstrap`: its frame is the bottom of a thread's frames. */
  bootstrap: PyFunctionObject | null;
  /** Nanoseconds slept or waited for by timed waits (the time module's clocks include it). */
  clock: bigint;
  /** `threading._register_atexit` callables: called at the end of the script before the threads are waited for. */
  atexit: PyObject[];
}

const schedulers = new WeakMap<Interp, Scheduler>();

export function schedulerOf(interp: Interp): Scheduler {
  let s = schedulers.get(interp);
  if (!s) {
    s = { running: [], parked: [], bootstrap: null, clock: 0n, atexit: [] };
    schedulers.set(interp, s);
  }
  return s;
}

/** The running simulated thread, or null for the main thread. */
export function runningThread(interp: Interp): SimThread | null {
  const s = schedulers.get(interp);
  return s && s.running.length ? s.running[s.running.length - 1] : null;
}

/**
 * Resumes `p` (already on the running stack) with `value` as its blocked call's result, or with
 * the exception its timed-out wait raises (`queue.Empty` from `get(timeout=)`) raised at the call.
 */
function resume(interp: Interp, s: Scheduler, p: Parked, value: PyObject | PyError): void {
  const heap = interp.rt.heap;
  s.parked.splice(s.parked.indexOf(p), 1);
  if (p.rerun) {
    // FOR_ITER runs again and takes the value from its iterator; an error is raised at FOR_ITER itself.
    if (value instanceof PyError) p.top.pc++;
    else p.rerun(value);
  } else if (!(value instanceof PyError)) p.top.stack.push(value);
  interp.depth += p.frames;
  const outerLine = heap.line;
  const loop = new EvalLoop(interp, (_frame, line) => {
    heap.line = line;
    return false;
  });
  try {
    let exit: ReturnType<EvalLoop['run']>;
    if (value instanceof PyError) exit = loop.throwInto(p.top, value.exc);
    else {
      loop.start(p.top);
      exit = loop.run();
    }
    if (exit === 'raised') throw new PyError(loop.error as NonNullable<EvalLoop['error']>);
    heap.xdecref(loop.result);
  } finally {
    heap.line = outerLine;
  }
}

/**
 * Runs the oldest parked thread whose wait can now end, else the timed wait that ends first (a
 * `time.sleep()`, a wait with a timeout) if it ends by `until` (null: whenever it ends, daemons'
 * aside: the end of the script); the clock moves to its end. False when no thread can run.
 */
function runOne(interp: Interp, s: Scheduler, until: bigint | null): boolean {
  let first: Parked | null = null;
  for (const p of s.parked.slice()) {
    if (!s.parked.includes(p)) continue;
    if (p.wakeAt !== null && (until === null ? !p.daemon : p.wakeAt <= until) && (!first || p.wakeAt < (first.wakeAt as bigint))) first = p;
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
  if (!first) return false;
  if ((first.wakeAt as bigint) > s.clock) s.clock = first.wakeAt as bigint;
  s.running.push(first);
  let value: PyObject | PyError;
  try {
    value = (first.timedOut as () => PyObject)();
  } catch (e) {
    if (!(e instanceof PyError)) throw e;
    value = e;
  }
  resume(interp, s, first, value);
  return true;
}

/** A wait's time limit: nanoseconds, and the blocked call's result when they pass (a new reference; or it raises). */
export interface Timeout {
  ns: bigint;
  result: () => PyObject;
}

/** The scheduler's clock in nanoseconds: everything slept or waited for (timeModule.ts adds the steps). */
export function clockNs(interp: Interp): bigint {
  return schedulers.get(interp)?.clock ?? 0n;
}

/**
 * A blocking call: its result once `tryWake` gives one, or `timeout.result()` when the time limit
 * passes. Other threads run first: in the main thread every thread that can run, each timed wait
 * when the clock reaches its end (so the clock moves as the threads sleep, up to this wait's own
 * end); in a thread only those ready now (a thread's wait never moves the clock). Then a thread
 * parks (the ThreadSwitch unwinds to its eval loop), timed out when the clock reaches its end, and
 * the main thread times out, or, with no time limit, is deadlocked.
 */
export function blockOn(interp: Interp, what: string, tryWake: () => PyObject | null, timeout: Timeout | null = null): PyObject {
  const s = schedulerOf(interp);
  const me = runningThread(interp);
  const end = timeout ? s.clock + (timeout.ns > 0n ? timeout.ns : 0n) : null;
  for (;;) {
    const r = tryWake();
    if (r !== null) return r;
    if (!runOne(interp, s, me ? s.clock : end ?? INFINITE)) break;
  }
  const line = interp.line;
  if (me) {
    const sw: ThreadSwitch = new ThreadSwitch((loop) => park(interp, s, me, loop, { what, tryWake, wakeAt: end, timedOut: timeout?.result ?? null, rerun: sw.rerun }, line));
    throw sw;
  }
  if (timeout && end !== null) {
    if (end > s.clock) s.clock = end;
    return timeout.result();
  }
  const others = s.parked.map((p) => `${p.name} in ${p.what}`).join(', ');
  throw new ThreadDeadlock(`the main thread waits in ${what}${others ? ` and every other thread is blocked too (${others})` : ' and no other thread is running'}`, line);
}

/** `time.sleep(secs)`: a wait nothing ends but its time (another thread runs meanwhile, as the GIL is released). */
export function sleepFor(interp: Interp, ns: bigint): PyObject {
  return blockOn(interp, 'time.sleep()', () => null, { ns, result: () => interp.none() });
}

/** Later than any wait's end (a main-thread wait with no time limit lets every timed wait end). */
const INFINITE = 1n << 120n;

type Wait = Pick<Parked, 'what' | 'tryWake' | 'wakeAt' | 'timedOut' | 'rerun'>;

function park(interp: Interp, s: Scheduler, me: SimThread, loop: EvalLoop, wait: Wait, line: number): boolean {
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
  if (!bottom) throw new UnsupportedError(`threading: ${wait.what} in a thread, called from native code, would need to suspend the thread`, line);
  // Only a FOR_ITER can run again (its iterator is still on the stack); anywhere else the value is the call's.
  if (wait.rerun && top.code.ops[top.pc - 1] === Op.FOR_ITER) top.pc--;
  else wait = { ...wait, rerun: null };
  const caller = bottom.previous;
  bottom.previous = null;
  interp.depth -= frames;
  s.running.pop();
  s.parked.push({ ...me, top, bottom, frames, ...wait });
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
  // threading._shutdown calls the _register_atexit callables (concurrent.futures' _python_exit) first.
  for (const fn of s.atexit.splice(0)) {
    interp.rt.heap.decref(callAny(interp, fn, []));
    interp.rt.heap.decref(fn);
  }
  while (runOne(interp, s, null));
  const stuck = s.parked.filter((p) => !p.daemon);
  if (stuck.length) {
    const who = stuck.map((p) => `${p.name} in ${p.what}`).join(', ');
    throw new ThreadDeadlock(`the script ended but threading._shutdown() waits for ${who}, which nothing can wake`, interp.line);
  }
  s.parked.length = 0;
}

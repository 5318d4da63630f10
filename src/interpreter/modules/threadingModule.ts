/**
 * `threading` (Lib/threading.py over Modules/_threadmodule.c, 3.11–3.13) on a deterministic
 * cooperative scheduler (threadScheduler.ts has its rules). CPython's `Thread.start()` waits for
 * the new thread to signal that it started, and under the GIL a short target usually runs to its
 * end before the main thread gets the GIL back; the simulation makes that the rule: `start()`
 * calls the thread's `run()` on the same eval loop, with `current_thread()` and `get_ident()`
 * switched to the new thread, until it returns or blocks. A blocked thread is parked (its frames
 * detached) and `start()` returns; it resumes when the running thread blocks or joins, at
 * `time.sleep()`, or when the script ends. Timeouts and sleeps run on the scheduler's simulated
 * clock, so a `Timer` (a thread waiting `interval` seconds for its cancel) fires when the main
 * thread's waits have moved the clock past its interval, or at the end of the script.
 *
 * The natives here are the locks (`Lock()` is a `_thread.lock`, 56 bytes with the GC head,
 * `RLock()` a `_thread.RLock`, 64, with CPython's acquire/release rules and messages, an RLock
 * owned by the thread that took it) and the current thread's ident. `Thread`, `Event`,
 * `Condition`, `Semaphore`, `Barrier`, `Timer`, `local` are Python classes (pysource/threadingSource.ts),
 * as CPython's are, so a Thread is a 48-byte instance (56 on 3.11) with a 13-key `__dict__`, its
 * started Event and that Event's Condition allocated on the line that creates it. An exception in
 * a thread prints `Exception in thread NAME:` and the traceback to stderr (threading.excepthook's
 * format, the threading.py frames under the stand-in /usr/lib/python3.X/) and the caller goes on.
 *
 * Obscurity: 3.11/3.12's `threading.Lock` is the built-in function `allocate_lock` (3.13 the
 * type); `RLock` is a Python function in threading.py, here a built-in one.
 */
import { newInt, type PyLongObject } from '../../engine/objects/longObject';
import { newFloat } from '../../engine/objects/floatObject';
import type { PyUnicodeObject } from '../../engine/objects/unicodeObject';
import type { PyObject } from '../../engine/objects/object';
import type { PyTypeObject } from '../../engine/objects/typeObject';
import { isTrue } from '../objects/abstract';
import type { Interp } from '../runtime/interp';
import type { PyModuleObject } from '../runtime/moduleObject';
import type { PyFunctionObject } from '../../engine/objects/funcObject';
import { newTuple, type PyTupleObject } from '../../engine/objects/tupleObject';
import { blockOn, clockNs, runningThread, schedulerOf, shutdownThreads } from './threadScheduler';
import { callAny } from '../vm/callDispatch';
import { runSourceModule } from './pysource/sourceModule';
import { THREADING_SOURCE } from './pysource/threadingSource';
import type { NativeImpl } from '../vm/callables';
import { bindArgs } from './pyArgs';
import { asDouble } from './moduleArgs';
import { nativeType, newNativeObject, type PyNativeObject } from './nativeObject';

/** The main thread's identifier (CPython's is the pthread id, an address-sized int). */
const MAIN_IDENT = 140_000_000_000_000 + 0x7f3c_1234;

/** The running thread's ident (threadScheduler.ts keeps the running threads). */
function identOf(interp: Interp): number {
  return runningThread(interp)?.ident ?? MAIN_IDENT;
}

interface LockState {
  /** Acquisitions not yet released (0: unlocked). */
  count: number;
  /** The ident of the thread that took it. */
  owner: number;
  reentrant: boolean;
}

const states = new WeakMap<PyObject, LockState>();

/** The address of each lock's `sem_t` (see newLock). */
const semaphores = new WeakMap<PyObject, number>();

/** `sizeof(sem_t)` on x86-64 Linux: what `PyThread_allocate_lock` takes from `PyMem_RawMalloc`. */
const SEM_T_SIZE = 32;

const lockTypesByType = new WeakSet<PyTypeObject>();

/** The lock type `qualified`, its dealloc also freeing the lock's `sem_t` (`PyThread_free_lock`). */
function lockType(interp: Interp, qualified: string, size: number): PyTypeObject {
  const t = nativeType(interp, qualified, size);
  if (lockTypesByType.has(t)) return t;
  lockTypesByType.add(t);
  const baseDealloc = t.dealloc;
  t.dealloc = (heap, o) => {
    const sem = semaphores.get(o);
    semaphores.delete(o);
    if (sem !== undefined) heap.memory.free(sem, 'lock sem_t', 'raw');
    baseDealloc(heap, o);
  };
  return t;
}

function lockTypes(interp: Interp): { lock: PyTypeObject; rlock: PyTypeObject } {
  return { lock: lockType(interp, '_thread.lock', 56), rlock: lockType(interp, '_thread.RLock', 64) };
}

/**
 * `newlockobject` / `rlock_new`: the object, then its `sem_t` from the raw allocator, which
 * tracemalloc traces too, so a `Lock()` line holds 56 + 32 bytes (test/oracle/threadLockBlocks.py).
 */
function newLock(interp: Interp, reentrant: boolean): PyNativeObject {
  const types = lockTypes(interp);
  const o = newNativeObject(interp, reentrant ? types.rlock : types.lock, []);
  semaphores.set(o, interp.rt.heap.memory.rawMalloc(SEM_T_SIZE, 'lock sem_t'));
  const state: LockState = { count: 0, owner: 0, reentrant };
  states.set(o, state);
  o.repr = () => {
    const held = state.count > 0 ? 'locked' : 'unlocked';
    const addr = `0x${o.id.toString(16).padStart(12, '0')}`;
    return reentrant
      ? `<${held} _thread.RLock object owner=${state.count ? state.owner : 0} count=${state.count} at ${addr}>`
      : `<${held} _thread.lock object at ${addr}>`;
  };
  return o;
}

function stateOf(interp: Interp, self: PyObject | undefined, method: string, typeName: string): LockState {
  const s = self ? states.get(self) : undefined;
  if (!s) interp.typeError(`descriptor '${method}' requires a '_thread.${typeName}' object`);
  return s as LockState;
}

/** lock_PyThread_acquire_lock / rlock_acquire: true, false (non-blocking or timed out). */
function acquire(interp: Interp, s: LockState, blocking: boolean, timeout: number): boolean {
  const me = identOf(interp);
  if (s.count === 0 || (s.reentrant && s.owner === me)) {
    s.count++;
    s.owner = me;
    return true;
  }
  if (!blocking) return false;
  // The blocked call's result, a new reference (a parked thread gets it pushed when it resumes).
  const take = (): PyObject | null => {
    if (s.count !== 0) return null;
    s.count = 1;
    s.owner = identOf(interp);
    return interp.bool(true);
  };
  const got = blockOn(interp, 'acquire() of a lock', take, timeout >= 0 ? { ns: secondsToNs(timeout), result: () => interp.bool(false) } : null);
  interp.rt.heap.decref(got);
  return got === interp.rt.True;
}

/** A timeout in seconds as the scheduler's nanoseconds, rounded up (a time left that is not 0 moves the clock). */
function secondsToNs(secs: number): bigint {
  return secs > 0 ? BigInt(Math.ceil(Math.min(secs, 1e12) * 1e9)) : 0n;
}

function acquireArgs(interp: Interp, name: string, args: PyObject[], kwnames: string[] | null): [boolean, number] {
  const [blocking, timeout] = bindArgs(interp, { qualname: name, params: ['blocking', 'timeout'], required: 0 }, args.slice(1), kwnames);
  const b = blocking === undefined ? true : isTrue(interp, blocking);
  let t = -1;
  if (timeout !== undefined) {
    t = asDouble(interp, timeout);
    if (!b && t !== -1) interp.raise('ValueError', "can't specify a timeout for a non-blocking call");
    if (t < 0 && t !== -1) interp.raise('ValueError', 'timeout value must be a non-negative number');
  }
  return [b, t];
}

function lockMethods(interp: Interp, typeName: 'lock' | 'RLock'): Record<string, NativeImpl> {
  const rt = interp.rt;
  const bool = (v: boolean): PyObject => {
    const r = v ? rt.True : rt.False;
    rt.heap.incref(r);
    return r;
  };
  const doAcquire = (name: string): NativeImpl => (i, args, kwnames) => {
    const s = stateOf(i, args[0], name, typeName);
    const [blocking, timeout] = acquireArgs(i, name, args, kwnames);
    return bool(acquire(i, s, blocking, timeout));
  };
  const doRelease = (name: string): NativeImpl => (i, args) => {
    const s = stateOf(i, args[0], name, typeName);
    if (s.count === 0 || (s.reentrant && s.owner !== identOf(i))) i.raise('RuntimeError', s.reentrant ? 'cannot release un-acquired lock' : 'release unlocked lock');
    s.count--;
    return i.none();
  };
  const methods: Record<string, NativeImpl> = {
    acquire: doAcquire('acquire'),
    release: doRelease('release'),
    __enter__: doAcquire('__enter__'),
    __exit__: doRelease('__exit__'),
  };
  if (typeName === 'lock') {
    methods.locked = (i, args) => bool(stateOf(i, args[0], 'locked', typeName).count > 0);
    methods.acquire_lock = methods.acquire;
    methods.release_lock = methods.release;
  } else {
    // Condition.wait's save/restore of an RLock held several times.
    methods._release_save = (i, args) => {
      const s = stateOf(i, args[0], '_release_save', typeName);
      if (s.count === 0) i.raise('RuntimeError', 'cannot release un-acquired lock');
      const saved = newTuple(rt, [newInt(rt, s.count), newInt(rt, s.owner)]);
      s.count = 0;
      return saved;
    };
    methods._acquire_restore = (i, args) => {
      const s = stateOf(i, args[0], '_acquire_restore', typeName);
      const [count, owner] = (args[1] as PyTupleObject).items.map((v) => Number((v as PyLongObject).value));
      return blockOn(i, 'acquire() of a lock', () => {
        if (s.count !== 0) return null;
        s.count = count;
        s.owner = owner;
        return i.none();
      });
    };
    methods._is_owned = (i, args) => {
      const s = stateOf(i, args[0], '_is_owned', typeName);
      return bool(s.count > 0 && s.owner === identOf(i));
    };
  }
  return methods;
}

/**
 * The waits the Python halves of `threading` and `concurrent.futures` share:
 * `_wait_until(predicate, what, timeout)` blocks until predicate() is true (True) or the timeout
 * passes on the simulated clock (False); `_clock()` is that clock in seconds.
 */
export function waitNatives(interp: Interp): Record<string, NativeImpl> {
  const rt = interp.rt;
  return {
    _wait_until: (i, args) => {
      const [pred, what, timeout] = args;
      // The predicate is held while the thread is parked (the caller's reference goes with its call).
      rt.heap.incref(pred);
      let held = true;
      const check = (): PyObject | null => {
        const v = callAny(i, pred, []);
        const ok = isTrue(i, v);
        rt.heap.decref(v);
        if (!ok) return null;
        return done(true);
      };
      const done = (r: boolean): PyObject => {
        if (held) rt.heap.decref(pred);
        held = false;
        return i.bool(r);
      };
      const limit = timeout === rt.None ? null : { ns: secondsToNs(asDouble(i, timeout)), result: () => done(false) };
      return blockOn(i, (what as PyUnicodeObject).value, check, limit);
    },
    _clock: () => newFloat(rt, Number(clockNs(interp)) / 1e9),
  };
}

/** The names `import threading` offers. */
const PUBLIC = [
  'Lock', 'RLock', 'Condition', 'Semaphore', 'BoundedSemaphore', 'Event', 'Barrier', 'BrokenBarrierError',
  'Thread', 'Timer', 'local',
  'current_thread', 'currentThread', 'main_thread', 'active_count', 'activeCount', 'enumerate',
  'get_ident', 'get_native_id', '_register_atexit', 'excepthook', '__excepthook__', 'ExceptHookArgs',
];

/** Creates the module (on first import). */
export function createThreading(interp: Interp): PyModuleObject {
  const rt = interp.rt;
  const types = lockTypes(interp);
  for (const [t, name] of [[types.lock, 'lock'], [types.rlock, 'RLock']] as const) {
    for (const [m, impl] of Object.entries(lockMethods(interp, name))) interp.methods.define(t, m, impl);
  }
  const noArgs = (name: string, args: PyObject[], kwnames: string[] | null): void => {
    bindArgs(interp, { qualname: name, params: [], required: 0 }, args, kwnames);
  };
  interp.typeCalls.set(types.lock, (i, _t, args, kwnames) => {
    if (args.length || kwnames?.length) i.typeError('lock() takes no arguments');
    return newLock(i, false);
  });
  const functions: Record<string, NativeImpl> = {
    RLock: (i, args, kwnames) => {
      noArgs('RLock', args, kwnames);
      return newLock(i, true);
    },
    get_ident: (i, args, kwnames) => {
      noArgs('get_ident', args, kwnames);
      return newInt(rt, identOf(i));
    },
    // _enter(thread, ident, name, daemon) / _leave(): the thread's run() starts / ended.
    _enter: (i, args) => {
      const [thread, ident, name, daemon] = args;
      schedulerOf(i).running.push({ thread, ident: Number((ident as PyLongObject).value), name: (name as PyUnicodeObject).value, daemon: isTrue(i, daemon) });
      return i.none();
    },
    _leave: (i) => {
      schedulerOf(i).running.pop();
      return i.none();
    },
    _cur: (i) => {
      const t = runningThread(i)?.thread ?? i.none();
      rt.heap.incref(t);
      return t;
    },
    ...waitNatives(interp),
    _set_bootstrap: (i, args) => {
      rt.heap.incref(args[0]);
      schedulerOf(i).bootstrap = args[0] as PyFunctionObject;
      return i.none();
    },
    _register_atexit: (i, args) => {
      rt.heap.incref(args[0]);
      schedulerOf(i).atexit.push(args[0]);
      return i.none();
    },
    _shutdown_hook: (i) => {
      i.atExit.push(() => shutdownThreads(i));
      return i.none();
    },
  };
  // 3.13's threading.Lock is the type; 3.11/3.12's the built-in function _thread.allocate_lock.
  const allocate: NativeImpl = (i, args, kwnames) => {
    noArgs('allocate_lock', args, kwnames);
    return newLock(i, false);
  };
  const natives: Record<string, PyObject> = {
    Lock: rt.profile.version === '3.13' ? types.lock : interp.nativeFunction('allocate_lock', allocate),
    _main_ident: newInt(rt, MAIN_IDENT),
  };
  if (rt.profile.version === '3.13') rt.heap.incref(types.lock);
  for (const [name, impl] of Object.entries(functions)) natives[name] = interp.nativeFunction(name, impl);
  return runSourceModule(interp, { name: 'threading', source: THREADING_SOURCE, publicNames: PUBLIC, natives });
}

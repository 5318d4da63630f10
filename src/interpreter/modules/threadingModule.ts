/**
 * `threading` for a script that runs in one thread (Lib/threading.py over Modules/_threadmodule.c,
 * 3.11–3.13): the locks scripts take to make a class thread-safe (`with self.lock:`), and
 * `get_ident()`/`active_count()`. `Lock()` is a `_thread.lock` (56 bytes with the GC head),
 * `RLock()` a `_thread.RLock` (64), with CPython's acquire/release rules and messages. Threads
 * themselves are not simulated: `Thread`, `Timer`, `Event`, `Condition`, `Semaphore`,
 * `current_thread()`... are reported as unsupported when used, and so is a blocking acquire() of a
 * lock this thread already holds (CPython would wait for ever).
 *
 * Obscurity: 3.11/3.12's `threading.Lock` is the built-in function `allocate_lock` (3.13 the
 * type); `RLock` is a Python function in threading.py, here a built-in one.
 */
import { newInt } from '../../engine/objects/longObject';
import type { PyObject } from '../../engine/objects/object';
import type { PyTypeObject } from '../../engine/objects/typeObject';
import { isTrue } from '../objects/abstract';
import type { Interp } from '../runtime/interp';
import type { PyModuleObject } from '../runtime/moduleObject';
import { UnsupportedError } from '../runtime/pyError';
import type { NativeImpl } from '../vm/callables';
import { bindArgs } from './pyArgs';
import { asDouble } from './moduleArgs';
import { nativeType, newNativeObject, type PyNativeObject } from './nativeObject';

/** The one thread's identifier (CPython's is the pthread id, an address-sized int). */
const MAIN_IDENT = 140_000_000_000_000 + 0x7f3c_1234;

interface LockState {
  /** Held by this (the only) thread. */
  count: number;
  reentrant: boolean;
}

const states = new WeakMap<PyObject, LockState>();

function lockTypes(interp: Interp): { lock: PyTypeObject; rlock: PyTypeObject } {
  return { lock: nativeType(interp, '_thread.lock', 56), rlock: nativeType(interp, '_thread.RLock', 64) };
}

function newLock(interp: Interp, reentrant: boolean): PyNativeObject {
  const types = lockTypes(interp);
  const o = newNativeObject(interp, reentrant ? types.rlock : types.lock, []);
  const state: LockState = { count: 0, reentrant };
  states.set(o, state);
  o.repr = () => {
    const held = state.count > 0 ? 'locked' : 'unlocked';
    const addr = `0x${o.id.toString(16).padStart(12, '0')}`;
    return reentrant
      ? `<${held} _thread.RLock object owner=${state.count ? MAIN_IDENT : 0} count=${state.count} at ${addr}>`
      : `<${held} _thread.lock object at ${addr}>`;
  };
  return o;
}

function stateOf(interp: Interp, self: PyObject | undefined, method: string, typeName: string): LockState {
  const s = self ? states.get(self) : undefined;
  if (!s) interp.typeError(`descriptor '${method}' requires a '_thread.${typeName}' object`);
  return s as LockState;
}

/** lock_PyThread_acquire_lock / rlock_acquire on one thread: true, false (non-blocking or timed out). */
function acquire(interp: Interp, s: LockState, blocking: boolean, timeout: number): boolean {
  if (s.reentrant || s.count === 0) {
    s.count++;
    return true;
  }
  if (!blocking || timeout >= 0) return false;
  throw new UnsupportedError('acquire() of a lock the only thread already holds (it would wait for ever for another thread)', interp.line);
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
    if (s.count === 0) i.raise('RuntimeError', s.reentrant ? 'cannot release un-acquired lock' : 'release unlocked lock');
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
    methods._is_owned = (i, args) => bool(stateOf(i, args[0], '_is_owned', typeName).count > 0);
  }
  return methods;
}

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
  const unsupported = (what: string): NativeImpl => (i) => {
    throw new UnsupportedError(`threading.${what} (threads are not simulated: a script runs in one thread)`, i.line);
  };
  const functions: Record<string, NativeImpl> = {
    RLock: (i, args, kwnames) => {
      noArgs('RLock', args, kwnames);
      return newLock(i, true);
    },
    get_ident: (_i, args, kwnames) => {
      noArgs('get_ident', args, kwnames);
      return newInt(rt, MAIN_IDENT);
    },
    active_count: (_i, args, kwnames) => {
      noArgs('active_count', args, kwnames);
      return newInt(rt, 1);
    },
  };
  for (const name of ['Thread', 'Timer', 'Event', 'Condition', 'Semaphore', 'BoundedSemaphore', 'Barrier', 'local', 'current_thread', 'main_thread', 'enumerate']) {
    functions[name] = unsupported(name);
  }
  // 3.13's threading.Lock is the type; 3.11/3.12's the built-in function _thread.allocate_lock.
  const allocate: NativeImpl = (i, args, kwnames) => {
    noArgs('allocate_lock', args, kwnames);
    return newLock(i, false);
  };
  const values: Record<string, PyObject> = { Lock: rt.profile.version === '3.13' ? types.lock : interp.nativeFunction('allocate_lock', allocate) };
  return interp.defineModule('threading', functions, values);
}

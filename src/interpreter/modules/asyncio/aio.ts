/**
 * The asyncio module's run-wide state: its exception classes, the Future/Task types, the running
 * loop, the `Task-N` counter (counting tasks created without a name, as CPython's does), and the
 * map from Python objects to their TypeScript futures.
 */
import type { PyBaseExceptionObject } from '../../../engine/objects/exceptionObject';
import type { PyObject } from '../../../engine/objects/object';
import type { PyTypeObject } from '../../../engine/objects/typeObject';
import { newStr } from '../../../engine/objects/unicodeObject';
import type { Interp } from '../../runtime/interp';
import { PyError } from '../../runtime/pyError';
import { callAny } from '../../vm/callDispatch';
import { newNativeObject } from '../nativeObject';
import type { EventLoop } from './eventLoop';
import { FutureCore, type FutureErrors } from './futureCore';
import { TaskCore } from './taskCore';

/** The module's state for one run. */
export interface Aio {
  interp: Interp;
  errors: FutureErrors;
  invalidStateType: PyTypeObject;
  futureType: PyTypeObject;
  taskType: PyTypeObject;
  coroType: PyTypeObject;
  loop: EventLoop | null;
  taskCounter: number;
  /** asyncio.QueueEmpty and asyncio.QueueFull (Python classes of asyncio.queues). */
  queueEmpty: PyTypeObject;
  queueFull: PyTypeObject;
  cores: WeakMap<PyObject, FutureCore>;
}

/** Exception classes made for the module. */
export function makeErrors(interp: Interp, cancelledType: PyTypeObject, invalidStateType: PyTypeObject): FutureErrors {
  const make = (t: PyTypeObject, args: PyObject[]): PyBaseExceptionObject => callAny(interp, t, args) as PyBaseExceptionObject;
  return {
    cancelledType,
    cancelled: (msg) => make(cancelledType, msg && msg !== interp.rt.None ? [msg] : []),
    invalidState: (msg) => {
      const s = newStr(interp.rt, msg);
      const e = make(invalidStateType, [s]);
      interp.rt.heap.decref(s);
      throw new PyError(e);
    },
  };
}

/** The running loop, or RuntimeError('no running event loop'). */
export function runningLoop(aio: Aio): EventLoop {
  if (!aio.loop || !aio.loop.running) return aio.interp.raise('RuntimeError', 'no running event loop');
  return aio.loop;
}

/** A new pending Future of `loop`. */
export function newFuture(aio: Aio, loop: EventLoop): FutureCore {
  const obj = newNativeObject(aio.interp, aio.futureType, [null, null]);
  const f = new FutureCore(aio.interp, loop, obj, aio.errors);
  aio.cores.set(obj, f);
  return f;
}

/** A new Task running `coro` (stolen), its first step scheduled. */
export function newTask(aio: Aio, loop: EventLoop, coro: PyObject, name: PyObject | null): TaskCore {
  const rt = aio.interp.rt;
  if (name === null || name === rt.None) name = newStr(rt, `Task-${++aio.taskCounter}`);
  else rt.heap.incref(name);
  const obj = newNativeObject(aio.interp, aio.taskType, [null, null, coro, name]);
  const t = new TaskCore(aio.interp, loop, obj, aio.errors);
  t.coreOf = (o) => aio.cores.get(o);
  aio.cores.set(obj, t);
  t.start();
  return t;
}

/** The FutureCore of a Future or Task object, or a TypeError. */
export function futureOf(aio: Aio, o: PyObject | undefined): FutureCore {
  const f = o ? aio.cores.get(o) : undefined;
  if (!f) return aio.interp.typeError(`An asyncio.Future, a coroutine or an awaitable is required`);
  return f;
}

/** `raise T`: a new instance of the exception class `t`, ready to throw. */
export function raised(aio: Aio, t: PyTypeObject): PyError {
  return new PyError(callAny(aio.interp, t, []) as PyBaseExceptionObject);
}

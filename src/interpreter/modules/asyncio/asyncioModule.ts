/**
 * `asyncio` on a TypeScript event loop (eventLoop.ts): `run`, `sleep`, `create_task`, `gather`,
 * `wait_for`, `wait`, Future/Task, the exceptions and the introspection helpers. Scheduling
 * facts follow CPython 3.11–3.13 (see eventLoop.ts, taskCore.ts, combinators.ts); nothing here
 * sleeps for real: the clock jumps to the next timer.
 */
import { PyFunctionObject } from '../../../engine/objects/funcObject';
import { newList } from '../../../engine/objects/listObject';
import { getIter, iterNext } from '../../objects/abstract';
import type { PyObject } from '../../../engine/objects/object';
import { newTuple } from '../../../engine/objects/tupleObject';
import { markWeakrefable } from '../../../engine/objects/weakrefObject';
import type { PyTypeObject } from '../../../engine/objects/typeObject';
import { newStr } from '../../../engine/objects/unicodeObject';
import { CO_FLAGS } from '../../compiler/codeObject';
import { reprOf } from '../../objects/repr';
import { createClass } from '../../objects/typeCreate';
import type { Interp } from '../../runtime/interp';
import type { PyModuleObject } from '../../runtime/moduleObject';
import { PyError } from '../../runtime/pyError';
import { callAny } from '../../vm/callDispatch';
import type { PyCodeObject } from '../../vm/loadedCode';
import { asDouble } from '../moduleArgs';
import { nativeType } from '../nativeObject';
import { bindArgs } from '../pyArgs';
import { type Aio, futureOf, makeErrors, newTask, runningLoop } from './aio';
import { ensureFuture, flag, gather, sleepCoro, waitFor, waitFs } from './combinators';
import { EventLoop } from './eventLoop';
import { setCallbackHook } from './futureCore';
import { installQueues } from './queues';
import { addRunFrames } from './runFrames';
import { loopAsyncGenHooks, shutdownAsyncGens } from './asyncGens';
import { setAsyncGenHooks } from '../../vm/asyncGenerators';
import { asCompleted } from './asCompleted';
import { installLoopObject } from './loopObject';
import { installTaskGroup } from './taskGroup';
import { installTimeouts } from './timeouts';
import { installSyncTypes } from './syncTypes';
import { installFutureTypes, withRepr } from './futureTypes';
import { coroType, isAnyCoroutine, newNativeCoro } from './nativeCoro';
import type { TaskCore } from './taskCore';

/** A Python class instance of asyncio.queues without its `__dict__` (48 bytes with the GC head). */
const QUEUE_SIZE = 48;

/** Creates the module (on first import). */
export function createAsyncio(interp: Interp): PyModuleObject {
  const rt = interp.rt;
  const v = rt.profile.version;
  const ns = (mod: string): Map<string, PyObject> => new Map<string, PyObject>([['__module__', newStr(rt, mod)]]);
  const cancelledType = createClass(interp, 'CancelledError', [interp.excType('BaseException')], ns('asyncio.exceptions'));
  const invalidStateType = createClass(interp, 'InvalidStateError', [interp.excType('Exception')], ns('asyncio.exceptions'));
  const aio: Aio = {
    interp,
    errors: makeErrors(interp, cancelledType, invalidStateType),
    invalidStateType,
    futureType: nativeType(interp, '_asyncio.Future', v === '3.13' ? 136 : 144),
    taskType: nativeType(interp, '_asyncio.Task', v === '3.13' ? 176 : 192),
    coroType: coroType(interp, 'coroutine', v === '3.11' ? 192 : 184),
    loop: null,
    taskCounter: 0,
    queueEmpty: createClass(interp, 'QueueEmpty', [interp.excType('Exception')], ns('asyncio.queues')),
    queueFull: createClass(interp, 'QueueFull', [interp.excType('Exception')], ns('asyncio.queues')),
    cores: new WeakMap(),
  };
  installFutureTypes(aio);
  markWeakrefable(aio.futureType);
  markWeakrefable(aio.taskType);
  const queueType = nativeType(interp, 'asyncio.queues.Queue', QUEUE_SIZE);
  const subQueue = (name: string): PyTypeObject => {
    const t = nativeType(interp, `asyncio.queues.${name}`, QUEUE_SIZE);
    t.base = queueType;
    return t;
  };
  const queueValues = installQueues(aio, { fifo: queueType, lifo: subQueue('LifoQueue'), priority: subQueue('PriorityQueue') });
  const syncValues = installSyncTypes(aio);
  const getRunningLoop = installLoopObject(aio);
  const timeouts = installTimeouts(aio);
  const taskGroupType = installTaskGroup(aio);
  setCallbackHook((f, fn) => {
    try {
      rt.heap.decref(callAny(interp, fn, [f.obj]));
    } catch (e) {
      if (!(e instanceof PyError)) throw e;
      interp.writeStderr(`Exception in callback ${fn.type.name}\n`);
      rt.heap.decref(e.exc);
    }
  });

  const runLoop = (loop: EventLoop, main: TaskCore): PyObject => {
    main.addDoneCallback({ ts: () => loop.stop() });
    const previous = aio.loop;
    aio.loop = loop;
    const previousHooks = setAsyncGenHooks(interp, loopAsyncGenHooks(aio, loop));
    try {
      if (!loop.run() && !main.done) interp.raise('RuntimeError', 'Event loop stopped before Future completed.');
      // asyncio.run's shutdown: the tasks still pending are cancelled and run to their end.
      const left = [...loop.tasks].filter((t) => t !== main) as TaskCore[];
      if (left.length) {
        for (const t of left) t.cancelTask(null);
        const g = futureOf(aio, gather(aio, left.map((t) => t.obj), true, loop));
        g.addDoneCallback({ ts: () => loop.stop() });
        loop.run();
        rt.heap.decref(g.obj);
      }
      shutdownAsyncGens(aio, loop);
      try {
        return main.takeResult();
      } catch (e) {
        if (e instanceof PyError) addRunFrames(interp, e.exc);
        throw e;
      }
    } finally {
      setAsyncGenHooks(interp, previousHooks);
      aio.loop = previous;
      rt.heap.decref(main.obj);
      if (loop.pyObject) rt.heap.decref(loop.pyObject as PyObject);
      loop.pyObject = null;
    }
  };

  const functions = {
    run: (i: Interp, args: PyObject[], kw: string[] | null) => {
      const [main] = bindArgs(i, { qualname: 'run', params: ['main'], kwOnly: ['debug'], required: 1 }, args, kw);
      if (aio.loop && aio.loop.running) i.raise('RuntimeError', 'asyncio.run() cannot be called from a running event loop');
      if (!isAnyCoroutine(main as PyObject)) i.raise('ValueError', `a coroutine was expected, got ${reprOf(i, main as PyObject)}`);
      const loop = new EventLoop(i);
      rt.heap.incref(main as PyObject);
      return runLoop(loop, withRepr(aio, newTask(aio, loop, main as PyObject, null)) as TaskCore);
    },
    sleep: (i: Interp, args: PyObject[], kw: string[] | null) => {
      const [delay, result] = bindArgs(i, { qualname: 'sleep', params: ['delay', 'result'], required: 1 }, args, kw);
      return sleepCoro(aio, delay as PyObject, result);
    },
    create_task: (i: Interp, args: PyObject[], kw: string[] | null) => {
      const [coro, name] = bindArgs(i, { qualname: 'create_task', params: ['coro'], kwOnly: ['name', 'context'], required: 1 }, args, kw);
      const loop = runningLoop(aio);
      if (!isAnyCoroutine(coro as PyObject)) i.typeError(`a coroutine was expected, got ${reprShort(i, coro as PyObject)}`);
      rt.heap.incref(coro as PyObject);
      return withRepr(aio, newTask(aio, loop, coro as PyObject, name ?? null)).obj;
    },
    ensure_future: (_i: Interp, args: PyObject[]) => ensureFuture(aio, runningLoop(aio), args[0] as PyObject).obj,
    gather: (_i: Interp, args: PyObject[], kw: string[] | null) => {
      const nkw = kw ? kw.length : 0;
      const pos = args.slice(0, args.length - nkw);
      const re = kw ? kw.indexOf('return_exceptions') : -1;
      return gather(aio, pos, re >= 0 && flag(aio, args[args.length - nkw + re]));
    },
    wait_for: (i: Interp, args: PyObject[], kw: string[] | null) => {
      const [aw, timeout] = bindArgs(i, { qualname: 'wait_for', params: ['fut', 'timeout'], required: 2 }, args, kw);
      return waitFor(aio, aw as PyObject, timeout as PyObject);
    },
    wait: (i: Interp, args: PyObject[], kw: string[] | null) => {
      const [fs, timeout, when] = bindArgs(i, { qualname: 'wait', params: ['fs'], kwOnly: ['timeout', 'return_when'], required: 1 }, args, kw);
      const items = listOf(i, fs as PyObject);
      if (items.some((o) => isAnyCoroutine(o))) i.typeError('Passing coroutines is forbidden, use tasks explicitly.');
      if (!items.length) i.raise('ValueError', 'Set of Tasks/Futures is empty.');
      const cores = [...new Set(items.map((o) => futureOf(aio, o)))];
      const secs = timeout === undefined || timeout === rt.None ? null : asDouble(i, timeout);
      const mode = when ? strOf(i, when) : 'ALL_COMPLETED';
      function* body() {
        rt.heap.decref(yield* waitFs(aio, cores, secs, mode));
        const done = setOf(i, cores.filter((c) => c.done).map((c) => c.obj), true);
        const pending = setOf(i, cores.filter((c) => !c.done).map((c) => c.obj), true);
        return newTuple(rt, [done, pending]);
      }
      return newNativeCoro(i, aio.coroType, 'wait', body(), cores.map((c) => c.obj));
    },
    get_running_loop: getRunningLoop,
    ...timeouts,
    as_completed: (_i: Interp, args: PyObject[], kw: string[] | null) => asCompleted(aio, args, kw),
    current_task: () => {
      const t = aio.loop?.current as TaskCore | null | undefined;
      const o = t ? t.obj : rt.None;
      rt.heap.incref(o);
      return o;
    },
    all_tasks: (i: Interp) => setOf(i, [...runningLoop(aio).tasks].map((t) => (t as TaskCore).obj), true),
    iscoroutine: (i: Interp, args: PyObject[]) => i.bool(isAnyCoroutine(args[0] as PyObject)),
    iscoroutinefunction: (i: Interp, args: PyObject[]) => {
      const f = args[0];
      return i.bool(f instanceof PyFunctionObject && ((f.code as PyCodeObject).loaded.code.flags & CO_FLAGS.COROUTINE) !== 0);
    },
    isfuture: (i: Interp, args: PyObject[]) => i.bool(aio.cores.has(args[0] as PyObject)),
  };
  const values: Record<string, PyObject> = {
    CancelledError: cancelledType,
    InvalidStateError: invalidStateType,
    TimeoutError: interp.excType('TimeoutError'),
    Future: aio.futureType,
    Task: aio.taskType,
    FIRST_COMPLETED: newStr(rt, 'FIRST_COMPLETED'),
    FIRST_EXCEPTION: newStr(rt, 'FIRST_EXCEPTION'),
    ALL_COMPLETED: newStr(rt, 'ALL_COMPLETED'),
    QueueEmpty: aio.queueEmpty,
    QueueFull: aio.queueFull,
    ...queueValues,
    ...syncValues,
    TaskGroup: taskGroupType,
  };
  return interp.defineModule('asyncio', functions, values);
}

function reprShort(_interp: Interp, o: PyObject): string {
  return o.type.name;
}

function strOf(interp: Interp, o: PyObject): string {
  return reprOf(interp, o).slice(1, -1);
}

function listOf(interp: Interp, o: PyObject): PyObject[] {
  const out: PyObject[] = [];
  const it = getIter(interp, o);
  for (let x = iterNext(interp, it); x; x = iterNext(interp, it)) {
    out.push(x);
    interp.rt.heap.decref(x);
  }
  interp.rt.heap.decref(it);
  return out;
}

/** A new set of `items` (borrowed). */
function setOf(interp: Interp, items: PyObject[], _unused: boolean): PyObject {
  for (const x of items) interp.rt.heap.incref(x);
  const l = newList(interp.rt, items);
  try {
    return callAny(interp, interp.rt.types.set, [l]);
  } finally {
    interp.rt.heap.decref(l);
  }
}

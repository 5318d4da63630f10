/**
 * `asyncio.as_completed(fs, timeout=None)`: an iterator of as many coroutines as there are
 * distinct awaitables; each awaits the next future to complete and returns its result (or
 * raises its exception), so the loop body sees results in completion order. At the timeout the
 * remaining coroutines raise TimeoutError. On 3.11/3.12 it is a generator (tasks are made at the
 * first `next()`), on 3.13 an `_AsCompletedIterator` made with its tasks. Completed futures
 * queue up as in an asyncio.Queue, served to the waiting coroutines first come, first served.
 *
 * CPython builds its tasks from `set(fs)` (address order for coroutines); here argument order.
 */
import type { PyObject } from '../../../engine/objects/object';
import { getIter, iterNext } from '../../objects/abstract';
import { asDouble } from '../moduleArgs';
import { markIteratorType, nativeType, newNativeObject } from '../nativeObject';
import { bindArgs } from '../pyArgs';
import { type Aio, runningLoop } from './aio';
import { ensureFuture } from './combinators';
import type { Handle } from './eventLoop';
import type { FutureCore } from './futureCore';
import { isAnyCoroutine, newNativeCoro, type Body } from './nativeCoro';
import { WaiterQueue } from './waiters';

/** `as_completed` as a module function. */
export function asCompleted(aio: Aio, args: PyObject[], kw: string[] | null): PyObject {
  const i = aio.interp;
  const rt = i.rt;
  const [fs, timeout] = bindArgs(i, { qualname: 'as_completed', params: ['fs'], kwOnly: ['timeout'], required: 1 }, args, kw);
  const gen = rt.profile.version !== '3.13';
  const t = gen ? nativeType(i, 'generator', rt.profile.version === '3.11' ? 208 : 200) : nativeType(i, 'asyncio.tasks._AsCompletedIterator', 48);
  markIteratorType(t);
  const secs = timeout === undefined || timeout === rt.None ? null : asDouble(i, timeout);
  let todo: FutureCore[] | null = null;
  let yielded = 0;
  let total = 0;
  const done: (FutureCore | null)[] = [];
  const getters = new WaiterQueue();
  let handle: Handle | null = null;
  const put = (f: FutureCore | null): void => {
    if (f) rt.heap.incref(f.obj);
    done.push(f);
    getters.popAndWake(rt.None);
  };
  const onCompletion = { ts: (f: FutureCore) => {
    if (!todo || !todo.length) return;
    todo.splice(todo.indexOf(f), 1);
    put(f);
    if (!todo.length && handle) handle.cancelled = true;
  } };
  const start = (): void => {
    const items: PyObject[] = [];
    const it = getIter(i, fs as PyObject);
    for (let x = iterNext(i, it); x; x = iterNext(i, it)) {
      if (!items.includes(x)) items.push(x);
      rt.heap.decref(x);
    }
    rt.heap.decref(it);
    const loop = runningLoop(aio);
    todo = items.map((x) => ensureFuture(aio, loop, x));
    total = todo.length;
    for (const f of todo) f.addDoneCallback(onCompletion);
    if (todo.length && secs !== null) {
      handle = loop.callLater(secs, () => {
        for (const f of todo as FutureCore[]) f.removeDoneCallback((c) => c === onCompletion);
        put(null);
        (todo as FutureCore[]).length = 0;
      });
    }
  };
  function* waitForOne(): Body {
    while (!done.length) yield* getters.park(aio, false);
    const f = done.shift() as FutureCore | null;
    if (!f) return i.raise('TimeoutError');
    try {
      return f.takeResult();
    } finally {
      rt.heap.decref(f.obj);
    }
  }
  if (fs && (aio.cores.has(fs) || isAnyCoroutine(fs))) i.typeError(`expect an iterable of futures, not ${fs.type.name}`);
  if (!gen) start();
  const o = newNativeObject(i, t, []);
  if (fs) {
    rt.heap.incref(fs);
    o.refs.push(fs);
  }
  o.next = () => {
    if (todo === null) start();
    if (yielded >= total) return null;
    yielded++;
    return newNativeCoro(i, aio.coroType, '_wait_for_one', waitForOne());
  };
  o.repr = () => (gen ? `<generator object as_completed at 0x${o.id.toString(16)}>` : `<asyncio.tasks._AsCompletedIterator object at 0x${o.id.toString(16)}>`);
  return o;
}

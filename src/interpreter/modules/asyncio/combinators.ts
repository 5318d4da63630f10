/**
 * `sleep`, `gather` and `wait_for` as TypeScript coroutines and futures. Their observable facts
 * (CPython 3.11–3.13): `sleep(0)` is one bare yield; `sleep(d)` waits on a future a timer
 * completes; `gather` wraps coroutines in tasks at the call, in argument order, and its outer
 * future completes when the last child is done (or at the first exception without
 * `return_exceptions`); `wait_for` on 3.11 waits on a separate waiter future (one more loop turn
 * after the awaited task ends), on 3.12+ awaits the task under a timeout.
 */
import { newList } from '../../../engine/objects/listObject';
import type { PyObject } from '../../../engine/objects/object';
import { isTrue } from '../../objects/abstract';
import { PyError } from '../../runtime/pyError';
import { asDouble } from '../moduleArgs';
import { type Aio, futureOf, newFuture, newTask, runningLoop } from './aio';
import type { EventLoop } from './eventLoop';
import type { FutureCore } from './futureCore';
import { withRepr } from './futureTypes';
import { timeoutError, underTimeout } from './timeouts';
import { awaitFuture, awaitIter, isAnyCoroutine, newNativeCoro, type Body } from './nativeCoro';
import type { TaskCore } from './taskCore';

/** `ensure_future`: a Task for a coroutine, the future itself for a future (new reference). */
export function ensureFuture(aio: Aio, loop: EventLoop, o: PyObject): FutureCore {
  const f = aio.cores.get(o);
  if (f) {
    aio.interp.rt.heap.incref(o);
    return f;
  }
  if (!isAnyCoroutine(o)) return aio.interp.typeError('An asyncio.Future, a coroutine or an awaitable is required');
  aio.interp.rt.heap.incref(o);
  return withRepr(aio, newTask(aio, loop, o, null));
}

/** `asyncio.sleep(delay, result=None)`. */
export function sleepCoro(aio: Aio, delay: PyObject, result: PyObject | undefined): PyObject {
  const i = aio.interp;
  const secs = asDouble(i, delay);
  const value = result ?? i.rt.None;
  i.rt.heap.incref(value);
  function* body(): Body {
    try {
      if (secs <= 0) {
        yield i.none();
        i.rt.heap.incref(value);
        return value;
      }
      const loop = runningLoop(aio);
      const f = withRepr(aio, newFuture(aio, loop));
      const h = loop.callLater(secs, () => { if (!f.done) f.setResult(value); });
      try {
        return yield* awaitFuture(i, f);
      } finally {
        h.cancelled = true;
        i.rt.heap.decref(f.obj);
      }
    } finally {
      i.rt.heap.decref(value);
    }
  }
  return newNativeCoro(i, aio.coroType, 'sleep', body());
}

/** `asyncio.gather(*aws, return_exceptions=False)`: the outer future (new reference). */
export function gather(aio: Aio, aws: PyObject[], returnExceptions: boolean, given: EventLoop | null = null): PyObject {
  const i = aio.interp;
  const heap = i.rt.heap;
  const loop = given ?? runningLoop(aio);
  const outer = withRepr(aio, newFuture(aio, loop));
  const children: FutureCore[] = [];
  for (const a of aws) {
    const known = children.find((c) => c.obj === a || (c as TaskCore).coro === a);
    if (known) heap.incref(known.obj);
    children.push(known ?? ensureFuture(aio, loop, a));
  }
  if (!children.length) {
    const l = newList(i.rt, []);
    outer.setResult(l);
    heap.decref(l);
    return outer.obj;
  }
  let finished = 0;
  let cancelRequested = false;
  const onChildDone = (c: FutureCore): void => {
    finished++;
    if (outer.done) {
      if (c.state !== 'CANCELLED') c.logTraceback = false;
      return;
    }
    if (!returnExceptions) {
      if (c.state === 'CANCELLED') {
        const e = c.cancelledErrorOf();
        outer.setException(e);
        heap.decref(e);
        return;
      }
      if (c.exception) {
        c.logTraceback = false;
        outer.setException(c.exception);
        return;
      }
    }
    if (finished < children.length) return;
    const results = children.map((ch) => {
      if (ch.state === 'CANCELLED') return ch.cancelledErrorOf();
      ch.logTraceback = false;
      const r = ch.exception ?? (ch.result as PyObject);
      heap.incref(r);
      return r;
    });
    if (cancelRequested) {
      const e = c.cancelledErrorOf();
      outer.setException(e);
      heap.decref(e);
    } else {
      const l = newList(i.rt, results);
      outer.setResult(l);
      heap.decref(l);
      return;
    }
    for (const r of results) heap.decref(r);
  };
  // The outer future owns its children (`_GatheringFuture._children`): they live as long as it does.
  for (const c of children) outer.obj.refs.push(c.obj);
  for (const c of children) c.addDoneCallback({ ts: onChildDone });
  // Cancelling the outer future cancels the children (`_GatheringFuture.cancel`).
  outer.cancel = (msg) => {
    if (outer.done) return false;
    let any = false;
    for (const c of children) if ((c as TaskCore).cancelTask ? (c as TaskCore).cancelTask(msg ?? null) : c.cancel(msg ?? null)) any = true;
    if (any) cancelRequested = true;
    return any;
  };
  return outer.obj;
}

/** Cancels `f` and waits until it is done (`_cancel_and_wait`). */
function* cancelAndWait(aio: Aio, f: FutureCore): Body {
  const loop = f.loop;
  const waiter = newFuture(aio, loop);
  f.addDoneCallback({ ts: () => { if (!waiter.done) waiter.setResult(aio.interp.rt.None); } });
  try {
    if ((f as TaskCore).cancelTask) (f as TaskCore).cancelTask(null);
    else f.cancel(null);
    const r = yield* awaitFuture(aio.interp, waiter);
    aio.interp.rt.heap.decref(r);
  } finally {
    aio.interp.rt.heap.decref(waiter.obj);
  }
  return aio.interp.none();
}

/** `asyncio.wait_for(aw, timeout)`. */
export function waitFor(aio: Aio, aw: PyObject, timeout: PyObject): PyObject {
  const i = aio.interp;
  const heap = i.rt.heap;
  heap.incref(aw);
  function* body(): Body {
    const loop = runningLoop(aio);
    const secs = timeout === i.rt.None ? null : asDouble(i, timeout);
    // 3.12+ awaits a coroutine itself under a timeout scope (no task, no Task-N number used).
    if (i.rt.profile.version !== '3.11' && (secs === null || secs > 0) && isAnyCoroutine(aw)) {
      try {
        return yield* underTimeout(aio, loop, awaitIter(i, aw), secs);
      } finally {
        heap.decref(aw);
      }
    }
    const fut = ensureFuture(aio, loop, aw);
    heap.decref(aw);
    try {
      if (secs === null) return yield* awaitFuture(i, fut);
      if (i.rt.profile.version === '3.11') return yield* waitFor311(aio, loop, fut, secs);
      return yield* underTimeout(aio, loop, awaitFuture(i, fut), secs);
    } finally {
      heap.decref(fut.obj);
    }
  }
  return newNativeCoro(i, aio.coroType, 'wait_for', body());
}

/** The result of a future cancelled by a timeout: its CancelledError becomes TimeoutError. */
function resultOrTimeout(aio: Aio, fut: FutureCore): PyObject {
  try {
    return fut.takeResult();
  } catch (e) {
    if (e instanceof PyError && e.exc.type.isSubtypeOf(aio.errors.cancelledType)) {
      const t = timeoutError(aio, e.exc);
      aio.interp.rt.heap.decref(e.exc);
      throw t;
    }
    throw e;
  }
}

function* waitFor311(aio: Aio, loop: EventLoop, fut: FutureCore, secs: number): Body {
  const i = aio.interp;
  if (secs <= 0) {
    if (fut.done) return fut.takeResult();
    yield* cancelAndWait(aio, fut);
    return resultOrTimeout(aio, fut);
  }
  const waiter = newFuture(aio, loop);
  const release = (): void => { if (!waiter.done) waiter.setResult(i.rt.None); };
  const h = loop.callLater(secs, release);
  const cb = { ts: release };
  fut.addDoneCallback(cb);
  try {
    try {
      i.rt.heap.decref(yield* awaitFuture(i, waiter));
    } catch (e) {
      if (e instanceof PyError && e.exc.type.isSubtypeOf(aio.errors.cancelledType)) {
        if (fut.done) return fut.takeResult();
        fut.removeDoneCallback((c) => c === cb);
        yield* cancelAndWait(aio, fut);
      }
      throw e;
    }
    if (fut.done) return fut.takeResult();
    fut.removeDoneCallback((c) => c === cb);
    yield* cancelAndWait(aio, fut);
    return resultOrTimeout(aio, fut);
  } finally {
    h.cancelled = true;
    i.rt.heap.decref(waiter.obj);
  }
}

/** `wait(fs, timeout, return_when)`: (done, pending) after the condition holds. */
export function* waitFs(aio: Aio, fs: FutureCore[], secs: number | null, returnWhen: string): Body {
  const i = aio.interp;
  const loop = runningLoop(aio);
  const waiter = newFuture(aio, loop);
  const release = (): void => { if (!waiter.done) waiter.setResult(i.rt.None); };
  const h = secs === null ? null : loop.callLater(secs, release);
  let counter = fs.length;
  const cb = { ts: (f: FutureCore) => {
    counter--;
    if (counter <= 0 || returnWhen === 'FIRST_COMPLETED' || (returnWhen === 'FIRST_EXCEPTION' && f.state === 'FINISHED' && f.exception)) {
      if (h) h.cancelled = true;
      release();
    }
  } };
  for (const f of fs) f.addDoneCallback(cb);
  try {
    i.rt.heap.decref(yield* awaitFuture(i, waiter));
  } finally {
    if (h) h.cancelled = true;
    for (const f of fs) f.removeDoneCallback((c) => c === cb);
    i.rt.heap.decref(waiter.obj);
  }
  return i.none();
}

/** `isTrue` of an optional argument. */
export function flag(aio: Aio, o: PyObject | undefined): boolean {
  return o !== undefined && isTrue(aio.interp, o);
}

/** The FutureCore of `o` (a TypeError otherwise). */
export { futureOf };

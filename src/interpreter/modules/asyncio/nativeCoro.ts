/**
 * Awaitables written in TypeScript: asyncio's coroutines that CPython writes in Python (`sleep`,
 * `Lock.acquire`, `Queue.get`, `wait_for`…) are TypeScript generators here. A body yields what
 * the awaiting task sees (a future it must wait for, with `_asyncio_future_blocking` set, or None
 * for a bare `yield`, as `sleep(0)` does) and returns the await's value; an exception thrown
 * into it (a cancellation) arrives as a PyError at its `yield`, so `try/finally` cleans up the
 * way the Python originals do. The object is the awaitable and its own iterator (`__await__`
 * returns it), with `send`, `throw` and `close` for `await` delegation.
 */
import type { PyBaseExceptionObject } from '../../../engine/objects/exceptionObject';
import { isCoroutine, PyGenObject } from '../../../engine/objects/genObject';
import type { PyObject } from '../../../engine/objects/object';
import type { PyTypeObject } from '../../../engine/objects/typeObject';
import { iterNext } from '../../objects/abstract';
import type { Interp } from '../../runtime/interp';
import { PyError } from '../../runtime/pyError';
import { genSendNested, genThrowNested, newStopIteration } from '../../vm/generators';
import { callMethod } from '../callMethod';
import { markIteratorType, nativeType, newNativeObject, type PyNativeObject } from '../nativeObject';
import type { FutureCore } from './futureCore';

/** A TypeScript coroutine body: yields new references, returns one. */
export type Body = Generator<PyObject, PyObject, void>;

const bodies = new WeakMap<PyObject, Body>();

/** Whether `o` is one of our TypeScript coroutines. */
export function isNativeCoro(o: PyObject): boolean {
  return bodies.has(o);
}

/** The result of one step of an awaitable: what it yielded, or what it returned (new references). */
export type Step = { yielded: PyObject } | { returned: PyObject };

function stepBody(_interp: Interp, body: Body, exc: PyBaseExceptionObject | null): Step {
  const r = exc ? body.throw(new PyError(exc)) : body.next();
  return r.done ? { returned: r.value } : { yielded: r.value };
}

/** Resumes an awaitable iterator `it` with None or by throwing `exc` (stolen) into it. */
export function stepAwaitable(interp: Interp, it: PyObject, exc: PyBaseExceptionObject | null): Step {
  const body = bodies.get(it);
  if (body) return stepBody(interp, body, exc);
  if (it instanceof PyGenObject) {
    let ret: PyObject = interp.rt.None;
    const v = exc ? genThrowNested(interp, it, exc, (r) => { ret = r; }) : genSendNested(interp, it, interp.none(), (r) => { ret = r; });
    if (v) return { yielded: v };
    if (ret === interp.rt.None) interp.rt.heap.incref(ret);
    return { returned: ret };
  }
  try {
    const v = exc ? callMethod(interp, it, 'throw', [exc]) : iterNext(interp, it);
    return v ? { yielded: v } : { returned: interp.none() };
  } catch (e) {
    if (e instanceof PyError && e.exc.type.isSubtypeOf(interp.excType('StopIteration'))) {
      const v = e.exc.extra[0] ?? interp.rt.None;
      interp.rt.heap.incref(v);
      return { returned: v };
    }
    throw e;
  }
}

/** Whether a task may run `o` (`coroutines.iscoroutine`). */
export function isAnyCoroutine(o: PyObject): boolean {
  return isCoroutine(o) || bodies.has(o);
}

/** The TypeScript-coroutine types, made once per run. */
export function coroType(interp: Interp, qualified: string, size: number): PyTypeObject {
  const t = nativeType(interp, qualified, size);
  if (!interp.methods.lookup(t, '__await__')) {
    markIteratorType(t);
    interp.methods.define(t, '__await__', (i, args) => {
      i.rt.heap.incref(args[0] as PyObject);
      return args[0] as PyObject;
    });
    interp.methods.define(t, 'send', (i, args) => yieldOrStop(i, stepBody(i, bodyOf(i, args[0]), null)));
    interp.methods.define(t, 'throw', (i, args) => {
      // The exception raised out of the body is a new reference (the caller keeps its own).
      i.rt.heap.incref(args[1] as PyObject);
      const exc = i.toException(args[1] as PyObject);
      return yieldOrStop(i, stepBody(i, bodyOf(i, args[0]), exc));
    });
    interp.methods.define(t, 'close', (i, args) => {
      bodyOf(i, args[0]).return(i.none());
      return i.none();
    });
  }
  return t;
}

function bodyOf(interp: Interp, o: PyObject | undefined): Body {
  const b = o ? bodies.get(o) : undefined;
  if (!b) return interp.typeError('expected a coroutine');
  return b;
}

function yieldOrStop(interp: Interp, s: Step): PyObject {
  if ('yielded' in s) return s.yielded;
  throw new PyError(newStopIteration(interp, s.returned));
}

/** A new TypeScript coroutine of type `t` named `name` running `body`, owning `keep` (borrowed) while it lives. */
export function newNativeCoro(interp: Interp, t: PyTypeObject, name: string, body: Body, keep: PyObject[] = []): PyNativeObject {
  for (const k of keep) interp.rt.heap.incref(k);
  const o = newNativeObject(interp, t, keep);
  bodies.set(o, body);
  o.next = (i) => {
    const s = stepBody(i, body, null);
    if ('yielded' in s) return s.yielded;
    if (s.returned === i.rt.None) {
      i.rt.heap.decref(s.returned);
      return null;
    }
    throw new PyError(newStopIteration(i, s.returned));
  };
  o.repr = () => `<coroutine object ${name} at 0x${o.id.toString(16).padStart(12, '0')}>`;
  return o;
}

/** `await fut` inside a TypeScript body: waits until `f` is done, then its result (or raises). */
export function* awaitFuture(interp: Interp, f: FutureCore): Body {
  if (!f.done) {
    f.blocking = true;
    interp.rt.heap.incref(f.obj);
    yield f.obj;
  }
  if (!f.done) interp.raise('RuntimeError', "await wasn't used with future");
  return f.takeResult();
}

/**
 * A body that returns at its first step without awaiting anything (an `async def` such as
 * `Lock.__aexit__` that never suspends): `run` happens when it is awaited, not when it is made.
 */
export function immediately(run: () => PyObject): Body {
  // eslint-disable-next-line require-yield -- a coroutine that finishes at its first step
  return (function* (): Generator<never, PyObject, void> {
    return run();
  })();
}

/** `await it` inside a TypeScript body for any awaitable iterator (a coroutine): delegates until it returns. */
export function* awaitIter(interp: Interp, it: PyObject): Body {
  let exc: PyBaseExceptionObject | null = null;
  for (;;) {
    const s = stepAwaitable(interp, it, exc);
    exc = null;
    if ('returned' in s) return s.returned;
    try {
      yield s.yielded;
    } catch (e) {
      if (!(e instanceof PyError)) throw e;
      exc = e.exc;
    }
  }
}

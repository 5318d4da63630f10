/**
 * Asynchronous generators (PEP 525; Objects/genobject.c, CPython 3.11–3.13): an `async def` with
 * `yield` makes an `async_generator`, the generator struct (176 bytes for a small one, like a
 * generator or coroutine: measured) run by the same machinery (generators.ts). What it yields to
 * its consumer is marked by `CALL_INTRINSIC_1 ASYNC_GEN_WRAP` (a 24-byte wrapper object), so a
 * value its own `await`s pass up to the event loop is told apart from a `yield`:
 *
 *   asend(v) / __anext__()   an `async_generator_asend` awaitable (56 bytes): steps the generator
 *                            until it yields a wrapped value (the await's result), passing
 *                            anything else up; the generator's return is StopAsyncIteration
 *   athrow(e) / aclose()     an `async_generator_athrow` (56 bytes): throws in e (GeneratorExit for
 *                            aclose); aclose gives None once the generator ends or lets
 *                            GeneratorExit/StopAsyncIteration out, and a yield in answer to it is
 *                            RuntimeError "async generator ignored GeneratorExit"
 *   GET_AITER, GET_ANEXT     `async for`: `__aiter__()`, then each step awaits `__anext__()`
 *   END_ASYNC_FOR            StopAsyncIteration ends the loop; anything else is re-raised
 *
 * The first `__anext__`/`asend`/`athrow`/`aclose` calls the `firstiter` hook (asyncio's loop
 * records the generator there to close it at `asyncio.run`'s end: `shutdown_asyncgens`).
 */
import type { PyBaseExceptionObject } from '../../engine/objects/exceptionObject';
import { classTypes } from '../../engine/objects/classTypes';
import { PyGenObject } from '../../engine/objects/genObject';
import { PyObject } from '../../engine/objects/object';
import type { PyTypeObject } from '../../engine/objects/typeObject';
import { noKeywords } from '../builtins/args';
import { awaitIter, coroType, newNativeCoro, type Body } from '../modules/asyncio/nativeCoro';
import { tpName } from '../objects/typeModules';
import { typeLookup } from '../objects/typeLookup';
import type { Interp } from '../runtime/interp';
import { PyError } from '../runtime/pyError';
import { callAny } from './callDispatch';
import { awaitableIter } from './coroutines';
import type { Frame } from './frame';
import { genClose, genSendNested, genThrowNested, throwable } from './generators';
import { callUnraisable } from '../runtime/unraisable';

/** `_PyAsyncGenWrappedValue`: a value the async generator yields to its consumer. */
class PyAsyncGenWrappedValue extends PyObject {
  value: PyObject | null = null;
}

/** Per async generator: `ag_running_async`, `ag_closed`, `ag_hooks_inited`. */
interface AgState {
  runningAsync: boolean;
  closed: boolean;
  hooksInited: boolean;
  /** `ag_origin_or_finalizer`: the hooks in force at the first iteration. */
  finalizer?: AsyncGenHooks;
}

const states = new WeakMap<PyGenObject, AgState>();
const wrapperTypes = new WeakMap<object, PyTypeObject>();
/** `sys.set_asyncgen_hooks`' two hooks, as asyncio's running loop installs them. */
export interface AsyncGenHooks {
  /** Called at a generator's first `__anext__`/`asend`/`athrow`/`aclose`. */
  firstiter(gen: PyGenObject): void;
  /** Called when an unfinished generator that saw `firstiter` is deallocated (it may resurrect it). */
  finalizer(gen: PyGenObject): void;
}

const hooksOf = new WeakMap<Interp, AsyncGenHooks>();

/** Installs (or clears) the hooks; returns the previous ones. */
export function setAsyncGenHooks(interp: Interp, hooks: AsyncGenHooks | null): AsyncGenHooks | null {
  const old = hooksOf.get(interp) ?? null;
  if (hooks) hooksOf.set(interp, hooks);
  else hooksOf.delete(interp);
  return old;
}

function stateOf(gen: PyGenObject): AgState {
  let s = states.get(gen);
  if (!s) states.set(gen, (s = { runningAsync: false, closed: false, hooksInited: false }));
  return s;
}

/** Whether `o` is an async generator object. */
export function isAsyncGen(o: PyObject): o is PyGenObject {
  return o instanceof PyGenObject && o.type.name === 'async_generator';
}

/** Whether an async generator is finished or closed (`ag_closed` or its frame gone). */
export function asyncGenClosed(gen: PyGenObject): boolean {
  return gen.state === 'completed' || !gen.frame || stateOf(gen).closed;
}

function wrapperType(interp: Interp): PyTypeObject {
  const rt = interp.rt;
  let t = wrapperTypes.get(rt);
  if (!t) {
    t = rt.staticType({
      name: 'async_generator_wrapped_value', basicsize: 24, flags: 0,
      dealloc: (heap, o) => {
        const w = o as PyAsyncGenWrappedValue;
        const v = w.value;
        w.value = null;
        heap.xdecref(v);
        heap.freeObject(w);
      },
    });
    wrapperTypes.set(rt, t);
  }
  return t;
}

/** CALL_INTRINSIC_1 ASYNC_GEN_WRAP: `v` (stolen) in a wrapper. */
export function asyncGenWrap(interp: Interp, v: PyObject): PyObject {
  const t = wrapperType(interp);
  const w = interp.rt.heap.newObject((a) => new PyAsyncGenWrappedValue(t, a), 24, t.name);
  w.value = v;
  return w;
}

/** The value inside a wrapper (a new reference; the wrapper is released), or null for anything else. */
function unwrap(interp: Interp, o: PyObject): PyObject | null {
  if (!(o instanceof PyAsyncGenWrappedValue)) return null;
  const v = o.value as PyObject;
  interp.rt.heap.incref(v);
  interp.rt.heap.decref(o);
  return v;
}

/** One step of the generator: what it yielded, or null when it returned. */
function step(interp: Interp, gen: PyGenObject, sent: PyObject | null, exc: PyBaseExceptionObject | null): PyObject | null {
  let ret: PyObject | null = null;
  const y = exc ? genThrowNested(interp, gen, exc, (r) => { ret = r; }) : genSendNested(interp, gen, sent as PyObject, (r) => { ret = r; });
  if (!y && ret) interp.rt.heap.decref(ret);
  return y;
}

/** Drives the generator from a first step until it yields a wrapped value or ends, passing the rest up. */
function* drive(interp: Interp, gen: PyGenObject, first: { sent: PyObject | null; exc: PyBaseExceptionObject | null }, onYield: (v: PyObject) => PyObject, onReturn: () => PyObject): Body {
  let sent = first.sent;
  let exc = first.exc;
  for (;;) {
    const y = step(interp, gen, sent, exc);
    sent = null;
    exc = null;
    if (!y) return onReturn();
    const v = unwrap(interp, y);
    if (v) return onYield(v);
    try {
      yield y;
      sent = interp.none();
    } catch (e) {
      if (!(e instanceof PyError)) throw e;
      exc = e.exc;
    }
  }
}

function stopAsync(interp: Interp): never {
  return interp.raise('StopAsyncIteration');
}

function* asend(interp: Interp, gen: PyGenObject, sent: PyObject): Body {
  const st = stateOf(gen);
  if (st.runningAsync) {
    interp.rt.heap.decref(sent);
    interp.raise('RuntimeError', 'anext(): asynchronous generator is already running');
  }
  if (asyncGenClosed(gen)) {
    interp.rt.heap.decref(sent);
    stopAsync(interp);
  }
  st.runningAsync = true;
  try {
    return yield* drive(interp, gen, { sent, exc: null }, (v) => v, () => stopAsync(interp));
  } catch (e) {
    if (e instanceof PyError && (e.exc.type.isSubtypeOf(interp.excType('StopAsyncIteration')) || e.exc.type.isSubtypeOf(interp.excType('GeneratorExit')))) st.closed = true;
    throw e;
  } finally {
    st.runningAsync = false;
  }
}

function* athrow(interp: Interp, gen: PyGenObject, exc: PyBaseExceptionObject, closing: boolean): Body {
  const st = stateOf(gen);
  const heap = interp.rt.heap;
  if (st.runningAsync) {
    heap.decref(exc);
    interp.raise('RuntimeError', `${closing ? 'aclose' : 'athrow'}(): asynchronous generator is already running`);
  }
  if (asyncGenClosed(gen)) {
    heap.decref(exc);
    if (closing) return interp.none();
    stopAsync(interp);
  }
  st.runningAsync = true;
  try {
    return yield* drive(interp, gen, { sent: null, exc }, (v) => {
      if (!closing) return v;
      heap.decref(v);
      return interp.raise('RuntimeError', 'async generator ignored GeneratorExit');
    }, () => (closing ? interp.none() : stopAsync(interp)));
  } catch (e) {
    if (!(e instanceof PyError)) throw e;
    const t = e.exc.type;
    const ends = t.isSubtypeOf(interp.excType('StopAsyncIteration')) || t.isSubtypeOf(interp.excType('GeneratorExit'));
    if (ends) st.closed = true;
    if (closing && ends) {
      heap.decref(e.exc);
      return interp.none();
    }
    throw e;
  } finally {
    st.runningAsync = false;
    if (closing) st.closed = true;
  }
}

function asendType(interp: Interp): PyTypeObject {
  return coroType(interp, 'async_generator_asend', 56);
}

function athrowType(interp: Interp): PyTypeObject {
  return coroType(interp, 'async_generator_athrow', 56);
}

function initHooks(interp: Interp, gen: PyGenObject): void {
  const st = stateOf(gen);
  if (st.hooksInited) return;
  st.hooksInited = true;
  const hooks = hooksOf.get(interp);
  if (!hooks) return;
  st.finalizer = hooks;
  hooks.firstiter(gen);
}

function awaitable(interp: Interp, t: PyTypeObject, gen: PyGenObject, body: Body): PyObject {
  const o = newNativeCoro(interp, t, t.name, body, [gen]);
  o.repr = () => `<${t.name} object at 0x${o.id.toString(16)}>`;
  return o;
}

/** `agen.__anext__()`: an asend awaitable. */
export function asyncGenAnext(interp: Interp, gen: PyGenObject): PyObject {
  initHooks(interp, gen);
  return awaitable(interp, asendType(interp), gen, asend(interp, gen, interp.none()));
}

/** `agen.aclose()`: an athrow awaitable throwing GeneratorExit. */
export function asyncGenAclose(interp: Interp, gen: PyGenObject): PyObject {
  initHooks(interp, gen);
  return awaitable(interp, athrowType(interp), gen, athrow(interp, gen, interp.newError('GeneratorExit'), true));
}

/** The async generator's methods and finalizer. */
export function installAsyncGenerators(interp: Interp): void {
  const t = classTypes(interp.rt).asyncGenerator;
  // _PyGen_Finalize: the loop's finalizer hook when the generator has one (asyncio schedules its
  // aclose()), else a close as a plain generator's.
  t.finalize = (o) => callUnraisable(interp, o, () => {
    const g = o as PyGenObject;
    const fin = states.get(g)?.finalizer;
    if (fin && !asyncGenClosed(g)) fin.finalizer(g);
    else genClose(interp, g);
  });
  const gen = (i: Interp, o: PyObject | undefined): PyGenObject => {
    if (!o || !isAsyncGen(o)) return i.typeError('an async generator is required');
    return o;
  };
  interp.methods.define(t, '__aiter__', (i, args) => {
    i.rt.heap.incref(args[0] as PyObject);
    return args[0] as PyObject;
  });
  interp.methods.define(t, '__anext__', (i, args) => asyncGenAnext(i, gen(i, args[0])));
  interp.methods.define(t, 'asend', (i, args, kw) => {
    noKeywords(i, 'asend', kw);
    const g = gen(i, args[0]);
    initHooks(i, g);
    i.rt.heap.incref(args[1] as PyObject);
    return awaitable(i, asendType(i), g, asend(i, g, args[1] as PyObject));
  });
  interp.methods.define(t, 'athrow', (i, args, kw) => {
    noKeywords(i, 'athrow', kw);
    const g = gen(i, args[0]);
    initHooks(i, g);
    return awaitable(i, athrowType(i), g, athrow(i, g, throwable(i, args[1] as PyObject), false));
  });
  interp.methods.define(t, 'aclose', (i, args) => asyncGenAclose(i, gen(i, args[0])));
  interp.builtins.set('aiter', interp.nativeFunction('aiter', (i, args, kw) => {
    noKeywords(i, 'aiter', kw);
    const o = args[0] as PyObject;
    const f = typeLookup(i, o.type, '__aiter__');
    if (!f) return i.typeError(`'${tpName(o.type)}' object is not an async iterable`);
    const it = callAny(i, f, [o]);
    if (!typeLookup(i, it.type, '__anext__')) {
      const name = tpName(it.type);
      i.rt.heap.decref(it);
      i.typeError(`aiter() returned not an async iterator of type '${name}'`);
    }
    return it;
  }));
  interp.builtins.set('anext', interp.nativeFunction('anext', (i, args, kw) => {
    noKeywords(i, 'anext', kw);
    const o = args[0] as PyObject;
    const f = typeLookup(i, o.type, '__anext__');
    if (!f) return i.typeError(`'${tpName(o.type)}' object is not an async iterator`);
    const awaitable = callAny(i, f, [o]);
    if (args.length < 2) return awaitable;
    // anext(it, default): an `anext_awaitable` giving the default for StopAsyncIteration.
    const dflt = args[1] as PyObject;
    const body = (function* (): Body {
      const it = awaitableIter(i, awaitable);
      try {
        return yield* awaitIter(i, it);
      } catch (e) {
        if (!(e instanceof PyError) || !e.exc.type.isSubtypeOf(i.excType('StopAsyncIteration'))) throw e;
        i.rt.heap.decref(e.exc);
        i.rt.heap.incref(dflt);
        return dflt;
      } finally {
        i.rt.heap.decref(it);
      }
    })();
    const a = newNativeCoro(i, coroType(i, 'anext_awaitable', 40), 'anext_awaitable', body, [awaitable, dflt]);
    i.rt.heap.decref(awaitable);
    a.repr = () => `<anext_awaitable object at 0x${a.id.toString(16)}>`;
    return a;
  }));
}

/** GET_AITER: replaces the top of the stack by `__aiter__()`'s result. */
export function getAiterOp(interp: Interp, frame: Frame): void {
  const stack = frame.stack;
  const heap = interp.rt.heap;
  const obj = stack.pop() as PyObject;
  let it: PyObject;
  try {
    const f = typeLookup(interp, obj.type, '__aiter__');
    if (!f) return interp.typeError(`'async for' requires an object with __aiter__ method, got ${tpName(obj.type)}`);
    it = callAny(interp, f, [obj]);
  } finally {
    heap.decref(obj);
  }
  if (!typeLookup(interp, it.type, '__anext__')) {
    const name = tpName(it.type);
    heap.decref(it);
    interp.typeError(`'async for' received an object from __aiter__ that does not implement __anext__: ${name}`);
  }
  stack.push(it);
}

/** GET_ANEXT: pushes the awaitable of `__anext__()` of the iterator on top (which stays). */
export function getAnextOp(interp: Interp, frame: Frame): void {
  const stack = frame.stack;
  const aiter = stack[stack.length - 1] as PyObject;
  if (isAsyncGen(aiter)) {
    stack.push(asyncGenAnext(interp, aiter));
    return;
  }
  const f = typeLookup(interp, aiter.type, '__anext__');
  if (!f) interp.typeError(`'async for' requires an iterator with __anext__ method, got ${tpName(aiter.type)}`);
  const next = callAny(interp, f, [aiter]);
  try {
    stack.push(awaitableIter(interp, next));
  } catch (e) {
    if (e instanceof PyError) interp.typeError(`'async for' received an invalid object from __anext__: ${tpName(next.type)}`);
    throw e;
  } finally {
    interp.rt.heap.decref(next);
  }
}

/** END_ASYNC_FOR: StopAsyncIteration ends the loop (the iterator goes too); anything else is re-raised. */
export function endAsyncForOp(interp: Interp, frame: Frame, markReraise: () => void): void {
  const stack = frame.stack;
  const exc = stack.pop() as PyBaseExceptionObject;
  if (exc.type.isSubtypeOf(interp.excType('StopAsyncIteration'))) {
    interp.rt.heap.decref(exc);
    interp.rt.heap.decref(stack.pop() as PyObject);
    return;
  }
  markReraise();
  throw new PyError(exc);
}

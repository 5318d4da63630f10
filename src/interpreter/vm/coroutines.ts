/**
 * Native coroutines (Objects/genobject.c, CPython 3.11–3.13): an `async def` call makes a
 * `coroutine`, the same struct as a generator (the same `sys.getsizeof`, measured by
 * test/oracle/coroutineProbe.py) run by the same machinery (generators.ts), but not an iterator:
 *
 *   BEFORE_ASYNC_WITH    `__aenter__`/`__aexit__` (classOps.ts beforeWith), then GET_AWAITABLE
 *   throw()/close()      delegated to the awaited iterator first (generators.ts `yieldFromOf`)
 *   GET_AWAITABLE        `_PyCoro_GetAwaitableIter`: a coroutine awaits itself; anything else
 *                        needs `__await__` returning an iterator (not a coroutine)
 *   SEND on a finished   "cannot reuse already awaited coroutine" (resumeGen)
 *   c.__await__()        a `coroutine_wrapper` (40 bytes, tracked), the iterator `yield from` sees
 *   dealloc, never run   `_PyErr_WarnUnawaitedCoroutine`: RuntimeWarning "coroutine 'f' was never
 *                        awaited" at the line dropping it, with the tracemalloc hint line
 */
import { classTypes } from '../../engine/objects/classTypes';
import { isCoroutine, PyGenObject } from '../../engine/objects/genObject';
import type { PyObject } from '../../engine/objects/object';
import { PyUnicodeObject } from '../../engine/objects/unicodeObject';
import type { Interp } from '../runtime/interp';
import { callUnraisable } from '../runtime/unraisable';
import { noKeywords } from '../builtins/args';
import { markIteratorType, nativeType, newNativeObject, type PyNativeObject } from '../modules/nativeObject';
import { warnFromNative } from '../modules/nativeWarn';
import { typeLookup } from '../objects/typeLookup';
import { callAny } from './callDispatch';
import type { Frame } from './frame';
import { genClose, genFrameOf, genSendNested, newStopIteration, yieldFromOf } from './generators';
import { PyError } from '../runtime/pyError';
import { isIterator } from '../objects/typeSlots';
import { codeObjectOf } from '../objects/frameAttrs';
import type { LoadedCode } from './loadedCode';
import { frameObjectOf } from './tracebackHere';

/** `_PyGen_yf` of a coroutine: what it is awaiting (borrowed), or null. */
export function awaitedBy(_interp: Interp, gen: PyGenObject): PyObject | null {
  return yieldFromOf(gen);
}

/** `_PyCoro_GetAwaitableIter(o)`: a new reference to what `await o` iterates. */
export function awaitableIter(interp: Interp, o: PyObject): PyObject {
  const rt = interp.rt;
  if (isCoroutine(o)) {
    rt.heap.incref(o);
    return o;
  }
  const f = typeLookup(interp, o.type, '__await__');
  if (!f) interp.typeError(`object ${o.type.name} can't be used in 'await' expression`);
  const r = callAny(interp, f, [o]);
  if (isCoroutine(r)) {
    rt.heap.decref(r);
    interp.typeError('__await__() returned a coroutine');
  }
  if (!isIterator(interp, r)) {
    const name = r.type.name;
    rt.heap.decref(r);
    interp.typeError(`__await__() returned non-iterator of type '${name}'`);
  }
  return r;
}

/** GET_AWAITABLE: replaces the top of the stack by its awaitable iterator. */
export function getAwaitableOp(interp: Interp, frame: Frame, arg: number): void {
  const stack = frame.stack;
  const v = stack[stack.length - 1] as PyObject;
  let it: PyObject;
  try {
    it = awaitableIter(interp, v);
  } catch (e) {
    if (arg === 1 || arg === 2) {
      const which = arg === 1 ? '__aenter__' : '__aexit__';
      interp.typeError(`'async with' received an object from ${which} that does not implement __await__: ${v.type.name}`);
    }
    throw e;
  }
  if (it instanceof PyGenObject && isCoroutine(it) && awaitedBy(interp, it)) {
    interp.rt.heap.decref(it);
    interp.raise('RuntimeError', 'coroutine is being awaited already');
  }
  stack[stack.length - 1] = it;
  interp.rt.heap.decref(v);
}

/** The `coroutine_wrapper` type: `c.__await__()`, an iterator driving its coroutine. */
function wrapperType(interp: Interp) {
  const t = nativeType(interp, 'coroutine_wrapper', 40);
  markIteratorType(t);
  return t;
}

/** `__await__` (a `coroutine_wrapper`), the wrapper's methods and the coroutine's finalizer. */
export function installCoroutines(interp: Interp): void {
  const rt = interp.rt;
  const coro = classTypes(rt).coroutine;
  const wrapper = wrapperType(interp);
  interp.methods.define(coro, '__await__', (i, args, kw) => {
    noKeywords(i, '__await__', kw);
    const c = args[0] as PyGenObject;
    rt.heap.incref(c);
    const w = newNativeObject(i, wrapper, [c]);
    w.next = (ii) => {
      let ret: PyObject | null = null;
      const v = genSendNested(ii, c, ii.none(), (r) => { ret = r; });
      if (v || !ret) return v;
      // The coroutine returned: its value travels in StopIteration, as `coro_wrapper_iternext`'s.
      if (ret === ii.rt.None) { ii.rt.heap.decref(ret); return null; }
      throw new PyError(newStopIteration(ii, ret));
    };
    return w;
  });
  for (const name of ['send', 'throw', 'close']) {
    interp.methods.define(wrapper, name, (i, args, kw) => {
      const m = interp.methods.lookup(coro, name) as PyObject;
      return callAny(i, m, [(args[0] as PyNativeObject).refs[0] as PyObject, ...args.slice(1)], kw);
    });
  }
  coro.finalize = (o) => callUnraisable(interp, o, () => {
    const g = o as PyGenObject;
    if (g.state !== 'created') {
      genClose(interp, g);
      return;
    }
    const name = g.qualname instanceof PyUnicodeObject ? g.qualname.value : '?';
    warnFromNative(interp, 'RuntimeWarning', `coroutine '${name}' was never awaited`, 1, g);
  });
}


/** `cr_await`: what the coroutine is awaiting (a new reference), or None. */
export function crAwait(interp: Interp, g: PyGenObject): PyObject {
  const r = awaitedBy(interp, g) ?? interp.rt.None;
  interp.rt.heap.incref(r);
  return r;
}

/** `gi_code` / `cr_code`: the code object the generator runs (a new reference). */
export function genCodeAttr(interp: Interp, g: PyGenObject): PyObject {
  const c = codeObjectOf(interp, g.code as LoadedCode);
  interp.rt.heap.incref(c);
  return c;
}

/** `gi_frame` / `cr_frame`: the frame object while the generator is unfinished, else None (a new reference). */
export function genFrameAttr(interp: Interp, g: PyGenObject): PyObject {
  const f = g.frame ? frameObjectOf(interp, genFrameOf(g)) : interp.rt.None;
  interp.rt.heap.incref(f);
  return f;
}

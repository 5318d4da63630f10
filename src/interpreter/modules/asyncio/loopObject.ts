/**
 * The Python face of the running loop (`asyncio.get_running_loop()`): a `_UnixSelectorEventLoop`
 * with the methods programs use most, `time()`, `create_future()` and `create_task()`. The loop
 * itself is eventLoop.ts; one Python object per loop, made on first request.
 */
import { newFloat } from '../../../engine/objects/floatObject';
import type { PyObject } from '../../../engine/objects/object';
import type { PyTypeObject } from '../../../engine/objects/typeObject';
import type { NativeImpl } from '../../vm/callables';
import { nativeType, newNativeObject } from '../nativeObject';
import { bindArgs } from '../pyArgs';
import { type Aio, newFuture, newTask, runningLoop } from './aio';
import type { EventLoop } from './eventLoop';
import { withRepr } from './futureTypes';
import { isAnyCoroutine } from './nativeCoro';

/** `sys.getsizeof` of a `_UnixSelectorEventLoop` (a Python class instance: 48 with the GC head, no dict). */
const LOOP_SIZE = 48;

/** `loop.time()` in seconds. */
export function loopTime(loop: EventLoop): number {
  return Number(loop.nowNs()) / 1e9;
}

/** Makes the loop type and returns `get_running_loop`. */
export function installLoopObject(aio: Aio): NativeImpl {
  const i0 = aio.interp;
  const rt = i0.rt;
  const t: PyTypeObject = nativeType(i0, 'asyncio.unix_events._UnixSelectorEventLoop', LOOP_SIZE);
  const loops = new WeakMap<PyObject, EventLoop>();
  const loopOf = (o: PyObject | undefined): EventLoop => {
    const l = o ? loops.get(o) : undefined;
    if (!l) return i0.typeError('an event loop is required');
    return l;
  };
  const methods: Record<string, NativeImpl> = {
    time: (i, a) => newFloat(i.rt, loopTime(loopOf(a[0]))),
    create_future: (_i, a) => withRepr(aio, newFuture(aio, loopOf(a[0]))).obj,
    create_task: (i, a, kw) => {
      const loop = loopOf(a[0]);
      const [coro, name] = bindArgs(i, { qualname: 'create_task', params: ['coro'], kwOnly: ['name', 'context'], required: 1 }, a.slice(1), kw);
      if (!isAnyCoroutine(coro as PyObject)) i.typeError(`a coroutine was expected, got ${(coro as PyObject).type.name}`);
      rt.heap.incref(coro as PyObject);
      return withRepr(aio, newTask(aio, loop, coro as PyObject, name ?? null)).obj;
    },
  };
  for (const [m, impl] of Object.entries(methods)) i0.methods.define(t, m, impl);
  return () => {
    const loop = runningLoop(aio);
    let o = loop.pyObject as PyObject | null;
    if (!o) {
      const made = newNativeObject(i0, t, []);
      made.repr = () => `<_UnixSelectorEventLoop running=${loop.running ? 'True' : 'False'} closed=${loop.closed ? 'True' : 'False'} debug=False>`;
      loops.set(made, loop);
      // The loop keeps its Python object for its lifetime (the reference below).
      loop.pyObject = made;
      o = made;
    }
    rt.heap.incref(o);
    return o;
  };
}

/**
 * The event loop's care of async generators (CPython 3.11–3.13 `BaseEventLoop`): while it runs,
 * `firstiter` records every generator that starts iterating, and `finalizer` (an unfinished one
 * being deallocated) drops it from the record and schedules a task running its `aclose()` on the
 * next turn, so its `finally` blocks run in the loop. At `asyncio.run`'s end, after the pending
 * tasks are cancelled, `shutdown_asyncgens` closes the generators still alive and unfinished, all
 * at once under a gather (each aclose() in its own task), so their cleanup runs then.
 *
 * CPython keeps the record in a WeakSet (address order); ours keeps first-iteration order.
 */
import type { PyGenObject } from '../../../engine/objects/genObject';
import { asyncGenAclose, asyncGenClosed, type AsyncGenHooks } from '../../vm/asyncGenerators';
import { type Aio, futureOf } from './aio';
import { gather } from './combinators';
import type { EventLoop } from './eventLoop';
import { withRepr } from './futureTypes';
import { newTask } from './aio';

const records = new WeakMap<EventLoop, Set<PyGenObject>>();

function recordOf(loop: EventLoop): Set<PyGenObject> {
  let r = records.get(loop);
  if (!r) records.set(loop, (r = new Set()));
  return r;
}

/** The hooks `loop` installs while it runs. */
export function loopAsyncGenHooks(aio: Aio, loop: EventLoop): AsyncGenHooks {
  return {
    firstiter: (gen) => { recordOf(loop).add(gen); },
    finalizer: (gen) => {
      recordOf(loop).delete(gen);
      // call_soon_threadsafe(create_task, agen.aclose()): the awaitable is made now (it owns the generator).
      const closing = asyncGenAclose(aio.interp, gen);
      loop.callSoon(() => {
        aio.interp.rt.heap.decref(withRepr(aio, newTask(aio, loop, closing, null)).obj);
      });
    },
  };
}

/** `loop.shutdown_asyncgens()`: closes the recorded generators still alive, and runs the loop until they are. */
export function shutdownAsyncGens(aio: Aio, loop: EventLoop): void {
  const heap = aio.interp.rt.heap;
  const record = recordOf(loop);
  const closing = [...record].filter((g) => heap.live.has(g) && !asyncGenClosed(g));
  record.clear();
  if (!closing.length) return;
  const acloses = closing.map((g) => asyncGenAclose(aio.interp, g));
  const g = futureOf(aio, gather(aio, acloses, true, loop));
  for (const a of acloses) heap.decref(a);
  g.addDoneCallback({ ts: () => loop.stop() });
  loop.run();
  heap.decref(g.obj);
}

/**
 * `list(gen)` and `tuple(gen)` called from Python inside a simulated thread
 * (modules/threadScheduler.ts): the constructor runs as a resumable native
 * (vm/resumableNative.ts), so the generator's frame runs in the thread's loop and a wait inside
 * it (`queue.get()`, `time.sleep()`) parks the thread, as CPython's list_extend blocks in C while
 * the others run. Anywhere else the plain constructors run (typeConstructors.ts); the
 * allocations are the same (list_extend's hint and growth, the tuple of the collected items).
 */
import { PyGenObject } from '../../engine/objects/genObject';
import { newList } from '../../engine/objects/listObject';
import type { PyObject } from '../../engine/objects/object';
import { newTuple } from '../../engine/objects/tupleObject';
import type { PyTypeObject } from '../../engine/objects/typeObject';
import { runningThread } from '../modules/threadScheduler';
import { listExtendSteps } from '../objects/sequenceOps';
import type { Interp } from '../runtime/interp';
import type { PreparedCall } from '../vm/callDispatch';
import type { Frame } from '../vm/frame';
import { startSteps, type NativeSteps } from '../vm/resumableNative';
import { collectSteps } from './builtinFunctions';

/** `t(gen)` as a resumable native when `t` is list or tuple, called from a thread's frame; null otherwise. */
export function threadConsumerCall(interp: Interp, t: PyTypeObject, args: PyObject[], kwnames: string[] | null, caller: Frame | null): PreparedCall | null {
  if (!caller || kwnames || args.length !== 1 || !(args[0] instanceof PyGenObject) || runningThread(interp) === null) return null;
  const rt = interp.rt;
  const gen = args[0];
  if (t === rt.types.list) return startSteps(interp, listSteps(interp, gen), caller);
  if (t === rt.types.tuple) return startSteps(interp, tupleSteps(interp, gen), caller);
  return null;
}

function* listSteps(interp: Interp, gen: PyObject): NativeSteps {
  const l = newList(interp.rt, [], 0, true);
  try {
    yield* listExtendSteps(interp, l, gen);
  } catch (e) {
    interp.rt.heap.decref(l);
    throw e;
  }
  return l;
}

function* tupleSteps(interp: Interp, gen: PyObject): NativeSteps {
  return newTuple(interp.rt, yield* collectSteps(interp, gen));
}

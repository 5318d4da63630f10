/**
 * `list(gen)`, `tuple(gen)`, `set(gen)`, `frozenset(gen)` and `dict(gen)` called from Python inside a simulated thread
 * (modules/threadScheduler.ts): the constructor runs as a resumable native
 * (vm/resumableNative.ts), so the generator's frame runs in the thread's loop and a wait inside
 * it (`queue.get()`, `time.sleep()`) parks the thread, as CPython's list_extend blocks in C while
 * the others run. `gen` is any iterator whose items run Python code (iterItemSteps.ts). Anywhere
 * else the plain constructors run (typeConstructors.ts); the allocations are the same
 * (list_extend's hint and growth, the tuple of the collected items). A FOR_ITER in a thread over
 * such an iterator takes the same steps (`forIterInThread`).
 */
import { allocDict } from '../../engine/objects/dictObject';
import { newList } from '../../engine/objects/listObject';
import { newSet } from '../../engine/objects/setObject';
import { PyHeapTypeObject } from '../../engine/objects/typeHeap';
import { mergeFromSeq2Steps } from '../objects/dictMethods';
import { setUpdateSteps } from '../objects/setMethods';
import type { PyObject } from '../../engine/objects/object';
import { newTuple } from '../../engine/objects/tupleObject';
import type { PyTypeObject } from '../../engine/objects/typeObject';
import { runningThread } from '../modules/threadScheduler';
import { listExtendSteps } from '../objects/sequenceOps';
import type { Interp } from '../runtime/interp';
import type { PreparedCall } from '../vm/callDispatch';
import type { Frame } from '../vm/frame';
import { startSteps, type NativeSteps, type PyStep } from '../vm/resumableNative';
import { collectSteps } from './builtinFunctions';
import { nextItem, runsPythonNext } from './iterItemSteps';

/** `t(gen)` as a resumable native when `t` is list, tuple, set, frozenset or dict, called from a thread's frame; null otherwise. */
export function threadConsumerCall(interp: Interp, t: PyTypeObject, args: PyObject[], kwnames: string[] | null, caller: Frame | null): PreparedCall | null {
  if (!caller || kwnames || args.length !== 1 || !runsPythonNext(args[0]) || runningThread(interp) === null) return null;
  const rt = interp.rt;
  const gen = args[0];
  if (t === rt.types.list) return startSteps(interp, filledSteps(interp, newList(rt, [], 0, true), (l) => listExtendSteps(interp, l, gen)), caller);
  if (t === rt.types.tuple) return startSteps(interp, tupleSteps(interp, gen), caller);
  if (t === rt.types.set || t === rt.types.frozenset) return startSteps(interp, filledSteps(interp, newSet(rt, t), (s) => setUpdateSteps(interp, s, gen)), caller);
  // A class instance may be a mapping (`keys`): dict_update_arg's other path, left to the plain constructor.
  if (t === rt.types.dict && !(gen.type instanceof PyHeapTypeObject)) return startSteps(interp, filledSteps(interp, allocDict(rt), (d) => mergeFromSeq2Steps(interp, d, gen)), caller);
  return null;
}

/**
 * FOR_ITER in a thread over an iterator whose next item runs Python code (a class's `__next__`,
 * map/filter/enumerate/zip over one): the item's calls run as frames of the loop, so a wait in
 * them parks the thread. The item goes on `frame`'s stack; at the end the iterator is popped and
 * the loop jumps to `target`, as FOR_ITER does, and nothing is pushed.
 */
export function forIterInThread(interp: Interp, frame: Frame, it: PyObject, target: number): PreparedCall {
  return startSteps(interp, forItemSteps(interp, frame, it, target), frame);
}

function* forItemSteps(interp: Interp, frame: Frame, it: PyObject, target: number): NativeSteps {
  const item = yield* nextItem(interp, it);
  if (item !== null) return item;
  interp.rt.heap.decref(frame.stack.pop() as PyObject);
  frame.pc = target;
  return null as unknown as PyObject;
}

/** `o` (new) filled by `fill`'s steps; released when they fail, a callee's error closing them included. */
function* filledSteps<T extends PyObject>(interp: Interp, o: T, fill: (o: T) => Generator<PyStep, void, PyObject>): NativeSteps {
  let done = false;
  try {
    yield* fill(o);
    done = true;
  } finally {
    if (!done) interp.rt.heap.decref(o);
  }
  return o;
}

function* tupleSteps(interp: Interp, gen: PyObject): NativeSteps {
  return newTuple(interp.rt, yield* collectSteps(interp, gen));
}

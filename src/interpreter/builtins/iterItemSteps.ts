/**
 * `PyIter_Next(it)` as a resumable native's steps (vm/resumableNative.ts): every Python call the
 * next item needs becomes a step, so in a simulated thread (modules/threadScheduler.ts) it runs
 * as a frame of the thread's loop and a wait inside it (`q.get()`, `lock.acquire()`,
 * `time.sleep()`) parks the thread, as CPython's thread blocks inside the C consumer.
 *
 *   generator            its frame, resumed on the caller (the `{ iterator }` step)
 *   class with __next__  a call of the Python `__next__` whose StopIteration is the end
 *   enumerate, zip       the next items of their iterators, in the reusable result tuple
 *   map, filter          the next items of their iterators, then a call of the function
 *   anything else        `iterNext` (no Python code runs, nothing can block)
 *
 * Outside threads the consumers read items with `iterNext` (`chainsItems` asks once per call),
 * so nothing here is on the fast path.
 */
import { reuseResultTuple } from '../../engine/objects/dictViewObject';
import { PyFunctionObject } from '../../engine/objects/funcObject';
import { PyGenObject } from '../../engine/objects/genObject';
import { PyLazyIterObject } from '../../engine/objects/lazyIterObjects';
import { newInt } from '../../engine/objects/longObject';
import type { PyObject } from '../../engine/objects/object';
import type { PyTupleObject } from '../../engine/objects/tupleObject';
import { PyHeapTypeObject } from '../../engine/objects/typeHeap';
import { runningThread } from '../modules/threadScheduler';
import { isTrue, iterNext } from '../objects/abstract';
import { typeLookup } from '../objects/typeLookup';
import type { Interp } from '../runtime/interp';
import type { PyStep } from '../vm/resumableNative';
import { zipStrictCheck } from './iterTools';

/** What `nextItem` takes steps for: the iterators that may run Python code for their next item. */
export function runsPythonNext(it: PyObject): boolean {
  return it instanceof PyGenObject || it.type instanceof PyHeapTypeObject || it instanceof PyLazyIterObject;
}

/**
 * Whether `nextItem` can do more for `it` than `iterNext`: an iterator that runs Python code, in a
 * simulated thread. A consumer asks once per call and reads anything else with `iterNext`, so
 * any(), sum() and collect() take no step through the native's driver per item outside threads.
 */
export function chainsItems(interp: Interp, it: PyObject): boolean {
  return runsPythonNext(it) && runningThread(interp) !== null;
}

/** The next item of `it` (borrowed): a new reference, or null once exhausted. */
export function* nextItem(interp: Interp, it: PyObject): Generator<PyStep, PyObject | null, PyObject> {
  if (it instanceof PyGenObject) return (yield { iterator: it }) as PyObject | null;
  if (it instanceof PyLazyIterObject) {
    switch (it.kind) {
      case 'enumerate': return yield* enumerateItem(interp, it);
      case 'zip': return yield* zipItem(interp, it);
      case 'map': return yield* mapItem(interp, it);
      case 'filter': return yield* filterItem(interp, it);
      default: return iterNext(interp, it);
    }
  }
  if (it.type instanceof PyHeapTypeObject) {
    const next = typeLookup(interp, it.type, '__next__');
    if (next instanceof PyFunctionObject) {
      interp.poll();
      return (yield { callable: next, args: [it], endsIteration: true }) as PyObject | null;
    }
  }
  return iterNext(interp, it);
}

function* enumerateItem(interp: Interp, en: PyLazyIterObject): Generator<PyStep, PyObject | null, PyObject> {
  const item = yield* nextItem(interp, en.source as PyObject);
  if (item === null) return null;
  const index = newInt(interp.rt, en.index++);
  return reuseResultTuple(interp.rt, en.result, [index, item]);
}

function* zipItem(interp: Interp, z: PyLazyIterObject): Generator<PyStep, PyObject | null, PyObject> {
  const its = (z.source as PyTupleObject).items;
  if (its.length === 0) return null;
  const items: PyObject[] = [];
  let complete = false;
  try {
    for (let i = 0; i < its.length; i++) {
      const v = yield* nextItem(interp, its[i]);
      if (v === null) {
        if (z.strict) zipStrictCheck(interp, its, i);
        return null;
      }
      items.push(v);
    }
    complete = true;
  } finally {
    if (!complete) for (const x of items) interp.rt.heap.decref(x);
  }
  return reuseResultTuple(interp.rt, z.result, items);
}

function* mapItem(interp: Interp, m: PyLazyIterObject): Generator<PyStep, PyObject | null, PyObject> {
  const callArgs: PyObject[] = [];
  try {
    for (const i of (m.source as PyTupleObject).items) {
      const v = yield* nextItem(interp, i);
      if (v === null) return null;
      callArgs.push(v);
    }
    return yield { callable: m.func as PyObject, args: callArgs };
  } finally {
    for (const x of callArgs) interp.rt.heap.decref(x);
  }
}

function* filterItem(interp: Interp, f: PyLazyIterObject): Generator<PyStep, PyObject | null, PyObject> {
  const rt = interp.rt;
  const pred = f.func as PyObject;
  for (;;) {
    const item = yield* nextItem(interp, f.source as PyObject);
    if (item === null) return null;
    let keep = false;
    try {
      if (pred === rt.None || pred === rt.types.bool) keep = isTrue(interp, item);
      else {
        const verdict = yield { callable: pred, args: [item] };
        try {
          keep = isTrue(interp, verdict);
        } finally {
          rt.heap.decref(verdict);
        }
      }
    } finally {
      if (!keep) rt.heap.decref(item);
    }
    if (keep) return item;
  }
}

/**
 * `iter(callable, sentinel)`: the `callable_iterator` (Objects/iterobject.c, calliterobject: the
 * callable and the sentinel, 48 bytes with its GC header on 3.11–3.13). Each `next` calls the
 * callable with no arguments; a result equal to the sentinel, or a StopIteration from the call,
 * drops both references (calliter_iternext's Py_CLEARs) and ends the iteration for good.
 */
import type { PyObject } from '../../engine/objects/object';
import { equals } from '../objects/richCompare';
import type { Interp } from '../runtime/interp';
import { PyError } from '../runtime/pyError';
import { newNativeObject, nativeType } from '../modules/nativeObject';
import { callAny } from '../vm/callDispatch';
import { ThreadSwitch } from '../vm/threadSwitch';

/** A new `callable_iterator` over `callable` until `sentinel` (both borrowed). */
export function newCallIter(interp: Interp, callable: PyObject, sentinel: PyObject): PyObject {
  const heap = interp.rt.heap;
  heap.incref(callable);
  heap.incref(sentinel);
  const it = newNativeObject(interp, nativeType(interp, 'callable_iterator', 48), [callable, sentinel]);
  const clear = (): null => {
    const [f, s] = it.refs;
    it.refs = [null, null];
    heap.xdecref(f);
    heap.xdecref(s);
    return null;
  };
  // The result of a call that blocked a simulated thread, handed back when FOR_ITER runs again.
  let woken: PyObject | null = null;
  it.next = (i) => {
    const [f, s] = it.refs;
    if (!f || !s) return null;
    let result: PyObject;
    try {
      if (woken) {
        result = woken;
        woken = null;
      } else result = callAny(i, f, []);
    } catch (e) {
      if (e instanceof ThreadSwitch) e.rerun ??= (v) => { woken = v; };
      if (!(e instanceof PyError) || !e.exc.type.isSubtypeOf(i.excType('StopIteration'))) throw e;
      heap.decref(e.exc);
      return clear();
    }
    let done: boolean;
    try {
      done = result === s || equals(i, s, result);
    } catch (e) {
      heap.decref(result);
      throw e;
    }
    if (!done) return result;
    heap.decref(result);
    return clear();
  };
  return it;
}

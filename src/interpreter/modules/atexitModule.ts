/**
 * `atexit` (Modules/atexitmodule.c, 3.11–3.13): the functions `Py_FinalizeEx` calls once, newest
 * first, after the threads have finished and before the modules are torn down (exitPhase.ts).
 *
 *   callbacks: [ slot 0 | slot 1 | ... | slot n-1 ]      register() appends a slot,
 *               func, args tuple, kwargs dict or null     unregister() empties the matching ones
 *
 * `weakref.finalize` registers its exit function here too (on its first finalizer, as weakref.py
 * does), so its finalizers run in the same newest-first order among the script's callbacks.
 * An exception in a callback is reported as unraisable ("Exception ignored in atexit callback:
 * <repr>" in 3.11/3.12, "Exception ignored in atexit callback <repr>:" in 3.13) and the next one
 * runs. Obscurity: `_ncallbacks()` counts slots, the emptied ones too (3.12.1, 3.13.0).
 */
import { newDict, type PyDictObject } from '../../engine/objects/dictObject';
import { newInt } from '../../engine/objects/longObject';
import type { PyObject } from '../../engine/objects/object';
import { newTuple, type PyTupleObject } from '../../engine/objects/tupleObject';
import { newStr } from '../../engine/objects/unicodeObject';
import { dictItems } from '../../engine/objects/dictObject';
import type { PyUnicodeObject } from '../../engine/objects/unicodeObject';
import { dictStore } from '../objects/containerOps';
import { reprOf } from '../objects/repr';
import { compare } from '../objects/richCompare';
import type { Interp } from '../runtime/interp';
import type { PyModuleObject } from '../runtime/moduleObject';
import { callUnraisableWith } from '../runtime/unraisable';
import { callableCheck } from '../builtins/valueBuiltins';
import { callAny } from '../vm/callDispatch';

/** A registered Python callable with its arguments (owned), or a native exit function. */
type Callback = { func: PyObject; args: PyTupleObject; kwargs: PyDictObject | null } | { native: () => void };

const states = new WeakMap<Interp, (Callback | null)[]>();

function callbacksOf(interp: Interp): (Callback | null)[] {
  let list = states.get(interp);
  if (!list) states.set(interp, (list = []));
  return list;
}

/** A native exit function in the atexit list (weakref.finalize's `_exitfunc`). */
export function registerNativeExitFunc(interp: Interp, fn: () => void): void {
  callbacksOf(interp).push({ native: fn });
}

/** Drops the callback's references. */
function release(interp: Interp, cb: Callback): void {
  if ('native' in cb) return;
  const heap = interp.rt.heap;
  heap.decref(cb.func);
  heap.decref(cb.args);
  if (cb.kwargs) heap.decref(cb.kwargs);
}

/** `atexit_callfuncs`: the callbacks newest first, each once; the list is empty afterwards. */
export function runExitFuncs(interp: Interp): void {
  const list = callbacksOf(interp);
  for (let i = list.length - 1; i >= 0; i--) {
    const cb = list[i];
    if (!cb) continue;
    list[i] = null;
    if ('native' in cb) {
      cb.native();
      continue;
    }
    // 3.13 names the callback in err_msg and passes no object (measured with a script's unraisablehook).
    const v313 = interp.rt.profile.version === '3.13';
    const errMsg = () => (v313 ? `Exception ignored in atexit callback ${reprOf(interp, cb.func)}` : 'Exception ignored in atexit callback');
    callUnraisableWith(interp, errMsg, v313 ? null : cb.func, () => {
      const items = cb.kwargs ? dictItems(cb.kwargs) : [];
      const kwnames = items.length ? items.map((e) => (e.key as PyUnicodeObject).value) : null;
      interp.rt.heap.decref(callAny(interp, cb.func, [...cb.args.items, ...items.map((e) => e.value)], kwnames));
    });
    release(interp, cb);
  }
  list.length = 0;
}

/** The `atexit` module. */
export function createAtexit(interp: Interp): PyModuleObject {
  const rt = interp.rt;
  return interp.defineModule('atexit', {
    register: (i, args, kwnames) => {
      const npos = args.length - (kwnames?.length ?? 0);
      if (npos === 0) return i.typeError(`register() takes at least 1 argument (0 given)`);
      const func = args[0];
      if (!callableCheck(i, func)) return i.typeError('the first argument must be callable');
      for (const a of args) rt.heap.incref(a);
      const positional = newTuple(rt, args.slice(1, npos));
      let kwargs: PyDictObject | null = null;
      if (kwnames?.length) {
        kwargs = newDict(rt);
        kwnames.forEach((name, k) => {
          const key = newStr(rt, name);
          dictStore(i, kwargs as PyDictObject, key, args[npos + k]);
          rt.heap.decref(key);
          rt.heap.decref(args[npos + k]);
        });
      }
      callbacksOf(i).push({ func, args: positional, kwargs });
      rt.heap.incref(func);
      return func;
    },
    unregister: (i, args, kwnames) => {
      if (args.length !== 1 || kwnames?.length) return i.typeError(`atexit.unregister() takes exactly one argument (${args.length} given)`);
      const list = callbacksOf(i);
      list.forEach((cb, k) => {
        if (!cb || 'native' in cb) return;
        if (cb.func === args[0] || compare(i, 2, cb.func, args[0])) {
          list[k] = null;
          release(i, cb);
        }
      });
      return i.none();
    },
    _run_exitfuncs: (i) => {
      runExitFuncs(i);
      return i.none();
    },
    _clear: (i) => {
      const list = callbacksOf(i);
      for (const cb of list.splice(0)) if (cb) release(i, cb);
      return i.none();
    },
    _ncallbacks: (i) => newInt(i.rt, callbacksOf(i).length),
  });
}

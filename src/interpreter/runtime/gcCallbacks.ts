/**
 * `invoke_gc_callback` (Modules/gcmodule.c 3.11/3.12, Python/gc.c 3.13): around every collection,
 * each callable in `gc.callbacks` is called with `(phase, info)`, phase `"start"` before the
 * collection (the counts not yet reset) and `"stop"` after it, info a new dict
 * `{"generation": g, "collected": n, "uncollectable": n}` built by `Py_BuildValue("{sisnsn}")`
 * (new, non-interned key strings). The phase string is created even when the list is empty. The
 * list is read by index on each turn, so a callback that removes itself shifts the next one.
 * A callback that raises is reported as unraisable and the collection goes on.
 */
import { dictSetItem, newDict } from '../../engine/objects/dictObject';
import type { PyListObject } from '../../engine/objects/listObject';
import { newInt } from '../../engine/objects/longObject';
import { newStr } from '../../engine/objects/unicodeObject';
import { callAny } from '../vm/callDispatch';
import type { Interp } from './interp';
import { callUnraisable } from './unraisable';

/** Calls `gc.callbacks` for one phase of a collection of `generation`. */
export function invokeGcCallbacks(interp: Interp, phase: 'start' | 'stop', generation: number, collected: number, uncollectable: number): void {
  const rt = interp.rt;
  const heap = rt.heap;
  const callbacks = interp.modules.get('gc')?.dict.get('callbacks') as PyListObject | undefined;
  if (!callbacks) return;
  let info = null;
  if (callbacks.items.length !== 0) {
    info = newDict(rt);
    const fields: [string, number][] = [['generation', generation], ['collected', collected], ['uncollectable', uncollectable]];
    for (const [name, value] of fields) {
      const key = newStr(rt, name);
      dictSetItem(rt, info, { key, hashKey: name }, newInt(rt, value));
    }
  }
  const phaseObj = newStr(rt, phase);
  for (let i = 0; info && i < callbacks.items.length; i++) {
    const cb = callbacks.items[i];
    heap.incref(cb);
    const args = [phaseObj, info];
    callUnraisable(interp, cb, () => heap.decref(callAny(interp, cb, args)));
    heap.decref(cb);
  }
  heap.decref(phaseObj);
  heap.xdecref(info);
}

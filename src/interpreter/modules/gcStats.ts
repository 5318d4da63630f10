/**
 * `gc.get_stats()` (`gc_get_stats_impl`): a new list with one dict per generation,
 * `{"collections", "collected", "uncollectable"}`, each built by `Py_BuildValue("{snsnsn}")`.
 */
import { dictSetItem, newDict } from '../../engine/objects/dictObject';
import { listAppend, newList } from '../../engine/objects/listObject';
import { newInt } from '../../engine/objects/longObject';
import type { PyObject } from '../../engine/objects/object';
import { newStr } from '../../engine/objects/unicodeObject';
import type { Interp } from '../runtime/interp';

/** The statistics of the three generations as a Python list of dicts. */
export function getStats(interp: Interp): PyObject {
  const rt = interp.rt;
  const snapshot = rt.heap.gc.stats.map((s) => ({ ...s }));
  const result = newList(rt, []);
  for (const s of snapshot) {
    const d = newDict(rt);
    for (const [name, value] of [['collections', s.collections], ['collected', s.collected], ['uncollectable', s.uncollectable]] as const) {
      dictSetItem(rt, d, { key: newStr(rt, name), hashKey: name }, newInt(rt, value));
    }
    listAppend(rt, result, d);
  }
  return result;
}

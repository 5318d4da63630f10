/**
 * The `keywords` dict a callable wrapper keeps (`functools.partial`, `operator.methodcaller`): a new
 * dict of interned names to new references of the values, in the order they were given.
 */
import { dictSetItem, newDict, type PyDictObject } from '../../engine/objects/dictObject';
import type { PyObject } from '../../engine/objects/object';
import { hashedKey } from '../objects/hashKey';
import { internName } from '../objects/typeLookup';
import type { Interp } from '../runtime/interp';

/** A dict of `keywords` (the values are borrowed; the dict takes its own references). */
export function keywordsDict(interp: Interp, keywords: Map<string, PyObject>): PyDictObject {
  const heap = interp.rt.heap;
  const kw = newDict(interp.rt);
  for (const [k, v] of keywords) {
    const key = internName(interp, k);
    heap.incref(key);
    heap.incref(v);
    dictSetItem(interp.rt, kw, hashedKey(interp, key), v);
  }
  return kw;
}

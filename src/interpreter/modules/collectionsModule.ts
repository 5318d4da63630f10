/**
 * `collections` (Lib/collections/__init__.py over Modules/_collectionsmodule.c, 3.11–3.13):
 * `deque` (dequeOps.ts), `defaultdict` (defaultdictOps.ts), `Counter` (counterOps.ts),
 * `namedtuple` (namedtupleOps.ts), `OrderedDict` (orderedDictOps.ts),
 * `ChainMap` (chainMapOps.ts), `UserDict` (userDictOps.ts).
 * Obscurity: CPython's first import runs the package's `.py` and allocates its classes; the
 * simulated module allocates nothing.
 */
import type { Interp } from '../runtime/interp';
import type { PyModuleObject } from '../runtime/moduleObject';
import { chainMapType } from './chainMapOps';
import { counterType } from './counterOps';
import { defaultdictType } from './defaultdictOps';
import { dequeType } from './dequeOps';
import { namedtuple } from './namedtupleOps';
import { orderedDictType } from './orderedDictOps';
import { collectionsAbcLoading } from './collectionsAbcModule';
import { addUserDict } from './userDictOps';

/** Creates the module (on first import). */
export function createCollections(interp: Interp): PyModuleObject {
  const deque = dequeType(interp);
  interp.rt.heap.incref(deque);
  const defaultdict = defaultdictType(interp);
  const Counter = counterType(interp);
  interp.rt.heap.incref(Counter);
  const OrderedDict = orderedDictType(interp);
  interp.rt.heap.incref(OrderedDict);
  const ChainMap = chainMapType(interp);
  const m = interp.defineModule('collections', { namedtuple }, { deque, defaultdict, Counter, OrderedDict, ChainMap });
  // After the module exists: UserDict's base comes from collections.abc, which imports collections
  // (for deque) while it is being built; it then adds UserDict itself.
  if (!collectionsAbcLoading(interp)) addUserDict(interp, m);
  return m;
}

/**
 * `random.Random` instances: CPython's `RandomObject` (Modules/_randommodule.c: 624 `uint32_t`
 * words and the index) under the Python subclass `random.Random`, whose instances carry a
 * managed `__dict__` (for `gauss_next`) and so the GC head. Measured `sys.getsizeof(Random())`:
 * 2560 on 3.11 (basicsize 2528: the weakref slot is in the object) and 2552 on 3.12/3.13
 * (basicsize 2520, dict and weakref both in the 32-byte pre-header).
 */
import { PyGCObject } from '../../engine/objects/object';
import { TPFLAGS, type PyTypeObject } from '../../engine/objects/typeObject';
import type { Runtime } from '../../engine/runtime';
import { MersenneTwister } from './mersenneTwister';

/** A `random.Random` instance. */
export class PyRandomObject extends PyGCObject {
  readonly mt = new MersenneTwister();
  /** `self.gauss_next`: the second value of the last Box-Muller pair, or null. */
  gaussNext: number | null = null;
}

/** The `random.Random` type for this runtime's version. */
export function makeRandomType(rt: Runtime): PyTypeObject {
  const v311 = rt.profile.versionInfo[1] === 11;
  const basicsize = v311 ? 2528 : 2520;
  const flags = TPFLAGS.HAVE_GC | TPFLAGS.BASETYPE | TPFLAGS.MANAGED_DICT | (v311 ? 0 : TPFLAGS.MANAGED_WEAKREF);
  const type = rt.staticType({
    name: 'Random', basicsize, flags,
    dealloc: (heap, o) => {
      heap.gc.untrack(o as PyGCObject);
      heap.gcDel(o as PyGCObject);
    },
  });
  return type;
}

/** `Random.__new__`: a new tracked instance (not seeded yet). */
export function newRandom(rt: Runtime, type: PyTypeObject): PyRandomObject {
  const r = rt.heap.gcNew((a) => new PyRandomObject(type, a), type.preHeaderSize + type.basicsize, 'Random');
  rt.heap.gc.track(r);
  return r;
}

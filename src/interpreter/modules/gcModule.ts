/**
 * The `gc` module (Modules/gcmodule.c) over the simulated collector: `collect` returns the number
 * of unreachable objects found, `get_count`/`get_threshold`/`set_threshold`, `enable`/`disable`,
 * `is_tracked`, `freeze`, `get_objects`, `get_stats`, `get_referrers`/`get_referents`, `garbage` and `callbacks`.
 */
import type { Collector} from '../../engine/gc/collector';
import { DEBUG_SAVEALL } from '../../engine/gc/collector';
import { PyDictObject } from '../../engine/objects/dictObject';
import { newList, listAppend } from '../../engine/objects/listObject';
import { newInt, PyLongObject } from '../../engine/objects/longObject';
import type { PyGCObject} from '../../engine/objects/object';
import { isGC, type PyObject } from '../../engine/objects/object';
import { newTuple } from '../../engine/objects/tupleObject';
import { argRange, noKeywords } from '../builtins/args';
import type { Interp } from '../runtime/interp';
import { getStats } from './gcStats';

/** Defines the `gc` module for `collector`. */
export function installGc(interp: Interp, collector: Collector): void {
  const rt = interp.rt;
  const gc = rt.heap.gc;
  const garbage = newList(rt, []);
  const callbacks = newList(rt, []);
  rt.staticObject(garbage);
  rt.staticObject(callbacks);
  const intArg = (i: Interp, o: PyObject): number => {
    if (!(o instanceof PyLongObject)) i.typeError(`'${o.type.name}' object cannot be interpreted as an integer`);
    return Number(o.value);
  };
  // The objects 3.12's startup leaves frozen (not simulated one by one): unfreeze releases them.
  let startupFrozen = rt.profile.startupFreezeCount;
  const tracked = (): PyGCObject[] => [...gc.generations[0], ...gc.generations[1], ...gc.generations[2]];
  interp.defineModule('gc', {
    collect: (i, args, kw) => {
      noKeywords(i, 'collect', kw);
      argRange(i, 'collect', args, 0, 1);
      const g = args.length ? intArg(i, args[0]) : 2;
      if (g < 0 || g > 2) i.raise('ValueError', 'invalid generation');
      return newInt(i.rt, collector.collect(g));
    },
    get_count: (i) => newTuple(i.rt, gc.generations.map((g) => newInt(i.rt, g.count))),
    get_threshold: (i) => newTuple(i.rt, gc.generations.map((g) => newInt(i.rt, g.threshold))),
    set_threshold: (i, args, kw) => {
      noKeywords(i, 'set_threshold', kw);
      argRange(i, 'set_threshold', args, 1, 3);
      args.forEach((a, k) => { gc.generations[k].threshold = intArg(i, a); });
      return i.none();
    },
    enable: (i) => { gc.enabled = true; return i.none(); },
    disable: (i) => { gc.enabled = false; return i.none(); },
    isenabled: (i) => i.bool(gc.enabled),
    is_tracked: (i, args) => i.bool(isGC(args[0]) && args[0].tracked),
    set_debug: (i, args) => { collector.debug = intArg(i, args[0]); return i.none(); },
    get_debug: (i) => newInt(i.rt, collector.debug),
    freeze: (i) => {
      for (const g of gc.generations) g.mergeInto(gc.permanent);
      return i.none();
    },
    unfreeze: (i) => {
      gc.permanent.mergeInto(gc.generations[2]);
      startupFrozen = 0;
      return i.none();
    },
    get_freeze_count: (i) => newInt(i.rt, gc.permanent.size + startupFrozen),
    get_objects: (i, args) => {
      const g = args.length && args[0] !== i.rt.None ? intArg(i, args[0]) : -1;
      const objects = g < 0 ? tracked() : [...gc.generations[g]];
      const l = newList(i.rt, []);
      for (const o of objects) { i.rt.heap.incref(o); listAppend(i.rt, l, o); }
      return l;
    },
    get_stats: (i) => getStats(i),
    get_referents: (i, args) => {
      const l = newList(i.rt, []);
      for (const o of args) {
        // Our dict_traverse visits value, key for every entry; CPython's skips the keys of a
        // unicode or split table (kept here for the heap view's edges).
        const skipKeys = o instanceof PyDictObject && o.keys.kind !== 'general';
        let n = 0;
        o.type.traverse(o, (r) => {
          if (skipKeys && n++ % 2 === 1) return;
          i.rt.heap.incref(r);
          listAppend(i.rt, l, r);
        });
      }
      return l;
    },
    get_referrers: (i, args) => {
      const wanted = new Set(args);
      const l = newList(i.rt, []);
      for (const o of tracked()) {
        let refers = false;
        o.type.traverse(o, (r) => { if (wanted.has(r)) refers = true; });
        if (refers && o !== l) { i.rt.heap.incref(o); listAppend(i.rt, l, o); }
      }
      return l;
    },
  }, {
    garbage,
    callbacks,
    DEBUG_STATS: newInt(rt, 1),
    DEBUG_COLLECTABLE: newInt(rt, 2),
    DEBUG_UNCOLLECTABLE: newInt(rt, 4),
    DEBUG_SAVEALL: newInt(rt, DEBUG_SAVEALL),
    DEBUG_LEAK: newInt(rt, 38),
  });
}

/**
 * The `__main__` module's globals as CPython has them when the script's first line runs: a real
 * dict already holding the module's dunders, so the script's own names grow it the way they grow
 * CPython's (with 9 entries in a 16-slot table, the 2nd name defined resizes it to 32 slots and
 * the 13th to 64: measured with `sys.getsizeof(globals())` on 3.11–3.13).
 *
 *   plain      `python3 script.py`: module_init_dict's five, then pymain's __annotations__ and
 *              __builtins__, then __file__ and __cached__ (9)
 *   runner     media/python/tracemallocRunner.py: runpy's `_TempModule` dict, resized to 32 slots
 *              and updated with __file__ and __cached__, then exec's __builtins__ (8)
 *
 * Objects the simulation does not model (the loader, the spec) are None. `__builtins__` is the
 * static `builtins` module, holding the interpreter's builtins by name.
 */
import { dictResize, newDict, type PyDictObject } from '../../engine/objects/dictObject';
import type { Runtime } from '../../engine/runtime';
import { intern, newStr } from '../../engine/objects/unicodeObject';
import type { StartupCalibrationName } from '../../engine/startupCalibration';
import type { Interp } from '../runtime/interp';
import type { PyModuleObject } from '../runtime/moduleObject';
import { Namespace } from '../vm/namespace';

/** A new `__main__` namespace for a script named `filename`. */
export function newMainGlobals(interp: Interp, filename: string, calibration: StartupCalibrationName = 'plain'): Namespace {
  const rt = interp.rt;
  const ns = new Namespace(rt, newDict(rt));
  const none = () => interp.none();
  const builtins = () => {
    const m = builtinsModule(interp);
    rt.heap.incref(m);
    return m;
  };
  ns.set('__name__', intern(rt, newStr(rt, '__main__')));
  for (const name of ['__doc__', '__package__', '__loader__', '__spec__']) ns.set(name, none());
  if (calibration === 'tracemallocRunner') {
    // runpy's `run_globals.update(__name__=..., __file__=..., ...)` merges 7 keyword items into the
    // 5-entry module dict: `dict_merge` first resizes for 12 (32 slots), so the script's first names
    // fit without the resize a plain startup makes (measured: getsizeof(globals()) is 464 with 9
    // names under the runner on 3.11-3.13, 272 with 10 plainly).
    dictResize(rt, ns.dict, 5, true);
    ns.set('__file__', newStr(rt, filename));
    ns.set('__cached__', none());
    ns.set('__builtins__', builtins());
  } else {
    ns.set('__annotations__', newDict(rt));
    ns.set('__builtins__', builtins());
    ns.set('__file__', newStr(rt, filename));
    ns.set('__cached__', none());
    ageMainGlobals(rt, ns.dict);
  }
  return ns;
}

/**
 * The generation the collector holds `__main__`'s dict in when the first line runs: startup's
 * collections already promoted it to generation 2 (3.11) or 1 (3.12, 3.13), measured with
 * `gc.get_objects(g)`. It shows at exit: a full collection lists generation 2, then 0, then 1,
 * and where the dict stands among the script's objects sets the order their `__del__`s run in.
 */
function ageMainGlobals(rt: Runtime, dict: PyDictObject): void {
  if (dict.gcNext === null) return;
  rt.heap.gc.untrack(dict);
  rt.heap.gc.generations[rt.profile.version === '3.11' ? 2 : 1].append(dict);
}


/** The `builtins` module (static, made once per interpreter): `import builtins`, `__builtins__`. */
function builtinsModule(interp: Interp): PyModuleObject {
  const existing = interp.modules.get('builtins');
  if (existing) return existing;
  for (const v of interp.builtins.values()) interp.rt.heap.incref(v);
  const m = interp.defineModule('builtins', {}, Object.fromEntries(interp.builtins));
  return m;
}

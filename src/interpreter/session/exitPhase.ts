/**
 * The end of a run as `Py_FinalizeEx` (Python/pylifecycle.c, 3.11–3.13) performs it, in the part
 * a script can see:
 *
 *   1. atexit: the registered exit functions (`weakref.finalize`'s among them), once
 *   2. finalize_modules: `sys.modules` forgets `__main__`, whose module object dies and drops its
 *      dict. A script without functions or classes leaves the dict unreferenced: it is freed at
 *      once, releasing the globals in insertion order. A `def` or `class` makes the dict cyclic
 *      (function → `__globals__` → dict → function), so it dies in the collection that follows
 *   3. `_PyGC_CollectNoFail`: a full collection, even with the collector disabled, without
 *      `gc.callbacks`; the garbage's `__del__` methods run in the collector's list order, and an
 *      exception in one is reported as unraisable ("Exception ignored in: ...")
 *
 * Obscurity: `_PyModule_ClearDict` (underscore names set to None first, then the rest) runs only
 * on a module still alive after that collection (one a leaked reference keeps), which the
 * simulation does not model; neither are the other modules' teardowns.
 */
import type { Collector } from '../../engine/gc/collector';
import type { Interp } from '../runtime/interp';
import type { Namespace } from '../vm/namespace';
import { markModulesCleared } from '../runtime/unraisable';
import { runExitFuncs } from '../modules/atexitModule';

/**
 * `wait_for_thread_shutdown` (the interpreter's own exit hooks, `interp.atExit`), then
 * `_PyAtExit_Call`: the atexit module's functions, newest first, once.
 */
export function runAtExit(interp: Interp): void {
  const hooks = interp.atExit.splice(0);
  for (const hook of hooks) hook();
  runExitFuncs(interp);
}

/**
 * Steps 2 and 3: a collection while the globals are still alive, then the `__main__` module's dict
 * dropped (the namespace's reference) and collected. The first collection matters beyond the
 * garbage it finds: its move_unreachable puts survivors reached through containers at the tail of
 * the list (a list's items in its traverse order), which is the order the second collection then
 * finalizes them in (measured: direct globals first, then a list's items, last to first).
 */
export function finalizeMainModule(interp: Interp, globals: Namespace, collector: Collector): void {
  // finalize_remove_modules has emptied sys.modules: tracebacks from here on print no source.
  markModulesCleared(interp);
  collector.collectNoFail();
  interp.rt.heap.decref(globals.dict);
  collector.collectNoFail();
}

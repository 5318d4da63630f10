/** The Compare runner's startup: the modules CPython's runpy/tracemalloc startup has imported. */
import type { Interp } from '../runtime/interp';

/**
 * Imports, before the first line, the simulated modules CPython's runner startup has already
 * imported (runpy and tracemalloc pull in `collections`, `re`, `functools`...): their objects are
 * untraced, as CPython's are, and the script's `import re` then allocates nothing. The free lists
 * are emptied afterwards so the calibration sets them to exactly the measured fill.
 */
export function preloadModules(interp: Interp, names: readonly string[]): void {
  let loaded = false;
  for (const name of names) {
    if (interp.modules.has(name) || !interp.moduleLoaders.has(name)) continue;
    interp.rt.heap.decref(interp.importModule(name));
    loaded = true;
  }
  if (loaded) interp.rt.clearFreeLists();
}

/**
 * The interpreter's state when a script's first line runs, calibrated from the real CPython
 * (test/oracle/startup: `generate.sh` measures, `calibrate.mjs` writes profile/startupCalibration.json):
 *
 *  - the free lists hold what CPython's startup left in them, as blocks allocated before the
 *    script (untraced: reusing them does not charge the reusing line, as in CPython);
 *  - the GC counts are CPython's at that moment, so automatic collections start when they do;
 *  - in 3.11, whose static objects are not immortal, each static singleton's reference count
 *    carries the references CPython's startup holds on it.
 *
 * Two startups are measured: a plain `python3 script.py` ('plain', what the corpus outputs assume)
 * and the script run by media/python/tracemallocRunner.py ('tracemallocRunner': runpy and
 * tracemalloc ran first, as in the extension's Compare view).
 *
 * Approximate by nature: CPython's state at line 1 also depends on how much compiling the script
 * itself allocated; the calibration is that of a small script (startupState.py).
 */
import calibration from './profile/startupCalibration.json';
import { newDict } from './objects/dictObject';
import { newFloat } from './objects/floatObject';
import { newList } from './objects/listObject';
import type { PyObject } from './objects/object';
import { newTuple } from './objects/tupleObject';
import type { Runtime } from './runtime';

/** Which startup a run reproduces. */
export type StartupCalibrationName = 'plain' | 'tracemallocRunner';

/** The measured state at the first line. */
interface StartupState {
  gcCount: number[];
  freeLists: { float: number; list: number; dict: number; dictKeys: number; tuple: number[] };
  /** Top-level modules in `sys.modules` at the first line (their import allocates nothing). */
  preloadedModules?: string[];
}

/** One version's calibration data. */
interface Calibration extends StartupState {
  tracemallocRunner?: StartupState;
  refcountExtra?: { None: number; True: number; False: number; emptyTuple: number; emptyStr: number; smallInts: number[] };
}

/** The top-level modules CPython has already imported when the script's first line runs. */
export function preloadedModules(version: string, name: StartupCalibrationName = 'plain'): readonly string[] {
  const measured = (calibration as unknown as Record<string, Calibration | undefined>)[version];
  const state = name === 'tracemallocRunner' ? measured?.tracemallocRunner : measured;
  return state?.preloadedModules ?? [];
}

/** Puts `rt` into the measured startup state (call with the heap at line 0, before the first line). */
export function applyStartupCalibration(rt: Runtime, name: StartupCalibrationName = 'plain'): void {
  const measured = (calibration as unknown as Record<string, Calibration | undefined>)[rt.profile.version];
  if (!measured) return;
  const c: StartupState & Pick<Calibration, 'refcountExtra'> = name === 'tracemallocRunner' && measured.tracemallocRunner
    ? { ...measured.tracemallocRunner, refcountExtra: measured.refcountExtra }
    : measured;
  const heap = rt.heap;
  const park = (objects: PyObject[]) => { for (let i = objects.length - 1; i >= 0; i--) heap.decref(objects[i]); };
  park(Array.from({ length: c.freeLists.float }, () => newFloat(rt, 0)));
  park(Array.from({ length: c.freeLists.list }, () => newList(rt, [])));
  park(Array.from({ length: c.freeLists.dict }, () => newDict(rt)));
  c.freeLists.tuple.forEach((count, i) => {
    park(Array.from({ length: count }, () => newTuple(rt, Array.from({ length: i + 1 }, () => { heap.incref(rt.None); return rt.None; }))));
  });
  c.gcCount.forEach((count, g) => { heap.gc.generations[g].count = count; });
  const extra = c.refcountExtra;
  if (extra) {
    rt.None.refcnt += extra.None;
    rt.True.refcnt += extra.True;
    rt.False.refcnt += extra.False;
    rt.emptyTuple.refcnt += extra.emptyTuple;
    rt.emptyStr.refcnt += extra.emptyStr;
    extra.smallInts.forEach((n, i) => { rt.smallInts[i].refcnt += n; });
  }
}

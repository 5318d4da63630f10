/**
 * The interpreter's state when a script's first line runs, calibrated from the real CPython
 * (test/oracle/startup: `generate.sh` measures, `calibrate.mjs` writes profile/startupCalibration.json):
 *
 *  - the free lists hold what CPython's startup left in them, as blocks allocated before the
 *    script; plainly they are untraced (reusing them charges no line), while under the Compare
 *    runner most were freed by runpy's compile after tracemalloc.start: those are traced, and
 *    tracemalloc re-attributes one to the line that reuses it (`_PyTraceMalloc_NewReference`).
 *    The untraced ones sit below the traced ones (startup freed them first);
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
  /** How many of `freeLists` are untraced (allocated before tracemalloc.start); absent: all. */
  untraced?: { float: number; list: number; dict: number; tuple: number[] };
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
  const untraced = c.untraced;
  /** `count` objects onto their free list, the first `untracedCount` at the bottom untraced, the rest traced. */
  const park = (count: number, untracedCount: number, make: () => PyObject) => {
    const objects = Array.from({ length: count }, make);
    for (let i = 0; i < count; i++) {
      const o = objects[count - 1 - i];
      if (i >= untracedCount) heap.memory.markTracedBeforeScript(o.address);
      heap.decref(o);
    }
  };
  park(c.freeLists.float, untraced?.float ?? c.freeLists.float, () => newFloat(rt, 0));
  park(c.freeLists.list, untraced?.list ?? c.freeLists.list, () => newList(rt, []));
  park(c.freeLists.dict, untraced?.dict ?? c.freeLists.dict, () => newDict(rt));
  c.freeLists.tuple.forEach((count, i) => {
    park(count, untraced?.tuple[i] ?? count, () => newTuple(rt, Array.from({ length: i + 1 }, () => { heap.incref(rt.None); return rt.None; })));
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

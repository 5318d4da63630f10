/**
 * The interpreter's state when a script's first line runs, calibrated from the real CPython
 * (test/oracle/startup: `generate.sh` measures, `calibrate.mjs` writes profile/startupCalibration.json):
 *
 *  - the free lists hold what CPython's startup left in them, as blocks allocated before the
 *    script; plainly they are untraced (reusing them charges no line), while under the Compare
 *    runner most were freed by runpy's compile after tracemalloc.start: those are traced, and
 *    tracemalloc re-attributes one to the line that reuses it (`_PyTraceMalloc_NewReference`).
 *    Which ones are untraced is measured by position: runpy also freed objects it had allocated
 *    before tracemalloc.start, so they are not all at the bottom. The dict keys free
 *    list is filled too; its blocks are no objects, so a reuse never charges a line;
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
import { calibrateBuiltinSubclassDicts } from './objects/builtinSubclassDicts';
import { newKeysObject, releaseKeysBlock } from './objects/dictKeys';
import { PYDICT_LOG_MINSIZE } from './objects/layout/dictLayout';
import { newDict } from './objects/dictObject';
import { newFloat } from './objects/floatObject';
import { newList } from './objects/listObject';
import type { FreeList } from './objects/freeList';
import type { PyObject } from './objects/object';
import { newSlice } from './objects/sliceObject';
import { newTuple } from './objects/tupleObject';
import type { Runtime } from './runtime';

/** Which startup a run reproduces. */
export type StartupCalibrationName = 'plain' | 'tracemallocRunner';

/** The measured state at the first line. */
interface StartupState {
  gcCount: number[];
  freeLists: { float: number; list: number; dict: number; dictKeys: number; tuple: number[] };
  /**
   * Which entries of `freeLists` are untraced (allocated before tracemalloc.start), as positions
   * from the top of each list (0: the first a script takes); absent: all.
   */
  untraced?: { float: number[]; list: number[]; dict: number[]; tuple: number[][] };
  /** How many top entries of each free list the runner's runpy takes after the script's last line. */
  epilogue?: { float: number; list: number; dict: number; tuple: number[] };
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

/**
 * The scopes of a compiled source: how many symbol table entries (inlined comprehensions included),
 * how deep code units nest (the module is 1; an inlined comprehension is no unit), and the deepest
 * unit that holds an inlined comprehension (0: none). runpy's compile of the script builds and
 * frees lists and dicts by this shape, which sets the free lists the runner leaves at line 1.
 */
export interface ScopeShape { scopes: number; unitDepth: number; inlinedCompUnitDepth: number }

/** The scopes of startupState.py, the probe the runner's free lists were measured with (module, `free`, a comprehension). */
const PROBE_SCOPES = 3;
/** The probe's shape: its comprehension is a code unit on 3.11, inlined into the module later. */
function probeShape(version: string): ScopeShape {
  return { scopes: PROBE_SCOPES, unitDepth: 2, inlinedCompUnitDepth: version === '3.11' ? 0 : 1 };
}
/** The most lists or dicts the runner leaves on their free list at line 1 (80, less one runpy takes after the compile). */
const RUNNER_FILL_CAP = 79;

/**
 * The list free list's fill at line 1 under the runner for a script with `scopes` scopes (module,
 * defs, lambdas, classes, comprehensions, generator expressions; test/oracle/startup/compileFreeLists.py).
 * runpy's compile gives each scope's symbol table entry two lists (varnames, children), three more
 * in all, and frees them at its end; 3.11's compile first reuses the lists its startup left there
 * (`measured` already holds them), 3.12+'s find the list nearly empty. Up to the cap.
 */
export function runnerListFill(measured: number, scopes: number): number {
  const compiled = 3 + 2 * scopes;
  const beforeCompile = measured > 3 + 2 * PROBE_SCOPES ? measured : 0;
  return Math.min(RUNNER_FILL_CAP, Math.max(beforeCompile, compiled));
}

/**
 * The dicts runpy's compile has alive at once, beyond the module's own unit: one symbol table
 * entry dict (`ste_symbols`) per scope besides the module's, all alive to the end, plus the dicts
 * of each nested code unit (consts, names, varnames, cellvars, freevars and, on 3.12+, the fast
 * hidden names: 5 on 3.11, 6 later) along the deepest chain; 3.13's inlining of a comprehension
 * briefly holds one more dict in its unit. All are freed onto the dict free list when the compile ends.
 */
function compileDictPeak(version: string, shape: ScopeShape): number {
  const perUnit = version === '3.11' ? 5 : 6;
  const inlining = version === '3.13' && shape.inlinedCompUnitDepth > 0 ? perUnit * (shape.inlinedCompUnitDepth - 1) + 1 : 0;
  return shape.scopes - 1 + Math.max(perUnit * (shape.unitDepth - 1), inlining);
}

/**
 * The dict free list's fill at line 1 under the runner for a script of this shape
 * (test/oracle/startup/compileDictFreeList.py): the probe's `measured` fill, less the probe's own
 * compile peak, plus the script's. Up to the cap.
 */
export function runnerDictFill(version: string, measured: number, shape: ScopeShape): number {
  const base = measured - compileDictPeak(version, probeShape(version));
  return Math.min(RUNNER_FILL_CAP, base + compileDictPeak(version, shape));
}

/** The top entries of the list free list at line 1 that runpy freed after the compile (untraced: allocated before tracemalloc.start). */
const RUNPY_TOP_LISTS = 2;

/**
 * The untraced positions of a list free list of `fill` entries, from the `measured` ones of a
 * `measuredFill` list: the compile's extra (traced) lists sit under the top two entries, which
 * runpy freed after the compile (3.11 with 33 scopes: untraced at 0, 1 and 45..69; compileFreeLists.py).
 */
function shiftUnderTop(untracedAt: number[] | undefined, measuredFill: number, fill: number): number[] | undefined {
  if (!untracedAt || fill === measuredFill) return untracedAt;
  const extra = fill - measuredFill;
  return untracedAt
    .map((p) => (p < RUNPY_TOP_LISTS ? p : p + extra))
    .filter((p, i) => untracedAt[i] < RUNPY_TOP_LISTS || (p >= RUNPY_TOP_LISTS && p < fill));
}

/**
 * Puts `rt` into the measured startup state (call with the heap at line 0, before the first line).
 * `shape`: the scopes the script's compile built, which set the runner's list and dict free-list
 * fills; the probe's when absent.
 */
export function applyStartupCalibration(rt: Runtime, name: StartupCalibrationName = 'plain', shape?: ScopeShape): void {
  const measured = (calibration as unknown as Record<string, Calibration | undefined>)[rt.profile.version];
  if (!measured) return;
  const c: StartupState & Pick<Calibration, 'refcountExtra'> = name === 'tracemallocRunner' && measured.tracemallocRunner
    ? { ...measured.tracemallocRunner, refcountExtra: measured.refcountExtra }
    : measured;
  const heap = rt.heap;
  const untraced = c.untraced;
  /** `count` objects onto their free list, untraced at the `untracedAt` positions from the top (all when absent). */
  const park = (count: number, untracedAt: number[] | undefined, make: () => PyObject) => {
    const objects = Array.from({ length: count }, make);
    for (let top = count - 1; top >= 0; top--) {
      const o = objects[top];
      if (untracedAt && !untracedAt.includes(top)) heap.memory.markTracedBeforeScript(o.address);
      heap.decref(o);
    }
  };
  park(c.freeLists.float, untraced?.float, () => newFloat(rt, 0));
  const runner = name === 'tracemallocRunner' && shape !== undefined;
  const lists = runner ? runnerListFill(c.freeLists.list, shape.scopes) : c.freeLists.list;
  park(lists, shiftUnderTop(untraced?.list, c.freeLists.list, lists), () => newList(rt, []));
  // The compile's extra dicts are traced and lie under the top entries runpy freed after it.
  park(runner ? runnerDictFill(rt.profile.version, c.freeLists.dict, shape) : c.freeLists.dict, untraced?.dict, () => newDict(rt));
  c.freeLists.tuple.forEach((count, i) => {
    park(count, untraced?.tuple[i], () => newTuple(rt, Array.from({ length: i + 1 }, () => { heap.incref(rt.None); return rt.None; })));
  });
  // Both startups leave one dead slice in the slice cache, allocated before tracemalloc.start, so a
  // script's first slice charges no line (test/oracle/startup/sliceCache.py).
  park(1, [0], () => { for (let i = 0; i < 3; i++) heap.incref(rt.None); return newSlice(rt, rt.None, rt.None, rt.None); });
  // Keys blocks are no objects: a reuse keeps the block's trace (line 0), so none is ever charged.
  const keys = Array.from({ length: c.freeLists.dictKeys }, () => newKeysObject(rt, PYDICT_LOG_MINSIZE, true));
  for (const k of keys.reverse()) releaseKeysBlock(rt, k);
  c.gcCount.forEach((count, g) => { heap.gc.generations[g].count = count; });
  // Built-in types' subclasses dicts: measured under the runner only (plainly they stay unmodelled).
  if (name === 'tracemallocRunner') calibrateBuiltinSubclassDicts(rt);
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

/**
 * What media/python/tracemallocRunner.py does after the script returns and before its snapshot:
 * runpy's epilogue takes the top entries of some free lists (`__exit__(*args)` packs a 3-tuple,
 * `_TempModule.__exit__` makes a list, `mod_globals.copy()` a dict; measured by
 * test/oracle/startup/runnerEpilogue.py). tracemalloc re-attributes each to runpy, so the script
 * line that parked it no longer holds it: each is taken and parked again at line 0.
 */
export function applyRunnerEpilogue(rt: Runtime): void {
  const epilogue = (calibration as unknown as Record<string, Calibration | undefined>)[rt.profile.version]?.tracemallocRunner?.epilogue;
  if (!epilogue) return;
  const heap = rt.heap;
  const saved = heap.line;
  heap.line = 0;
  const retake = <T extends PyObject>(list: FreeList<T>, n: number) => {
    const taken: T[] = [];
    for (let i = 0; i < n; i++) { const o = list.pop(heap); if (o) taken.push(o); }
    for (const o of taken.reverse()) list.push(heap, o);
  };
  retake(rt.floatFreeList, epilogue.float);
  retake(rt.listFreeList, epilogue.list);
  retake(rt.dictFreeList, epilogue.dict);
  epilogue.tuple.forEach((n, i) => { const list = rt.tupleFreeLists[i]; if (list) retake(list, n); });
  heap.line = saved;
}

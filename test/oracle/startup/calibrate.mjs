// Turns the startup measurements (generate.sh) into the engine's calibration data,
// src/engine/profile/startupCalibration.json:
//   - gcCount and freeLists: as measured at the first line of startupState.py, run plainly
//     (`python3 script.py`) and under media/python/tracemallocRunner.py (`tracemallocRunner`);
//   - tracemallocRunner.untraced: which of those free-list entries (positions from the top) were allocated before
//     tracemalloc.start (tracedFreeLists.py); the others were freed by runpy's compile of the script,
//     so they are traced and a reuse charges the reusing line (the dict keys free list's fill under
//     the runner comes from there too: _debugmallocstats prints it only on 3.13);
//   - tracemallocRunner.epilogue: how many top entries of each free list runpy takes after the
//     script's last line (runnerEpilogue.py), re-attributing them away from the script;
//   - preloadedModules: the top-level modules already in sys.modules at that line (startupModules.py),
//     whose import allocates nothing;
//   - refcountExtra (3.11 only: 3.12+ statics are immortal): what CPython's startup holds on each
//     static singleton beyond what the simulation's own startup holds, i.e. the difference between
//     CPython's and the uncalibrated simulation's output for startupRefcounts.py.
//
//   sh test/oracle/startup/generate.sh && node test/oracle/startup/calibrate.mjs
import * as esbuild from 'esbuild';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..', '..');
const versions = { '3.11': '3.11.7', '3.12': '3.12.1', '3.13': '3.13.0' };

const entry = join(here, '.calibrate-entry.mjs');
writeFileSync(entry, `export { RunSession } from ${JSON.stringify(join(root, 'src/interpreter/session/runSession.ts'))};\n`);
const bundle = join(here, '.calibrate-bundle.mjs');
await esbuild.build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'esm', outfile: bundle, logLevel: 'error' });
const { RunSession } = await import(pathToFileURL(bundle).href);
rmSync(entry);
rmSync(bundle);

const parse = (text) => {
  const [singletons, ints] = text.trim().split('\n');
  return { singletons: singletons.split(' ').map(Number), ints: JSON.parse(ints) };
};

/** runnerEpilogue.py's count per free list of the top entries runpy takes after the script. */
const epilogue = (full) => {
  const taken = JSON.parse(readFileSync(join(here, `runnerEpilogue.runner.${full}.json`), 'utf8')).taken;
  return { float: taken.float, list: taken.list, dict: taken.dict, tuple: Object.keys(taken).filter((k) => k.startsWith('tuple')).map((k) => taken[k]) };
};

/**
 * The plain run's free lists as a script finds them. Obscurity: startupState.py's own compile
 * decides part of what it reads; on 3.11 it finds one 4-tuple where a script finds two (measured
 * with `import sys; sys._debugmallocstats()` put before each of the four corpus programs that read
 * tracemalloc: 2 in each), and 3.11's print takes one for its keyword tuple on its first call.
 */
const plainFill = (short, fill) => (short === '3.11' ? { ...fill, tuple: fill.tuple.map((n, i) => (i === 3 ? Math.max(n, 2) : n)) } : fill);

const out = {};
for (const [short, full] of Object.entries(versions)) {
  const state = JSON.parse(readFileSync(join(here, `startupState.${full}.json`), 'utf8'));
  const runner = JSON.parse(readFileSync(join(here, `startupState.runner.${full}.json`), 'utf8'));
  const measured = JSON.parse(readFileSync(join(here, `tracedFreeLists.runner.${full}.json`), 'utf8'));
  const traced = measured.untraced;
  // The keys free list's fill is printed by _debugmallocstats only on 3.13; tracedFreeLists.py
  // measures it on every version (a reused keys block is never charged to the script).
  const fill = { ...runner.freeLists, dictKeys: traced.dictKeys ?? runner.freeLists.dictKeys };
  // Positions from the top of each list; one past the fill was a fresh block (the probe's own doing).
  const at = (kind, n) => measured.untracedAt[kind].filter((p) => p < n);
  const untraced = {
    float: at('float', fill.float), list: at('list', fill.list), dict: at('dict', fill.dict),
    tuple: fill.tuple.map((n, i) => at(`tuple${i + 1}`, n)),
  };
  const modules = (file) => readFileSync(join(here, file), 'utf8').split('\n').filter((m) => m && !m.includes('.'));
  const entryData = {
    measuredOn: full, gcCount: state.gcCount, freeLists: plainFill(short, state.freeLists), preloadedModules: modules(`startupModules.${full}.txt`),
    tracemallocRunner: { gcCount: runner.gcCount, freeLists: fill, untraced, epilogue: epilogue(full), preloadedModules: modules(`startupModules.runner.${full}.txt`) },
  };
  if (short === '3.11') {
    const source = readFileSync(join(here, 'startupRefcounts.py'), 'utf8');
    const real = parse(readFileSync(join(here, `startupRefcounts.${full}.txt`), 'utf8'));
    const run = new RunSession({ source, filename: 'startupRefcounts.py', version: short, calibrate: false });
    run.continue();
    if (run.error) throw new Error(run.error);
    const sim = parse(run.stdout);
    const names = ['None', 'True', 'False', 'emptyTuple', 'emptyStr'];
    entryData.refcountExtra = Object.fromEntries(names.map((n, i) => [n, real.singletons[i] - sim.singletons[i]]));
    entryData.refcountExtra.smallInts = real.ints.map((v, i) => v - sim.ints[i]);
  }
  out[short] = entryData;
}
writeFileSync(join(root, 'src/engine/profile/startupCalibration.json'), JSON.stringify(out, null, 1) + '\n');
console.log('wrote src/engine/profile/startupCalibration.json');

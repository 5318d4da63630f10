// Per-line retained bytes, simulation against real CPython's tracemalloc (issue #4).
//
// For every corpus program (test/corpus/programs, examples) and each version it runs the real
// interpreter under media/python/tracemallocRunner.py (as the extension's "Compare with Real
// CPython" does) and the simulation with the runner's startup calibration, then compares the bytes
// each line still holds at the end. Writes test/tracemalloc/REPORT.md and summary.json.
//
//   node test/tracemalloc/compare.mjs [--only NAME,...] [--versions 3.12,3.13] [--no-write]
//
// A line is compared when either side charges it a block; it matches when both byte counts are
// equal. Each mismatch gets a category from categories.mjs (the reasons are explained there).
import * as esbuild from 'esbuild';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { categorize } from './categories.mjs';
import { renderReport } from './report.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const allVersions = { '3.11': '3.11.7', '3.12': '3.12.1', '3.13': '3.13.0' };

const args = process.argv.slice(2);
const flag = (name) => { const i = args.indexOf(name); return i < 0 ? null : args[i + 1]; };
const only = flag('--only');
const versions = (flag('--versions') ?? Object.keys(allVersions).join(',')).split(',');
const write = !args.includes('--no-write');

/** RunSession, bundled from source on the fly (no build step needed). */
async function loadRunSession() {
  const work = mkdtempSync(join(tmpdir(), 'pyheap-compare-'));
  const entry = join(work, 'entry.mjs');
  writeFileSync(entry, `export { RunSession } from ${JSON.stringify(join(root, 'src/interpreter/session/runSession.ts'))};\n`);
  const bundle = join(work, 'bundle.mjs');
  await esbuild.build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'esm', outfile: bundle, logLevel: 'error' });
  const mod = await import(pathToFileURL(bundle).href);
  rmSync(work, { recursive: true, force: true });
  return mod.RunSession;
}

/** Real CPython under the extension's runner: { exitCode, lines: Map(line → {bytes, blocks}) }. */
function runReal(path, full) {
  const work = mkdtempSync(join(tmpdir(), 'pyheap-real-'));
  const out = join(work, 'out.json');
  const stdinPath = path.replace(/\.py$/, '.stdin');
  const r = spawnSync('python3', [join(root, 'media/python/tracemallocRunner.py'), out, path], {
    cwd: dirname(path), env: { ...process.env, PYENV_VERSION: full }, encoding: 'utf8',
    input: existsSync(stdinPath) ? readFileSync(stdinPath, 'utf8') : '', timeout: 300_000,
  });
  if (!existsSync(out)) throw new Error(`${basename(path)} on ${full}: no report (${r.stderr})`);
  const report = JSON.parse(readFileSync(out, 'utf8'));
  rmSync(work, { recursive: true, force: true });
  return { exitCode: report.exitCode, lines: new Map(report.lines.map((l) => [l.line, { bytes: l.retainedBytes, blocks: l.retainedBlocks }])) };
}

/** The simulation with the runner's calibration: same shape as runReal. */
function runSim(RunSession, path, version) {
  const stdinPath = path.replace(/\.py$/, '.stdin');
  const session = new RunSession({
    source: readFileSync(path, 'utf8'), filename: basename(path), version, calibration: 'tracemallocRunner',
    stdin: existsSync(stdinPath) ? readFileSync(stdinPath, 'utf8') : '', maxSteps: 20_000_000, timeoutMs: 300_000,
  });
  session.continue();
  const lines = new Map();
  for (const f of session.state(0).footprints) if (f.retainedBlocks !== 0 || f.retainedBytes !== 0) lines.set(f.line, { bytes: f.retainedBytes, blocks: f.retainedBlocks });
  return { outcome: session.outcome, error: session.error, lines };
}

/** Compares one program on one version. */
function compareProgram(RunSession, path, version) {
  const real = runReal(path, allVersions[version]);
  const sim = runSim(RunSession, path, version);
  const source = readFileSync(path, 'utf8').split(/\r?\n/);
  const numbers = [...new Set([...real.lines.keys(), ...sim.lines.keys()])].sort((a, b) => a - b);
  const mismatches = [];
  const skipped = [];
  let matched = 0;
  for (const line of numbers) {
    const r = real.lines.get(line) ?? { bytes: 0, blocks: 0 };
    const s = sim.lines.get(line) ?? { bytes: 0, blocks: 0 };
    const reason = notComparableReason(source[line - 1] ?? '', version);
    if (reason) { skipped.push({ line, real: r, sim: s, reason }); continue; }
    if (r.bytes === s.bytes) { matched++; continue; }
    const text = source[line - 1] ?? '';
    mismatches.push({ line, text: text.trim(), real: r, sim: s, category: categorize({ text, source, line, real: r, sim: s, version }) });
  }
  return { compared: numbers.length - skipped.length, matched, mismatches, skipped, simOutcome: sim.outcome, realExit: real.exitCode };
}

const calibration = JSON.parse(readFileSync(join(root, 'src/engine/profile/startupCalibration.json'), 'utf8'));

/**
 * Why a line cannot be compared, or null. The first import of a module that is not in sys.modules
 * when the runner starts the script runs importlib (finders, the module's .py or .so, its code
 * objects and functions), thousands of bytes that vary from program to program with what the
 * script did before: not simulated, so such lines are left out (an import of a module the runner
 * already loaded allocates nothing in either).
 */
function notComparableReason(text, version) {
  const m = /^\s*(?:from\s+([\w.]+)\s+import\b|import\s+(.+))/.exec(text);
  if (!m) return null;
  const names = m[1] ? [m[1]] : m[2].split(',').map((part) => part.trim().split(/\s+/)[0]);
  const preloaded = new Set(calibration[version]?.tracemallocRunner?.preloadedModules ?? []);
  const fresh = names.map((n) => n.split('.')[0]).filter((n) => !preloaded.has(n));
  return fresh.length ? `first import of ${fresh.join(', ')} (importlib, not simulated)` : null;
}

const RunSession = await loadRunSession();
const programs = ['test/corpus/programs', 'examples'].flatMap((dir) =>
  readdirSync(join(root, dir)).filter((f) => f.endsWith('.py')).sort().map((f) => join(root, dir, f)))
  .filter((p) => !only || only.split(',').includes(basename(p, '.py')))

// A program that drives tracemalloc itself (start/stop/snapshots) changes what the runner traces:
// its lines are not comparable, so it is listed with the reason instead of measured.
const notComparable = [];
const comparable = programs.filter((p) => {
  if (!/^\s*(import|from)\s+tracemalloc\b/m.test(readFileSync(p, 'utf8'))) return true;
  notComparable.push({ program: p.slice(root.length + 1), reason: 'uses tracemalloc itself (start/stop/snapshots interfere with the runner\'s tracing)' });
  return false;
});

const results = [];
for (const path of comparable) {
  for (const version of versions) {
    const r = compareProgram(RunSession, path, version);
    results.push({ program: path.slice(root.length + 1), version, ...r });
    console.log(`${basename(path, '.py').padEnd(24)} ${version}  ${r.matched}/${r.compared}`);
    if (args.includes('--verbose')) for (const m of r.mismatches) console.log(`  ${String(m.line).padStart(4)} real ${m.real.bytes}/${m.real.blocks} sim ${m.sim.bytes}/${m.sim.blocks}  ${m.text.slice(0, 70)}`);
  }
}

const summary = { generatedBy: 'test/tracemalloc/compare.mjs', versions: {}, categories: {}, notComparable, programs: results };
for (const version of versions) {
  const rs = results.filter((r) => r.version === version);
  const compared = rs.reduce((n, r) => n + r.compared, 0);
  const matched = rs.reduce((n, r) => n + r.matched, 0);
  const notComparableLines = rs.reduce((n, r) => n + r.skipped.length, 0);
  summary.versions[version] = { cpython: allVersions[version], compared, matched, share: compared ? +(matched / compared).toFixed(4) : 1, notComparableLines };
  console.log(`${version}: ${matched}/${compared} lines match (${(100 * matched / compared).toFixed(1)} %)`);
}
for (const r of results) for (const m of r.mismatches) summary.categories[m.category] = (summary.categories[m.category] ?? 0) + 1;
if (write && !only) {
  writeFileSync(join(here, 'summary.json'), JSON.stringify(summary, null, 1) + '\n');
  writeFileSync(join(here, 'REPORT.md'), renderReport(summary));
  console.log('wrote test/tracemalloc/REPORT.md and summary.json');
}

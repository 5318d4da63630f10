/**
 * `npm run fuzz:errors`: how often the simulation prints CPython's traceback for a failing script,
 * per version. Each snippet of errorSnippets.ts runs as `python3 snippet.py` under 3.11.7, 3.12.1
 * and 3.13.0 (test/fuzz/runSnippets.py) and on the simulation; it agrees when the whole stderr and
 * the exit status are the same. Prints the disagreements grouped by cause (the last line of each
 * side, numbers and quoted names blurred), most frequent first. CPython's answers are cached in
 * out/errorAgreement.cache.json (delete it to re-ask).
 *
 *   node out/errorAgreement.js [--versions 3.11,3.12,3.13] [--top N] [--family PREFIX] [--every N]
 *   node out/errorAgreement.js --show N [--versions 3.12]    one snippet: source, ours and CPython's
 *   node out/errorAgreement.js --list [--versions 3.12]      every disagreement in full
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { isMainThread, Worker } from 'node:worker_threads';
import { RunSession } from '../../src/interpreter/session/runSession';
import type { CPythonVersion } from '../../src/protocol/heapModel';
import { ENGINE_WORKER_LIMITS } from '../../src/protocol/workerProtocol';
import { errorSnippets, type Snippet } from './errorSnippets';

const root = resolve(__dirname, '..');
const PYENV: Record<CPythonVersion, string> = { '3.11': '3.11.7', '3.12': '3.12.1', '3.13': '3.13.0' };
const cacheFile = join(root, 'out/errorAgreement.cache.json');

/** What one side printed on stderr and its exit status. */
interface Outcome { stderr: string; code: number }

function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const FILE = /File "[^"]*snippet\.py"/g;
/** A compiler warning's location prefix (`/tmp/snippet.py:1: SyntaxWarning: ...`). */
const WARNING_AT = /^\/tmp\/snippet\.py:/gm;

/** The simulation's stderr and exit status for `source` (the CLI's exit codes, SystemExit's status included). */
function ours(source: string, version: CPythonVersion): Outcome {
  const session = new RunSession({ source, filename: '/tmp/snippet.py', version, maxSteps: 5_000_000, timeoutMs: 20_000 });
  session.continue();
  const stderr = (session.stderr + (session.error ?? '')).replace(FILE, 'File "snippet.py"').replace(WARNING_AT, 'snippet.py:');
  return { stderr, code: session.exitCode };
}

/** CPython's outcomes for `sources`, from the cache or by running them. */
function theirs(sources: string[], version: CPythonVersion): Outcome[] {
  const cache = existsSync(cacheFile) ? JSON.parse(readFileSync(cacheFile, 'utf8')) as Record<string, Outcome> : {};
  const keyOf = (s: string): string => createHash('sha1').update(`${version}\0${s}`).digest('hex');
  const missing = [...new Set(sources.filter((s) => !cache[keyOf(s)]))];
  if (missing.length) {
    const out = execFileSync('python3', [join(root, 'test/fuzz/runSnippets.py')], {
      input: JSON.stringify(missing), env: { ...process.env, PYENV_VERSION: PYENV[version] }, maxBuffer: 1 << 28,
    });
    (JSON.parse(out.toString()) as Outcome[]).forEach((o, k) => { cache[keyOf(missing[k])] = o; });
    writeFileSync(cacheFile, JSON.stringify(cache));
  }
  return sources.map((s) => cache[keyOf(s)]);
}

/** The cause a disagreement is filed under: both sides' last lines, with specifics blurred. */
function cause(o: Outcome, t: Outcome): string {
  const last = (x: Outcome): string => {
    const lines = x.stderr.trimEnd().split('\n');
    return `${lines[lines.length - 1] ?? ''}`.slice(0, 90) + (x.code === 1 ? '' : ` [exit ${x.code}]`);
  };
  const blur = (s: string): string => s.replace(/'[^']*'/g, "'…'").replace(/\d+/g, 'N');
  const lo = last(o);
  const lt = last(t);
  if (lo === lt && o.code === t.code) {
    const ol = o.stderr.split('\n');
    const tl = t.stderr.split('\n');
    const i = ol.findIndex((l, k) => l !== tl[k]);
    const what = /^\s*[~^]+\s*$/.test(ol[i] ?? '') || /^\s*[~^]+\s*$/.test(tl[i] ?? '') ? 'carets' : /^\s+File/.test(tl[i] ?? '') || /^\s+File/.test(ol[i] ?? '') ? 'frames' : 'text';
    return `same message, ${what} differ: ${blur(lt)}`;
  }
  return `ours ${blur(lo)}  /  CPython ${blur(lt)}`;
}

function main(): void {
  const versions = (argValue('versions') ?? '3.11,3.12,3.13').split(',') as CPythonVersion[];
  const top = Number(argValue('top') ?? 25);
  const every = Number(argValue('every') ?? 1);
  const family = argValue('family') ?? '';
  const all = errorSnippets();
  const show = argValue('show');
  if (show !== undefined) {
    const s = all[Number(show)];
    console.log(s.source);
    for (const v of versions) {
      const o = ours(s.source, v);
      const t = theirs([s.source], v)[0];
      console.log(`--- ${v} ours (exit ${o.code}):\n${o.stderr}--- ${v} CPython (exit ${t.code}):\n${t.stderr}`);
    }
    return;
  }
  const picked: [number, Snippet][] = [];
  all.forEach((s, i) => { if (i % every === 0 && s.family.startsWith(family)) picked.push([i, s]); });
  console.log(`error agreement: ${picked.length} of ${all.length} snippets`);
  for (const version of versions) {
    const cp = theirs(picked.map(([, s]) => s.source), version);
    let same = 0;
    const differ = new Map<string, number[]>();
    const perFamily = new Map<string, [number, number]>();
    picked.forEach(([i, s], k) => {
      const o = ours(s.source, version);
      const t = cp[k];
      const fam = s.family.split(' ')[0];
      const f = perFamily.get(fam) ?? [0, 0];
      f[1]++;
      if (o.stderr === t.stderr && o.code === t.code) {
        same++;
        f[0]++;
      } else {
        const c = cause(o, t);
        differ.set(c, [...(differ.get(c) ?? []), i]);
        if (process.argv.includes('--list')) console.log(`=== ${i}\n${s.source}--- ours (exit ${o.code}):\n${o.stderr}--- CPython (exit ${t.code}):\n${t.stderr}`);
      }
      perFamily.set(fam, f);
    });
    const pct = (n: number, d: number): string => (d ? ((100 * n) / d).toFixed(1) : '-');
    console.log(`\n${version}: ${same} / ${picked.length} identical stderr and exit status (${pct(same, picked.length)}%)`);
    console.log('  ' + [...perFamily].map(([k, [a, b]]) => `${k} ${a}/${b}`).join(', '));
    for (const [d, list] of [...differ].sort((a, b) => b[1].length - a[1].length).slice(0, top)) {
      console.log(`  ${String(list.length).padStart(4)}  ${d}   e.g. --show ${list.slice(0, 4).join(' | ')}`);
    }
  }
}

// The simulation needs the engine worker's stack (a Python recursion goes deeper than Node's
// default main-thread stack), so the measurement runs in a worker with the extension's limits.
if (isMainThread) {
  const w = new Worker(__filename, { argv: process.argv.slice(2), resourceLimits: ENGINE_WORKER_LIMITS });
  w.on('error', (e) => { console.error(e); process.exitCode = 1; });
} else {
  main();
}

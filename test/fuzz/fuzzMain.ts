/**
 * `npm run fuzz`: the large fuzz run for humans. Mutants run in a worker thread with a heap
 * limit, as the extension's engine worker does, so a crashed worker (JS heap exhausted, a native
 * crash) or a frozen one (no answer within the watchdog) is recorded against its mutant and the
 * run goes on in a fresh worker. Prints the endings by class and every bug grouped by message,
 * writes the bugs' programs to out/fuzz/, and compares a sample of syntax errors with CPython 3.13
 * (message, line, column).
 *
 *   node out/fuzz.js [--seed N] [--count N] [--from N] [--syntax-sample N] [--watchdog-s N]
 *   node out/fuzz.js --snippets      each adversarial snippet on its own, on 3.11, 3.12 and 3.13
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { compile } from '../../src/interpreter/compiler/compiler';
import { parse } from '../../src/interpreter/parser/pyAstAdapter';
import { PySyntaxError } from '../../src/interpreter/parser/syntaxError';
import type { CPythonVersion } from '../../src/protocol/heapModel';
import { BUG_CLASSES, nthMutant, runMutant, seedPrograms, type FuzzResult } from './fuzzRun';
import { SNIPPETS } from './mutator';

const root = resolve(__dirname, '..');

interface Job { index: number }
const snippetsMode = isMainThread ? process.argv.includes('--snippets') : (workerData as { snippetsMode: boolean }).snippetsMode;
const VERSIONS: readonly CPythonVersion[] = ['3.11', '3.12', '3.13'];

/** Job `index`: a mutant, or in --snippets mode snippet `index / 3` on one version. */
function program(seeds: ReturnType<typeof seedPrograms>, seed: number, index: number): { source: string; version: CPythonVersion; label: string } {
  if (snippetsMode) return { source: SNIPPETS[Math.floor(index / 3)] as string, version: VERSIONS[index % 3] as CPythonVersion, label: `snippet ${Math.floor(index / 3)}` };
  const m = nthMutant(seeds, seed, index);
  return { source: m.source, version: m.version, label: `${m.seedName} ${m.mutations.join('+')}` };
}
interface Reply { index: number; result: FuzzResult }

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

if (!isMainThread) {
  const { seed } = workerData as { seed: number };
  const seeds = seedPrograms(root);
  parentPort?.on('message', (job: Job) => {
    const p = program(seeds, seed, job.index);
    parentPort?.postMessage({ index: job.index, result: runMutant(p.source, p.version) } satisfies Reply);
  });
} else {
  void main();
}

async function main(): Promise<void> {
  const seed = arg('seed', 1);
  const count = snippetsMode ? SNIPPETS.length * 3 : arg('count', 2000);
  const from = arg('from', 0);
  const watchdogMs = arg('watchdog-s', 60) * 1000;
  const syntaxSample = arg('syntax-sample', 300);
  const seeds = seedPrograms(root);
  console.log(`fuzz: seed ${seed}, mutants ${from}..${from + count - 1}`);
  const byClass = new Map<string, number>();
  const bugs = new Map<string, number[]>();
  const outDir = join(root, 'out/fuzz');
  mkdirSync(outDir, { recursive: true });
  const unsupported = new Map<string, number>();
  const record = (index: number, r: FuzzResult): void => {
    byClass.set(r.cls, (byClass.get(r.cls) ?? 0) + 1);
    if (r.cls === 'unsupported') {
      const key = r.detail.replace(/line \d+/, 'line N');
      unsupported.set(key, (unsupported.get(key) ?? 0) + 1);
    }
    if (!BUG_CLASSES.has(r.cls)) return;
    // Group by the message, numbers and quoted names taken out.
    const key = `${r.cls}: ${r.detail.split(' | ')[0]?.replace(/\d+/g, 'N').slice(0, 160)}`;
    const list = bugs.get(key) ?? [];
    list.push(index);
    bugs.set(key, list);
    const p = program(seeds, seed, index);
    writeFileSync(join(outDir, `bug-${seed}-${index}.py`), `# ${p.label} ${p.version}\n# ${r.detail.slice(0, 400).replace(/\n/g, ' ')}\n${p.source}`);
  };

  let next = from;
  const end = from + count;
  await new Promise<void>((done) => {
    const spawn = (): void => {
      if (next >= end) { done(); return; }
      const worker = new Worker(__filename, { workerData: { seed, snippetsMode }, resourceLimits: { maxOldGenerationSizeMb: 1536 } });
      let current = -1;
      let timer: NodeJS.Timeout | undefined;
      let finished = false;
      const send = (): void => {
        if (next >= end) { finished = true; void worker.terminate(); return; }
        current = next++;
        if (current % 100 === 0) process.stdout.write(`  ${current}\n`);
        if (process.argv.includes('--verbose')) process.stdout.write(`  ${current} ${program(seeds, seed, current).label}\n`);
        clearTimeout(timer);
        timer = setTimeout(() => {
          record(current, { cls: 'internal', detail: `frozen: no answer in ${watchdogMs / 1000} s` });
          finished = true;
          void worker.terminate().then(spawn);
        }, watchdogMs);
        worker.postMessage({ index: current } satisfies Job);
      };
      worker.on('message', (reply: Reply) => { record(reply.index, reply.result); send(); });
      worker.on('error', (e) => { clearTimeout(timer); if (!finished) { finished = true; record(current, { cls: 'internal', detail: `worker crashed: ${e.message}` }); spawn(); } });
      worker.on('exit', () => { clearTimeout(timer); if (!finished) { finished = true; record(current, { cls: 'internal', detail: 'worker exited' }); spawn(); } else if (next >= end) done(); });
      send();
    };
    spawn();
  });

  console.log('\nendings:');
  for (const [cls, n] of [...byClass].sort((a, b) => b[1] - a[1])) console.log(`  ${cls.padEnd(14)} ${n}`);
  console.log('\nunsupported constructs named:');
  for (const [key, n] of [...unsupported].sort((a, b) => b[1] - a[1]).slice(0, 20)) console.log(`  ${String(n).padStart(4)}  ${key}`);
  console.log(`\nbugs (${[...bugs.values()].reduce((a, l) => a + l.length, 0)}), by message, most frequent first; programs in out/fuzz/:`);
  for (const [key, list] of [...bugs].sort((a, b) => b[1].length - a[1].length)) console.log(`  ${String(list.length).padStart(4)}  ${key}   e.g. bug-${seed}-${list[0]}.py`);
  if (!snippetsMode) compareSyntaxErrors(seeds, seed, from, end, syntaxSample);
}

/** Our SyntaxError for `source`, or null when it compiles. */
function ourSyntaxError(source: string): { type: string; msg: string; lineno: number; offset: number } | null {
  try {
    compile(parse(source, 'mutant.py'), { version: '3.13', filename: 'mutant.py' });
    return null;
  } catch (e) {
    if (e instanceof PySyntaxError) return { type: e.type, msg: e.msg, lineno: e.lineno, offset: e.offset };
    return { type: 'other', msg: e instanceof Error ? e.message : String(e), lineno: 0, offset: 0 };
  }
}

/** Compares the syntax errors of up to `sample` mutants with CPython 3.13's `compile`. */
function compareSyntaxErrors(seeds: ReturnType<typeof seedPrograms>, seed: number, from: number, end: number, sample: number): void {
  const cases: { index: number; source: string; ours: NonNullable<ReturnType<typeof ourSyntaxError>> }[] = [];
  for (let i = from; i < end && cases.length < sample; i++) {
    const m = nthMutant(seeds, seed, i);
    const ours = ourSyntaxError(m.source);
    if (ours) cases.push({ index: i, source: m.source, ours });
  }
  let theirs: ({ type: string; msg: string; lineno: number; offset: number } | null)[];
  try {
    const out = execFileSync('python3', [join(root, 'test/fuzz/compileErrors.py')], {
      input: JSON.stringify(cases.map((c) => c.source)), env: { ...process.env, PYENV_VERSION: '3.13.0' }, maxBuffer: 1 << 28,
    });
    theirs = JSON.parse(out.toString()) as typeof theirs;
  } catch (e) {
    console.log(`\nsyntax errors: could not run CPython 3.13 (${e instanceof Error ? e.message : String(e)})`);
    return;
  }
  let same = 0;
  let sameMsg = 0;
  const differ = new Map<string, number>();
  cases.forEach((c, k) => {
    const t = theirs[k];
    const ours = `${c.ours.type}: ${c.ours.msg} @${c.ours.lineno}:${c.ours.offset}`;
    const cp = t ? `${t.type}: ${t.msg} @${t.lineno}:${t.offset}` : 'compiles';
    if (t && t.type === c.ours.type && t.msg === c.ours.msg) sameMsg++;
    if (ours === cp) same++;
    else {
      const key = `ours ${c.ours.type}: ${c.ours.msg.slice(0, 60)} / CPython ${t ? `${t.type}: ${t.msg.slice(0, 60)}` : 'compiles'}${t && t.msg === c.ours.msg ? ' (position differs)' : ''}`;
      differ.set(key, (differ.get(key) ?? 0) + 1);
    }
  });
  const pct = (n: number): string => (cases.length ? ((100 * n) / cases.length).toFixed(1) : '-');
  console.log(`\nsyntax errors vs CPython 3.13 compile(): ${cases.length} mutants; same message, line and column ${same} (${pct(same)}%); same message ${sameMsg} (${pct(sameMsg)}%)`);
  for (const [key, n] of [...differ].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`  ${String(n).padStart(4)}  ${key}`);
}

/**
 * `npm run fuzz:syntax`: how often our SyntaxError agrees with CPython's on mutated scripts, per
 * version. A mutant counts when either side rejects it; it agrees when the class, message, line
 * and column are the same, and separately when the printed form (File line, source line, carets,
 * message) is the same. Prints the disagreements grouped by message, most frequent first.
 *
 *   node out/syntaxAgreement.js [--seed N] [--count N] [--from N] [--versions 3.11,3.12,3.13] [--top N]
 *   node out/syntaxAgreement.js --show N [--versions 3.12]   one mutant: source, ours and CPython's
 *   node out/syntaxAgreement.js --printed ...                also print each printed-form difference
 */
import { execFileSync } from 'node:child_process';
import { resolve, join } from 'node:path';
import { compile } from '../../src/interpreter/compiler/compiler';
import { parse } from '../../src/interpreter/parser/pyAstAdapter';
import { PySyntaxError } from '../../src/interpreter/parser/syntaxError';
import { CompileLimitError } from '../../src/interpreter/parser/nestingLimits';
import { formatSyntaxError } from '../../src/interpreter/session/syntaxErrorText';
import type { CPythonVersion } from '../../src/protocol/heapModel';
import { nthMutant, seedPrograms } from './fuzzRun';

const root = resolve(__dirname, '..');
const PYENV: Record<CPythonVersion, string> = { '3.11': '3.11.7', '3.12': '3.12.1', '3.13': '3.13.0' };

/** One side's verdict on a source: its SyntaxError, or null when it compiles. */
interface Verdict { type: string; msg: string; lineno: number; offset: number; printed: string }

function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** Our verdict on `source` for `version`. */
function ours(source: string, version: CPythonVersion): Verdict | null {
  try {
    compile(parse(source, 'mutant.py', version), { version, filename: 'mutant.py' });
    return null;
  } catch (e) {
    if (e instanceof CompileLimitError) return { type: e.pyType, msg: e.message, lineno: 0, offset: 0, printed: '' };
    if (e instanceof PySyntaxError) return { type: e.type, msg: e.msg, lineno: e.lineno, offset: e.offset, printed: formatSyntaxError(e, 'mutant.py', version, source.split('\n')) };
    return { type: 'other', msg: e instanceof Error ? e.message : String(e), lineno: 0, offset: 0, printed: '' };
  }
}

/** CPython's verdicts on `sources` (test/fuzz/compileErrors.py under the real interpreter). */
function theirs(sources: string[], version: CPythonVersion): (Verdict | null)[] {
  const out = execFileSync('python3', [join(root, 'test/fuzz/compileErrors.py')], {
    input: JSON.stringify(sources), env: { ...process.env, PYENV_VERSION: PYENV[version] }, maxBuffer: 1 << 28,
  });
  return JSON.parse(out.toString()) as (Verdict | null)[];
}

const key = (v: Verdict | null): string => (v ? `${v.type}: ${v.msg} @${v.lineno}:${v.offset}` : 'compiles');

function main(): void {
  const seed = Number(argValue('seed') ?? 1);
  const from = Number(argValue('from') ?? 0);
  const count = Number(argValue('count') ?? 1500);
  const top = Number(argValue('top') ?? 20);
  const versions = (argValue('versions') ?? '3.11,3.12,3.13').split(',') as CPythonVersion[];
  const seeds = seedPrograms(root);
  const show = argValue('show');
  if (show !== undefined) {
    const source = nthMutant(seeds, seed, Number(show)).source;
    console.log(source);
    for (const v of versions) {
      console.log(`--- ${v} ours:\n${ours(source, v)?.printed ?? 'compiles'}--- ${v} CPython:\n${theirs([source], v)[0]?.printed ?? 'compiles'}`);
    }
    return;
  }
  const sources: string[] = [];
  for (let i = from; i < from + count; i++) sources.push(nthMutant(seeds, seed, i).source);
  console.log(`syntax agreement: seed ${seed}, mutants ${from}..${from + count - 1}`);
  for (const version of versions) {
    const cp = theirs(sources, version);
    let cases = 0;
    let same = 0;
    let samePrinted = 0;
    const differ = new Map<string, number[]>();
    sources.forEach((source, k) => {
      const o = ours(source, version);
      const t = cp[k] ?? null;
      if (!o && !t) return;
      cases++;
      if (key(o) === key(t)) same++;
      else {
        const d = `ours ${o ? `${o.type}: ${o.msg.slice(0, 70)}` : 'compiles'} / CPython ${t ? `${t.type}: ${t.msg.slice(0, 70)}` : 'compiles'}${o && t && o.msg === t.msg ? ' (position differs)' : ''}`;
        differ.set(d, [...(differ.get(d) ?? []), from + k]);
      }
      if (o && t && o.printed === t.printed) samePrinted++;
      else if (o && t && key(o) === key(t) && process.argv.includes('--printed')) console.log(`--- ${from + k} ours:\n${o.printed}--- CPython:\n${t.printed}`);
    });
    const pct = (n: number): string => (cases ? ((100 * n) / cases).toFixed(1) : '-');
    console.log(`\n${version}: ${cases} mutants rejected by either; same class, message, line and column ${same} (${pct(same)}%); same printed form ${samePrinted} (${pct(samePrinted)}%)`);
    for (const [d, list] of [...differ].sort((a, b) => b[1].length - a[1].length).slice(0, top)) {
      console.log(`  ${String(list.length).padStart(4)}  ${d}   e.g. --show ${list.slice(0, 5).join(' | ')}`);
    }
  }
}

main();

/**
 * The corpus: every program in test/corpus/programs and examples/ runs on the simulation for each
 * modelled version and must print exactly what the real CPython printed (test/corpus/expected,
 * written by `python3 test/corpus/generate.py` from CPython 3.11.7, 3.12.1 and 3.13.0) and end the
 * same way (exit status; the exception line for failing programs).
 *
 * Programs the simulation cannot run yet are listed in test/corpus/pending.json with the reason
 * (as `name` for every version or `name@3.11` for one);
 * each is still run, and the test fails if one of them starts passing, so the list only shrinks.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { RunSession } from '../../src/interpreter/session/runSession';
import type { FindModuleSource } from '../../src/interpreter/runtime/moduleSource';
import { diskModuleFinder } from '../../src/worker/diskModuleFinder';
import { checkHeapSelf } from '../../src/interpreter/session/heapSelfCheck';

const root = resolve(__dirname, '../../../..');
const pending = JSON.parse(readFileSync(join(root, 'test/corpus/pending.json'), 'utf8')) as Record<string, string>;
const versions = ['3.11', '3.12', '3.13'] as const;
/**
 * PYHEAP_GC_STRESS=1 (`npm run test:stress`): every run collects at each GC allocation. No
 * program may crash; the programs listed as comparable in test/corpus/stress.json (checked to
 * print the same under stress) must still print exactly CPython's output; the skipped ones
 * measure collection timing over huge heaps and would take hours.
 */
const stress = process.env.PYHEAP_GC_STRESS === '1';
/** How long a stress run of a program whose output is not compared goes on. */
const STRESS_CRASH_CHECK_MS = 3_000;
const stressList = JSON.parse(readFileSync(join(root, 'test/corpus/stress.json'), 'utf8')) as { comparable: string[]; skip: Record<string, string> };
const stressComparable = new Set(stressList.comparable);
/** Every program: `NAME.py`, or `NAME/NAME.py` beside the modules it imports (generate.py lists the same). */
const programs = ['test/corpus/programs', 'examples'].flatMap((dir) =>
  readdirSync(join(root, dir)).sort().flatMap((f) => {
    if (f.endsWith('.py')) return [join(root, dir, f)];
    const inFolder = join(root, dir, f, `${f}.py`);
    return existsSync(inFolder) ? [inFolder] : [];
  }));

/** The program's sibling modules, named relative to its folder as generate.py strips CPython's paths. */
function siblingFinder(path: string): FindModuleSource {
  const find = diskModuleFinder(path);
  return (name) => {
    const found = find(name);
    return found && { ...found, path: relative(dirname(path), found.path) };
  };
}

interface Expected {
  stdout: string;
  exitCode: number;
  stderrLast: string;
  /** The whole of stderr, the program's directory taken out of paths (absent in older files). */
  stderr?: string;
}

function simulate(path: string, version: (typeof versions)[number], timeoutMs = 120_000): { stdout: string; exitCode: number; stderrLast: string; stderr: string; crashed: string | null } {
  const stdinPath = path.replace(/\.py$/, '.stdin');
  const session = new RunSession({
    source: readFileSync(path, 'utf8'), filename: basename(path), version,
    stdin: existsSync(stdinPath) ? readFileSync(stdinPath, 'utf8') : '', maxSteps: 20_000_000, timeoutMs,
    gcStress: stress, ignoreWarnings: true, // generate.py runs CPython with -W ignore
    findModuleSource: siblingFinder(path),
  });
  session.continue();
  checkHeapSelf(session);
  // stderr is what the script wrote there (traceback.print_exc, unraisable exceptions) then the error.
  const errorLines = (session.stderr + (session.error ?? '') + session.stderrAfterError).split('\n').filter((l) => l.trim() !== '');
  const exitCode = session.exitCode;
  const crashed = (session.error ?? '').startsWith('Internal error') ? (session.error ?? '').split('\n').slice(0, 3).join(' | ') : null;
  // What the script wrote to stderr while running (unraisable exceptions...), then the traceback
  // that ended it, as CPython's stderr reads.
  let stderr = session.stderr + (session.outcome === 'exception' || session.outcome === 'syntax-error' ? session.error ?? '' : '') + session.stderrAfterError;
  // generate.py writes the addresses in reprs (unraisable reports) as 0x...: they differ run to run.
  stderr = stderr.replace(/ at 0x[0-9a-f]+/g, ' at 0x...');
  return { stdout: session.stdout, exitCode, stderrLast: errorLines[errorLines.length - 1] ?? '', stderr, crashed };
}

for (const path of programs) {
  const name = basename(path, '.py');
  for (const version of versions) {
    const expectedPath = join(root, 'test/corpus/expected', `${name}.${version}.json`);
    test(`${name} on ${version}`, { skip: stress ? stressList.skip[name] : undefined }, () => {
      assert.ok(existsSync(expectedPath), `no expected output: run python3 test/corpus/generate.py (${expectedPath})`);
      const expected = JSON.parse(readFileSync(expectedPath, 'utf8')) as Expected;
      // In stress mode a program whose output is not compared only has to run without crashing
      // for a while: the GC-heavy ones (100k live objects, a full collection per allocation)
      // would take hours.
      const actual = simulate(path, version, stress && !stressComparable.has(name) ? STRESS_CRASH_CHECK_MS : 120_000);
      const matches = actual.stdout === expected.stdout && actual.exitCode === expected.exitCode && actual.stderrLast === expected.stderrLast
        && (expected.stderr === undefined || actual.stderr === expected.stderr);
      const key = `${name}@${version}` in pending ? `${name}@${version}` : name in pending ? name : null;
      if (stress) {
        assert.equal(actual.crashed, null, 'the simulation crashed in stress mode');
        if (key || !stressComparable.has(name)) return;
      } else if (key) {
        assert.ok(!matches, `${name} now matches CPython ${version}: remove "${key}" from test/corpus/pending.json`);
        return;
      }
      assert.equal(actual.stdout, expected.stdout);
      assert.equal(actual.exitCode, expected.exitCode, `exit status (simulation said: ${actual.stderrLast})`);
      assert.equal(actual.stderrLast, expected.stderrLast);
      if (expected.stderr !== undefined) assert.equal(actual.stderr, expected.stderr);
    });
  }
}

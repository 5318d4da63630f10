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
import { basename, join, resolve } from 'node:path';
import { RunSession } from '../../src/interpreter/session/runSession';

const root = resolve(__dirname, '../../../..');
const pending = JSON.parse(readFileSync(join(root, 'test/corpus/pending.json'), 'utf8')) as Record<string, string>;
const versions = ['3.11', '3.12', '3.13'] as const;
const programs = ['test/corpus/programs', 'examples'].flatMap((dir) =>
  readdirSync(join(root, dir)).filter((f) => f.endsWith('.py')).sort().map((f) => join(root, dir, f)));

interface Expected {
  stdout: string;
  exitCode: number;
  stderrLast: string;
}

function simulate(path: string, version: (typeof versions)[number]): { stdout: string; exitCode: number; stderrLast: string } {
  const stdinPath = path.replace(/\.py$/, '.stdin');
  const session = new RunSession({
    source: readFileSync(path, 'utf8'), filename: basename(path), version,
    stdin: existsSync(stdinPath) ? readFileSync(stdinPath, 'utf8') : '', maxSteps: 20_000_000, timeoutMs: 120_000,
  });
  session.continue();
  const errorLines = (session.error ?? '').split('\n').filter((l) => l.trim() !== '');
  const exitCode = session.outcome === 'ok' ? 0 : session.outcome === 'exception' || session.outcome === 'syntax-error' ? 1 : 2;
  return { stdout: session.stdout, exitCode, stderrLast: errorLines[errorLines.length - 1] ?? '' };
}

for (const path of programs) {
  const name = basename(path, '.py');
  for (const version of versions) {
    const expectedPath = join(root, 'test/corpus/expected', `${name}.${version}.json`);
    test(`${name} on ${version}`, () => {
      assert.ok(existsSync(expectedPath), `no expected output: run python3 test/corpus/generate.py (${expectedPath})`);
      const expected = JSON.parse(readFileSync(expectedPath, 'utf8')) as Expected;
      const actual = simulate(path, version);
      const matches = actual.stdout === expected.stdout && actual.exitCode === expected.exitCode && actual.stderrLast === expected.stderrLast;
      const key = `${name}@${version}` in pending ? `${name}@${version}` : name in pending ? name : null;
      if (key) {
        assert.ok(!matches, `${name} now matches CPython ${version}: remove "${key}" from test/corpus/pending.json`);
        return;
      }
      assert.equal(actual.stdout, expected.stdout);
      assert.equal(actual.exitCode, expected.exitCode, `exit status (simulation said: ${actual.stderrLast})`);
      assert.equal(actual.stderrLast, expected.stderrLast);
    });
  }
}

/**
 * `pyheap run -W ...` and PYTHONWARNINGS against what CPython 3.11.7 / 3.12.1 / 3.13.0 print for
 * test/oracle/cli/warnOptions.py (test/oracle/cli/warnOptionsProbe.py writes warnOptions.json):
 * sys.warnoptions, the filters the options became, "Invalid -W option ignored" lines, and the
 * interpreter's own DeprecationWarnings shown on stderr at the running frame's line.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs, warningsFromEnv } from '../../src/cli/cliArgs';

const cli = resolve(__dirname, '../../../cli.js');
const script = resolve('test/oracle/cli/warnOptions.py');

interface Case { w: string[]; env: string | null }
interface Result { stdout: string; stderr: string; code: number }
const oracle = JSON.parse(readFileSync('test/oracle/cli/warnOptions.json', 'utf8')) as {
  cases: Record<string, Case>;
  results: Record<string, Record<string, Result>>;
};

for (const [version, results] of Object.entries(oracle.results)) {
  test(`-W options and PYTHONWARNINGS as CPython ${version} applies them`, () => {
    for (const [name, c] of Object.entries(oracle.cases)) {
      const env: NodeJS.ProcessEnv = { ...process.env };
      delete env.PYTHONWARNINGS;
      if (c.env !== null) env.PYTHONWARNINGS = c.env;
      const args = ['run', script, '--python', version, ...c.w.flatMap((w) => ['-W', w])];
      const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', env });
      const expected = results[name];
      assert.equal(r.stdout, expected.stdout, `${name}: stdout`);
      assert.equal(r.stderr.replaceAll(script, 'SCRIPT'), expected.stderr, `${name}: stderr`);
      assert.equal(r.status, expected.code, `${name}: exit code`);
    }
  });
}

test('PYTHONWARNINGS entries come first, then -W and -WOPTION in order; empty entries are dropped', () => {
  assert.deepEqual(warningsFromEnv('error::DeprecationWarning, always ,,bogus'), ['error::DeprecationWarning', ' always ', 'bogus']);
  assert.deepEqual(warningsFromEnv(undefined), []);
  const args = parseArgs(['run', 'x.py', '-W', 'ignore', '-Werror::UserWarning'], { PYTHONWARNINGS: 'default' });
  assert.ok(args.command === 'run');
  assert.deepEqual(args.warnOptions, ['default', 'ignore', 'error::UserWarning']);
});

/**
 * An uncaught SystemExit ends a run with CPython's exit status and stderr text, no traceback.
 * Expected values measured with CPython 3.12.1 (`python3 script.py; echo $?`), the same on 3.11/3.13.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RunSession } from './runSession';
import { checkHeapSelf } from './heapSelfCheck';

function run(source: string): RunSession {
  const s = new RunSession({ source, filename: 'script.py', version: '3.12', maxSteps: 100_000 });
  s.continue();
  checkHeapSelf(s);
  return s;
}

const cases: [string, number, string][] = [
  ['raise SystemExit(3)\n', 3, ''],
  ['raise SystemExit(256)\n', 0, ''],
  ['raise SystemExit(-1)\n', 255, ''],
  ['raise SystemExit(True)\n', 1, ''],
  ['raise SystemExit(None)\n', 0, ''],
  ['import sys; sys.exit("bye")\n', 1, 'bye\n'],
  ['raise SystemExit(1, 2)\n', 1, '(1, 2)\n'],
];

for (const [source, status, stderr] of cases) {
  test(`${source.trim()} exits with ${status}`, () => {
    const s = run(source);
    assert.equal(s.exitCode, status);
    assert.equal(s.error ?? '', stderr);
  });
}

test('sys.exit() ends the run normally after what was printed', () => {
  const s = run('import sys\nprint("out")\nsys.exit()\nprint("never")\n');
  assert.equal(s.stdout, 'out\n');
  assert.equal(s.exitCode, 0);
  assert.equal(s.outcome, 'ok');
  assert.equal(s.status, 'finished');
});

test('a caught SystemExit carries its code', () => {
  const s = run('import sys\ntry:\n    sys.exit(3)\nexcept SystemExit as e:\n    print(e.code, e.args)\n');
  assert.equal(s.stdout, '3 (3,)\n');
  assert.equal(s.exitCode, 0);
});

/**
 * The panel's Output is what a terminal shows: for a script with a SyntaxWarning, an exception in
 * `__del__`, a traceback and a print during the teardown, the worker's state (what the panel
 * draws) gives both streams in CPython's write order (test/oracle/terminalOutput, from the real
 * interpreters), each stream exactly as `pyheap` prints it, and, stepped back, the output as of
 * that step.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { WorkerSession } from '../../src/worker/workerSession';
import { outputText, streamText } from '../../src/protocol/outputChunks';
import type { CPythonVersion } from '../../src/protocol/heapModel';

const root = resolve(__dirname, '../../../..');
const cli = join(root, 'out/cli.js');
const script = join(root, 'test/e2e/fixtures/stderr_teardown.py');
const dir = mkdtempSync(join(tmpdir(), 'pyheap-terminal-'));

function session(version: CPythonVersion): WorkerSession {
  const s = new WorkerSession(new Int32Array(new SharedArrayBuffer(4)), () => {});
  s.handle({ type: 'session/start', source: readFileSync(script, 'utf8'), filename: script, version, stdin: '', maxSteps: 1_000_000, timeoutMs: 60_000 });
  return s;
}

/** `pyheap run` with stdout and stderr apart, and both into one file (as a terminal gets them). */
function pyheap(version: CPythonVersion): { stdout: string; stderr: string; both: string } {
  const args = [cli, 'run', script, '--python', version];
  const apart = spawnSync(process.execPath, args, { encoding: 'utf8' });
  const file = join(dir, `both.${version}.txt`);
  const fd = openSync(file, 'w');
  spawnSync(process.execPath, args, { stdio: ['ignore', fd, fd] });
  closeSync(fd);
  return { stdout: apart.stdout, stderr: apart.stderr, both: readFileSync(file, 'utf8') };
}

function normalized(text: string): string {
  return text.split(script).join('SCRIPT').replace(/ at 0x[0-9a-f]+>/g, ' at 0xADDR>');
}

for (const version of ['3.11', '3.12', '3.13'] as const) {
  test(`the panel's output is the terminal's and the CLI's (${version})`, () => {
    const state = session(version).handle({ type: 'session/continue', untilLine: null });
    assert.equal(state.status, 'error');
    const expected = readFileSync(join(root, `test/oracle/terminalOutput/stderr_teardown.${version}.txt`), 'utf8');
    assert.equal(normalized(outputText(state.output)), expected);
    const printed = pyheap(version);
    assert.equal(streamText(state.output, 'stdout'), printed.stdout);
    assert.equal(streamText(state.output, 'stderr'), printed.stderr);
    assert.equal(outputText(state.output), printed.both);
    assert.equal(state.output.filter((c) => c.error).map((c) => c.text).join(''), state.error);
  });
}

test('stepped back, the output is as of that step', () => {
  const s = session('3.12');
  s.handle({ type: 'session/continue', untilLine: null });
  // Paused before `kept = Resource("kept")` (line 19): what CPython wrote before "about to divide".
  const expected = readFileSync(join(root, 'test/oracle/terminalOutput/stderr_teardown.3.12.txt'), 'utf8');
  const before = expected.slice(0, expected.indexOf('about to divide\n'));
  const paused = session('3.12').handle({ type: 'session/continue', untilLine: 19 });
  assert.equal(paused.line, 19);
  assert.equal(normalized(outputText(paused.output)), before);
  const back = s.handle({ type: 'session/goToStep', step: paused.step });
  assert.deepEqual(back.output, paused.output);
  assert.equal(back.error, null);
});

/** `pyheap` as a user runs it: output, exit codes, the report table and the JSON report. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from '../../src/cli/cliArgs';

const cli = resolve(__dirname, '../../../cli.js');
const dir = mkdtempSync(join(tmpdir(), 'pyheap-cli-'));

function pyheap(args: string[], input = '') {
  const r = spawnSync(process.execPath, [cli, ...args], { input, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function script(name: string, text: string): string {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
}

test('prints what the script prints and exits 0', () => {
  const r = pyheap(['run', script('ok.py', 'import sys\nprint(sys.getsizeof([1, 2, 3]), sys.version_info[:2])\n'), '--python', '3.12']);
  assert.equal(r.stderr, '');
  assert.equal(r.stdout, '88 (3, 12)\n');
  assert.equal(r.code, 0);
});

test('an uncaught exception: traceback on stderr, exit 1', () => {
  const p = script('boom.py', 'def f(x):\n    return 1 // x\nf(0)\n');
  const r = pyheap(['run', p, '--python', '3.12']);
  assert.equal(r.code, 1);
  // As CPython 3.11/3.12 print it (no markers under `f(0)`: it is the whole line) and as 3.13 does
  // (its Python printer anchors the call).
  const tail = `  File "${p}", line 2, in f\n    return 1 // x\n           ~~^^~~\nZeroDivisionError: integer division or modulo by zero\n`;
  assert.equal(r.stderr, `Traceback (most recent call last):\n  File "${p}", line 3, in <module>\n    f(0)\n${tail}`);
  const r313 = pyheap(['run', p]);
  assert.equal(r313.code, 1);
  assert.equal(r313.stderr, `Traceback (most recent call last):\n  File "${p}", line 3, in <module>\n    f(0)\n    ~^^^\n${tail}`);
});

test('unsupported code: a named message, exit 2; bad arguments: usage, exit 2', () => {
  const r = pyheap(['run', script('imp.py', 'import xml.dom\n')]);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /line 1: import xml\.dom \(the module is not available in the simulation yet\) is not supported/);
  const bad = pyheap(['run', 'x.py', '--python', '2.7']);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /--python must be one of 3\.11, 3\.12, 3\.13/);
});

test('input() reads standard input', () => {
  const r = pyheap(['run', script('in.py', 'name = input()\nprint("hello", name)\n')], 'world\n');
  assert.equal(r.stdout, 'hello world\n');
});

test('an endless loop stops at the step budget with exit 3', () => {
  const r = pyheap(['run', script('loop.py', 'while True:\n    pass\n'), '--max-steps', '20000']);
  assert.equal(r.code, 3);
  assert.match(r.stderr, /stopped after/);
});

test('--report prints a per-line table; --json writes the documented report', () => {
  const out = join(dir, 'report.json');
  const r = pyheap(['run', script('rep.py', 'x = [i * 2 for i in range(1000)]\nprint(len(x))\n'), '--report', '--json', out]);
  assert.equal(r.code, 0);
  assert.match(r.stderr, /^line +allocs +bytes +frees +freed +retained +blocks +source$/m);
  const report = JSON.parse(readFileSync(out, 'utf8'));
  assert.equal(report.schema, 1);
  assert.equal(report.python, '3.13');
  assert.equal(report.status, 'finished');
  const line1 = report.lines.find((l: { line: number }) => l.line === 1);
  assert.deepEqual(Object.keys(line1).sort(), ['allocatedBytes', 'allocations', 'freedBytes', 'frees', 'line', 'retainedBlocks', 'retainedBytes']);
  assert.ok(line1.retainedBytes > 8000, 'the list and its ints stay alive');
  assert.equal(report.stdout, '1000\n');
});

test('a recursion through __repr__ reaches CPython 3.13\'s RecursionError (the run has the engine worker\'s stack)', () => {
  const p = resolve('test/oracle/cli/dunderRecursion.py');
  const r = pyheap(['run', p, '--python', '3.13']);
  assert.equal(r.code, 1);
  assert.equal(r.stdout, 'start\n');
  const expected = readFileSync('test/oracle/cli/dunderRecursion.3.13.stderr', 'utf8').replaceAll('SCRIPT', p);
  assert.equal(r.stderr, expected);
});

test('without --max-steps there is no step budget (as python3 has none); --timeout still stops a runaway script', () => {
  const args = parseArgs(['run', 'x.py']);
  assert.ok(args.command === 'run');
  assert.equal(args.maxSteps, null);
  assert.equal(args.timeoutSeconds, 600);
  const r = pyheap(['run', script('loop2.py', 'while True:\n    pass\n'), '--timeout', '1']);
  assert.equal(r.code, 3);
  assert.match(r.stderr, /stopped after 1 s \(the time budget\)/);
});

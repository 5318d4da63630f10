/**
 * Bad input never takes the simulation down: huge requests become CPython's MemoryError /
 * OverflowError / ValueError at the line that asked (messages from CPython 3.11.7, 3.12.1 and
 * 3.13.0, identical in the three), the heap stays consistent, and a run stuck inside one native
 * call can still be stopped by its time budget or cancel flag.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RunSession } from './runSession';
import type { RunOptions } from './runOptions';
import { checkHeapSelf } from './heapSelfCheck';

const versions = ['3.11', '3.12', '3.13'] as const;

function run(source: string, version: RunOptions['version'] = '3.12', extra: Partial<RunOptions> = {}): RunSession {
  const s = new RunSession({ source, filename: 'script.py', version, maxSteps: 1_000_000, ...extra });
  s.continue();
  return s;
}

/** The last line of the traceback: the exception CPython prints. */
function lastLine(s: RunSession): string {
  return (s.error ?? '').trimEnd().split('\n').pop() ?? '';
}

const uncaught: [string, string][] = [
  ['x = [0] * 10**12', 'MemoryError'],
  ['x = "a" * 10**12', 'MemoryError'],
  ["x = 'ab'.join(['x'] * 10**6) * 10**6", 'MemoryError'],
  ['print(1); x = list(range(10**12))', 'MemoryError'],
  ['x = tuple(range(10**12))', 'MemoryError'],
  ['x = (0,) * 10**12', 'MemoryError'],
  ['x = [None] * (2**62)', 'MemoryError'],
  ["x = 'x' * (2**63)", "OverflowError: cannot fit 'int' into an index-sized integer"],
  ["x = 'ab' * (2**62)", 'OverflowError: repeated string is too long'],
  ['x = 1 << 10**20', 'OverflowError: too many digits in integer'],
  ["x = 'a'.ljust(10**12)", 'MemoryError'],
  ["x = 'a'.zfill(10**12)", 'MemoryError'],
  ["x = '{:>1000000000000}'.format(1)", 'MemoryError'],
  ['x = 1 << 10**12', 'MemoryError'],
  ["x = b'y' * 2**50", 'MemoryError'],
  ['x = bytearray(2**45)', 'MemoryError'],
  ['x = bytes(2**62)', 'MemoryError'],
  ["x = bytes(2**63)", "OverflowError: cannot fit 'int' into an index-sized integer"],
  ["x = bytearray(b'ab') * 2**62", 'MemoryError'],
  ["x = b'ab' * 2**62", 'OverflowError: repeated bytes are too long'],
  ["x = bytearray(b'a'); x *= 2**50", 'MemoryError'],
  ['x = len(range(10**10**5))', 'OverflowError: Python int too large to convert to C ssize_t'],
  ["x = int('9' * 10**4)", 'ValueError: Exceeds the limit (4300 digits) for integer string conversion: value has 10000 digits; use sys.set_int_max_str_digits() to increase the limit'],
  ['x = str(10**5000)', 'ValueError: Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit'],
];

for (const [source, expected] of uncaught) {
  test(`${source} ends with CPython's ${expected.split(':')[0]}, the heap consistent`, () => {
    for (const version of versions) {
      const s = run(source, version);
      assert.equal(s.outcome, 'exception', `${version}: ${s.error}`);
      assert.equal(lastLine(s), expected, version);
      checkHeapSelf(s);
    }
  });
}

test('a MemoryError is caught like any exception and the program goes on', () => {
  const s = run(`
kept = [1, 2, 3]
try:
    big = [kept] * 10**12
except MemoryError as e:
    print('caught', repr(e), e.args)
import sys
print(sys.getrefcount(kept), kept)
`);
  assert.equal(s.error, null);
  // CPython 3.11-3.13: the failed repeat took no reference to `kept`.
  assert.equal(s.stdout, 'caught MemoryError() ()\n2 [1, 2, 3]\n');
  checkHeapSelf(s);
});

test('the simulated memory ceiling: growing past it is a MemoryError, below it runs', () => {
  const limit = 32 * 1024 * 1024;
  const s = run('x = []\nwhile True:\n    x.append(str(len(x)) * 10)\n', '3.12', { memoryLimitBytes: limit, maxSteps: 100_000_000 });
  assert.equal(lastLine(s), 'MemoryError');
  assert.ok((s.interp.rt.obmalloc?.space.mappedBytes ?? 0) <= limit + 16 * 1024 * 1024);
  checkHeapSelf(s);
  for (const grow of ['s = set()\nfor i in range(10**9):\n    s.add(i)\n', 'd = {}\nfor i in range(10**9):\n    d[i] = i\n']) {
    const g = run(`${grow}`, '3.12', { memoryLimitBytes: limit, maxSteps: 100_000_000 });
    assert.equal(lastLine(g), 'MemoryError', grow);
    checkHeapSelf(g);
  }
  const ok = run('x = [0] * 10**6\nprint(len(x))\n', '3.12', { memoryLimitBytes: limit });
  assert.equal(ok.stdout, '1000000\n');
});

test('sys.set_int_max_str_digits as CPython validates and applies it', () => {
  const s = run(`
import sys
print(sys.get_int_max_str_digits())
for v in (639, -1):
    try:
        sys.set_int_max_str_digits(v)
    except ValueError as e:
        print(e)
sys.set_int_max_str_digits(640)
print(len(str(10**639)))
try:
    str(10**640)
except ValueError as e:
    print(e)
sys.set_int_max_str_digits(0)
print(len(str(7**20000)), len(str(-10**4300)))
`);
  assert.equal(s.error, null);
  assert.equal(s.stdout, [
    '4300',
    'maxdigits must be 0 or larger than 640',
    'maxdigits must be 0 or larger than 640',
    '640',
    'Exceeds the limit (640 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit',
    '16902 4302',
    '',
  ].join('\n'));
});

test('2 ** 10**9 is computed (CPython does it in seconds); the digits are counted without a string of its bits', () => {
  const s = run('x = 2 ** 10**9\ny = x >> (10**9 - 3)\nprint(y)\n');
  assert.equal(s.error, null);
  assert.equal(s.stdout, '8\n');
});

test('a run stuck in one native call stops at the cancel flag', () => {
  for (const source of ['s = set(range(10**10))', 'x = sum(range(10**12))', "x = ''.join(str(i) for i in range(10**12))", 'd = dict.fromkeys(range(10**12))']) {
    let polls = 0;
    const s = run(source, '3.12', { isCancelled: () => ++polls > 3 });
    assert.equal(s.outcome, 'stopped', source);
    assert.equal(s.status, 'cancelled', source);
    assert.equal(s.error, 'The run was cancelled.\n');
  }
});

test('a loop over a range with a million-digit length is stopped by the step budget', () => {
  const s = run('for x in range(10**10**6):\n    pass\n', '3.12', { maxSteps: 10_000 });
  assert.equal(s.outcome, 'stopped');
  checkHeapSelf(s);
});

/**
 * tracemalloc's formatting and grouping against CPython (test/oracle/tracemallocFormatSize.py
 * printed the sizes; 3.11.7, 3.12.1 and 3.13.0 agree).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compare, filterTraces, fnmatch, formatSize, statistics, statText, type TmTrace } from './tracemallocStats';

const sizes: [number, string, string][] = [
  [0, '0 B', '+0 B'], [8056, '8056 B', '+8056 B'], [10239, '10239 B', '+10239 B'], [10240, '10.0 KiB', '+10.0 KiB'],
  [12800, '12.5 KiB', '+12.5 KiB'], [13312, '13.0 KiB', '+13.0 KiB'], [102399, '100.0 KiB', '+100.0 KiB'],
  [102400, '100 KiB', '+100 KiB'], [397296, '388 KiB', '+388 KiB'], [1048576, '1024 KiB', '+1024 KiB'],
  [5 * 1024 ** 3, '5120 MiB', '+5120 MiB'], [-12800, '-12.5 KiB', '-12.5 KiB'],
];

test('_format_size as CPython prints it', () => {
  for (const [size, plain, signed] of sizes) {
    assert.equal(formatSize(size, false), plain, `${size}`);
    assert.equal(formatSize(size, true), signed, `${size} signed`);
  }
});

const at = (lineno: number, size: number, filename = 'f.py'): TmTrace => ({ domain: 0, size, frame: { filename, lineno } });

test('statistics group by line, biggest first, and print as Statistic.__str__', () => {
  const stats = statistics([at(5, 8056), at(3, 32), at(3, 32), at(7, 64)], 'lineno');
  assert.deepEqual(stats.map((s) => [s.frame.lineno, s.size, s.count]), [[5, 8056, 1], [3, 64, 2], [7, 64, 1]]);
  assert.equal(statText(stats[0], false), 'f.py:5: size=8056 B, count=1, average=8056 B');
  assert.deepEqual(statistics([at(5, 8), at(9, 8)], 'filename').map((s) => [s.frame.lineno, s.size]), [[0, 16]]);
});

test('compare_to keeps lines that vanished and signs the differences', () => {
  const diffs = compare([at(2, 100), at(4, 10)], [at(2, 40), at(6, 500)], 'lineno');
  assert.deepEqual(diffs.map((d) => [d.frame.lineno, d.sizeDiff, d.countDiff]), [[6, -500, -1], [2, 60, 0], [4, 10, 1]]);
  assert.equal(statText(diffs[0], true), 'f.py:6: size=0 B (-500 B), count=0 (-1)');
});

test('filters: inclusive any, exclusive all, fnmatch patterns', () => {
  assert.ok(fnmatch('/a/b/tracemalloc.py', '*/tracemalloc.py'));
  assert.ok(fnmatch('x1.py', 'x[0-9].py') && !fnmatch('xa.py', 'x[!a-z].py') && fnmatch('a.py', '?.py'));
  const traces = [at(1, 8, 'main.py'), at(2, 8, '/lib/tracemalloc.py'), at(3, 8, '<unknown>')];
  const none = { lineno: null, allFrames: false, domain: null };
  assert.equal(filterTraces(traces, [{ inclusive: false, filenamePattern: '/lib/tracemalloc.py', ...none }, { inclusive: false, filenamePattern: '<unknown>', ...none }]).length, 1);
  assert.equal(filterTraces(traces, [{ inclusive: true, filenamePattern: 'main.py', ...none, lineno: 2 }]).length, 0);
});

/**
 * 3.11's clinic keyword tuples (clinicKwtuple.ts): a first keyword call takes one tuple of the
 * parser's keyword count from the tuple free list, a second takes none; a positional call takes
 * none; 3.12+ take none. Expected deltas from test/oracle/clinicKwtupleProbe.py
 * (clinicKwtupleProbe.3.11.7.txt: `{size: (first, second)}`).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runChecked } from '../session/runChecked';

/** The free tuples of each size in each `sys._debugmallocstats()` dump the run wrote. */
function freeTuples(stderr: string): Map<number, number>[] {
  return stderr.split('Small block threshold').slice(1).map((dump) => {
    const counts = new Map<number, number>();
    for (const m of dump.matchAll(/(\d+) free (\d+)-sized PyTupleObjects/g)) counts.set(Number(m[2]), Number(m[1]));
    return counts;
  });
}

/** `{size: [taken by the first call, by the second]}` for a call made twice after `setup`. */
function taken(version: '3.11' | '3.12', setup: string, call: string): Record<number, [number, number]> {
  const s = runChecked(`import sys\n${setup}\nsys._debugmallocstats()\n${call}\nsys._debugmallocstats()\n${call}\nsys._debugmallocstats()\n`, version);
  const [a, b, c] = freeTuples(s.stderr);
  const out: Record<number, [number, number]> = {};
  for (const [size, n] of a) {
    const first = n - (b.get(size) ?? 0);
    const second = (b.get(size) ?? 0) - (c.get(size) ?? 0);
    if (first !== 0 || second !== 0) out[size] = [first, second];
  }
  return out;
}

test('3.11: a first keyword call builds its parser keyword tuple, once', () => {
  assert.deepEqual(taken('3.11', 'l = [3, 1, 2]', 'l.sort(key=None)'), { 2: [1, 0] });
  assert.deepEqual(taken('3.11', 'l = [3, 1, 2]', 'sorted(l, reverse=True)'), { 2: [1, 0] });
  assert.deepEqual(taken('3.11', 'l = [3, 1, 2]', 'l.sort()'), {});
  assert.deepEqual(taken('3.11', '', "'a b'.split(sep=' ')"), { 2: [1, 0] });
  assert.deepEqual(taken('3.11', '', 'sum([1], start=0)'), { 1: [1, 0] });
  assert.deepEqual(taken('3.11', 'import bisect', 'bisect.insort_left([1], 1, key=None)'), { 5: [1, 0] });
  assert.deepEqual(taken('3.11', '', "'a'.splitlines(keepends=True)"), { 1: [1, 0] });
});

test('3.12+: the keyword tuples are static', () => {
  assert.deepEqual(taken('3.12', 'l = [3, 1, 2]', 'l.sort(key=None)'), {});
});

/**
 * concurrent.futures with tasks that sleep: what test/oracle/futuresSleepProbe.py printed on
 * CPython 3.11.7, 3.12.1 and 3.13.0 (the same on each).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { runOutput } from '../../session/runChecked';

test('tasks that sleep: result(), as_completed(), wait() and shutdown() wait for them on the simulated clock', () => {
  const source = readFileSync('test/oracle/futuresSleepProbe.py', 'utf8');
  for (const v of ['3.11', '3.12', '3.13'] as const) assert.equal(runOutput(source, v), '[9, 1, 4]\n[4, 16, 36]\n[4] 1\nTimeoutError\nTrue 81\n');
});

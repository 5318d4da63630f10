/**
 * Constant tuples on a script's first lines against CPython 3.11.7, 3.12.1 and 3.13.0: 3.12's
 * startup collects once more after compiling the script, which untracks them (profile
 * `startupCollectsAfterCompile`). Expected lines printed by test/oracle/constTupleTracking.py
 * (run plainly, as `python3 script.py`).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { runOutput } from './session/runChecked';

/** The probe itself (tests run from the repository root). */
const probe = readFileSync('test/oracle/constTupleTracking.py', 'utf8');

const expected = {
  '3.11': '(0, 2)\nTrue True True\nTrue True True\nTrue True True\n',
  '3.12': '(5, 0)\nFalse False False\nFalse False True\nTrue True False\n',
  '3.13': '(3, 0)\nTrue True True\nTrue True True\nTrue True True\n',
} as const;

for (const version of ['3.11', '3.12', '3.13'] as const) {
  test(`constant tuples tracked at the first line on ${version}`, () => {
    assert.equal(runOutput(probe, version), expected[version]);
  });
}

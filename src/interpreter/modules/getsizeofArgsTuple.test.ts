/**
 * `sys.getsizeof` is METH_VARARGS | METH_KEYWORDS in 3.11 to 3.13, so its call packs the
 * arguments into a tuple that the tuple free list keeps, traced to the calling line.
 * Expected text: test/oracle/getsizeofArgsTuple.py under CPython 3.11.7, 3.12.1 and 3.13.0 (the
 * same on all three).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { RunSession } from '../session/runSession';

const root = resolve(__dirname, '../../../../..');
const PROBE = readFileSync(join(root, 'test/oracle/getsizeofArgsTuple.py'), 'utf8');

const EXPECTED = `\
getsizeof(value) [48]
getsizeof(value, 0) [56]
len(hold1) > 0 []
`;

for (const v of ['3.11', '3.12', '3.13'] as const) {
  test(`sys.getsizeof leaves its argument tuple traced to the calling line (${v})`, () => {
    const s = new RunSession({ source: PROBE, filename: 'getsizeofArgsTuple.py', version: v, maxSteps: 5_000_000 });
    s.continue();
    assert.equal(s.stdout, EXPECTED);
  });
}

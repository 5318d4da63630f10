/**
 * A naive datetime.time / datetime.datetime is a block 8 bytes smaller than its sys.getsizeof
 * (`time_alloc` / `datetime_alloc` leave out the tzinfo pointer); an aware one is the whole
 * tp_basicsize. Expected values: test/oracle/datetimeAllocSizes.py (the blocks) and
 * test/oracle/datetimeAllocLines.py under the Compare runner (the lines), 3.11.7, 3.12.1, 3.13.0 alike.
 */
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RunSession } from '../session/runSession';

const source = readFileSync('test/oracle/datetimeAllocLines.py', 'utf8');

for (const version of ['3.11', '3.12', '3.13'] as const) {
  test(`naive time/datetime blocks leave out the tzinfo pointer (${version})`, () => {
    const s = new RunSession({ source, filename: 'datetimeAllocLines.py', version, calibration: 'tracemallocRunner' });
    s.continue();
    const footprints = s.state(0).footprints;
    const bytes = [6, 7, 8, 9, 10].map((line) => footprints.find((x) => x.line === line)?.retainedBytes ?? 0);
    assert.deepEqual(bytes, [32, 40, 40, 48, 96]);
    assert.equal(s.stdout, '40 40 48 48 48\n');
  });
}

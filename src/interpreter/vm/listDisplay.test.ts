/**
 * A list display of constants is BUILD_LIST 0 + LIST_EXTEND of the constant tuple, and LIST_EXTEND
 * is list.extend: a list without an item array gets an exact one (its length rounded up to even),
 * never the append path's over-allocation. Expected values: `python3 test/oracle/listDisplayTraced.py`
 * on 3.11.7, 3.12.1 and 3.13.0 (the item array each display line holds: 48, 48, 80, 80 bytes;
 * line 8's extra 400-byte block is tracemalloc's own).
 */
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RunSession } from '../session/runSession';

const source = readFileSync('test/oracle/listDisplayTraced.py', 'utf8');

for (const version of ['3.11', '3.12', '3.13'] as const) {
  test(`list displays of constants get an exact item array (${version})`, () => {
    const s = new RunSession({ source, filename: 'listDisplayTraced.py', version });
    const items = new Map<number, number[]>();
    s.interp.rt.heap.memory.listener = (e) => {
      if ((e.kind !== 'alloc' && e.kind !== 'realloc') || e.line < 8 || e.line > 11 || e.what !== 'list items') return;
      items.set(e.line, [...(items.get(e.line) ?? []), e.size]);
    };
    s.continue();
    assert.deepEqual(Object.fromEntries(items), { 8: [48], 9: [48], 10: [80], 11: [80] });
  });
}

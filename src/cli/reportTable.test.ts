/** `pyheap run --report`: a module's rows show its own file's name and text, not the script's. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatReportTable } from './reportTable';
import type { LineFootprint } from '../protocol/heapModel';

const entry = (line: number, file?: string): LineFootprint => ({
  line, ...(file === undefined ? {} : { file }), allocations: 1, allocatedBytes: 64, frees: 0, freedBytes: 0, retainedBytes: 64, retainedBlocks: 1,
});

test('a module row reads its own file', () => {
  const script = ['import helper', 'x = helper.make()'];
  const helper = ['"""doc"""', 'def make():', '    return [1, 2]'];
  const table = formatReportTable([entry(1), entry(2), entry(2, '/w/helper.py')], script, [{ step: 3, line: 3, file: '/w/helper.py', generation: 0, collected: 0, uncollectable: 0 }],
    (file) => (file === '/w/helper.py' ? helper : undefined));
  const rows = table.split('\n');
  assert.match(rows[2], /^2 .* x = helper\.make\(\)$/);
  assert.match(rows[3], /^helper\.py:2 .* def make\(\):$/);
  assert.match(rows[4], /gen 0 at line helper\.py:3/);
});

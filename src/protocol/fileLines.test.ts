/** Footprints are drawn only in the editor of the file they belong to. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { footprintsOfFile, formatPlace, samePath } from './fileLines';
import type { LineFootprint } from './heapModel';

const entry = (line: number, file?: string): LineFootprint => ({
  line, ...(file === undefined ? {} : { file }), allocations: 1, allocatedBytes: 8, frees: 0, freedBytes: 0, retainedBytes: 8, retainedBlocks: 1,
});

test('the script editor draws only its own lines; a module editor only the module\'s', () => {
  const all = [entry(1), entry(3), entry(3, '/w/helper.py'), entry(7, '/w/pkg/__init__.py')];
  assert.deepEqual(footprintsOfFile(all, '/w/main.py', '/w/main.py').map((f) => f.line), [1, 3]);
  assert.deepEqual(footprintsOfFile(all, '/w/main.py', '/w/helper.py'), [all[2]]);
  assert.deepEqual(footprintsOfFile(all, '/w/main.py', '/w/pkg/__init__.py'), [all[3]]);
  assert.deepEqual(footprintsOfFile(all, '/w/main.py', '/w/other.py'), []);
});

test('Windows drive paths compare without case and either slash', () => {
  assert.ok(samePath('c:\\Work\\helper.py', 'C:\\work\\helper.py'));
  assert.ok(samePath('C:/work/helper.py', 'C:\\work\\helper.py'));
  assert.ok(!samePath('/Work/helper.py', '/work/helper.py'));
});

test('a module\'s place reads file:line, the script\'s only the line', () => {
  assert.equal(formatPlace(7), '7');
  assert.equal(formatPlace(7, '/w/helper.py'), 'helper.py:7');
  assert.equal(formatPlace(2, 'C:\\w\\pkg\\__init__.py'), '__init__.py:2');
});

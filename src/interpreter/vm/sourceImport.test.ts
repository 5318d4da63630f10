/**
 * Importing the script's sibling modules. Expected values from the real interpreters:
 * `cd test/oracle/siblingImport && python3 main.py` and `python3 cycle.py` on 3.11.7, 3.12.1, 3.13.0.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RunSession } from '../session/runSession';
import type { FindModuleSource } from '../runtime/moduleSource';

const dir = 'test/oracle/siblingImport';

/** The probe folder's modules, named by their bare file names. */
const finder: FindModuleSource = (name) => {
  try {
    return { path: `${name}.py`, source: readFileSync(join(dir, `${name}.py`), 'utf8') };
  } catch {
    return undefined;
  }
};

/** helper.py's `def` lines each keep one function object; the import line keeps only the globals' resize. */
const functionSize = { '3.11': 152, '3.12': 160, '3.13': 160 } as const;

for (const version of ['3.11', '3.12', '3.13'] as const) {
  test(`footprints of an imported module go to its own file's lines (${version})`, () => {
    const s = new RunSession({ source: readFileSync(join(dir, 'main.py'), 'utf8'), filename: 'main.py', version, findModuleSource: finder });
    s.continue();
    assert.equal(s.error, null);
    const footprints = s.state(0).footprints;
    const importLine = footprints.find((f) => f.file === undefined && f.line === 5);
    assert.equal(importLine?.retainedBytes, 400);
    assert.equal(importLine?.retainedBlocks, 1);
    for (const line of [4, 8, 11]) {
      const f = footprints.find((e) => e.file === 'helper.py' && e.line === line);
      assert.equal(f?.retainedBytes, functionSize[version], `helper.py line ${line}`);
    }
    // None of helper.py's lines is charged to the script's line of the same number.
    assert.equal(footprints.find((f) => f.file === undefined && f.line === 11), undefined);
    // The heap view places a module's objects at its file's line, never past the script's lines.
    const objects = s.state().heap.objects;
    const boom = objects.find((o) => o.typeName === 'function' && o.label.includes('boom'));
    assert.deepEqual([boom?.file, boom?.line], ['helper.py', 11]);
    assert.ok(objects.every((o) => o.line === null || o.line < 1000), 'no file-keyed location leaks into the view');
  });

  test(`a circular import sees the partially initialized module (${version})`, () => {
    const s = new RunSession({ source: readFileSync(join(dir, 'cycle.py'), 'utf8'), filename: 'cycle.py', version, findModuleSource: finder });
    s.continue();
    assert.equal(s.stdout, "cannot import name 'VALUE' from partially initialized module 'cycle_a' (most likely due to a circular import) (cycle_a.py)\n");
  });
}

/**
 * `sys.modules` as the interpreter's module table, `importlib.import_module`/`reload` and
 * `sys.argv`. Expected output from the real interpreters (the same on 3.11.7, 3.12.1, 3.13.0):
 * `cd test/oracle/moduleTable && python3 main.py`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RunSession } from '../session/runSession';
import type { FindModuleSource } from './moduleSource';

const dir = 'test/oracle/moduleTable';

const finder: FindModuleSource = (name) => {
  try {
    return { path: `${name}.py`, source: readFileSync(join(dir, `${name}.py`), 'utf8') };
  } catch {
    return undefined;
  }
};

const expected = [
  'counter body run 1',
  'True True',
  'counter body run 2',
  'False 2',
  'counter body run 3',
  'True 3 3',
  'True',
  'a str',
  'True 3',
  'list 1 main.py',
  'ImportError module len not in sys.modules',
  'TypeError reload() argument must be a module',
];

for (const version of ['3.11', '3.12', '3.13'] as const) {
  test(`sys.modules, del and assignment, import_module, reload and sys.argv as CPython has them (${version})`, () => {
    const s = new RunSession({ source: readFileSync(join(dir, 'main.py'), 'utf8'), filename: 'main.py', version, findModuleSource: finder });
    s.continue();
    assert.equal(s.error, null);
    assert.deepEqual(s.stdout.trimEnd().split('\n'), expected);
  });
}

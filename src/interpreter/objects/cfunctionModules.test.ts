/**
 * `__module__`, `__qualname__` and `__self__` of module-level built-in functions: every native
 * function of the modules the simulation defines names the module CPython says it comes from
 * (its own, or a C accelerator such as `_functools`, `_heapq`, `_bisect`, `_operator`).
 * Expected: test/oracle/functionModules.<version>.json, written by
 * test/oracle/functionModulesProbe.py under CPython 3.11.7, 3.12.1 and 3.13.0.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { RunSession } from '../session/runSession';

const root = resolve(__dirname, '../../../../..');
const MODULES = ['abc', 'atexit', 'bisect', 'builtins', 'calendar', 'cmath', 'collections', 'contextlib', 'copy', 'dataclasses',
  'enum', 'functools', 'gc', 'heapq', 'importlib', 'itertools', 'json', 'math', 'operator', 'pprint', 'queue', 'random', 're',
  'statistics', 'string', 'sys', 'time', 'timeit', 'traceback', 'tracemalloc', 'typing', 'unicodedata', 'weakref'];

const SCRIPT = `
import importlib
for name in ${JSON.stringify(MODULES)}:
    mod = importlib.import_module(name)
    for attr in sorted(dir(mod)):
        f = getattr(mod, attr)
        if attr.startswith("_") or type(f).__name__ != "builtin_function_or_method":
            continue
        s = getattr(f, "__self__", None)
        if s is not None and type(s).__name__ != "module":
            continue
        print(name, attr, f.__module__, f.__qualname__ == f.__name__, s is mod)
`;

for (const [v, full] of [['3.11', '3.11.7'], ['3.12', '3.12.1'], ['3.13', '3.13.0']] as const) {
  test(`built-in functions name their module as CPython ${full} does`, () => {
    const odd = JSON.parse(readFileSync(join(root, `test/oracle/functionModules.${full}.json`), 'utf8')).modules as Record<string, Record<string, string | null>>;
    const s = new RunSession({ source: SCRIPT, filename: 'functionModules.py', version: v, maxSteps: 5_000_000 });
    s.continue();
    const lines = s.stdout.trim().split('\n');
    assert.ok(lines.length > 200, `only ${lines.length} functions seen`);
    for (const line of lines) {
      const [mod, attr, home, qualnameIsName, selfIsModule] = line.split(' ');
      const expected = odd[mod] && attr in odd[mod] ? String(odd[mod][attr] ?? 'None') : mod;
      assert.equal(home, expected, `${mod}.${attr}.__module__`);
      assert.equal(qualnameIsName, 'True', `${mod}.${attr}.__qualname__`);
      // A C module's own function has the module as __self__ (builtins, math, sys, ...).
      if (selfIsModule === 'True') assert.equal(home, mod, `${mod}.${attr}.__self__`);
    }
  });
}

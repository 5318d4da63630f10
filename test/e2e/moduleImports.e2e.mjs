// A script that imports a module beside it (examples/module_imports/): the script's editor shows the
// script's own lines' footprints, and the module's editor shows what its top level allocated while
// the import ran, each on its own lines and never on the other file's.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { eventually, repoRoot, runToEnd } from './driver.mjs';
import { registerScenarios } from './harness.mjs';

const script = 'module_imports/module_imports.py';
const moduleFile = 'module_imports/palette.py';

/** The lines of examples/<path>. */
function sourceLines(path) {
  return readFileSync(join(repoRoot, 'examples', path), 'utf8').split('\n');
}

/** 1-based line of examples/<path> that is exactly `text` (or starts with it, with `prefix`). */
function lineOf(path, text, prefix = false) {
  const index = sourceLines(path).findIndex((l) => (prefix ? l.startsWith(text) : l === text));
  assert.ok(index >= 0, `examples/${path} has no line ${prefix ? 'starting with' : ''} ${JSON.stringify(text)}`);
  return index + 1;
}

/** 1-based lines of the script where no statement starts: its docstring, blank lines and comments. */
function linesWithoutStatements(path) {
  const lines = sourceLines(path);
  const docstringEnd = lines.findIndex((l, i) => i > 0 && l.includes('"""')) + 1;
  return lines.flatMap((l, i) => (i + 1 <= docstringEnd || l.trim() === '' || l.trim().startsWith('#') ? [i + 1] : []));
}

/** The active editor's lenses once one stands above `line` (or whatever shows after the wait). */
async function lensesOnceAt(driver, line) {
  return eventually(async () => {
    const all = await driver.codeLenses();
    return all.some((l) => l.line === line) ? all : null;
  });
}

/** @type {import('./driver.mjs').Scenario[]} */
export const scenarios = [
  {
    name: 'an imported module gets its own lenses and the script keeps only its own',
    needs: ['webviewDom'],
    timeoutMs: 180_000,
    async run(driver) {
      await driver.openFile(script);
      const status = await runToEnd(driver);
      assert.match(status, /module_imports\.py/, `status: ${status}`);
      // The numbers below are CPython 3.13's (the extension's default version).
      assert.match(status, /CPython 3\.13\b/, `status: ${status}`);
      await driver.screenshot('run-finished');

      // `import palette`: CPython 3.11-3.13's tracemalloc charges 400 B (1 block) to the import line
      // (test/oracle/moduleImportsLines/probe.py).
      const importLine = lineOf(script, 'import palette');
      await driver.openFile(script);
      const scriptLenses = await lensesOnceAt(driver, importLine);
      await driver.screenshot('script-lenses');
      assert.ok(scriptLenses, `no code lens above line ${importLine} (\`import palette\`) of ${script}`);
      const importLens = scriptLenses.find((l) => l.line === importLine).title;
      assert.match(importLens, /\balloc · 400 B\b/, `lens above \`import palette\`: ${importLens}`);

      // palette.py's own lines, drawn in its own editor. The same probe, right after the import:
      // `_RAW = [...]` (line 5) 48 B in 1 block, `def shade` (line 9) 160 B in 1 block on 3.13.
      const rawLine = lineOf(moduleFile, '_RAW = ', true);
      const colorsLine = lineOf(moduleFile, 'COLORS = ', true);
      const shadeLine = lineOf(moduleFile, 'def shade(', true);
      await driver.openFile(moduleFile);
      const moduleLenses = await lensesOnceAt(driver, colorsLine);
      await driver.screenshot('module-lenses');
      assert.ok(moduleLenses, `no code lens above line ${colorsLine} (\`COLORS = ...\`) of ${moduleFile}; lenses: ${JSON.stringify(await driver.codeLenses())}`);
      const lensAt = (line) => moduleLenses.find((l) => l.line === line)?.title ?? '(none)';
      assert.match(lensAt(rawLine), /\balloc · 48 B\b/, `lens above \`_RAW = ...\`: ${lensAt(rawLine)}`);
      assert.match(lensAt(shadeLine), /retained 160 B\b/, `lens above \`def shade\`: ${lensAt(shadeLine)}`);
      // The dict comprehension's line shows a footprint in the lens format; its bytes are not pinned:
      // CPython 3.13 retains 656 B in 5 blocks there after the import, more than the simulation
      // allocates (test/fidelity/KNOWN-DIFFERENCES.md).
      assert.match(lensAt(colorsLine), /\b\d+ alloc · [\d,]+ B\b.*retained [\d,]+ B\b/, `lens above \`COLORS = ...\`: ${lensAt(colorsLine)}`);

      // Back in the script: none of palette.py's lines is drawn on the script's lines (its lens
      // lines fall on the script's docstring and blank lines, where the script allocates nothing).
      await driver.openFile(script);
      const again = await lensesOnceAt(driver, importLine);
      await driver.screenshot('script-lenses-again');
      assert.ok(again, `the lens above line ${importLine} of ${script} is gone after opening ${moduleFile}`);
      const quiet = new Set(linesWithoutStatements(script));
      const strays = again.filter((l) => quiet.has(l.line));
      assert.deepEqual(strays, [], `lenses on lines of ${script} where no statement starts (palette.py's lines?)`);
      for (const lens of moduleLenses) {
        assert.ok(!again.some((l) => l.line === lens.line && l.title === lens.title),
          `palette.py's line ${lens.line} lens is drawn on the script's line ${lens.line}: ${lens.title}`);
      }
    },
  },
];

await registerScenarios(import.meta.url, scenarios);

// Running a script: the session's commands come and go with the run, and a finished run shows each
// line's footprint in a code lens and the objects a line made in a hover.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contributedCommands, eventually, paletteShows, repoRoot, runToEnd } from './driver.mjs';
import { registerScenarios } from './harness.mjs';

/** 1-based line of the fixture footprints.py that starts with `prefix`. */
function fixtureLine(prefix) {
  const lines = readFileSync(join(repoRoot, 'test', 'e2e', 'fixtures', 'footprints.py'), 'utf8').split('\n');
  const index = lines.findIndex((l) => l.startsWith(prefix));
  assert.ok(index >= 0, `test/e2e/fixtures/footprints.py has no line starting with ${prefix}`);
  return index + 1;
}

/** The palette titles of the commands gated on a run (`when: pythonHeap.sessionActive`). */
const sessionCommands = contributedCommands().filter((c) => c.when === 'pythonHeap.sessionActive').map((c) => c.title);

/** @type {import('./driver.mjs').Scenario[]} */
export const scenarios = [
  {
    name: 'Run Script offers the session commands and Reset takes them away',
    needs: ['palette', 'webviewDom'],
    async run(driver) {
      assert.ok(sessionCommands.length >= 4, `only ${sessionCommands.length} commands are gated on pythonHeap.sessionActive`);
      await driver.openFile('list_growth.py');
      const before = await driver.paletteLabels('Python Heap: ');
      assert.deepEqual(sessionCommands.filter((t) => before.includes(t)), [], 'session commands offered before any run');

      await driver.runCommand('Python Heap: Run Script');
      await driver.waitForWebviewText('status', /list_growth\.py/);
      await driver.screenshot('after-run');
      await driver.openFile('list_growth.py');
      const during = await driver.paletteLabels('Python Heap: ');
      for (const command of contributedCommands()) {
        const expected = paletteShows(command.when, { editorLangId: 'python', 'pythonHeap.sessionActive': true });
        assert.equal(during.includes(command.title), expected, `after Run Script, "${command.title}" should ${expected ? '' : 'not '}be offered; offered: ${during.join(', ')}`);
      }

      await driver.runCommand('Python Heap: Reset');
      await driver.waitForWebviewText('status', /idle/);
      const status = await driver.webviewText('status');
      assert.doesNotMatch(status, /list_growth\.py/, `Reset left the script in the status: ${status}`);
      await driver.openFile('list_growth.py');
      const after = await driver.paletteLabels('Python Heap: ');
      assert.deepEqual(sessionCommands.filter((t) => after.includes(t)), [], 'session commands still offered after Reset');
      await driver.screenshot('after-reset');
    },
  },
  {
    name: 'a finished run shows footprints in code lenses and object facts in hovers',
    needs: ['webviewDom'],
    timeoutMs: 180_000,
    async run(driver) {
      await driver.openFile('footprints.py');
      const status = await runToEnd(driver);
      assert.match(status, /footprints\.py/, `status: ${status}`);
      await driver.screenshot('run-finished');

      // `text = "x" * width` makes exactly one allocation, the str, still alive at the end:
      // tracemalloc in CPython 3.12-3.13 reports 1041 bytes for that line (41 + 1000).
      const textLine = fixtureLine('text = ');
      const emptyLine = fixtureLine('empty = []');
      await driver.openFile('footprints.py');
      const lenses = await eventually(async () => {
        const all = await driver.codeLenses();
        return all.some((l) => l.line === textLine) ? all : null;
      });
      await driver.screenshot('code-lenses');
      assert.ok(lenses, `no code lens above line ${textLine} (\`text = "x" * width\`)`);
      const lens = lenses.find((l) => l.line === textLine).title;
      assert.match(lens, /\b1 alloc · 1,041 B\b/, `lens above \`text = ...\`: ${lens}`);
      assert.match(lens, /retained 1,041 B/, `lens above \`text = ...\`: ${lens}`);
      assert.doesNotMatch(lens, /freed/, `lens above \`text = ...\`: ${lens}`);

      // The hover over a name shows the object bound to it. CPython 3.11-3.13: sys.getsizeof([]) == 56,
      // and only the name `empty` refers to it.
      const hover = await driver.hover(emptyLine, 'empty');
      await driver.screenshot('hover');
      assert.match(hover, /Python Heap/, `hover: ${hover}`);
      assert.match(hover, new RegExp(`line ${emptyLine}\\b`), `hover: ${hover}`);
      assert.match(hover, /\blist\b/, `hover: ${hover}`);
      assert.match(hover, /getsizeof 56 B/, `hover: ${hover}`);
      assert.match(hover, /refcount 1\b/, `hover: ${hover}`);
    },
  },
];

await registerScenarios(import.meta.url, scenarios);

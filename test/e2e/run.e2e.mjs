// Running a script: the session's commands come and go with the run, and a finished run shows each
// line's footprint in a code lens and the objects a line made in a hover.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contributedCommands, eventually, paletteShows, repoRoot, ScenarioSkipped } from './driver.mjs';
import { registerScenarios } from './harness.mjs';

/** 1-based line of list_growth.py that creates the list: `items = []`. */
const itemsLine = readFileSync(join(repoRoot, 'examples', 'list_growth.py'), 'utf8').split('\n').indexOf('items = []') + 1;

/** The palette titles of the commands gated on a run (`when: pythonHeap.sessionActive`). */
const sessionCommands = contributedCommands().filter((c) => c.when === 'pythonHeap.sessionActive').map((c) => c.title);

/**
 * Runs the open script and waits for the run to settle: finished, failed, or turned away with a
 * notice. Skips the scenario while the extension says running is not built yet.
 */
async function runToEnd(driver) {
  await driver.runCommand('Python Heap: Run Script');
  let status = '';
  let notice = '';
  await eventually(async () => {
    status = await driver.webviewText('status').catch(() => '');
    notice = await driver.webviewText('notice').catch(() => '');
    return /finished|error|cancelled/.test(status) || notice !== '';
  }, 90_000, 500);
  if (!/finished|error|cancelled/.test(status) && /not built yet/.test(notice)) throw new ScenarioSkipped(notice);
  return { status, notice };
}

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
      await driver.openFile('list_growth.py');
      const { status } = await runToEnd(driver);
      await driver.screenshot('run-finished');
      assert.match(status, /finished/, `the run did not finish: ${status}`);

      await driver.openFile('list_growth.py');
      const lenses = await eventually(async () => {
        const titles = await driver.codeLenses();
        return titles.length > 0 ? titles : null;
      });
      assert.ok(lenses, 'no code lenses after a finished run');
      assert.ok(lenses.some((t) => /\d+ alloc · .+retained/.test(t)), `no footprint lens among: ${lenses.join(' / ')}`);
      await driver.screenshot('code-lenses');

      // `items = []`: an empty list, alive at the end, 56 bytes in CPython 3.11-3.13.
      assert.ok(itemsLine > 0, 'examples/list_growth.py no longer has the line `items = []`');
      const hover = await driver.hover(itemsLine, 'items');
      await driver.screenshot('hover');
      assert.match(hover, /Python Heap/, `hover: ${hover}`);
      assert.match(hover, new RegExp(`line ${itemsLine}\\b`), `hover: ${hover}`);
      assert.match(hover, /list/, `hover: ${hover}`);
      assert.match(hover, /getsizeof 56 B/, `hover: ${hover}`);
      assert.match(hover, /refcount \d+/, `hover: ${hover}`);
    },
  },
];

await registerScenarios(import.meta.url, scenarios);

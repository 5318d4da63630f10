// Every command of package.json's `contributes.commands` is offered by the command palette exactly
// when its `menus.commandPalette` when-clause says so.
import assert from 'node:assert/strict';
import { contributedCommands, paletteShows } from './driver.mjs';
import { registerScenarios } from './harness.mjs';

/** Context keys with a Python file focused and no run yet. */
const pythonEditorNoRun = { editorLangId: 'python', 'pythonHeap.sessionActive': false };

/** @type {import('./driver.mjs').Scenario[]} */
export const scenarios = [
  {
    name: 'the palette offers each Python Heap command as its when-clause says',
    needs: ['palette'],
    async run(driver) {
      await driver.openFile('small_ints.py');
      const commands = contributedCommands();
      assert.ok(commands.length >= 10, `package.json contributes only ${commands.length} commands`);
      const offered = await driver.paletteLabels('Python Heap: ');
      await driver.screenshot('palette');
      for (const command of commands) {
        const expected = paletteShows(command.when, pythonEditorNoRun);
        assert.equal(offered.includes(command.title), expected,
          `"${command.title}" (when: ${command.when ?? 'always'}) should ${expected ? '' : 'not '}be offered; offered: ${offered.join(', ')}`);
      }
      // Nothing else claims the category, except the view's generated "Focus on" command.
      const strays = offered.filter((l) => l.startsWith('Python Heap: ') && !l.startsWith('Python Heap: Focus on')
        && !commands.some((c) => c.title === l));
      assert.deepEqual(strays, [], 'palette entries in the Python Heap category that package.json does not contribute');
    },
  },
  {
    name: 'every contributed command is registered by the extension',
    needs: ['registry'],
    async run(driver) {
      await driver.openFile('small_ints.py');
      const registered = new Set(await driver.registeredCommands());
      const missing = contributedCommands().filter((c) => !registered.has(c.id)).map((c) => c.id);
      assert.deepEqual(missing, [], 'contributed in package.json but never registered');
    },
  },
];

await registerScenarios(import.meta.url, scenarios);

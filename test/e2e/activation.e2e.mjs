// The extension is installed but idle until a Python file is opened (activationEvents:
// onLanguage:python), and then it activates without error.
import assert from 'node:assert/strict';
import { eventually } from './driver.mjs';
import { registerScenarios } from './harness.mjs';

/** @type {import('./driver.mjs').Scenario[]} */
export const scenarios = [
  {
    name: 'activates when a Python file is opened',
    async run(driver) {
      await driver.screenshot('workbench');
      assert.equal(await driver.isActive(), false, 'the extension was active before any Python file was opened');
      await driver.openFile('small_ints.py');
      await driver.screenshot('python-file-open');
      assert.ok(await eventually(() => driver.isActive()), 'the extension did not activate on a Python file');
    },
  },
];

await registerScenarios(import.meta.url, scenarios);

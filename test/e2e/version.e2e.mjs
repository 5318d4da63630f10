// "Python Heap: Select CPython Version" switches the modelled CPython, and the inspector and the
// side view both say so. Last in file order, and it switches back, because the choice is a user
// setting that the other scenarios' workbench shares.
import assert from 'node:assert/strict';
import { manifest } from './driver.mjs';
import { registerScenarios } from './harness.mjs';

const versionSetting = manifest.contributes.configuration.properties['pythonHeap.cpythonVersion'];

/** @type {import('./driver.mjs').Scenario[]} */
export const scenarios = [
  {
    name: 'Select CPython Version changes the modelled version in the inspector and the side view',
    needs: ['quickPick', 'webviewDom', 'sideView'],
    async run(driver) {
      const other = versionSetting.enum.find((v) => v !== versionSetting.default);
      assert.ok(other, 'pythonHeap.cpythonVersion offers only one version');
      await driver.openFile('small_ints.py');
      await driver.runCommand('Python Heap: Open Inspector');
      await driver.waitForWebviewText('status', new RegExp(`CPython ${versionSetting.default}`));
      try {
        await driver.runCommand('Python Heap: Select CPython Version');
        await driver.screenshot('version-pick');
        await driver.pick(`CPython ${other}`);
        await driver.waitForWebviewText('status', new RegExp(`CPython ${other.replace('.', '\\.')} · idle`));
        const rows = await driver.sideViewRows();
        await driver.screenshot('version-switched');
        assert.ok(rows.includes(`CPython ${other}`), `side view rows: ${rows.join(' / ')}`);
      } finally {
        await driver.runCommand('Python Heap: Select CPython Version');
        await driver.pick(`CPython ${versionSetting.default}`);
      }
      await driver.waitForWebviewText('status', new RegExp(`CPython ${versionSetting.default.replace('.', '\\.')}`));
    },
  },
];

await registerScenarios(import.meta.url, scenarios);

// "Python Heap: Open Inspector" opens the inspector webview beside the editor, and the webview
// renders its idle state: the status line (modelled CPython, idle) and the run controls.
import assert from 'node:assert/strict';
import { manifest } from './driver.mjs';
import { registerScenarios } from './harness.mjs';

const defaultVersion = manifest.contributes.configuration.properties['pythonHeap.cpythonVersion'].default;

/** @type {import('./driver.mjs').Scenario[]} */
export const scenarios = [
  {
    name: 'Open Inspector shows the panel in its idle state',
    async run(driver) {
      await driver.openFile('list_growth.py');
      await driver.runCommand('Python Heap: Open Inspector');
      await driver.screenshot('inspector-opened');
      const tabs = await driver.tabLabels();
      assert.ok(tabs.some((t) => t.startsWith('Python Heap Inspector')), `no inspector tab among: ${tabs.join(', ')}`);
    },
  },
  {
    name: 'the inspector webview renders its status and run controls',
    needs: ['webviewDom'],
    async run(driver) {
      await driver.openFile('list_growth.py');
      await driver.runCommand('Python Heap: Open Inspector');
      const status = await driver.waitForWebviewText('status', /idle/);
      assert.match(status, new RegExp(`CPython ${defaultVersion.replace('.', '\\.')}`), `status: ${status}`);
      assert.match(await driver.webviewText('btn-runScript'), /Run/);
      await driver.screenshot('inspector-idle');
    },
  },
];

await registerScenarios(import.meta.url, scenarios);

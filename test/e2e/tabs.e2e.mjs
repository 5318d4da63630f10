// The inspector's tabs after a run: each draws its part of the heap (arena map, objects, free lists
// and GC generations, timeline, output), and selecting an object shows what it references.
import assert from 'node:assert/strict';
import { registerScenarios } from './harness.mjs';

/** @type {import('./driver.mjs').Scenario[]} */
export const scenarios = [
  {
    name: 'after a run every tab of the inspector draws its part of the heap',
    needs: ['webviewDom'],
    timeoutMs: 180_000,
    async run(driver) {
      await driver.openFile('dict_growth.py');
      await driver.runCommand('Python Heap: Run Script');
      await driver.waitForWebviewText('status', /dict_growth\.py · finished/);

      const arenas = await driver.webviewText('arena-map');
      assert.match(arenas, /arena 0/, `arena map: ${arenas.slice(0, 200)}`);
      assert.match(await driver.webviewText('fig-objects'), /live objects/);
      await driver.screenshot('tab-heap');

      await driver.clickWebview('tab-1');
      const objects = await driver.webviewText('object-table');
      assert.match(objects, /\bdict\b/, `objects: ${objects.slice(0, 300)}`);
      assert.match(objects, /getsizeof/, `objects: ${objects.slice(0, 300)}`);
      await driver.clickWebviewSelector('[data-testid="object-table"] tbody tr');
      const detail = await driver.webviewText('object-detail');
      assert.match(detail, /references \(\d+\)[\s\S]*referenced by/, `object detail: ${detail}`);
      await driver.screenshot('tab-objects');

      await driver.clickWebview('tab-2');
      const freeLists = await driver.webviewText('free-lists');
      for (const name of ['float', 'list', 'dict', 'tuple[1]']) assert.match(freeLists, new RegExp(`${name.replace(/[[\]]/g, '\\$&')}`), `free lists: ${freeLists}`);
      const generations = await driver.webviewText('generations');
      assert.match(generations, /generation 0[\s\S]*generation 1[\s\S]*generation 2/, `generations: ${generations}`);
      assert.match(generations, /\/ 2000/, `3.13's threshold 0 is 2000: ${generations}`);
      await driver.screenshot('tab-free-lists-gc');

      await driver.clickWebview('tab-3');
      assert.match(await driver.webviewText('timeline'), /pymalloc/);
      await driver.screenshot('tab-timeline');

      await driver.clickWebview('tab-4');
      assert.match(await driver.webviewText('output'), /empty dict: 64 bytes/);
      await driver.screenshot('tab-output');
    },
  },
];

await registerScenarios(import.meta.url, scenarios);

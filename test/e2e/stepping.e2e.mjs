// Stepping through a script, collecting garbage in its heap, and comparing with the real CPython:
// the status follows the paused line, Step Back returns, Collect Garbage frees a cycle, and the
// Real CPython tab fills with tracemalloc's per-line numbers.
import assert from 'node:assert/strict';
import { eventually } from './driver.mjs';
import { registerScenarios } from './harness.mjs';

/** The number shown in the inspector's "live objects" figure. */
async function liveObjects(driver) {
  const text = await driver.webviewText('fig-objects');
  const n = Number(text.replace(/[^0-9]/g, ''));
  assert.ok(Number.isFinite(n), `live objects figure: ${text}`);
  return n;
}

/** @type {import('./driver.mjs').Scenario[]} */
export const scenarios = [
  {
    name: 'Step Line pauses line by line, Step Back returns, Collect Garbage frees a cycle',
    needs: ['webviewDom'],
    timeoutMs: 180_000,
    async run(driver) {
      await driver.openFile('cycles.py');
      // The run starts paused before its first line: the module docstring (line 1).
      await driver.runCommand('Python Heap: Step Line');
      await driver.waitForWebviewText('status', /paused · line 1\b/);
      await driver.screenshot('paused-before-line-1');
      for (const line of [5, 6, 7, 8]) {
        await driver.openFile('cycles.py');
        await driver.runCommand('Python Heap: Step Line');
        await driver.waitForWebviewText('status', new RegExp(`paused · line ${line}\\b`));
      }
      // `del ring` has not run: the ring is alive. Step over it, then back.
      await driver.openFile('cycles.py');
      await driver.runCommand('Python Heap: Step Line');
      await driver.waitForWebviewText('status', /paused · line 9\b/);
      const withGarbage = await liveObjects(driver);
      await driver.screenshot('after-del-ring');
      await driver.runCommand('Python Heap: Step Back');
      await driver.waitForWebviewText('status', /paused · line 8\b/);
      await driver.screenshot('stepped-back');
      await driver.runCommand('Python Heap: Step Line');
      await driver.waitForWebviewText('status', /paused · line 9\b/);
      // The cycle outlives `del ring`; a collection finds and frees it.
      await driver.runCommand('Python Heap: Collect Garbage');
      const collected = await eventually(async () => {
        const n = await liveObjects(driver);
        return n < withGarbage ? n : null;
      }, 30_000, 300);
      assert.ok(collected !== null && collected < withGarbage, `live objects stayed at ${withGarbage} after gc.collect()`);
      await driver.screenshot('after-collect');
    },
  },
  {
    name: 'Compare with Real CPython shows tracemalloc per-line retained bytes',
    needs: ['webviewDom'],
    timeoutMs: 180_000,
    async run(driver) {
      await driver.openFile('footprints.py');
      await driver.runCommand('Python Heap: Compare with Real CPython');
      const text = await driver.waitForWebviewText('comparison', /Real CPython 3\.\d+/);
      assert.match(text, /tracemalloc/, `comparison: ${text}`);
      assert.match(text, /line/, `comparison: ${text}`);
      await driver.screenshot('comparison');
    },
  },
];

await registerScenarios(import.meta.url, scenarios);

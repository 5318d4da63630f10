// Stepping by allocation and by GC phase from the command palette: the panel describes the paused
// allocation (what, how big, which allocator, which line) and each phase of gc.collect(), and
// Step Back from a phase returns to the phase before it.
import { registerScenarios } from './harness.mjs';

/** @type {import('./driver.mjs').Scenario[]} */
export const scenarios = [
  {
    name: 'Step to Next Allocation and Step to Next GC Phase describe the pause in the panel',
    needs: ['webviewDom'],
    timeoutMs: 180_000,
    async run(driver) {
      await driver.openFile('gc_phases.py');
      // The first allocation of the script is at line 6 (`x = 1.5 * 2` is folded to a constant;
      // binding `x` grows the module's dict).
      await driver.runCommand('Python Heap: Step to Next Allocation');
      await driver.waitForWebviewText('pause', /allocating .+ \(\d+ B\) from .+ at line 6\b/);
      await driver.waitForWebviewText('status', /paused · line 6\b/);
      await driver.screenshot('paused-at-allocation');
      // The collection at line 10, phase by phase.
      await driver.openFile('gc_phases.py');
      await driver.runCommand('Python Heap: Step to Next GC Phase');
      await driver.waitForWebviewText('pause', /GC gen 2: update_refs .*\(line 10\)/);
      await driver.openFile('gc_phases.py');
      await driver.runCommand('Python Heap: Step to Next GC Phase');
      await driver.waitForWebviewText('pause', /GC gen 2: subtract_refs/);
      await driver.openFile('gc_phases.py');
      await driver.runCommand('Python Heap: Step to Next GC Phase');
      await driver.waitForWebviewText('pause', /GC gen 2: move_unreachable — 1 object unreachable \(line 10\)/);
      await driver.screenshot('paused-at-move-unreachable');
      await driver.runCommand('Python Heap: Step Back');
      await driver.waitForWebviewText('pause', /GC gen 2: subtract_refs/);
      await driver.screenshot('stepped-back-to-subtract-refs');
    },
  },
];

await registerScenarios(import.meta.url, scenarios);

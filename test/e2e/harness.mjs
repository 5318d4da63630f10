// Registers a file's scenarios with Node's test runner when run by test/e2e/runE2e.mjs (which sets
// PYHEAP_E2E_URL); does nothing when the Electron suite imports the same file for its scenarios.
// Each scenario gets a fresh workbench page (so a fresh extension host), a 2-minute budget, numbered
// screenshots `test-results/<file>-<scenario>-NN-<step>.png`, and one more named FAILED on failure.
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ScenarioSkipped } from './driver.mjs';

/** Runs `scenarios` (see driver.mjs) as node:test tests in the workbench, if this is an e2e run. */
export async function registerScenarios(fileUrl, scenarios) {
  const url = process.env.PYHEAP_E2E_URL;
  if (!url) return;
  const { after, before, test } = await import('node:test');
  const { WorkbenchDriver, launchBrowser } = await import('./workbench.mjs');
  const file = basename(fileURLToPath(fileUrl), '.e2e.mjs');
  let browser;
  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
  });
  for (const scenario of scenarios) {
    test(scenario.name, { timeout: scenario.timeoutMs ?? 120_000 }, async (t) => {
      const missing = (scenario.needs ?? []).filter((n) => !WorkbenchDriver.can[n]);
      if (missing.length > 0) {
        t.skip(`the workbench driver lacks ${missing.join(', ')}`);
        return;
      }
      const driver = await WorkbenchDriver.open(browser, url, `${file}-${slug(scenario.name)}`);
      try {
        await scenario.run(driver);
      } catch (error) {
        if (error instanceof ScenarioSkipped) {
          t.skip(error.message);
          return;
        }
        await driver.screenshot('FAILED').catch(() => {});
        throw error;
      } finally {
        await driver.close();
      }
    });
  }
}

function slug(name) {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 48);
}

// The test entry VS Code's extension host loads (`--extensionTestsPath`): runs every scenario of
// test/e2e/*.e2e.mjs with the ApiDriver, in file order, in this one window. CommonJS, because the
// extension host require()s this file; the `vscode` module exists only through require().
/* global require, exports, __dirname, process, console */
/* eslint-disable @typescript-eslint/no-require-imports */
const { readdirSync } = require('node:fs');
const { join } = require('node:path');
const { pathToFileURL } = require('node:url');

/** Called by VS Code once the extension host is up; a rejection fails the run. */
exports.run = async function run() {
  const vscode = require('vscode');
  const e2eDir = join(__dirname, '..', 'e2e');
  const { createApiDriver } = await import(pathToFileURL(join(__dirname, 'apiDriver.mjs')).href);
  const { ScenarioSkipped } = await import(pathToFileURL(join(e2eDir, 'driver.mjs')).href);
  const workspace = process.env.PYHEAP_WORKSPACE;
  if (!workspace) throw new Error('PYHEAP_WORKSPACE is not set: run this suite with test/electron/runElectron.mjs');
  const driver = createApiDriver(vscode, workspace);
  const counts = { passed: 0, failed: 0, skipped: 0 };
  for (const file of readdirSync(e2eDir).filter((f) => f.endsWith('.e2e.mjs')).sort()) {
    const { scenarios } = await import(pathToFileURL(join(e2eDir, file)).href);
    for (const scenario of scenarios) {
      const label = `${file}: ${scenario.name}`;
      const missing = (scenario.needs ?? []).filter((n) => !driver.can[n]);
      if (missing.length > 0) {
        counts.skipped += 1;
        console.log(`- ${label} # SKIP needs ${missing.join(', ')}`);
        continue;
      }
      try {
        await scenario.run(driver);
        counts.passed += 1;
        console.log(`✔ ${label}`);
      } catch (error) {
        if (error instanceof ScenarioSkipped) {
          counts.skipped += 1;
          console.log(`- ${label} # SKIP ${error.message}`);
        } else {
          counts.failed += 1;
          console.error(`✖ ${label}\n${error && error.stack ? error.stack : error}`);
        }
      } finally {
        await driver.reset();
      }
    }
  }
  console.log(`${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
  if (counts.failed > 0) throw new Error(`${counts.failed} scenario(s) failed`);
};

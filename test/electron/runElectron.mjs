// The standard @vscode/test-electron runner, for machines that can download desktop VS Code (it
// fetches a build from Microsoft's update service into .vscode-test/). It runs the scenarios of
// test/e2e/*.e2e.mjs inside VS Code's extension host with the ApiDriver (test/electron/suite.cjs).
// Where the download is impossible (these build machines reach only package registries) it stops
// with a clear message within a bounded time; use `npm run test:e2e` (code-server) there.
//
//   npm run test:electron
//   VSCODE_EXECUTABLE_PATH=/path/to/code npm run test:electron     use a local VS Code, no download
//   VSCODE_VERSION=stable npm run test:electron                      another version than the pinned one
//
// On Linux without a display, run it under `xvfb-run -a`.
import { downloadAndUnzipVSCode, runTests } from '@vscode/test-electron';
import { join } from 'node:path';
import { repoRoot } from '../e2e/driver.mjs';
import { makeWorkspace } from '../e2e/workspace.mjs';

/** The VS Code the code-server tier runs (code-server 4.100.3 is VS Code 1.100.3). */
const defaultVersion = '1.100.3';
/** Give up on the download after this long in total (the library's own timeout is per idle gap). */
const downloadLimitMs = 5 * 60_000;


async function main() {
  let vscodeExecutablePath = process.env.VSCODE_EXECUTABLE_PATH;
  if (!vscodeExecutablePath) {
    const version = process.env.VSCODE_VERSION ?? defaultVersion;
    console.log(`[electron] downloading VS Code ${version} (or reusing .vscode-test/)...`);
    let timer;
    const limit = new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no download after ${downloadLimitMs / 60_000} minutes`)), downloadLimitMs);
    });
    try {
      vscodeExecutablePath = await Promise.race([
        downloadAndUnzipVSCode({ version, cachePath: join(repoRoot, '.vscode-test'), timeout: 30_000 }),
        limit,
      ]);
    } catch (error) {
      throw new Error(
        `cannot get VS Code ${version} from Microsoft's update service: ${error instanceof Error ? error.message : error}\n` +
          'This machine probably has no network access to it. Either set VSCODE_EXECUTABLE_PATH to a local VS Code,\n' +
          'or run the same scenarios in code-server instead: npm run test:e2e',
      );
    } finally {
      clearTimeout(timer);
    }
  }
  const workspace = makeWorkspace(join(repoRoot, '.cache', 'electron', 'workspace'));
  await runTests({
    vscodeExecutablePath,
    extensionDevelopmentPath: repoRoot,
    extensionTestsPath: join(repoRoot, 'test', 'electron', 'suite.cjs'),
    extensionTestsEnv: { PYHEAP_WORKSPACE: workspace },
    launchArgs: [
      workspace,
      '--disable-extensions',
      '--disable-workspace-trust',
      '--skip-welcome',
      '--skip-release-notes',
      '--user-data-dir', join(repoRoot, '.cache', 'electron', 'user-data'),
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    ],
  });
}

try {
  await main();
} catch (error) {
  console.error(`\n[electron] ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}

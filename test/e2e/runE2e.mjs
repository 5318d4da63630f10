// The end-to-end driver: the packaged extension in a real VS Code workbench (code-server), driven
// by Playwright in Debian's Chromium (shared/E2E-RECIPE.md says why not @vscode/test-electron here).
//
//   node test/e2e/runE2e.mjs                    all test/e2e/*.e2e.mjs
//   node test/e2e/runE2e.mjs palette            only files whose name contains "palette"
//
// Steps: install code-server if needed → `npm run package` → install the .vsix into a fresh
// profile under .cache/e2e → start code-server on a free 127.0.0.1 port with a copy of examples/
// and test/e2e/fixtures/ open →
// `node --test` on the test files with PYHEAP_E2E_URL set → always stop code-server.
// Screenshots, code-server's log and the extension host's log land in test-results/.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { freePort, installExtension, packageExtension, profileDirs, startCodeServer, writeUserSettings } from '../../scripts/codeServer.mjs';
import { ensureCodeServer, repoRoot } from '../../scripts/installCodeServer.mjs';
import { makeWorkspace } from './workspace.mjs';

/** The whole run, install included, is stopped after this long. */
const overallTimeoutMs = 20 * 60_000;
const chromium = '/usr/bin/chromium';
const e2eDir = join(repoRoot, 'test', 'e2e');
const resultsDir = join(repoRoot, 'test-results');
const profileBase = join(repoRoot, '.cache', 'e2e');

const t0 = Date.now();
const elapsed = () => `${((Date.now() - t0) / 1000).toFixed(1)} s`;
const say = (message) => console.log(`[e2e ${elapsed()}] ${message}`);

let server;
let tests;
const watchdog = setTimeout(() => {
  console.error(`[e2e] gave up after ${overallTimeoutMs / 60_000} minutes`);
  tests?.kill('SIGKILL');
  void (server?.stop() ?? Promise.resolve()).finally(() => process.exit(124));
}, overallTimeoutMs);
watchdog.unref();
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    tests?.kill('SIGKILL');
    void (server?.stop() ?? Promise.resolve()).finally(() => process.exit(130));
  });
}

let exitCode = 1;
try {
  if (!existsSync(chromium)) throw new Error(`${chromium} is missing: apt-get install -y chromium`);
  const filter = process.argv[2] ?? '';
  const files = readdirSync(e2eDir).filter((f) => f.endsWith('.e2e.mjs') && f.includes(filter)).sort();
  if (files.length === 0) throw new Error(`no test/e2e/*.e2e.mjs file matches "${filter}"`);

  await ensureCodeServer();
  say('code-server ready');

  const vsix = packageExtension();
  say(`packaged ${vsix}`);

  rmSync(profileBase, { recursive: true, force: true });
  rmSync(resultsDir, { recursive: true, force: true });
  mkdirSync(resultsDir, { recursive: true });
  const profile = profileDirs(profileBase);
  installExtension(vsix, profile);
  writeUserSettings(profile.userDataDir);
  say('installed the .vsix into a fresh profile');
  const folder = makeWorkspace(join(profileBase, 'workspace'));

  const port = await freePort();
  server = await startCodeServer({ port, folder, ...profile, logFile: join(resultsDir, 'code-server.log') });
  say(`code-server answering at ${server.url}`);

  exitCode = await runTests(files, server.url);
  say(`tests finished with exit code ${exitCode}`);
} catch (error) {
  console.error(`\n[e2e] ${error instanceof Error ? error.message : error}`);
  exitCode = 1;
} finally {
  await server?.stop();
  if (server) say('code-server stopped');
  copyExtensionHostLogs();
  clearTimeout(watchdog);
}
console.log(`[e2e] total ${elapsed()}; screenshots and logs in ${resultsDir}`);
process.exit(exitCode);

/** Runs the files with Node's test runner, one at a time (they share one code-server). */
function runTests(files, url) {
  const args = ['--test', '--test-concurrency=1', '--test-reporter=spec', ...files.map((f) => join(e2eDir, f))];
  say(`node ${args.map((a) => a.replace(repoRoot + '/', '')).join(' ')}`);
  tests = spawn(process.execPath, args, {
    cwd: repoRoot,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, PYHEAP_E2E_URL: url, PYHEAP_E2E_RESULTS: resultsDir },
  });
  return new Promise((resolve) => tests.on('close', (code, signal) => resolve(code ?? (signal ? 1 : 0))));
}

/** Copies the extension host's log (our extension's console output and errors) to test-results. */
function copyExtensionHostLogs() {
  const logs = join(profileBase, 'user-data', 'logs');
  if (!existsSync(logs)) return;
  try {
    cpSync(logs, join(resultsDir, 'vscode-logs'), { recursive: true });
  } catch (error) {
    console.error(`[e2e] could not copy ${logs}: ${error}`);
  }
}

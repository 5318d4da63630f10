// Running the packaged extension in code-server: shared by the end-to-end driver
// (test/e2e/runE2e.mjs) and `npm start` (scripts/start.mjs).
//
//   packageExtension()   npm run package → out/python-heap-inspector.vsix, as a user would get it
//   installExtension()   code-server --install-extension <vsix> into a profile of our own
//   writeUserSettings()  the profile's settings.json (no welcome page, no trust prompt, no updates)
//   startCodeServer()    on 127.0.0.1:PORT, waits until it answers, returns a stop() that always kills
//                        the whole process group (server, extension host, pty host)
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { codeServerEntry, repoRoot } from './installCodeServer.mjs';

/** The package `npm run package` writes. */
export const vsixPath = join(repoRoot, 'out', 'python-heap-inspector.vsix');

/** The folder of example scripts the workbench opens. */
export const examplesDir = join(repoRoot, 'examples');

/** A code-server profile: where extensions are installed and where user data (settings, logs) go. */
export function profileDirs(base) {
  return { extensionsDir: join(base, 'extensions'), userDataDir: join(base, 'user-data') };
}

/**
 * The options every code-server call gets for `profile`, creating its folders and an empty config
 * file of its own (so code-server never writes ~/.config/code-server/config.yaml).
 */
function profileArgs({ extensionsDir, userDataDir }) {
  mkdirSync(extensionsDir, { recursive: true });
  mkdirSync(userDataDir, { recursive: true });
  const config = join(userDataDir, 'code-server.yaml');
  writeFileSync(config, '# written by scripts/codeServer.mjs; the other options are on the command line\nauth: none\n');
  return ['--config', config, '--extensions-dir', extensionsDir, '--user-data-dir', userDataDir];
}

/** Builds and packages the extension with vsce; returns the .vsix path after checking it exists. */
export function packageExtension() {
  const started = Date.now();
  const result = spawnSync('npm', ['run', '--silent', 'package'], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  if (result.status !== 0) {
    throw new Error(`npm run package failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
  }
  if (!existsSync(vsixPath) || statSync(vsixPath).mtimeMs < started - 1000) {
    throw new Error(`npm run package succeeded but did not write ${vsixPath}`);
  }
  return vsixPath;
}

/** Installs `vsix` into the profile, replacing any earlier install of the same extension. */
export function installExtension(vsix, profile) {
  const args = [codeServerEntry, ...profileArgs(profile), '--force', '--install-extension', vsix];
  const result = spawnSync(process.execPath, args, { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', timeout: 120_000 });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`;
  if (result.status !== 0 || !/successfully installed/i.test(output)) {
    throw new Error(`code-server --install-extension ${vsix} failed (exit ${result.status}):\n${output}`);
  }
}

/**
 * Writes the profile's `User/settings.json`: no welcome page or walkthroughs, no trust prompt, no
 * update or gallery checks (the network is closed), plus `extra`.
 */
export function writeUserSettings(userDataDir, extra = {}) {
  const settings = {
    'workbench.startupEditor': 'none',
    'workbench.welcomePage.walkthroughs.openOnInstall': false,
    'workbench.tips.enabled': false,
    'workbench.enableExperiments': false,
    'security.workspace.trust.enabled': false,
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'extensions.ignoreRecommendations': true,
    'update.mode': 'none',
    'telemetry.telemetryLevel': 'off',
    'chat.commandCenter.enabled': false,
    'window.commandCenter': false,
    'git.openRepositoryInParentFolders': 'never',
    ...extra,
  };
  mkdirSync(join(userDataDir, 'User'), { recursive: true });
  writeFileSync(join(userDataDir, 'User', 'settings.json'), JSON.stringify(settings, null, 2) + '\n');
}

/** A TCP port on 127.0.0.1 that nothing listens on right now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts code-server on 127.0.0.1:`port` with `folder` open and waits until `/healthz` answers.
 * Its output goes to `logFile` (or is inherited when none is given). The returned `stop()` kills the
 * whole process group and may be called any number of times.
 */
export async function startCodeServer({ port, folder = examplesDir, extensionsDir, userDataDir, logFile, env = {}, timeoutMs = 90_000 }) {
  const args = [
    codeServerEntry,
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`,
    ...profileArgs({ extensionsDir, userDataDir }),
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    folder,
  ];
  const stdio = logFile ? ['ignore', 'pipe', 'pipe'] : ['ignore', 'inherit', 'inherit'];
  // detached: its own process group, so stop() reaches the extension host and pty host too.
  const child = spawn(process.execPath, args, { cwd: repoRoot, env: { ...process.env, ...env }, stdio, detached: true });
  if (logFile) {
    const log = createWriteStream(logFile);
    child.stdout.pipe(log);
    child.stderr.pipe(log);
  }
  let exited = false;
  const exitPromise = new Promise((resolve) => child.on('exit', (code, signal) => { exited = true; resolve({ code, signal }); }));

  const stop = async () => {
    if (exited) return;
    killGroup(child.pid, 'SIGTERM');
    const timer = setTimeout(() => killGroup(child.pid, 'SIGKILL'), 5000);
    await exitPromise;
    clearTimeout(timer);
    // The server may be gone while a child of its group lingers.
    killGroup(child.pid, 'SIGKILL');
  };
  // Whatever happens to the caller, leave no server behind.
  const onExit = () => killGroup(child.pid, 'SIGKILL');
  process.once('exit', onExit);
  exitPromise.then(() => process.removeListener('exit', onExit));

  const url = `http://127.0.0.1:${port}/`;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (exited) {
      throw new Error(`code-server exited before it answered${logFile ? `; see ${logFile}` : ''}`);
    }
    try {
      const response = await fetch(`${url}healthz`, { signal: AbortSignal.timeout(2000) });
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`code-server did not answer on ${url} within ${timeoutMs / 1000} s${logFile ? `; see ${logFile}` : ''}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return { url, pid: child.pid, stop, exited: exitPromise };
}

/** Sends `signal` to the process group led by `pid`, ignoring a group that is already gone. */
function killGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
  } catch {
    // already gone
  }
}

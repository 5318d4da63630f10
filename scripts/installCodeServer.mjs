// Installs code-server (VS Code's workbench and its Node extension host, served to a browser) into
// `.cache/code-server` of this repo, for the end-to-end tests and `npm start`.
//
//   node scripts/installCodeServer.mjs           install unless already installed
//   node scripts/installCodeServer.mjs --force   remove and install again
//
// Why not a normal devDependency: code-server's npm postinstall fails on these machines (it refuses
// root, downloads ripgrep from GitHub, and builds `kerberos` against headers Debian keeps in
// libkrb5-dev), and `npm ci` would run it. So it lives in a tools folder of its own and is installed
// with `--ignore-scripts`, doing by hand what the postinstall would have done (shared/E2E-RECIPE.md):
//
//   1. npm install --ignore-scripts code-server@VERSION; npm rebuild argon2
//   2. lib/vscode: npm install --omit=dev --ignore-scripts; npm rebuild <native modules>
//   3. Debian's rg in place of @vscode/ripgrep's download
//   4. the postinstall's symlinks; npm install --omit=dev in lib/vscode/extensions
//
// Idempotent: a marker file naming the version is written last, so a half-finished install (killed,
// failed) is removed and redone on the next call. Works as root and as a normal user.
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync, copyFileSync, chmodSync, lstatSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * The one pinned version. 4.100.x (VS Code 1.100.3) is the newest line whose `engines.node` is 20;
 * 4.103+ need Node 22 or 24.
 */
export const CODE_SERVER_VERSION = '4.100.3';

/** The repo's root. */
export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The tools folder code-server is installed into. */
export const toolsDir = join(repoRoot, '.cache', 'code-server');

/** code-server's own package folder. */
export const codeServerDir = join(toolsDir, 'node_modules', 'code-server');

/** code-server's Node entry point: `node <entry> --auth none ...`. */
export const codeServerEntry = join(codeServerDir, 'out', 'node', 'entry.js');

const markerFile = join(toolsDir, '.installed');
const logFile = join(repoRoot, '.cache', 'code-server-install.log');
const vscodeDir = join(codeServerDir, 'lib', 'vscode');

/** The native modules of lib/vscode that `--ignore-scripts` left unbuilt. */
const vscodeNativeModules = ['node-pty', '@parcel/watcher', '@vscode/spdlog', 'kerberos', 'native-watchdog', '@vscode/deviceid'];

/** What the install needs from the machine, each with the Debian package that provides it. */
const prerequisites = [
  { what: 'ripgrep (rg on PATH)', pkg: 'ripgrep', ok: () => findOnPath('rg') !== null },
  { what: 'Kerberos headers (/usr/include/gssapi/gssapi.h)', pkg: 'libkrb5-dev', ok: () => existsSync('/usr/include/gssapi/gssapi.h') },
  { what: 'a C++ compiler (g++)', pkg: 'g++', ok: () => findOnPath('g++') !== null },
  { what: 'make', pkg: 'make', ok: () => findOnPath('make') !== null },
  { what: 'python3 (for node-gyp)', pkg: 'python3', ok: () => findOnPath('python3') !== null },
];

/** The Debian packages missing for the install (empty when all is there). */
export function missingPackages() {
  return prerequisites.filter((p) => !p.ok()).map((p) => p.pkg);
}

/** Whether code-server is completely installed at the pinned version. */
export function isInstalled() {
  return existsSync(markerFile) && readFileSync(markerFile, 'utf8').trim() === CODE_SERVER_VERSION && existsSync(codeServerEntry);
}

/** The full path of `command` on PATH, or null. */
export function findOnPath(command) {
  for (const dir of (process.env.PATH ?? '').split(':')) {
    if (dir && existsSync(join(dir, command))) return join(dir, command);
  }
  return null;
}

/** Prints one progress line, prefixed so it stands out among the callers' own output. */
function say(message) {
  console.log(`[code-server] ${message}`);
}

/**
 * Installs code-server unless it is already there. Throws with a clear message (which packages to
 * install, where the log is) when it cannot.
 */
export async function ensureCodeServer({ force = false } = {}) {
  if (!force && isInstalled()) {
    say(`${CODE_SERVER_VERSION} already installed in ${toolsDir}`);
    return;
  }
  const missing = missingPackages();
  if (missing.length > 0) {
    const lines = prerequisites.filter((p) => !p.ok()).map((p) => `  - ${p.what}`);
    throw new Error(
      `code-server cannot be installed: this machine lacks\n${lines.join('\n')}\n` +
        `Install them first:\n  ${process.getuid?.() === 0 ? '' : 'sudo '}apt-get install -y ${missing.join(' ')}`,
    );
  }

  const started = Date.now();
  say(`installing ${CODE_SERVER_VERSION} into ${toolsDir} (about 2-4 minutes; log: ${logFile})`);
  rmSync(toolsDir, { recursive: true, force: true });
  mkdirSync(toolsDir, { recursive: true });
  // A package.json of its own, so npm installs here and not into the repo above.
  writeFileSync(join(toolsDir, 'package.json'), JSON.stringify({ name: 'code-server-tools', private: true }, null, 2) + '\n');
  writeFileSync(logFile, '');

  await step(1, 'npm install code-server (no scripts)', toolsDir, ['install', '--ignore-scripts', '--no-save', '--no-package-lock', `code-server@${CODE_SERVER_VERSION}`]);
  await step(2, 'rebuild argon2 (password hashing, native)', toolsDir, ['rebuild', 'argon2']);
  await step(3, 'npm install in lib/vscode (no scripts)', vscodeDir, ['install', '--omit=dev', '--ignore-scripts']);
  await step(4, `rebuild lib/vscode native modules: ${vscodeNativeModules.join(' ')}`, vscodeDir, ['rebuild', ...vscodeNativeModules]);

  say('step 5/6: Debian ripgrep and the postinstall symlinks');
  const rgTarget = join(vscodeDir, 'node_modules', '@vscode', 'ripgrep', 'bin', 'rg');
  mkdirSync(dirname(rgTarget), { recursive: true });
  copyFileSync(findOnPath('rg'), rgTarget);
  chmodSync(rgTarget, 0o755);
  link('node_modules', join(vscodeDir, 'node_modules.asar'));
  link('code-linux.sh', join(vscodeDir, 'bin', 'remote-cli', 'code-server'));
  link('browser-linux.sh', join(vscodeDir, 'bin', 'helpers', 'browser.sh'));

  await step(6, 'npm install in lib/vscode/extensions (built-in extensions)', join(vscodeDir, 'extensions'), ['install', '--omit=dev']);

  if (!existsSync(codeServerEntry)) throw new Error(`code-server install finished but ${codeServerEntry} is missing; see ${logFile}`);
  writeFileSync(markerFile, CODE_SERVER_VERSION + '\n');
  say(`installed in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

/** Creates (or replaces) the symlink `path` → `target`. */
function link(target, path) {
  try {
    lstatSync(path);
    rmSync(path, { force: true });
  } catch {
    // not there yet
  }
  symlinkSync(target, path);
}

/** Runs one `npm` step in `cwd`, its output appended to the log; on failure throws with the log's tail. */
async function step(n, title, cwd, args) {
  say(`step ${n}/6: ${title}`);
  const t0 = Date.now();
  const env = {
    ...process.env,
    // Lets node-pty's install script run `npx node-gyp` without a prompt. (code-server's own
    // postinstall, which refuses root without npm_config_unsafe_perm, is never run.)
    npm_config_yes: 'true',
    npm_config_fund: 'false',
    npm_config_audit: 'false',
    npm_config_update_notifier: 'false',
  };
  const log = createWriteStream(logFile, { flags: 'a' });
  log.write(`\n$ (cd ${cwd} && npm ${args.join(' ')})\n`);
  const code = await new Promise((resolve, reject) => {
    const child = spawn('npm', args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.pipe(log, { end: false });
    child.stderr.pipe(log, { end: false });
    child.on('error', reject);
    child.on('close', resolve);
  });
  await new Promise((resolve) => log.end(resolve));
  if (code !== 0) {
    const tail = readFileSync(logFile, 'utf8').trimEnd().split('\n').slice(-40).join('\n');
    throw new Error(`code-server install step ${n} (${title}) failed with exit code ${code}.\n--- last lines of ${logFile} ---\n${tail}`);
  }
  say(`        done in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    await ensureCodeServer({ force: process.argv.includes('--force') });
  } catch (error) {
    console.error(`\n${error instanceof Error ? error.message : error}`);
    process.exit(1);
  }
}

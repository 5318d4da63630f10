// `npm start`: the extension, packaged as a user gets it, in a real VS Code (code-server) in your
// browser, with examples/ open. Does whatever a fresh clone still lacks first:
//
//   node_modules missing            → npm ci
//   ripgrep / libkrb5-dev missing   → apt-get install (as root), or prints the command to run
//   code-server missing             → scripts/installCodeServer.mjs
//   then: build + package the .vsix, install it into .cache/start/, serve on 127.0.0.1:PORT
//
//   npm start                       port 8080
//   npm start -- --port 9000        or PORT=9000 npm start
//
// Runs until Ctrl+C, which stops code-server too. Settings and state persist in .cache/start/.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { examplesDir, installExtension, packageExtension, profileDirs, startCodeServer, writeUserSettings } from './codeServer.mjs';
import { ensureCodeServer, isInstalled, missingPackages, repoRoot } from './installCodeServer.mjs';

const say = (message) => console.log(`[start] ${message}`);

/** The port from `--port N`, `--port=N` or $PORT; 8080 otherwise. */
function requestedPort() {
  const args = process.argv.slice(2);
  const i = args.findIndex((a) => a === '--port' || a.startsWith('--port='));
  const raw = i < 0 ? process.env.PORT : args[i].includes('=') ? args[i].split('=')[1] : args[i + 1];
  const port = Number(raw ?? 8080);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`not a port: ${raw}`);
  return port;
}

/** Runs a command with its output shown; throws if it fails. */
function run(command, args, options = {}) {
  say(`$ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { cwd: repoRoot, stdio: 'inherit', ...options });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status ?? result.signal})`);
}

/** Whether something already listens on 127.0.0.1:`port`. */
function portInUse(port) {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(true));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(false)));
  });
}

/** Installs the Debian packages code-server's install needs, or says how to. */
function ensureSystemPackages() {
  if (isInstalled()) return;
  const missing = missingPackages();
  if (missing.length === 0) return;
  if (process.getuid?.() !== 0) {
    throw new Error(`code-server's install needs Debian packages this machine lacks. Run:\n  sudo apt-get update && sudo apt-get install -y ${missing.join(' ')}\nthen npm start again.`);
  }
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  run('apt-get', ['update', '-qq'], { env });
  run('apt-get', ['install', '-y', '-qq', ...missing], { env });
}

async function main() {
  const port = requestedPort();
  if (await portInUse(port)) throw new Error(`127.0.0.1:${port} is already in use; choose another with npm start -- --port N`);

  if (!existsSync(join(repoRoot, 'node_modules', '.package-lock.json'))) run('npm', ['ci']);
  ensureSystemPackages();
  await ensureCodeServer();

  say('building and packaging the extension...');
  const vsix = packageExtension();
  const profile = profileDirs(join(repoRoot, '.cache', 'start'));
  installExtension(vsix, profile);
  if (!existsSync(join(profile.userDataDir, 'User', 'settings.json'))) writeUserSettings(profile.userDataDir);
  say(`installed ${vsix}`);

  const logFile = join(repoRoot, '.cache', 'start', 'code-server.log');
  const server = await startCodeServer({ port, folder: examplesDir, ...profile, logFile });
  const line = '─'.repeat(60);
  console.log(`\n${line}\n  Python Heap Inspector is running in VS Code at\n\n      ${server.url}\n\n  examples/ is open. Ctrl+C stops it. (log: ${logFile})\n${line}\n`);

  let stopping = false;
  const stop = async (code) => {
    if (stopping) return;
    stopping = true;
    say('stopping code-server...');
    await server.stop();
    process.exit(code);
  };
  process.on('SIGINT', () => void stop(0));
  process.on('SIGTERM', () => void stop(0));
  const { code, signal } = await server.exited;
  if (!stopping) {
    console.error(`[start] code-server exited on its own (${signal ?? `exit ${code}`}); see ${logFile}`);
    process.exit(1);
  }
}

try {
  await main();
} catch (error) {
  console.error(`\n[start] ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}

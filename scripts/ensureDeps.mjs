// `npm test`'s first step (the `pretest` script): on a fresh clone, install what the tests need,
// so `npm test` alone works there as the README says.
//
//   node_modules missing or older than package-lock.json  → npm ci
//   Debian packages missing (Chromium for the end-to-end tests; ripgrep and libkrb5-dev for
//   code-server's install)  → apt-get install as root, otherwise print the command and stop
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { findOnPath, isInstalled, missingPackages, repoRoot } from './installCodeServer.mjs';

const say = (message) => console.log(`[setup] ${message}`);

function run(command, args, env = process.env) {
  say(`$ ${command} ${args.join(' ')}`);
  const r = spawnSync(command, args, { cwd: repoRoot, stdio: ['ignore', 'inherit', 'inherit'], env });
  if (r.status !== 0) {
    console.error(`[setup] ${command} ${args.join(' ')} failed (exit ${r.status ?? r.signal})`);
    process.exit(1);
  }
}

const modules = join(repoRoot, 'node_modules');
const stamp = join(modules, '.package-lock.json');
const lock = join(repoRoot, 'package-lock.json');
if (!existsSync(stamp) || statSync(stamp).mtimeMs < statSync(lock).mtimeMs) run('npm', ['ci', '--no-audit', '--no-fund']);

const missing = [...new Set([
  ...(findOnPath('chromium') ? [] : ['chromium']),
  ...(isInstalled() ? [] : missingPackages()),
])];
if (missing.length > 0) {
  if (process.getuid?.() !== 0) {
    console.error(`[setup] the tests need Debian packages this machine lacks. Run:\n  sudo apt-get update && sudo apt-get install -y ${missing.join(' ')}\nthen npm test again.`);
    process.exit(1);
  }
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  run('apt-get', ['update', '-qq'], env);
  run('apt-get', ['install', '-y', '-qq', ...missing], env);
}

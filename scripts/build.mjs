// One esbuild script for every target: the extension host, the engine worker, the webview, the CLI,
// and the tests (each *.test.ts bundled on its own so `node --test` runs plain JavaScript).
//
//   node scripts/build.mjs            build everything once
//   node scripts/build.mjs --watch    rebuild on change
//   node scripts/build.mjs --production   minified, no source maps (what the .vsix ships)
import * as esbuild from 'esbuild';
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

const common = {
  bundle: true,
  sourcemap: production ? false : 'linked',
  minify: production,
  logLevel: 'warning',
  target: 'es2022',
  absWorkingDir: root,
};

/** Every `*.test.ts` under the given folders, for the test bundles. */
function findTests(dirs) {
  const found = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      if (name === 'node_modules' || name.startsWith('.')) continue;
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith('.test.ts')) found.push(relative(root, p));
    }
  };
  for (const d of dirs) walk(join(root, d));
  return found;
}

const targets = [
  {
    ...common,
    entryPoints: ['src/extension/extension.ts'],
    outfile: 'out/extension.js',
    platform: 'node',
    format: 'cjs',
    external: ['vscode'],
  },
  {
    ...common,
    entryPoints: ['src/worker/engineWorker.ts'],
    outfile: 'out/engineWorker.js',
    platform: 'node',
    format: 'cjs',
  },
  {
    ...common,
    entryPoints: ['src/cli/main.ts'],
    outfile: 'out/cli.js',
    platform: 'node',
    format: 'cjs',
    banner: { js: '#!/usr/bin/env node' },
    define: { PYHEAP_VERSION: JSON.stringify(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version) },
  },
  {
    // The CLI's worker: the interpreter, kept out of cli.js so its main thread starts small.
    ...common,
    entryPoints: ['src/cli/cliWorker.ts'],
    outfile: 'out/cliWorker.js',
    platform: 'node',
    format: 'cjs',
  },
  {
    ...common,
    entryPoints: ['webview/main.ts'],
    outfile: 'out/webview/main.js',
    platform: 'browser',
    format: 'iife',
  },
];

if (!production) {
  targets.push({
    ...common,
    entryPoints: ['test/bench/bench.ts'],
    outfile: 'out/bench.js',
    platform: 'node',
    format: 'cjs',
  });
  targets.push({
    ...common,
    entryPoints: ['test/fuzz/fuzzMain.ts'],
    outfile: 'out/fuzz.js',
    platform: 'node',
    format: 'cjs',
  });
  targets.push({
    ...common,
    entryPoints: ['test/fuzz/syntaxAgreement.ts'],
    outfile: 'out/syntaxAgreement.js',
    platform: 'node',
    format: 'cjs',
  });
  targets.push({
    ...common,
    entryPoints: ['test/fuzz/errorAgreement.ts'],
    outfile: 'out/errorAgreement.js',
    platform: 'node',
    format: 'cjs',
  });
  targets.push({
    ...common,
    entryPoints: findTests(['src', 'test', 'webview']),
    outdir: 'out/test',
    outbase: '.',
    platform: 'node',
    format: 'cjs',
    external: ['vscode', 'playwright-core', 'esbuild', 'eslint', 'typescript-eslint', '@eslint/js'],
  });
}

/** The codicon font and stylesheet travel with the webview. */
function copyAssets() {
  mkdirSync(join(root, 'out/webview'), { recursive: true });
  const dist = join(root, 'node_modules/@vscode/codicons/dist');
  cpSync(join(dist, 'codicon.css'), join(root, 'out/webview/codicon.css'));
  cpSync(join(dist, 'codicon.ttf'), join(root, 'out/webview/codicon.ttf'));
  cpSync(join(root, 'webview/inspector.css'), join(root, 'out/webview/inspector.css'));
}

// Stale test bundles (of deleted tests) must not run: the test output is rebuilt from scratch.
if (!production) rmSync(join(root, 'out/test'), { recursive: true, force: true });
copyAssets();
if (watch) {
  const contexts = await Promise.all(targets.map((t) => esbuild.context(t)));
  await Promise.all(contexts.map((c) => c.watch()));
  console.log('watching…');
} else {
  await Promise.all(targets.map((t) => esbuild.build(t)));
}

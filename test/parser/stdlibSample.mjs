// What compareStdlib.mjs and compareCodeFacts.mjs share: command-line options, the
// deterministic stdlib sample (every .py file under the interpreter's lib directory, sorted,
// site-packages excluded, `count` of them evenly spaced) and an on-the-fly esbuild bundle of
// our TypeScript so the scripts need no build.
import * as esbuild from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The repository root. */
export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The value after `--name` on the command line, or `fallback`. */
export function option(name, fallback) {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : fallback;
}

/** Bundles a TypeScript module source (paths relative to the repo root) and imports it. */
export async function importBundled(contents) {
  const outfile = join(mkdtempSync(join(tmpdir(), 'pyheap-bundle-')), 'bundle.mjs');
  await esbuild.build({
    stdin: { contents, resolveDir: root, loader: 'ts' },
    bundle: true, format: 'esm', platform: 'neutral', outfile, logLevel: 'warning', mainFields: ['module', 'main'],
  });
  return import(pathToFileURL(outfile).href);
}

/** `{ files, lib }` for a pyenv version such as `3.12.1`. */
export function sampleStdlib(version, count) {
  const pyenvRoot = execFileSync('pyenv', ['root'], { encoding: 'utf8' }).trim();
  const minor = version.split('.').slice(0, 2).join('.');
  const lib = join(pyenvRoot, 'versions', version, 'lib', `python${minor}`);
  const all = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir).sort()) {
      const p = join(dir, name);
      if (name === 'site-packages' || name === '__pycache__') continue;
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith('.py')) all.push(p);
    }
  };
  walk(lib);
  const step = all.length / count;
  const files = Array.from({ length: Math.min(count, all.length) }, (_, i) => all[Math.floor(i * step)]);
  return { files, lib };
}

// Parses a deterministic sample of CPython's stdlib with our parser (src/interpreter/parser) and
// with the real CPython, and reports the share of files whose
// `ast.dump(tree, include_attributes=True)` text is identical.
//
//   node test/parser/compareStdlib.mjs [--version 3.12.1] [--count 300] [--show 5] [--file path]
//
// Our parser is bundled on the fly with esbuild (a dev dependency) so this script needs no build.
import * as esbuild from 'esbuild';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : fallback;
};
const version = arg('--version', '3.12.1');
const count = Number(arg('--count', '300'));
const show = Number(arg('--show', '5'));
const single = arg('--file', null);

const env = { ...process.env, PYENV_VERSION: version };
const pyenvRoot = execFileSync('pyenv', ['root'], { encoding: 'utf8' }).trim();
const minor = version.split('.').slice(0, 2).join('.');
const lib = join(pyenvRoot, 'versions', version, 'lib', `python${minor}`);

/** Every .py file under the stdlib, sorted, minus site-packages. */
function allFiles(dir, out = []) {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (name === 'site-packages' || name === '__pycache__') continue;
    if (statSync(p).isDirectory()) allFiles(p, out);
    else if (name.endsWith('.py')) out.push(p);
  }
  return out;
}
let files;
if (single) files = [single];
else {
  const all = allFiles(lib);
  const step = all.length / count;
  files = Array.from({ length: Math.min(count, all.length) }, (_, i) => all[Math.floor(i * step)]);
}

const tmp = mkdtempSync(join(tmpdir(), 'pyheap-parse-'));
const bundle = join(tmp, 'parser.mjs');
await esbuild.build({
  entryPoints: [join(root, 'src/interpreter/parser/index.ts')],
  bundle: true, format: 'esm', platform: 'neutral', outfile: bundle, logLevel: 'warning',
  mainFields: ['module', 'main'],
});
const { parse, astDump, PySyntaxError } = await import(pathToFileURL(bundle).href);

const reference = execFileSync('python3', [join(here, 'dumpAst.py')], {
  env, input: files.join('\n') + '\n', encoding: 'utf8', maxBuffer: 1 << 30,
}).trim().split('\n').map((l) => JSON.parse(l));

let same = 0, compared = 0, skipped = 0, threw = 0, parseMs = 0;
const failures = [];
for (const ref of reference) {
  if (ref.error) { skipped++; continue; }
  compared++;
  const source = readFileSync(ref.file, 'utf8');
  let ours;
  const t0 = performance.now();
  try {
    ours = astDump(parse(source, ref.file));
  } catch (e) {
    threw++;
    failures.push({ file: ref.file, why: e instanceof PySyntaxError ? `SyntaxError ${e.msg} line ${e.lineno}` : String(e) });
    continue;
  } finally {
    parseMs += performance.now() - t0;
  }
  if (ours === ref.dump) { same++; continue; }
  let i = 0;
  while (i < ours.length && ours[i] === ref.dump[i]) i++;
  failures.push({ file: ref.file, why: `differs at ${i}:\n  ours: ${ours.slice(Math.max(0, i - 150), i + 150)}\n  cpy:  ${ref.dump.slice(Math.max(0, i - 150), i + 150)}` });
}
for (const f of failures.slice(0, show)) console.log(`${f.file.replace(lib + '/', '')}: ${f.why}\n`);
console.log(`CPython ${version}: ${same}/${compared} files identical (${(100 * same / Math.max(1, compared)).toFixed(1)}%), ` +
  `${threw} rejected by our parser, ${skipped} rejected by CPython (skipped); parse time ${parseMs.toFixed(0)} ms`);

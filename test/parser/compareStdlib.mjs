// Parses a deterministic sample of CPython's stdlib with our parser (src/interpreter/parser) and
// with the real CPython, and reports the share of files whose
// `ast.dump(tree, include_attributes=True)` text is identical.
//
//   node test/parser/compareStdlib.mjs [--version 3.12.1] [--count 300] [--show 5] [--file path]
//
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importBundled, option as arg, sampleStdlib } from './stdlibSample.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const version = arg('--version', '3.12.1');
const count = Number(arg('--count', '300'));
const show = Number(arg('--show', '5'));
const single = arg('--file', null);

const env = { ...process.env, PYENV_VERSION: version };
const sample = sampleStdlib(version, count);
const lib = sample.lib;
const files = single ? [single] : sample.files;

const { parse, astDump, PySyntaxError } = await importBundled("export * from './src/interpreter/parser/index.ts';");

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
    // 3.11's nodes have no type_params field (PEP 695 came in 3.12).
    if (version.startsWith('3.11.')) ours = ours.replace(/, type_params=\[\]/g, '');
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

// Compiles a deterministic stdlib sample with our compiler and with CPython, and reports the
// share of files whose code objects (recursively) have identical co_consts, co_names,
// co_varnames, co_cellvars and co_freevars. Also a crash and speed check of the compiler.
//
//   node test/parser/compareCodeFacts.mjs [--version 3.12.1] [--count 300] [--show 5]
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importBundled, option as arg, sampleStdlib } from './stdlibSample.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const version = arg('--version', '3.12.1');
const count = Number(arg('--count', '300'));
const show = Number(arg('--show', '5'));
const minor = version.split('.').slice(0, 2).join('.');
const { files, lib } = sampleStdlib(version, count);

const { parse, compile, codeFacts, verifyCode, PySyntaxError } = await importBundled(`
export { parse, PySyntaxError } from './src/interpreter/parser/index.ts';
export { compile } from './src/interpreter/compiler/index.ts';
export { codeFacts } from './src/interpreter/compiler/codeFacts.ts';
export { verifyCode } from './src/interpreter/compiler/verifyCode.ts';`);

const reference = execFileSync('python3', [join(here, 'dumpCodeFactsFiles.py')], {
  env: { ...process.env, PYENV_VERSION: version, PYTHONPATH: here }, input: files.join('\n') + '\n',
  encoding: 'utf8', maxBuffer: 1 << 30,
}).trim().split('\n').map((l) => JSON.parse(l));

let same = 0, compared = 0, crashed = 0, rejected = 0, ms = 0, lines = 0, unsound = 0;
const failures = [];
for (const ref of reference) {
  if (ref.error) continue;
  compared++;
  const source = readFileSync(ref.file, 'utf8');
  lines += source.split('\n').length;
  let ours;
  const t0 = performance.now();
  try {
    const code = compile(parse(source, ref.file), { version: minor, filename: ref.file });
    ms += performance.now() - t0;
    const problems = verifyCode(code);
    if (problems.length) {
      unsound++;
      failures.push({ file: ref.file, why: `unsound code: ${problems.slice(0, 3).join('; ')}` });
    }
    ours = codeFacts(code);
  } catch (e) {
    if (e instanceof PySyntaxError) rejected++;
    else crashed++;
    failures.push({ file: ref.file, why: e instanceof PySyntaxError ? `SyntaxError: ${e.msg} line ${e.lineno}` : String(e.stack ?? e) });
    ms += performance.now() - t0;
    continue;
  }
  const a = JSON.stringify(ours);
  const b = JSON.stringify(ref.facts);
  if (a === b) { same++; continue; }
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  failures.push({ file: ref.file, why: `differs at ${i}:\n  ours: ${a.slice(Math.max(0, i - 200), i + 120)}\n  cpy:  ${b.slice(Math.max(0, i - 200), i + 120)}` });
}
for (const f of failures.slice(0, show)) console.log(`${f.file.replace(lib + '/', '')}: ${f.why.slice(0, 1500)}\n`);
console.log(`CPython ${version}: ${same}/${compared} files with identical code facts (${(100 * same / Math.max(1, compared)).toFixed(1)}%), ` +
  `${rejected} rejected, ${crashed} crashed, ${unsound} with unsound code (verifyCode); parse+compile ${ms.toFixed(0)} ms for ${lines} lines`);

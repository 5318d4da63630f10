// Lists every allocation, reuse and free the simulation charges to one line of a script, with
// what it was for: `node test/tracemalloc/explain.mjs SCRIPT.py LINE [--python 3.12]`.
// The companion of compare.mjs, for finding why a line's retained bytes differ from CPython's.
import * as esbuild from 'esbuild';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const [script, lineText] = process.argv.slice(2);
const vi = process.argv.indexOf('--python');
const version = vi > 0 ? process.argv[vi + 1] : '3.12';
const work = mkdtempSync(join(tmpdir(), 'pyheap-explain-'));
writeFileSync(join(work, 'entry.mjs'), `export { RunSession } from ${JSON.stringify(join(root, 'src/interpreter/session/runSession.ts'))};\n`);
await esbuild.build({ entryPoints: [join(work, 'entry.mjs')], bundle: true, platform: 'node', format: 'esm', outfile: join(work, 'b.mjs'), logLevel: 'error' });
const { RunSession } = await import(pathToFileURL(join(work, 'b.mjs')).href);
rmSync(work, { recursive: true, force: true });

const line = Number(lineText);
const session = new RunSession({ source: readFileSync(script, 'utf8'), filename: basename(script), version, calibration: 'tracemallocRunner' });
session.interp.rt.heap.memory.listener = (e) => { if (e.line === line) console.log(e.kind.padEnd(7), e.servedBy.padEnd(8), String(e.size).padStart(6), e.what); };
session.continue();
const f = session.state(0).footprints.find((x) => x.line === line);
console.log(`retained: ${f?.retainedBytes ?? 0} bytes in ${f?.retainedBlocks ?? 0} blocks`);

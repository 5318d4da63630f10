// The simulation's live blocks per line at the end of a script, as the Compare view charges them:
// `node test/tracemalloc/blocks.mjs SCRIPT.py [LINE ...] [--python 3.12]`. Put it beside
// test/oracle/tracemallocBlocks.py (the same listing from real CPython) to find the extra or
// missing block behind a line whose retained bytes differ.
import * as esbuild from 'esbuild';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const args = process.argv.slice(2);
const vi = args.indexOf('--python');
const version = vi >= 0 ? args[vi + 1] : '3.12';
const positional = args.filter((_, i) => i !== vi && i !== vi + 1);
const [script, ...lineTexts] = positional;
const wanted = new Set(lineTexts.map(Number));
const work = mkdtempSync(join(tmpdir(), 'pyheap-blocks-'));
writeFileSync(join(work, 'entry.mjs'), `export { RunSession } from ${JSON.stringify(join(root, 'src/interpreter/session/runSession.ts'))};\n`);
await esbuild.build({ entryPoints: [join(work, 'entry.mjs')], bundle: true, platform: 'node', format: 'esm', outfile: join(work, 'b.mjs'), logLevel: 'error' });
const { RunSession } = await import(pathToFileURL(join(work, 'b.mjs')).href);
rmSync(work, { recursive: true, force: true });

// Live blocks by address: the last alloc (or realloc) at an address wins, a free removes it. A
// block parked on a free list stays traced to its line (shown as "parked"); a reuse moves it to the
// reusing line, which the footprint counts only when the entry was traced (not for untraced
// startup entries: those lines show more blocks here than in the footprint).
const live = new Map();
const session = new RunSession({ source: readFileSync(script, 'utf8'), filename: basename(script), version, calibration: 'tracemallocRunner' });
session.interp.rt.heap.memory.listener = (e) => {
  const key = `${e.domain}:${e.address}`;
  if (e.kind === 'alloc') live.set(key, e);
  else if (e.kind === 'realloc') { live.delete(`${e.domain}:${e.oldAddress}`); live.set(key, e); }
  else if (e.kind === 'free' && e.servedBy === 'freelist') { const b = live.get(key); if (b) live.set(key, { ...b, what: `${b.what} (parked)` }); }
  else if (e.kind === 'free') live.delete(key);
};
session.continue();
for (const f of session.state(0).footprints) {
  if (wanted.size && !wanted.has(f.line)) continue;
  if (!f.retainedBytes && !f.retainedBlocks) continue;
  const blocks = [...live.values()].filter((e) => e.line === f.line).sort((a, b) => b.size - a.size);
  console.log(`${String(f.line).padStart(4)} ${String(f.retainedBytes).padStart(6)} bytes ${String(f.retainedBlocks).padStart(3)} blocks`);
  for (const b of blocks) console.log(`       ${String(b.size).padStart(6)} ${b.servedBy.padEnd(8)} ${b.what}`);
}

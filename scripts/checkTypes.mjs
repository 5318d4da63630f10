// Type-checks each layer with its own tsconfig, so each layer sees only the globals it may use:
// the engine, interpreter and protocol see no DOM and no Node; the webview sees the DOM only.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const projects = [
  'src/protocol', 'src/engine', 'src/interpreter', 'src/worker', 'src/cli', 'src/extension',
  'webview', '.',
].map((p) => (p === '.' ? 'tsconfig.tests.json' : `${p}/tsconfig.json`));

let failed = false;
for (const p of projects) {
  const r = spawnSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', p], {
    cwd: root, stdio: 'inherit',
  });
  if (r.status !== 0) { console.error(`check-types: ${p} failed`); failed = true; }
}
process.exit(failed ? 1 : 0);

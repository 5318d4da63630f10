// The folder the end-to-end runs open: a fresh copy of examples/ plus the tests' own fixtures
// (test/e2e/fixtures/), so scenarios can rely on small scripts with known facts without putting
// them among the learners' examples.
import { cpSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './driver.mjs';

/** Recreates `dir` with every file of examples/ and test/e2e/fixtures/; returns `dir`. */
export function makeWorkspace(dir) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const source of [join(repoRoot, 'examples'), join(repoRoot, 'test', 'e2e', 'fixtures')]) {
    for (const name of readdirSync(source)) cpSync(join(source, name), join(dir, name), { recursive: true });
  }
  return dir;
}

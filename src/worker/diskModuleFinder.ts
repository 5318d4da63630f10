/**
 * The script's own modules read from disk, as CPython's `FileFinder` over `sys.path[0]` finds
 * them: for `a.b.c`, the folder `DIR/a/b`, then in it the package `c/__init__.py` before the
 * module `c.py`. Used by the CLI and by the engine worker (the workspace's files beside the script).
 */
import { readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { FindModuleSource } from '../interpreter/runtime/moduleSource';

/** A finder of the modules beside `scriptPath` (absolute). */
export function diskModuleFinder(scriptPath: string): FindModuleSource {
  const dir = dirname(scriptPath);
  return (name) => {
    const parts = name.split('.');
    const base = join(dir, ...parts);
    for (const path of [join(base, '__init__.py'), `${base}.py`]) {
      if (!isFile(path)) continue;
      try {
        return { path, source: readFileSync(path, 'utf8') };
      } catch {
        return undefined;
      }
    }
    return undefined;
  };
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

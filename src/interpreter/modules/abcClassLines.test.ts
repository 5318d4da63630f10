/**
 * An ABC's class lines under the Compare runner, against CPython 3.11.7, 3.12.1 and 3.13.0: abc.ABC's
 * subclasses dict already exists (librarySubclassDicts.json), `_abc_init` scans the class's items
 * as (name, value) 2-tuples in a list, and `@abstractmethod` stores a name abc.py interned on
 * import, and ABCMeta.__new__'s Python-level temporaries go to their free lists. Expected bytes/blocks:
 * test/oracle/abcClassLines.py under media/python/tracemallocRunner.py (the lines that agree; the
 * metaclass= class and the isinstance line differ through abc's caches, KNOWN-DIFFERENCES.md).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RunSession } from '../session/runSession';

const expected = {
  '3.11': { 8: [2704, 12], 9: [64, 1] },
  '3.12': { 8: [2768, 13], 9: [0, 0], 17: [2872, 13] },
  '3.13': { 8: [2848, 12], 9: [64, 1], 17: [2880, 13] },
} as const;

for (const [version, lines] of Object.entries(expected) as ['3.11' | '3.12' | '3.13', Record<number, readonly [number, number]>][]) {
  test(`ABC class lines and @abstractmethod match the runner's tracemalloc (${version})`, () => {
    const source = readFileSync(join(process.cwd(), 'test/oracle/abcClassLines.py'), 'utf8');
    const s = new RunSession({ source, filename: 'abcClassLines.py', version, calibration: 'tracemallocRunner' });
    s.continue();
    const footprints = s.state(0).footprints;
    for (const [line, [bytes, blocks]] of Object.entries(lines)) {
      const f = footprints.find((x) => x.line === Number(line));
      assert.deepEqual([f?.retainedBytes ?? 0, f?.retainedBlocks ?? 0], [bytes, blocks], `line ${line}`);
    }
  });
}

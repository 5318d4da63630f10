/**
 * `sys._debugmallocstats()`: the obmalloc dump (`_PyObject_DebugMallocStats`, mallocStats.ts),
 * then `_PyObject_DebugTypeStats`' free-list lines (dicts, 3.13's dict keys, floats, lists,
 * tuples of length 1..20), written to stderr as CPython does. The dump checks its own totals
 * first (checkMallocStats throws on a mismatch, as CPython's asserts would abort).
 */
import { checkMallocStats, printAllocatorStats, renderDebugMallocStats } from '../../engine/obmalloc/mallocStats';
import type { Runtime } from '../../engine/runtime';

/** The text `sys._debugmallocstats()` writes, or null when the heap has no simulated obmalloc. */
export function debugMallocStatsText(rt: Runtime): string | null {
  const ob = rt.obmalloc;
  if (!ob) return null;
  checkMallocStats(ob);
  const lines = [printAllocatorStats('free PyDictObject', rt.dictFreeList.size, rt.dictFreeList.structSize)];
  if (rt.profile.versionInfo[1] >= 13) {
    lines.push(printAllocatorStats('free PyDictKeysObject', rt.dictKeysFreeList.size, rt.dictKeysFreeList.structSize));
  }
  lines.push(printAllocatorStats('free PyFloatObject', rt.floatFreeList.size, rt.floatFreeList.structSize));
  lines.push(printAllocatorStats('free PyListObject', rt.listFreeList.size, rt.listFreeList.structSize));
  rt.tupleFreeLists.forEach((f, i) => lines.push(printAllocatorStats(`free ${i + 1}-sized PyTupleObject`, f.size, f.structSize)));
  return renderDebugMallocStats(ob, ['\n', ...lines]);
}

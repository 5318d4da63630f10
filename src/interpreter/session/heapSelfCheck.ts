/**
 * The heap's self-check after a run, as tests call it: the stats dump's totals
 * (`checkMallocStats`: the six terms add up to the arenas, the march agrees with the running
 * counters) and the allocator's structural invariants (`checkObmallocInvariants`: pool lists,
 * free blocks, arena order). Throws an Error naming the first mismatch.
 */
import { checkObmallocInvariants } from '../../engine/obmalloc/invariants';
import { checkMallocStats } from '../../engine/obmalloc/mallocStats';
import type { RunSession } from './runSession';

/** Checks the simulated obmalloc behind `session` (nothing to check for other allocators). */
export function checkHeapSelf(session: RunSession): void {
  const ob = session.interp.rt.obmalloc;
  if (!ob) return;
  checkMallocStats(ob);
  checkObmallocInvariants(ob);
}

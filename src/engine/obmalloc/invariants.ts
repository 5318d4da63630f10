/**
 * A full consistency walk over the allocator, checking the invariants obmalloc.c states (and
 * asserts in Py_DEBUG builds): the usedpools lists, the pool states, the free lists, the arena
 * lists and `nfp2lasta`. O(blocks): for tests and the "check every step" debug switch.
 */
import { MAX_POOLS_IN_ARENA, NB_SMALL_SIZE_CLASSES, POOL_OVERHEAD, POOL_SIZE, blockSizeOf, numBlocks } from './constants';
import { NULL_LINK } from './pool';
import type { Obmalloc } from './obmalloc';
import { checkMallocStats } from './mallocStats';

/** Throw an Error listing every broken invariant (and the stats self-check); returns quietly. */
export function checkObmallocInvariants(ob: Obmalloc): void {
  const A = ob.arenas;
  const P = ob.pools;
  const problems: string[] = [];
  const inUsed = new Set<number>();

  for (let sz = 0; sz < NB_SMALL_SIZE_CLASSES; sz++) {
    let prev = NULL_LINK;
    for (let pool = P.usedPools[sz]; pool !== NULL_LINK; pool = P.nextPool[pool]) {
      if (inUsed.has(pool)) {
        problems.push(`usedpools[${sz}] has a cycle`);
        break;
      }
      inUsed.add(pool);
      if (P.prevPool[pool] !== prev) problems.push(`pool ${pool}: prevpool broken`);
      if (P.sizeClass[pool] !== sz) problems.push(`pool ${pool} in usedpools[${sz}] has szidx ${P.sizeClass[pool]}`);
      if (P.count[pool] <= 0 || P.count[pool] >= numBlocks(sz)) problems.push(`pool ${pool} in usedpools is not 'used' (count ${P.count[pool]})`);
      prev = pool;
    }
  }

  let narenas = 0;
  let blocks = 0;
  for (let ao = 0; ao < A.maxArenas; ao++) {
    if (A.address[ao] === 0) continue;
    narenas++;
    const carved = (A.poolAddress[ao] - A.firstPool[ao]) / POOL_SIZE;
    const freeList = new Set<number>();
    for (let pool = A.freePools[ao]; pool !== NULL_LINK; pool = P.nextPool[pool]) {
      if (freeList.has(pool)) {
        problems.push(`arena ${ao}: freepools has a cycle`);
        break;
      }
      freeList.add(pool);
    }
    if (A.nFreePools[ao] !== freeList.size + (A.nTotalPools[ao] - carved)) {
      problems.push(`arena ${ao}: nfreepools ${A.nFreePools[ao]} != ${freeList.size} free + ${A.nTotalPools[ao] - carved} uncarved`);
    }
    for (let k = 0; k < carved; k++) {
      const pool = ao * MAX_POOLS_IN_ARENA + k;
      const count = P.count[pool];
      blocks += count;
      if ((count === 0) !== freeList.has(pool)) problems.push(`pool ${pool}: count ${count} but on freepools = ${freeList.has(pool)}`);
      if (count === 0) continue;
      const sz = P.sizeClass[pool];
      const size = blockSizeOf(sz);
      const full = count === numBlocks(sz);
      if (full === inUsed.has(pool)) problems.push(`pool ${pool}: full = ${full} but in usedpools = ${inUsed.has(pool)}`);
      const carvedBlocks = (P.nextOffset[pool] - POOL_OVERHEAD) / size;
      if (!Number.isInteger(carvedBlocks) || carvedBlocks > numBlocks(sz) || P.maxNextOffset[pool] !== POOL_SIZE - size) {
        problems.push(`pool ${pool}: nextoffset ${P.nextOffset[pool]} / maxnextoffset ${P.maxNextOffset[pool]} inconsistent`);
      }
      if (P.freeListLength(pool) + count !== carvedBlocks) {
        problems.push(`pool ${pool}: free list ${P.freeListLength(pool)} + count ${count} != carved ${carvedBlocks}`);
      }
      if (!full && P.freeBlock[pool] === NULL_LINK) problems.push(`pool ${pool}: used but freeblock is NULL`);
    }
  }
  if (blocks !== ob.pymallocBlocks) problems.push(`blocks walked ${blocks} != counter ${ob.pymallocBlocks}`);
  if (narenas !== A.narenasCurrentlyAllocated) problems.push(`arenas walked ${narenas} != ${A.narenasCurrentlyAllocated}`);

  // usable_arenas: every allocated arena with free pools, ascending nfreepools, nfp2lasta exact.
  const seen = new Set<number>();
  let prev = NULL_LINK;
  const lastWith = new Map<number, number>();
  for (let ao = A.usableArenas; ao !== NULL_LINK; ao = A.nextArena[ao]) {
    if (seen.has(ao)) {
      problems.push('usable_arenas has a cycle');
      break;
    }
    seen.add(ao);
    if (A.prevArena[ao] !== prev) problems.push(`arena ${ao}: prevarena broken`);
    if (A.address[ao] === 0) problems.push(`arena ${ao} in usable_arenas is unallocated`);
    if (A.nFreePools[ao] <= 0) problems.push(`arena ${ao} in usable_arenas has no free pool`);
    if (prev !== NULL_LINK && A.nFreePools[prev] > A.nFreePools[ao]) problems.push(`usable_arenas not sorted at arena ${ao}`);
    lastWith.set(A.nFreePools[ao], ao);
    prev = ao;
  }
  for (let ao = 0; ao < A.maxArenas; ao++) {
    if (A.address[ao] !== 0 && A.nFreePools[ao] > 0 && !seen.has(ao)) problems.push(`arena ${ao} has free pools but is not usable`);
  }
  for (let k = 0; k <= MAX_POOLS_IN_ARENA; k++) {
    const want = lastWith.get(k) ?? NULL_LINK;
    if (A.nfp2lasta[k] !== want) problems.push(`nfp2lasta[${k}] = ${A.nfp2lasta[k]}, expected ${want}`);
  }
  let unused = 0;
  for (let ao = A.unusedArenaObjects; ao !== NULL_LINK && unused <= A.maxArenas; ao = A.nextArena[ao]) {
    unused++;
    if (A.address[ao] !== 0) problems.push(`arena ${ao} on unused_arena_objects has an address`);
  }
  if (unused + narenas !== A.maxArenas) problems.push(`unused ${unused} + allocated ${narenas} != maxarenas ${A.maxArenas}`);

  if (problems.length > 0) throw new Error(`obmalloc invariants broken:\n  ${problems.slice(0, 20).join('\n  ')}`);
  checkMallocStats(ob);
}

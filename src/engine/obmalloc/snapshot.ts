/**
 * The allocator as the panel draws it: `ArenaView[]` / `PoolView[]` of src/protocol/heapModel.ts
 * and the allocator's share of `HeapSummary`. A pure read of the pool headers and arena objects.
 */
import type { ArenaView, HeapSummary, PoolView } from '../../protocol/heapModel';
import { MAX_POOLS_IN_ARENA, POOL_SIZE, blockSizeOf, numBlocks } from './constants';
import type { Obmalloc } from './obmalloc';

/** The allocator's fields of HeapSummary, plus the raw numbers the panel shows apart. */
export interface AllocatorSummary extends Pick<HeapSummary,
  'arenasAllocated' | 'arenasHighWater' | 'poolsInUse' | 'pymallocBlocks' | 'pymallocBytes' | 'rawBlocks' | 'rawBytes'> {
  /** `raw_allocated_blocks`: object-domain requests (0 or > 512 bytes) served by the raw allocator. */
  objectRawBlocks: number;
  /** `sys.getallocatedblocks()`. */
  allocatedBlocks: number;
  /** Bytes of the pymalloc blocks in use (block sizes, not requests). */
  pymallocBlockBytes: number;
  /** Bytes the simulated process has mapped (brk heap + mmaps, arenas included). */
  mappedBytes: number;
}

/** Every allocated arena with its carved pools in address order. */
export function snapshotArenas(ob: Obmalloc): ArenaView[] {
  const A = ob.arenas;
  const P = ob.pools;
  const views: ArenaView[] = [];
  for (let ao = 0; ao < A.maxArenas; ao++) {
    if (A.address[ao] === 0) continue;
    const pools: PoolView[] = [];
    const carved = (A.poolAddress[ao] - A.firstPool[ao]) / POOL_SIZE;
    for (let k = 0; k < carved; k++) {
      const pool = ao * MAX_POOLS_IN_ARENA + k;
      const sz = P.sizeClass[pool];
      const used = P.count[pool];
      const capacity = numBlocks(sz);
      pools.push({
        address: P.address[pool],
        sizeClassIndex: sz,
        blockSize: blockSizeOf(sz),
        used,
        capacity,
        state: used === 0 ? 'empty' : used === capacity ? 'full' : 'used',
      });
    }
    views.push({ index: ao, address: A.address[ao], pools, totalPools: A.nTotalPools[ao], freePools: A.nFreePools[ao] });
  }
  return views;
}

/** Summary numbers of the allocator (O(arenas × pools)). */
export function summarizeAllocator(ob: Obmalloc): AllocatorSummary {
  const A = ob.arenas;
  const P = ob.pools;
  let poolsInUse = 0;
  let pymallocBlockBytes = 0;
  for (let ao = 0; ao < A.maxArenas; ao++) {
    if (A.address[ao] === 0) continue;
    const carved = (A.poolAddress[ao] - A.firstPool[ao]) / POOL_SIZE;
    for (let k = 0; k < carved; k++) {
      const pool = ao * MAX_POOLS_IN_ARENA + k;
      if (P.count[pool] === 0) continue;
      poolsInUse++;
      pymallocBlockBytes += P.count[pool] * blockSizeOf(P.sizeClass[pool]);
    }
  }
  return {
    arenasAllocated: A.narenasCurrentlyAllocated,
    arenasHighWater: A.narenasHighwater,
    poolsInUse,
    pymallocBlocks: ob.pymallocBlocks,
    pymallocBytes: ob.pymallocRequestedBytes,
    rawBlocks: ob.raw.blocks,
    rawBytes: ob.raw.requestedBytes,
    objectRawBlocks: ob.rawAllocatedBlocks,
    allocatedBlocks: ob.getAllocatedBlocks(),
    pymallocBlockBytes,
    mappedBytes: ob.space.mappedBytes,
  };
}

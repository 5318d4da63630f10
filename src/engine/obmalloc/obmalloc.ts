/**
 * CPython's object allocator, simulated exactly: `_PyObject_Malloc/Calloc/Realloc/Free` over
 * pymalloc, falling back to the raw allocator, as Objects/obmalloc.c does in 3.11, 3.12 and 3.13
 * (64-bit Linux, release build, radix tree, large arenas and pools).
 *
 *     Object-specific allocators (free lists, caches: src/engine/objects)
 *  +3 | <-- object-specific memory --> | <-- non-object memory --> |
 *  +2 | Obmalloc.malloc/calloc/realloc/free (this file)              |
 *     |   n in 1..512:  pymalloc    usedPools[szidx] -> pool -> block (pool.ts)
 *     |                             usableArenas -> arena -> pool (arenas.ts)
 *     |   n == 0 or > 512, or pymalloc out of memory:  raw, raw_allocated_blocks++
 *  +1 | RawAllocator = PyMem_RawMalloc -> glibc model (rawAllocator.ts)    |
 *  0  | AddressSpace: brk heap (glibc) and top-down mmap region (addressSpace.ts)
 *     |   arenas are 1 MiB mmaps; ArenaMap (arenaMap.ts) answers address_in_range |
 *
 * Size classes (ALIGNMENT 16, POOL_SIZE 16 KiB, POOL_OVERHEAD 48; NUMBLOCKS = 16336 / size):
 *
 *   Request in bytes     Size of allocated block      Size class idx   blocks/pool
 *   ----------------------------------------------------------------------------
 *        1-16                     16                       0             1021
 *       17-32                     32                       1              510
 *       33-48                     48                       2              340
 *       49-64                     64                       3              255
 *        ...                     ...                     ...              ...
 *      321-336                   336                      20               48
 *        ...                     ...                     ...              ...
 *      481-496                   496                      30               32
 *      497-512                   512                      31               31
 *      0, 513-                   raw allocator (malloc)
 *
 * Pool states: used (some blocks allocated, in usedPools[szidx]), full (in no list), empty (on
 * its arena's freePools list, keeping its old szidx and free list). Arenas hold 63 pools, or 64
 * when their mmap'ed base happens to be 16 KiB-aligned.
 */
import { AddressSpace, DEFAULT_MEMORY_LIMIT } from './addressSpace';
import { ArenaMap } from './arenaMap';
import { ArenaTable } from './arenas';
import { BLOCK_TABLE_STRIDE, MAX_POOLS_IN_ARENA, POOL_OVERHEAD, POOL_SIZE, SMALL_REQUEST_THRESHOLD, blockSizeOf } from './constants';
import type { ObmallocListener } from './allocatorEvents';
import { ALLOCATED, NULL_LINK, PoolTable } from './pool';
import { RawAllocator } from './rawAllocator';

/** Options of a simulated allocator. */
export interface ObmallocOptions {
  /** Most bytes the simulated process may map (heap + mmaps); default 64 GiB. */
  memoryLimit?: number;
}

/** Where an address lives, for hovers and the object layer's `id()` bookkeeping. */
export interface BlockLocation {
  /** `pymalloc` for a block in an arena, `raw` for a live raw block. */
  allocator: 'pymalloc' | 'raw';
  /** Arena index (-1 for raw). */
  arenaIndex: number;
  /** Pool header address (0 for raw). */
  poolAddress: number;
  /** Size class (-1 for raw). */
  sizeClassIndex: number;
  /** Bytes usable: the block size, or the request for raw blocks. */
  blockSize: number;
  /** Bytes requested for it. */
  requested: number;
}

/** The whole memory manager of one simulated interpreter (`struct _obmalloc_state` + malloc). */
export class Obmalloc {
  /** The simulated process address space. */
  readonly space: AddressSpace;
  /** The raw allocator (PyMem_Raw*, glibc model). */
  readonly raw: RawAllocator;
  /** The radix tree of arena coverage. */
  readonly arenaMap: ArenaMap;
  /** Pool headers, block tables and usedPools. */
  readonly pools = new PoolTable();
  /** The arenas vector and arena lists. */
  readonly arenas: ArenaTable;
  /** Optional observer of arena and pool events; null costs nothing. */
  listener: ObmallocListener | null = null;
  /** `raw_allocated_blocks`: object-domain blocks that fell through to the raw allocator. */
  rawAllocatedBlocks = 0;
  /** pymalloc blocks in use (CPython counts them by walking arenas; we keep a counter). */
  pymallocBlocks = 0;
  /** Bytes requested for the pymalloc blocks in use. */
  pymallocRequestedBytes = 0;

  constructor(options: ObmallocOptions = {}) {
    this.space = new AddressSpace(options.memoryLimit ?? DEFAULT_MEMORY_LIMIT);
    this.raw = new RawAllocator(this.space);
    this.arenaMap = new ArenaMap(this.raw);
    this.arenas = new ArenaTable(this.pools, this.space, this.raw, this.arenaMap);
  }

  /** `_PyObject_Malloc(n)`: a block address, or 0 when memory is exhausted (MemoryError). */
  malloc(n: number): number {
    if (n > 0 && n <= SMALL_REQUEST_THRESHOLD) {
      const bp = this.pymallocAlloc(n);
      if (bp !== 0) return bp;
    }
    const p = this.raw.malloc(n);
    if (p !== 0) this.rawAllocatedBlocks++;
    return p;
  }

  /** `_PyObject_Calloc(nelem, elsize)`. */
  calloc(nelem: number, elsize: number): number {
    const n = nelem * elsize;
    if (n > 0 && n <= SMALL_REQUEST_THRESHOLD) {
      const bp = this.pymallocAlloc(n);
      if (bp !== 0) return bp;
    }
    const p = this.raw.calloc(nelem, elsize);
    if (p !== 0) this.rawAllocatedBlocks++;
    return p;
  }

  /**
   * `_PyObject_Realloc(p, n)`: a pymalloc block stays put when n <= size and 4n > 3size (grow
   * within the class, or shrink by less than 25%); otherwise malloc(n), copy, free(p), in that
   * order. A raw block is always realloc'ed by the raw allocator, even when n <= 512.
   * Returns 0 on failure, leaving p allocated.
   */
  realloc(p: number, n: number): number {
    if (p === 0) return this.malloc(n);
    const ao = this.arenaMap.arenaOf(p);
    if (ao < 0) return this.raw.realloc(p, n);
    const pool = this.liveBlockPool(p, ao);
    const size = blockSizeOf(this.pools.sizeClass[pool]);
    if (n <= size && 4 * n > 3 * size) {
      const i = pool * BLOCK_TABLE_STRIDE + this.lastBlock;
      this.pymallocRequestedBytes += n - this.pools.requested[i];
      this.pools.requested[i] = n;
      return p;
    }
    const bp = this.malloc(n);
    if (bp !== 0) this.free(p);
    return bp;
  }

  /** `_PyObject_Free(p)`; free(0) does nothing. Throws on a double free or a wild pointer. */
  free(p: number): void {
    if (p === 0) return;
    const ao = this.arenaMap.arenaOf(p);
    if (ao < 0) {
      this.raw.free(p);
      this.rawAllocatedBlocks--;
      return;
    }
    // POOL_ADDR(p) and the block index, checked against the carved pools and the block table.
    const P = this.pools;
    const first = this.arenas.firstPool[ao];
    const off = p - first;
    if (!(off >= 0 && off < this.arenas.poolAddress[ao] - first)) throw invalidPointer(p);
    const k = Math.floor(off / POOL_SIZE);
    const pool = ao * MAX_POOLS_IN_ARENA + k;
    const size = (P.sizeClass[pool] + 1) << 4;
    const inPool = off - k * POOL_SIZE - POOL_OVERHEAD;
    const b = Math.floor(inPool / size);
    const i = pool * BLOCK_TABLE_STRIDE + b;
    if (inPool < 0 || b * size !== inPool || P.links[i] !== ALLOCATED) throw invalidPointer(p);

    this.pymallocBlocks--;
    this.pymallocRequestedBytes -= P.requested[i];
    const lastfree = P.freeBlock[pool];
    P.links[i] = lastfree;
    P.freeBlock[pool] = b;
    if (lastfree === NULL_LINK) {
      // The pool was full: link it at the front of usedpools so the block is reused next.
      P.count[pool]--;
      P.insertToUsedPool(pool);
      return;
    }
    if (--P.count[pool] !== 0) return;
    this.poolBecameEmpty(pool, ao);
  }

  /** The tail of `pymalloc_free`: off usedpools, onto its arena's freepools (`insert_to_freepool`). */
  private poolBecameEmpty(pool: number, ao: number): void {
    const P = this.pools;
    P.unlinkUsed(pool);
    const address = this.arenas.address[ao];
    const released = this.arenas.insertToFreePool(pool);
    const listener = this.listener;
    if (listener !== null) {
      listener.onDidChangePool({ kind: 'pool/empty', poolAddress: P.address[pool], arenaIndex: ao, sizeClassIndex: P.sizeClass[pool] });
      if (released) listener.onDidChangeArena({ kind: 'arena/free', arenaIndex: ao, address, totalPools: this.arenas.nTotalPools[ao] });
    }
  }

  /** `sys.getallocatedblocks()`: pymalloc blocks in use plus `raw_allocated_blocks`. */
  getAllocatedBlocks(): number {
    return this.pymallocBlocks + this.rawAllocatedBlocks;
  }

  /** Whether p lies in a live arena (`address_in_range`). */
  isPymallocAddress(p: number): boolean {
    return this.arenaMap.arenaOf(p) >= 0;
  }

  /** Size class of the pymalloc block at p, or -1 when p is not a live pymalloc block. */
  sizeClassOf(p: number): number {
    const loc = this.locate(p);
    return loc === null ? -1 : loc.sizeClassIndex;
  }

  /** Where the live block at p lives, or null when p is not a live block. */
  locate(p: number): BlockLocation | null {
    const ao = this.arenaMap.arenaOf(p);
    if (ao < 0) {
      if (!this.raw.owns(p)) return null;
      const requested = this.raw.requestedSize(p);
      return { allocator: 'raw', arenaIndex: -1, poolAddress: 0, sizeClassIndex: -1, blockSize: requested, requested };
    }
    const pool = this.blockPool(p, ao);
    if (pool < 0 || this.pools.links[pool * BLOCK_TABLE_STRIDE + this.lastBlock] !== ALLOCATED) return null;
    const sizeClassIndex = this.pools.sizeClass[pool];
    return {
      allocator: 'pymalloc',
      arenaIndex: ao,
      poolAddress: this.pools.address[pool],
      sizeClassIndex,
      blockSize: blockSizeOf(sizeClassIndex),
      requested: this.pools.requested[pool * BLOCK_TABLE_STRIDE + this.lastBlock],
    };
  }

  /** Bytes requested for the live block at p (pymalloc or raw), 0 if p is not live. */
  requestedSize(p: number): number {
    const loc = this.locate(p);
    return loc === null ? 0 : loc.requested;
  }

  /** Block index set by blockPool/liveBlockPool (avoids allocating a pair on the hot path). */
  private lastBlock = 0;

  /** `pymalloc_alloc(n)` for 1 <= n <= 512: a block address, or 0 if no arena could be had. */
  private pymallocAlloc(n: number): number {
    const szidx = (n - 1) >> 4;
    const P = this.pools;
    const pool = P.usedPools[szidx];
    if (pool === NULL_LINK) return this.allocateFromNewPool(szidx, n);
    P.count[pool]++;
    const b = P.freeBlock[pool];
    const i = pool * BLOCK_TABLE_STRIDE + b;
    const next = P.links[i];
    P.links[i] = ALLOCATED;
    P.requested[i] = n;
    P.freeBlock[pool] = next;
    const size = (szidx + 1) << 4;
    // Reached the end of the free list: carve a virgin block, or the pool is now full.
    if (next === NULL_LINK) P.extend(pool, size);
    this.pymallocBlocks++;
    this.pymallocRequestedBytes += n;
    return P.address[pool] + POOL_OVERHEAD + b * size;
  }

  /** `allocate_from_new_pool(szidx)`: no used pool of the class; take one from an arena. */
  private allocateFromNewPool(szidx: number, n: number): number {
    const A = this.arenas;
    A.lastTakeNewArena = NULL_LINK;
    const pool = A.takePool();
    if (pool === NULL_LINK) return 0;
    const P = this.pools;
    const b = P.initForClass(pool, szidx);
    P.requested[pool * BLOCK_TABLE_STRIDE + b] = n;
    this.pymallocBlocks++;
    this.pymallocRequestedBytes += n;
    const listener = this.listener;
    if (listener !== null) {
      const ao = Math.floor(pool / MAX_POOLS_IN_ARENA);
      if (A.lastTakeNewArena !== NULL_LINK) {
        listener.onDidChangeArena({ kind: 'arena/new', arenaIndex: ao, address: A.address[ao], totalPools: A.nTotalPools[ao] });
      }
      listener.onDidChangePool({ kind: A.lastTakeCarved ? 'pool/carve' : 'pool/reuse', poolAddress: P.address[pool], arenaIndex: ao, sizeClassIndex: szidx });
    }
    return P.address[pool] + POOL_OVERHEAD + b * blockSizeOf(szidx);
  }

  /** The carved pool holding block address p of arena ao (sets lastBlock), or -1. */
  private blockPool(p: number, ao: number): number {
    const A = this.arenas;
    const off = p - A.firstPool[ao];
    const k = Math.floor(off / POOL_SIZE);
    if (off < 0 || A.firstPool[ao] + k * POOL_SIZE >= A.poolAddress[ao]) return -1;
    const pool = ao * MAX_POOLS_IN_ARENA + k;
    const inPool = off - k * POOL_SIZE - POOL_OVERHEAD;
    const b = inPool / blockSizeOf(this.pools.sizeClass[pool]);
    if (inPool < 0 || b !== Math.floor(b) || POOL_OVERHEAD + inPool >= this.pools.nextOffset[pool]) return -1;
    this.lastBlock = b;
    return pool;
  }

  /** blockPool for a pointer that must be a live block: throws otherwise. */
  private liveBlockPool(p: number, ao: number): number {
    const pool = this.blockPool(p, ao);
    if (pool < 0 || this.pools.links[pool * BLOCK_TABLE_STRIDE + this.lastBlock] !== ALLOCATED) throw invalidPointer(p);
    return pool;
  }
}

function invalidPointer(p: number): Error {
  return new Error(`obmalloc: free/realloc of 0x${p.toString(16)}, which is not an allocated block (double free?)`);
}

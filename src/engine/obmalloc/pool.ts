/**
 * Pools: `struct pool_header` and the `usedpools` lists, mirroring Objects/obmalloc.c
 * (`pymalloc_pool_extend`, the pool half of `allocate_from_new_pool`, `insert_to_usedpool`, the
 * unlinking in `insert_to_freepool`).
 *
 * A pool is a slot in typed arrays, never a JS object: slot = arenaIndex * 64 + k for the k-th
 * 16 KiB pool of that arena. Each header field is one array indexed by slot. Blocks are numbers
 * too: a block is named by its index b in its pool (address = pool + 48 + b * size), and the free
 * list that CPython threads through the first word of each free block lives in `links`, one Int16
 * per block (`links[slot * 1024 + b]` = next free block index, NULL = -1). An allocated block holds
 * ALLOCATED (-2) there instead, which lets free() reject a double free or a wild pointer in O(1).
 *
 * Obscurity: CPython's `usedpools[2*i]` is a fudged pointer that "acts like" a pool header whose
 * nextpool/prevpool head a circular list. Here `usedPools[i]` is simply the first pool (or -1)
 * of a NULL-terminated doubly linked list; every insertion and removal keeps the same order.
 */
import { BLOCK_TABLE_STRIDE, DUMMY_SIZE_IDX, MAX_POOLS_IN_ARENA, NB_SMALL_SIZE_CLASSES, POOL_OVERHEAD, POOL_SIZE, blockSizeOf } from './constants';
import { grown } from './typedArrays';

/** The NULL link: end of a free list, or no pool. */
export const NULL_LINK = -1;
/** The link value of a block that is handed out. */
export const ALLOCATED = -2;

/** Pool headers of every pool slot, plus the per-block tables and usedpools. */
export class PoolTable {
  /** Pool slots the tables hold (arenas vector length * 64). */
  capacity = 0;
  /** `ref.count`: blocks allocated. */
  count = new Int32Array(0);
  /** `freeblock`: index of the head of the free list, or NULL_LINK. */
  freeBlock = new Int16Array(0);
  /** `nextpool` (in usedpools, or in the arena's freepools). */
  nextPool = new Int32Array(0);
  /** `prevpool` (in usedpools only). */
  prevPool = new Int32Array(0);
  /** `szidx`: size class, DUMMY_SIZE_IDX when freshly carved. */
  sizeClass = new Uint16Array(0);
  /** `nextoffset`: byte offset of the next virgin block. */
  nextOffset = new Uint16Array(0);
  /** `maxnextoffset` = POOL_SIZE - size. */
  maxNextOffset = new Uint16Array(0);
  /** Address of the pool header. */
  address = new Float64Array(0);
  /** Per block: next free block index, NULL_LINK, or ALLOCATED. */
  links = new Int16Array(0);
  /** Per block: bytes requested for it while allocated (what tracemalloc would report). */
  requested = new Uint16Array(0);
  /** `usedpools[2*i]`: first used pool of size class i, or NULL_LINK. */
  readonly usedPools = new Int32Array(NB_SMALL_SIZE_CLASSES).fill(NULL_LINK);

  /** Grow the tables to hold `arenaCapacity` arenas' pools (the `arenas` vector grew). */
  grow(arenaCapacity: number): void {
    const cap = arenaCapacity * MAX_POOLS_IN_ARENA;
    if (cap <= this.capacity) return;
    this.count = grown(this.count, cap);
    this.freeBlock = grown(this.freeBlock, cap);
    this.nextPool = grown(this.nextPool, cap);
    this.prevPool = grown(this.prevPool, cap);
    this.sizeClass = grown(this.sizeClass, cap);
    this.nextOffset = grown(this.nextOffset, cap);
    this.maxNextOffset = grown(this.maxNextOffset, cap);
    this.address = grown(this.address, cap);
    this.links = grown(this.links, cap * BLOCK_TABLE_STRIDE);
    this.requested = grown(this.requested, cap * BLOCK_TABLE_STRIDE);
    this.capacity = cap;
  }

  /** A newly carved pool: `pool->szidx = DUMMY_SIZE_IDX` (arenaindex is implied by the slot). */
  carve(pool: number, address: number): void {
    this.address[pool] = address;
    this.sizeClass[pool] = DUMMY_SIZE_IDX;
  }

  /**
   * The pool half of `allocate_from_new_pool`: frontlink `pool` into usedpools[szidx] (the list
   * was empty), set count = 1 and return the index of the block handed out. A pool that last
   * held the same class keeps its free list; otherwise it is initialised with block 0 returned
   * and block 1 as a one-block free list.
   */
  initForClass(pool: number, szidx: number): number {
    this.nextPool[pool] = NULL_LINK;
    this.prevPool[pool] = NULL_LINK;
    this.usedPools[szidx] = pool;
    this.count[pool] = 1;
    const base = pool * BLOCK_TABLE_STRIDE;
    if (this.sizeClass[pool] === szidx) {
      const b = this.freeBlock[pool];
      this.freeBlock[pool] = this.links[base + b];
      this.links[base + b] = ALLOCATED;
      return b;
    }
    const size = blockSizeOf(szidx);
    this.sizeClass[pool] = szidx;
    this.nextOffset[pool] = POOL_OVERHEAD + 2 * size;
    this.maxNextOffset[pool] = POOL_SIZE - size;
    this.freeBlock[pool] = 1;
    this.links[base + 1] = NULL_LINK;
    this.links[base] = ALLOCATED;
    return 0;
  }

  /**
   * `pymalloc_pool_extend`: the free list ran out. Carve the next virgin block onto it if one is
   * left (nextoffset <= maxnextoffset), else the pool is full: unlink it from usedpools.
   */
  extend(pool: number, size: number): void {
    const offset = this.nextOffset[pool];
    if (offset <= this.maxNextOffset[pool]) {
      const b = (offset - POOL_OVERHEAD) / size;
      this.freeBlock[pool] = b;
      this.links[pool * BLOCK_TABLE_STRIDE + b] = NULL_LINK;
      this.nextOffset[pool] = offset + size;
      return;
    }
    this.unlinkUsed(pool);
  }

  /** `insert_to_usedpool`: a full pool got a free block; link it at the FRONT of its list. */
  insertToUsedPool(pool: number): void {
    const szidx = this.sizeClass[pool];
    const next = this.usedPools[szidx];
    this.nextPool[pool] = next;
    this.prevPool[pool] = NULL_LINK;
    if (next !== NULL_LINK) this.prevPool[next] = pool;
    this.usedPools[szidx] = pool;
  }

  /** Unlink a pool from its usedpools list (it became full or empty). */
  unlinkUsed(pool: number): void {
    const next = this.nextPool[pool];
    const prev = this.prevPool[pool];
    if (prev === NULL_LINK) this.usedPools[this.sizeClass[pool]] = next;
    else this.nextPool[prev] = next;
    if (next !== NULL_LINK) this.prevPool[next] = prev;
  }

  /** How many blocks of the pool are on its free list (walks the list). */
  freeListLength(pool: number): number {
    const base = pool * BLOCK_TABLE_STRIDE;
    let n = 0;
    for (let b = this.freeBlock[pool]; b >= 0; b = this.links[base + b]) n++;
    return n;
  }

  /** Address of block b of a pool. */
  blockAddress(pool: number, b: number): number {
    return this.address[pool] + POOL_OVERHEAD + b * blockSizeOf(this.sizeClass[pool]);
  }
}

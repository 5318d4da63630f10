/**
 * Arenas: the `arenas` vector of `struct arena_object`, `unused_arena_objects`, `usable_arenas`
 * and `nfp2lasta`, mirroring Objects/obmalloc.c (`new_arena`, the arena half of
 * `allocate_from_new_pool`, and the arena management of `insert_to_freepool`, Cases 1-4).
 *
 * Invariants (as obmalloc.c states them):
 *   - an arena object is on `unused_arena_objects` iff its address is 0;
 *   - `usable_arenas` holds exactly the allocated arenas with nfreepools > 0, sorted ascending by
 *     nfreepools (most-used first), doubly linked;
 *   - `nfp2lasta[k]` is the rightmost arena in usable_arenas with k free pools, or NULL;
 *   - nfreepools = pools on the arena's freepools list + pools never carved.
 *
 * Each arena_object field is one typed array indexed by arena index; growing the vector (16, 32,
 * 64, ...) reallocates them, as `PyMem_RawRealloc(arenas, ...)` does, and that realloc is also
 * made on the simulated raw allocator so it moves memory like CPython's.
 */
import type { AddressSpace } from './addressSpace';
import { ARENA_OBJECT_SIZE, ARENA_SIZE, INITIAL_ARENA_OBJECTS, MAX_POOLS_IN_ARENA, POOL_SIZE } from './constants';
import type { ArenaMap } from './arenaMap';
import { NULL_LINK, type PoolTable } from './pool';
import type { RawAllocator } from './rawAllocator';
import { grown } from './typedArrays';

/** The `arenas` vector and the arena lists. */
export class ArenaTable {
  /** `maxarenas`: slots in the vector. */
  maxArenas = 0;
  /** `arenas[i].address`: mmap'ed base, or 0 when the object is unused. */
  address = new Float64Array(0);
  /** `arenas[i].pool_address`: the next pool to carve. */
  poolAddress = new Float64Array(0);
  /** First pool-aligned address in the arena (`_Py_ALIGN_UP(address, POOL_SIZE)`). */
  firstPool = new Float64Array(0);
  /** `nfreepools`. */
  nFreePools = new Int32Array(0);
  /** `ntotalpools`: 63, or 64 when the arena is 16 KiB-aligned. */
  nTotalPools = new Int32Array(0);
  /** `freepools`: head pool slot of the LIFO list of emptied pools, or NULL_LINK. */
  freePools = new Int32Array(0);
  /** `nextarena` (usable_arenas, or unused_arena_objects). */
  nextArena = new Int32Array(0);
  /** `prevarena` (usable_arenas only). */
  prevArena = new Int32Array(0);
  /** `usable_arenas`: head, or NULL_LINK. */
  usableArenas = NULL_LINK;
  /** `unused_arena_objects`: head, or NULL_LINK. */
  unusedArenaObjects = NULL_LINK;
  /** `nfp2lasta[k]`: rightmost arena in usable_arenas with k free pools. */
  readonly nfp2lasta = new Int32Array(MAX_POOLS_IN_ARENA + 1).fill(NULL_LINK);
  /** `narenas_currently_allocated`. */
  narenasCurrentlyAllocated = 0;
  /** `ntimes_arena_allocated`. */
  ntimesArenaAllocated = 0;
  /** `narenas_highwater`. */
  narenasHighwater = 0;
  /** The raw block holding the `arenas` vector (0 before the first arena). */
  vectorPointer = 0;

  constructor(
    private readonly pools: PoolTable,
    private readonly space: AddressSpace,
    private readonly raw: RawAllocator,
    private readonly map: ArenaMap,
  ) {}

  /** `new_arena()`: an arena object with a fresh 1 MiB mapping, or NULL_LINK when out of memory. */
  newArena(): number {
    if (this.unusedArenaObjects === NULL_LINK) {
      const numarenas = this.maxArenas === 0 ? INITIAL_ARENA_OBJECTS : this.maxArenas * 2;
      const vector = this.raw.realloc(this.vectorPointer, numarenas * ARENA_OBJECT_SIZE);
      if (vector === 0) return NULL_LINK;
      this.vectorPointer = vector;
      this.growVector(numarenas);
      for (let i = this.maxArenas; i < numarenas; i++) {
        this.address[i] = 0;
        this.nextArena[i] = i < numarenas - 1 ? i + 1 : NULL_LINK;
      }
      this.unusedArenaObjects = this.maxArenas;
      this.maxArenas = numarenas;
    }
    const ao = this.unusedArenaObjects;
    this.unusedArenaObjects = this.nextArena[ao];
    let address = this.space.mmap(ARENA_SIZE);
    if (address !== 0 && !this.map.markUsed(address, ao)) {
      this.space.munmap(address, ARENA_SIZE);
      address = 0;
    }
    if (address === 0) {
      this.nextArena[ao] = this.unusedArenaObjects;
      this.unusedArenaObjects = ao;
      return NULL_LINK;
    }
    this.address[ao] = address;
    this.narenasCurrentlyAllocated++;
    this.ntimesArenaAllocated++;
    if (this.narenasCurrentlyAllocated > this.narenasHighwater) this.narenasHighwater = this.narenasCurrentlyAllocated;
    this.freePools[ao] = NULL_LINK;
    const excess = address % POOL_SIZE;
    const first = excess === 0 ? address : address + POOL_SIZE - excess;
    this.poolAddress[ao] = first;
    this.firstPool[ao] = first;
    this.nFreePools[ao] = excess === 0 ? MAX_POOLS_IN_ARENA : MAX_POOLS_IN_ARENA - 1;
    this.nTotalPools[ao] = this.nFreePools[ao];
    return ao;
  }

  /**
   * The arena half of `allocate_from_new_pool`: take a pool from the head of usable_arenas (a
   * new arena if there is none): its freepools LIFO first, else carve at pool_address. Returns
   * the pool slot, or NULL_LINK when no arena could be had. `lastTakeCarved` tells which.
   */
  takePool(): number {
    let ua = this.usableArenas;
    if (ua === NULL_LINK) {
      ua = this.newArena();
      if (ua === NULL_LINK) return NULL_LINK;
      this.usableArenas = ua;
      this.nextArena[ua] = NULL_LINK;
      this.prevArena[ua] = NULL_LINK;
      this.nfp2lasta[this.nFreePools[ua]] = ua;
      this.lastTakeNewArena = ua;
    }
    const nf = this.nFreePools[ua];
    // This arena already has the smallest nfreepools, so taking one keeps the order.
    if (this.nfp2lasta[nf] === ua) this.nfp2lasta[nf] = NULL_LINK;
    if (nf > 1) this.nfp2lasta[nf - 1] = ua;
    let pool = this.freePools[ua];
    if (pool !== NULL_LINK) {
      this.freePools[ua] = this.pools.nextPool[pool];
      this.lastTakeCarved = false;
    } else {
      const address = this.poolAddress[ua];
      pool = ua * MAX_POOLS_IN_ARENA + (address - this.firstPool[ua]) / POOL_SIZE;
      this.pools.carve(pool, address);
      this.poolAddress[ua] = address + POOL_SIZE;
      this.lastTakeCarved = true;
    }
    this.nFreePools[ua] = nf - 1;
    if (nf - 1 === 0) {
      // Wholly allocated: remove it from usable_arenas.
      this.usableArenas = this.nextArena[ua];
      if (this.usableArenas !== NULL_LINK) this.prevArena[this.usableArenas] = NULL_LINK;
    }
    return pool;
  }

  /** Set by takePool: whether the last pool was carved (true) or reused from freepools. */
  lastTakeCarved = false;
  /** Set by takePool when it had to call new_arena (NULL_LINK otherwise; callers reset it). */
  lastTakeNewArena = NULL_LINK;

  /**
   * `insert_to_freepool` after the pool was unlinked from usedpools: push it on its arena's
   * freepools, then Case 1 (release a wholly free arena unless it is the last in usable_arenas,
   * bpo-37257), Case 2 (first free pool: to the head of usable_arenas), Case 3 (slide right past
   * arenas with fewer free pools, just after nfp2lasta[old nf]) or Case 4 (already in order).
   * Returns true when Case 1 released the arena.
   */
  insertToFreePool(pool: number): boolean {
    const ao = Math.floor(pool / MAX_POOLS_IN_ARENA);
    this.pools.nextPool[pool] = this.freePools[ao];
    this.freePools[ao] = pool;
    let nf = this.nFreePools[ao];
    const lastnf = this.nfp2lasta[nf];
    if (lastnf === ao) {
      const p = this.prevArena[ao];
      this.nfp2lasta[nf] = p !== NULL_LINK && this.nFreePools[p] === nf ? p : NULL_LINK;
    }
    this.nFreePools[ao] = ++nf;

    if (nf === this.nTotalPools[ao] && this.nextArena[ao] !== NULL_LINK) {
      // Case 1.
      this.unlinkUsable(ao);
      this.nextArena[ao] = this.unusedArenaObjects;
      this.unusedArenaObjects = ao;
      this.map.markUnused(this.address[ao]);
      this.space.munmap(this.address[ao], ARENA_SIZE);
      this.address[ao] = 0;
      this.narenasCurrentlyAllocated--;
      return true;
    }
    if (nf === 1) {
      // Case 2.
      this.nextArena[ao] = this.usableArenas;
      this.prevArena[ao] = NULL_LINK;
      if (this.usableArenas !== NULL_LINK) this.prevArena[this.usableArenas] = ao;
      this.usableArenas = ao;
      if (this.nfp2lasta[1] === NULL_LINK) this.nfp2lasta[1] = ao;
      return false;
    }
    if (this.nfp2lasta[nf] === NULL_LINK) this.nfp2lasta[nf] = ao;
    // Case 4.
    if (ao === lastnf) return false;
    // Case 3: move ao right, to just after lastnf.
    this.unlinkUsable(ao);
    this.prevArena[ao] = lastnf;
    this.nextArena[ao] = this.nextArena[lastnf];
    if (this.nextArena[ao] !== NULL_LINK) this.prevArena[this.nextArena[ao]] = ao;
    this.nextArena[lastnf] = ao;
    return false;
  }

  private unlinkUsable(ao: number): void {
    const prev = this.prevArena[ao];
    const next = this.nextArena[ao];
    if (prev === NULL_LINK) this.usableArenas = next;
    else this.nextArena[prev] = next;
    if (next !== NULL_LINK) this.prevArena[next] = prev;
  }

  private growVector(numarenas: number): void {
    this.address = grown(this.address, numarenas);
    this.poolAddress = grown(this.poolAddress, numarenas);
    this.firstPool = grown(this.firstPool, numarenas);
    this.nFreePools = grown(this.nFreePools, numarenas);
    this.nTotalPools = grown(this.nTotalPools, numarenas);
    this.freePools = grown(this.freePools, numarenas);
    this.nextArena = grown(this.nextArena, numarenas);
    this.prevArena = grown(this.prevArena, numarenas);
    this.pools.grow(numarenas);
  }
}

/**
 * What the allocator reports to an observer (the panel's arena view, per-line footprints). The
 * hook is a single optional listener field: with none set, the allocator pays one null test on
 * its slow paths (new pool, emptied pool) and nothing on the block fast paths.
 */

/** An arena was mmap'ed (`new_arena`) or munmap'ed (Case 1 of `insert_to_freepool`). */
export interface ArenaEvent {
  /** `arena/new` or `arena/free`. */
  kind: 'arena/new' | 'arena/free';
  /** Index in the `arenas` vector. */
  arenaIndex: number;
  /** The arena's base address. */
  address: number;
  /** Pools it holds (63, or 64 when 16 KiB-aligned). */
  totalPools: number;
}

/** A pool changed hands: carved from virgin arena space, reused from freepools, or emptied. */
export interface PoolEvent {
  /** `pool/carve`, `pool/reuse` (taken off the arena's freepools) or `pool/empty` (put on it). */
  kind: 'pool/carve' | 'pool/reuse' | 'pool/empty';
  /** Address of the pool header. */
  poolAddress: number;
  /** Arena index the pool belongs to. */
  arenaIndex: number;
  /** Size class it serves now (carve/reuse) or served (empty). */
  sizeClassIndex: number;
}

/** An observer of arena and pool changes; both methods are called synchronously. */
export interface ObmallocListener {
  /** An arena was allocated or released. */
  onDidChangeArena(event: ArenaEvent): void;
  /** A pool was carved, reused or emptied. */
  onDidChangePool(event: PoolEvent): void;
}

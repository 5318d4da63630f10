/**
 * pymalloc's tunables on a 64-bit build, one per line, as `pycore_obmalloc.h` (3.12, 3.13) and
 * `Objects/obmalloc.c` (3.11) define them. They are identical in 3.11, 3.12 and 3.13 (measured:
 * the `_debugmallocstats` layouts match), so they live here rather than in the version profile.
 *
 * Invariants the rest of the folder relies on:
 *   - POOL_SIZE and ARENA_SIZE are powers of two, ARENA_SIZE = 64 * POOL_SIZE;
 *   - a block never straddles a pool: NUMBLOCKS(i) * size(i) <= POOL_SIZE - POOL_OVERHEAD;
 *   - NUMBLOCKS(i) <= MAX_BLOCKS_PER_POOL (1021, class 0), so a block index fits an Int16.
 */

/** `ALIGNMENT`: size classes are 16 bytes apart (8 on 32-bit builds). */
export const ALIGNMENT = 16;
/** `ALIGNMENT_SHIFT`: log2(ALIGNMENT). */
export const ALIGNMENT_SHIFT = 4;
/** `SMALL_REQUEST_THRESHOLD`: larger requests (and 0-byte ones) go to the raw allocator. */
export const SMALL_REQUEST_THRESHOLD = 512;
/** `NB_SMALL_SIZE_CLASSES` = 512 / 16. */
export const NB_SMALL_SIZE_CLASSES = SMALL_REQUEST_THRESHOLD >> ALIGNMENT_SHIFT;
/** `POOL_BITS` (USE_LARGE_POOLS). */
export const POOL_BITS = 14;
/** `POOL_SIZE`: 16 KiB pools. */
export const POOL_SIZE = 1 << POOL_BITS;
/** `ARENA_BITS` (USE_LARGE_ARENAS). */
export const ARENA_BITS = 20;
/** `ARENA_SIZE`: 1 MiB arenas. */
export const ARENA_SIZE = 1 << ARENA_BITS;
/** `MAX_POOLS_IN_ARENA`: 64; an arena that is not 16 KiB-aligned holds one fewer. */
export const MAX_POOLS_IN_ARENA = ARENA_SIZE / POOL_SIZE;
/** `POOL_OVERHEAD` = `sizeof(struct pool_header)`: the first block sits at pool + 48. */
export const POOL_OVERHEAD = 48;
/** `INITIAL_ARENA_OBJECTS`: the `arenas` vector starts with 16 slots and doubles. */
export const INITIAL_ARENA_OBJECTS = 16;
/** `sizeof(struct arena_object)` on 64-bit: the `arenas` vector is PyMem_RawRealloc'ed in these. */
export const ARENA_OBJECT_SIZE = 48;
/** `DUMMY_SIZE_IDX`: the szidx of a freshly carved pool, so the "same class" test fails. */
export const DUMMY_SIZE_IDX = 0xffff;
/** `SYSTEM_PAGE_SIZE`: mmap granularity. */
export const SYSTEM_PAGE_SIZE = 4096;
/** `NUMBLOCKS(0)`: the most blocks a pool can hold. */
export const MAX_BLOCKS_PER_POOL = Math.floor((POOL_SIZE - POOL_OVERHEAD) / ALIGNMENT);
/** Stride of the per-pool block tables (a power of two >= MAX_BLOCKS_PER_POOL). */
export const BLOCK_TABLE_STRIDE = 1024;

// ---- the arena map (radix tree) for 64-bit pointers, IGNORE_BITS = 0 ----
/** `MAP_BOT_BITS`: 64 - 20 - 2 * 15. */
export const MAP_BOT_BITS = 14;
/** `MAP_MID_BITS` = `MAP_TOP_BITS` = (64 - 20 + 2) / 3. */
export const MAP_MID_BITS = 15;
/** `sizeof(arena_map_root)`: 2^15 pointers. */
export const ARENA_MAP_ROOT_BYTES = (1 << MAP_MID_BITS) * 8;
/** `sizeof(arena_map_mid_t)`: 2^15 pointers. */
export const ARENA_MAP_MID_BYTES = (1 << MAP_MID_BITS) * 8;
/** `sizeof(arena_map_bot_t)`: 2^14 `arena_coverage_t` of two int32. */
export const ARENA_MAP_BOT_BYTES = (1 << MAP_BOT_BITS) * 8;

/** The size class of an n-byte request, 1 <= n <= 512: `(n - 1) >> ALIGNMENT_SHIFT`. */
export function sizeClassIndex(nbytes: number): number {
  return (nbytes - 1) >> ALIGNMENT_SHIFT;
}

/** `INDEX2SIZE(szidx)`: the block size of a size class. */
export function blockSizeOf(sizeClass: number): number {
  return (sizeClass + 1) << ALIGNMENT_SHIFT;
}

/** `NUMBLOCKS(szidx)`: blocks per pool, `(POOL_SIZE - POOL_OVERHEAD) / size`. */
export function numBlocks(sizeClass: number): number {
  return Math.floor((POOL_SIZE - POOL_OVERHEAD) / blockSizeOf(sizeClass));
}

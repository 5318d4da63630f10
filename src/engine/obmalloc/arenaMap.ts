/**
 * The arena map: mirrors obmalloc.c's radix tree (`WITH_PYMALLOC_RADIX_TREE`, 64-bit,
 * IGNORE_BITS = 0) that answers `address_in_range(p)` for `_PyObject_Free`.
 *
 * Keys are "ideal" arena numbers `p >> ARENA_BITS`. An arena that starts at a non-ideal address
 * covers two ideal arenas: in the first, the part at or above `tail_hi` (its start offset); in the
 * next, the part below `tail_lo` (the same offset). `arena_map_mark_used` writes those two values
 * and `arena_map_is_used` tests `tail < lo || (tail >= hi && hi != 0)`. We store, per ideal arena,
 * which arena index owns each part, so the lookup also returns the arena (CPython reads it from the
 * pool header instead).
 *
 * The tree's interior nodes are counted exactly as CPython allocates them (a mid node per distinct
 * `p >> 49`, a bot node per distinct `p >> 34`, PyMem_RawCalloc'ed on first use and never freed),
 * because `_debugmallocstats` prints those counts and their bytes, and because the node
 * allocations are real raw (mmapped) allocations that move later arenas.
 */
import { ARENA_BITS, ARENA_MAP_BOT_BYTES, ARENA_MAP_MID_BYTES, ARENA_SIZE, MAP_BOT_BITS, MAP_MID_BITS } from './constants';
import type { RawAllocator } from './rawAllocator';

const MID_SHIFT_DIVISOR = 2 ** (ARENA_BITS + MAP_BOT_BITS); // 2^34: one bot node's reach
const TOP_SHIFT_DIVISOR = MID_SHIFT_DIVISOR * 2 ** MAP_MID_BITS; // 2^49: one mid node's reach

/** The radix tree of arena coverage, with node accounting. */
export class ArenaMap {
  /** `arena_map_mid_count`. */
  midCount = 0;
  /** `arena_map_bot_count`. */
  botCount = 0;
  /** ideal arena -> arena index * ARENA_SIZE + tail_hi (the arena starting in it). */
  private readonly hi = new Map<number, number>();
  /** ideal arena -> arena index * ARENA_SIZE + tail_lo (the arena ending in it). */
  private readonly lo = new Map<number, number>();
  private readonly mids = new Map<number, number>();
  private readonly bots = new Map<number, number>();

  constructor(private readonly raw: RawAllocator) {}

  /** `arena_map_mark_used(base, 1)`: false if a node could not be allocated. */
  markUsed(base: number, arenaIndex: number): boolean {
    if (!this.ensureNodes(base)) return false;
    const key = Math.floor(base / ARENA_SIZE);
    const tail = base - key * ARENA_SIZE;
    this.hi.set(key, arenaIndex * ARENA_SIZE + tail);
    if (tail !== 0) {
      if (!this.ensureNodes(base + ARENA_SIZE)) {
        this.hi.delete(key);
        return false;
      }
      this.lo.set(key + 1, arenaIndex * ARENA_SIZE + tail);
    }
    return true;
  }

  /** `arena_map_mark_used(base, 0)`: the nodes stay, as in CPython. */
  markUnused(base: number): void {
    const key = Math.floor(base / ARENA_SIZE);
    this.hi.delete(key);
    if (base !== key * ARENA_SIZE) this.lo.delete(key + 1);
  }

  /** `arena_map_is_used(p)`, returning the arena index that covers p, or -1. */
  arenaOf(p: number): number {
    const key = Math.floor(p / ARENA_SIZE);
    const tail = p - key * ARENA_SIZE;
    const lo = this.lo.get(key);
    if (lo !== undefined) {
      const idx = Math.floor(lo / ARENA_SIZE);
      if (tail < lo - idx * ARENA_SIZE) return idx;
    }
    const hi = this.hi.get(key);
    if (hi !== undefined) {
      const idx = Math.floor(hi / ARENA_SIZE);
      if (tail >= hi - idx * ARENA_SIZE) return idx;
    }
    return -1;
  }

  /** Bytes the tree's nodes take (`arena_map_root` is static, the rest PyMem_RawCalloc'ed). */
  get nodeBytes(): { mid: number; bot: number } {
    return { mid: this.midCount * ARENA_MAP_MID_BYTES, bot: this.botCount * ARENA_MAP_BOT_BYTES };
  }

  /** `arena_map_get(p, 1)`: allocate the mid and bot nodes on the way to p. */
  private ensureNodes(p: number): boolean {
    const top = Math.floor(p / TOP_SHIFT_DIVISOR);
    if (!this.mids.has(top)) {
      const node = this.raw.calloc(1, ARENA_MAP_MID_BYTES);
      if (node === 0) return false;
      this.mids.set(top, node);
      this.midCount++;
    }
    const mid = Math.floor(p / MID_SHIFT_DIVISOR);
    if (!this.bots.has(mid)) {
      const node = this.raw.calloc(1, ARENA_MAP_BOT_BYTES);
      if (node === 0) return false;
      this.bots.set(mid, node);
      this.botCount++;
    }
    return true;
  }
}

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

/** Int32 slots per ideal arena in a bot node: arena+1 and tail_hi, arena and tail_lo. */
const SLOTS = 4;
const BOT_LENGTH = 1 << MAP_BOT_BITS;

/** The radix tree of arena coverage, with node accounting. */
export class ArenaMap {
  /** `arena_map_mid_count`. */
  midCount = 0;
  /** `arena_map_bot_count`. */
  botCount = 0;
  /**
   * Bot nodes by `p >> 34` (the mid and top levels folded into one sparse array; the top index
   * is 0 for every address below 2^49). Per ideal arena: [owner of the part at/above tail_hi,
   * plus one (0 = none); tail_hi; owner of the part below tail_lo; tail_lo (0 = none)].
   */
  private readonly bots: (Int32Array | undefined)[] = [];
  private readonly mids = new Set<number>();

  constructor(private readonly raw: RawAllocator) {}

  /** `arena_map_mark_used(base, 1)`: false if a node could not be allocated. */
  markUsed(base: number, arenaIndex: number): boolean {
    const hiNode = this.ensureNode(base);
    if (hiNode === undefined) return false;
    const key = Math.floor(base / ARENA_SIZE);
    const tail = base - key * ARENA_SIZE;
    const j = (key % BOT_LENGTH) * SLOTS;
    hiNode[j] = arenaIndex + 1;
    hiNode[j + 1] = tail;
    if (tail !== 0) {
      const loNode = this.ensureNode(base + ARENA_SIZE);
      if (loNode === undefined) {
        hiNode[j] = 0;
        return false;
      }
      const k = ((key + 1) % BOT_LENGTH) * SLOTS;
      loNode[k + 2] = arenaIndex;
      loNode[k + 3] = tail;
    }
    return true;
  }

  /** `arena_map_mark_used(base, 0)`: the nodes stay, as in CPython. */
  markUnused(base: number): void {
    const key = Math.floor(base / ARENA_SIZE);
    const hiNode = this.bots[Math.floor(key / BOT_LENGTH)] as Int32Array;
    hiNode[(key % BOT_LENGTH) * SLOTS] = 0;
    if (base !== key * ARENA_SIZE) {
      const loNode = this.bots[Math.floor((key + 1) / BOT_LENGTH)] as Int32Array;
      loNode[((key + 1) % BOT_LENGTH) * SLOTS + 3] = 0;
    }
  }

  /** `arena_map_is_used(p)`, returning the arena index that covers p, or -1. */
  arenaOf(p: number): number {
    const key = Math.floor(p / ARENA_SIZE);
    const node = this.bots[Math.floor(key / BOT_LENGTH)];
    if (node === undefined) return -1;
    const j = (key % BOT_LENGTH) * SLOTS;
    const tail = p - key * ARENA_SIZE;
    if (tail < node[j + 3]) return node[j + 2];
    const hi = node[j];
    if (hi !== 0 && tail >= node[j + 1]) return hi - 1;
    return -1;
  }

  /** Bytes the tree's nodes take (`arena_map_root` is static, the rest PyMem_RawCalloc'ed). */
  get nodeBytes(): { mid: number; bot: number } {
    return { mid: this.midCount * ARENA_MAP_MID_BYTES, bot: this.botCount * ARENA_MAP_BOT_BYTES };
  }

  /** `arena_map_get(p, 1)`: the bot node for p, allocating mid and bot nodes on the way. */
  private ensureNode(p: number): Int32Array | undefined {
    const top = Math.floor(p / TOP_SHIFT_DIVISOR);
    if (!this.mids.has(top)) {
      if (this.raw.calloc(1, ARENA_MAP_MID_BYTES) === 0) return undefined;
      this.mids.add(top);
      this.midCount++;
    }
    const mid = Math.floor(p / MID_SHIFT_DIVISOR);
    let node = this.bots[mid];
    if (node === undefined) {
      if (this.raw.calloc(1, ARENA_MAP_BOT_BYTES) === 0) return undefined;
      node = new Int32Array(BOT_LENGTH * SLOTS);
      this.bots[mid] = node;
      this.botCount++;
    }
    return node;
  }
}

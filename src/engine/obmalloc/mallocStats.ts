/**
 * `sys._debugmallocstats()`: mirrors `_PyObject_DebugMallocStats` and `printone` in
 * Objects/obmalloc.c, byte for byte, and checks its own totals as CPython asserts them.
 *
 * Like CPython it marches over every allocated arena and every carved pool (full pools are in no
 * list), skipping empty pools, so the numbers are derived from the pool headers, not from the
 * allocator's running counters; checkMallocStats then compares the two.
 */
import {
  ARENA_MAP_ROOT_BYTES, ARENA_SIZE, MAX_POOLS_IN_ARENA, NB_SMALL_SIZE_CLASSES, POOL_OVERHEAD, POOL_SIZE,
  SMALL_REQUEST_THRESHOLD, blockSizeOf, numBlocks,
} from './constants';
import type { Obmalloc } from './obmalloc';

/** One row of the class table. */
export interface SizeClassStats {
  /** Size class index. */
  sizeClassIndex: number;
  /** Block size. */
  size: number;
  /** Used and full pools of the class. */
  pools: number;
  /** Blocks in use. */
  blocksInUse: number;
  /** Free blocks in those pools (`NUMBLOCKS * pools - in use`). */
  availableBlocks: number;
}

/** Everything `_PyObject_DebugMallocStats` computes. */
export interface MallocStats {
  /** Rows for the classes that have pools, ascending. */
  classes: SizeClassStats[];
  /** `ntimes_arena_allocated`. */
  arenasAllocatedTotal: number;
  /** `narenas_highwater`. */
  arenasHighwater: number;
  /** Arenas found allocated by the march. */
  arenasCurrent: number;
  /** Σ in use × size. */
  allocatedBytes: number;
  /** Σ available × size. */
  availableBytes: number;
  /** Σ nfreepools (empty pools plus pools never carved). */
  unusedPools: number;
  /** used+full pools × 48. */
  poolHeaderBytes: number;
  /** Σ pools × ((POOL_SIZE - 48) mod size). */
  quantizationBytes: number;
  /** 16 KiB per arena that is not 16 KiB-aligned. */
  arenaAlignmentBytes: number;
  /** `arena_map_mid_count`. */
  arenaMapMidNodes: number;
  /** `arena_map_bot_count`. */
  arenaMapBotNodes: number;
  /** Bytes of the map's mid nodes. */
  arenaMapMidBytes: number;
  /** Bytes of the map's bot nodes. */
  arenaMapBotBytes: number;
}

/** Walk the arenas like `_PyObject_DebugMallocStats` and gather its numbers. */
export function collectMallocStats(ob: Obmalloc): MallocStats {
  const A = ob.arenas;
  const P = ob.pools;
  const numpools = new Array<number>(NB_SMALL_SIZE_CLASSES).fill(0);
  const numblocks = new Array<number>(NB_SMALL_SIZE_CLASSES).fill(0);
  const numfree = new Array<number>(NB_SMALL_SIZE_CLASSES).fill(0);
  let narenas = 0;
  let unusedPools = 0;
  let arenaAlignmentBytes = 0;
  for (let i = 0; i < A.maxArenas; i++) {
    if (A.address[i] === 0) continue;
    narenas++;
    unusedPools += A.nFreePools[i];
    if (A.address[i] % POOL_SIZE !== 0) arenaAlignmentBytes += POOL_SIZE;
    const carved = (A.poolAddress[i] - A.firstPool[i]) / POOL_SIZE;
    for (let k = 0; k < carved; k++) {
      const pool = i * MAX_POOLS_IN_ARENA + k;
      if (P.count[pool] === 0) continue;
      const sz = P.sizeClass[pool];
      numpools[sz]++;
      numblocks[sz] += P.count[pool];
      numfree[sz] += numBlocks(sz) - P.count[pool];
    }
  }
  const classes: SizeClassStats[] = [];
  let allocatedBytes = 0;
  let availableBytes = 0;
  let poolHeaderBytes = 0;
  let quantizationBytes = 0;
  for (let i = 0; i < NB_SMALL_SIZE_CLASSES; i++) {
    if (numpools[i] === 0) continue;
    const size = blockSizeOf(i);
    classes.push({ sizeClassIndex: i, size, pools: numpools[i], blocksInUse: numblocks[i], availableBlocks: numfree[i] });
    allocatedBytes += numblocks[i] * size;
    availableBytes += numfree[i] * size;
    poolHeaderBytes += numpools[i] * POOL_OVERHEAD;
    quantizationBytes += numpools[i] * ((POOL_SIZE - POOL_OVERHEAD) % size);
  }
  const nodes = ob.arenaMap.nodeBytes;
  return {
    classes,
    arenasAllocatedTotal: A.ntimesArenaAllocated,
    arenasHighwater: A.narenasHighwater,
    arenasCurrent: narenas,
    allocatedBytes,
    availableBytes,
    unusedPools,
    poolHeaderBytes,
    quantizationBytes,
    arenaAlignmentBytes,
    arenaMapMidNodes: ob.arenaMap.midCount,
    arenaMapBotNodes: ob.arenaMap.botCount,
    arenaMapMidBytes: nodes.mid,
    arenaMapBotBytes: nodes.bot,
  };
}

/** `printone(msg, value)`: the message padded to 35 columns, '=', the value with commas in 21. */
export function printOne(msg: string, value: number): string {
  const digits = value.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${msg.padEnd(35)}=${digits.padStart(21)}\n`;
}

/** `_PyDebugAllocatorStats`: a free-list line ("%d %ss * %zd bytes each" right-aligned in 48). */
export function printAllocatorStats(blockName: string, numBlocks: number, sizeofBlock: number): string {
  return printOne(`${`${numBlocks} ${blockName}s * ${sizeofBlock} bytes each`.padStart(48)} `, numBlocks * sizeofBlock);
}

/**
 * The text `sys._debugmallocstats()` writes to stderr. `extraLines` are appended as given: the
 * free-list lines of the object layer (build them with printAllocatorStats), each ending in '\n'.
 */
export function renderDebugMallocStats(ob: Obmalloc, extraLines: readonly string[] = []): string {
  const s = collectMallocStats(ob);
  let out = `Small block threshold = ${SMALL_REQUEST_THRESHOLD}, in ${NB_SMALL_SIZE_CLASSES} size classes.\n\n`;
  out += 'class   size   num pools   blocks in use  avail blocks\n';
  out += '-----   ----   ---------   -------------  ------------\n';
  for (const c of s.classes) {
    out += `${pad(c.sizeClassIndex, 5)} ${pad(c.size, 6)} ${pad(c.pools, 11)} ${pad(c.blocksInUse, 15)} ${pad(c.availableBlocks, 13)}\n`;
  }
  out += '\n';
  out += printOne('# arenas allocated total', s.arenasAllocatedTotal);
  out += printOne('# arenas reclaimed', s.arenasAllocatedTotal - s.arenasCurrent);
  out += printOne('# arenas highwater mark', s.arenasHighwater);
  out += printOne('# arenas allocated current', s.arenasCurrent);
  out += printOne(`${s.arenasCurrent} arenas * ${ARENA_SIZE} bytes/arena`, s.arenasCurrent * ARENA_SIZE);
  out += '\n';
  out += printOne('# bytes in allocated blocks', s.allocatedBytes);
  out += printOne('# bytes in available blocks', s.availableBytes);
  out += printOne(`${s.unusedPools} unused pools * ${POOL_SIZE} bytes`, s.unusedPools * POOL_SIZE);
  out += printOne('# bytes lost to pool headers', s.poolHeaderBytes);
  out += printOne('# bytes lost to quantization', s.quantizationBytes);
  out += printOne('# bytes lost to arena alignment', s.arenaAlignmentBytes);
  out += printOne('Total', sixTermTotal(s));
  out += '\narena map counts\n';
  out += printOne('# arena map mid nodes', s.arenaMapMidNodes);
  out += printOne('# arena map bot nodes', s.arenaMapBotNodes);
  out += '\n';
  out += printOne('# bytes lost to arena map root', ARENA_MAP_ROOT_BYTES);
  out += printOne('# bytes lost to arena map mid', s.arenaMapMidBytes);
  out += printOne('# bytes lost to arena map bot', s.arenaMapBotBytes);
  out += printOne('Total', ARENA_MAP_ROOT_BYTES + s.arenaMapMidBytes + s.arenaMapBotBytes);
  for (const line of extraLines) out += line;
  return out;
}

/**
 * The stats self-check (CPython's `assert(narenas * ARENA_SIZE == total)` and more): the six
 * terms add up to arenas × 1 MiB, the march finds as many arenas as are counted, and the blocks
 * and bytes in use match the allocator's running counters. Throws an Error naming the mismatch.
 */
export function checkMallocStats(ob: Obmalloc): MallocStats {
  const s = collectMallocStats(ob);
  const problems: string[] = [];
  const total = sixTermTotal(s);
  if (total !== s.arenasCurrent * ARENA_SIZE) problems.push(`six terms total ${total} != ${s.arenasCurrent} arenas * ${ARENA_SIZE}`);
  if (s.arenasCurrent !== ob.arenas.narenasCurrentlyAllocated) {
    problems.push(`march found ${s.arenasCurrent} arenas, narenas_currently_allocated = ${ob.arenas.narenasCurrentlyAllocated}`);
  }
  const inUse = s.classes.reduce((n, c) => n + c.blocksInUse, 0);
  if (inUse !== ob.pymallocBlocks) problems.push(`blocks in use ${inUse} != counter ${ob.pymallocBlocks}`);
  for (const c of s.classes) {
    if (c.blocksInUse + c.availableBlocks !== c.pools * numBlocks(c.sizeClassIndex)) {
      problems.push(`class ${c.sizeClassIndex}: in use + avail != pools * NUMBLOCKS`);
    }
  }
  if (s.arenasHighwater < s.arenasCurrent || s.arenasAllocatedTotal < s.arenasHighwater) {
    problems.push(`arena counters out of order: total ${s.arenasAllocatedTotal}, highwater ${s.arenasHighwater}, current ${s.arenasCurrent}`);
  }
  if (problems.length > 0) throw new Error(`_debugmallocstats self-check failed:\n  ${problems.join('\n  ')}`);
  return s;
}

function sixTermTotal(s: MallocStats): number {
  return s.allocatedBytes + s.availableBytes + s.unusedPools * POOL_SIZE + s.poolHeaderBytes
    + s.quantizationBytes + s.arenaAlignmentBytes;
}

function pad(n: number, width: number): string {
  return n.toString().padStart(width);
}

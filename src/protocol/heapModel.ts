/**
 * The neutral drawing model of a simulated heap: what the panel, the side view, hovers and the
 * CLI's JSON report draw from. It names CPython's structures (arenas, pools, blocks, free lists,
 * generations) but carries no Python semantics: the webview only lays these out.
 *
 * Addresses are numbers (simulated 64-bit addresses stay below 2^53). Lines are 1-based.
 */

/** Which CPython the simulation models. */
export type CPythonVersion = '3.11' | '3.12' | '3.13';

/** Every supported version, oldest first. */
export const cpythonVersions: readonly CPythonVersion[] = ['3.11', '3.12', '3.13'];

/** The default model version. */
export const defaultCPythonVersion: CPythonVersion = '3.13';

/** One 16 KiB pool as drawn: its size class and how many of its blocks are in use. */
export interface PoolView {
  /** Address of the pool header. */
  address: number;
  /** Size class index (szidx); block size is `(szidx + 1) * 16`. */
  sizeClassIndex: number;
  /** Block size in bytes. */
  blockSize: number;
  /** Blocks allocated (`ref.count`). */
  used: number;
  /** Blocks the pool holds in all (`NUMBLOCKS(szidx)`). */
  capacity: number;
  /** `used | full | empty`, as obmalloc.c names the states. */
  state: 'used' | 'full' | 'empty';
}

/** One 1 MiB arena as drawn. */
export interface ArenaView {
  /** Index in the `arenas` vector. */
  index: number;
  /** Address returned by the (simulated) mmap. */
  address: number;
  /** Pools carved so far, in address order. */
  pools: PoolView[];
  /** Pools the arena can hold (63, or 64 when 16 KiB-aligned). */
  totalPools: number;
  /** Free pools (`nfreepools`). */
  freePools: number;
}

/** A live object as drawn. */
export interface ObjectView {
  /** `id(obj)`. */
  id: number;
  /** `type(obj).__name__`. */
  typeName: string;
  /** `sys.getsizeof(obj)`. */
  size: number;
  /** `ob_refcnt` (immortal objects show the immortal value of the profile). */
  refcount: number;
  /** A short `repr` for labels, truncated by the engine. */
  label: string;
  /** Which allocator served it: a pymalloc size class, the raw allocator, or static storage. */
  allocator: 'pymalloc' | 'raw' | 'static';
  /** GC generation (0..2), 'permanent' after gc.freeze(), or null when untracked. */
  generation: 0 | 1 | 2 | 'permanent' | null;
  /** Source line that allocated it (1-based), when known: a line of `file` when that is set. */
  line: number | null;
  /** The module that allocated it, when not the script (a module it imported from beside it). */
  file?: string;
  /** ids of the objects it references. */
  references: number[];
}

/** A name bound to an object, in the module's globals or the paused frame's locals. */
export interface VariableView {
  name: string;
  /** `id()` of the object it is bound to. */
  id: number;
  /** `global` (module namespace) or `local` (the innermost function frame). */
  scope: 'global' | 'local';
}

/** A type-specific free list as drawn. */
export interface FreeListView {
  /** e.g. `float`, `tuple[3]`, `list`, `dict`, `dict keys`. */
  name: string;
  /** Entries parked now. */
  size: number;
  /** Most entries it keeps. */
  capacity: number;
}

/** One GC generation as drawn. */
export interface GenerationView {
  /** 0, 1 or 2. */
  generation: number;
  /** `gc.get_count()[generation]`. */
  count: number;
  /** `gc.get_threshold()[generation]`. */
  threshold: number;
  /** Tracked objects in the generation now. */
  objects: number;
}

/** One point of the memory timeline (one per line step). */
export interface TimelinePoint {
  /** Step number (0-based). */
  step: number;
  /** Line executed at that step. */
  line: number;
  /** Bytes requested from pymalloc and still allocated. */
  pymallocBytes: number;
  /** Bytes requested from the raw allocator and still allocated. */
  rawBytes: number;
  /** Live objects. */
  objects: number;
}

/** Totals of the heap at a moment. */
export interface HeapSummary {
  version: CPythonVersion;
  arenasAllocated: number;
  arenasHighWater: number;
  poolsInUse: number;
  pymallocBlocks: number;
  pymallocBytes: number;
  rawBlocks: number;
  rawBytes: number;
  liveObjects: number;
}

/** Everything the panel draws at one moment: a snapshot, never a delta. */
export interface HeapView {
  summary: HeapSummary;
  arenas: ArenaView[];
  objects: ObjectView[];
  /** Names bound now; each names an object in `objects`. */
  variables: VariableView[];
  freeLists: FreeListView[];
  generations: GenerationView[];
  timeline: TimelinePoint[];
}

/** Allocation footprint of one source line, as code lenses and the JSON report show it. */
export interface LineFootprint {
  /** 1-based source line. */
  line: number;
  /** The file, when the line is not the script's own (a module it imported from beside it). */
  file?: string;
  /** Allocations made while the line ran (tracemalloc-style requests). */
  allocations: number;
  /** Bytes requested by those allocations, GC header included. */
  allocatedBytes: number;
  /** Blocks freed while the line ran. */
  frees: number;
  /** Bytes freed while the line ran. */
  freedBytes: number;
  /** Bytes allocated by this line and still alive at the current point. */
  retainedBytes: number;
  /** Blocks allocated by this line and still alive at the current point. */
  retainedBlocks: number;
}

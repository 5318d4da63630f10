/**
 * A pause finer than a line: at one allocation, or after one phase of a cyclic collection. Its
 * position is (line step, event index): the run was paused before line step + 1 at `step`, and
 * the pause is the `event`-th pausable event (allocations and GC phases, counted together, from 1)
 * while that line ran. Event 0 is the line boundary itself.
 */

/** What the user steps by. */
export type PauseKind = 'alloc' | 'gc';

/** Where a run stands, at a line boundary (`event` 0) or inside the line after it. */
export interface RunPosition {
  /** Line steps taken before the line that holds the event. */
  step: number;
  /** 1-based index among the pausable events of that line; 0 for the boundary. */
  event: number;
}

/**
 * The phases of `gc_collect_main` a run pauses after (Modules/gcmodule.c in 3.11/3.12,
 * Python/gc.c in 3.13; the same sequence in all three).
 */
export type GcPhaseName =
  | 'update_refs' | 'subtract_refs' | 'move_unreachable' | 'handle_weakrefs'
  | 'finalize_garbage' | 'handle_resurrected_objects' | 'delete_garbage';

/** One block handed out (or resized). */
export interface PausedAllocation {
  kind: 'alloc';
  /** The object the block holds (its `id()`), or null for a buffer (list items, dict keys). */
  objectId: number | null;
  /** `tp_name` of the object, or what the buffer is for. */
  what: string;
  /** Requested bytes (tracemalloc's size). */
  size: number;
  /** For a realloc, the block's size before. */
  oldSize: number | null;
  /** Who served it. */
  allocator: 'pymalloc' | 'raw' | 'freelist';
  /** For pymalloc: the size class, its block size, the pool and the arena. */
  sizeClassIndex: number | null;
  blockSize: number | null;
  poolAddress: number | null;
  arenaIndex: number | null;
  address: number;
  line: number;
  /** The file of `line` when it is not the script's (a module the script imported). */
  file?: string;
}

/** The state after one phase of a collection. */
export interface PausedGcPhase {
  kind: 'gc';
  generation: number;
  phase: GcPhaseName;
  /** The objects the phase is about (the unreachable, the finalized...), at most a few hundred. */
  objectIds: number[];
  /** How many objects that is (objectIds may be cut short). */
  count: number;
  line: number;
  /** The file of `line` when it is not the script's (a module the script imported). */
  file?: string;
}

/** A run paused at an event. */
export interface PausedEvent {
  position: RunPosition;
  /** The event index of the previous pause of the same kind in the same line (0: none). */
  previousOfKind: number;
  detail: PausedAllocation | PausedGcPhase;
  /** One sentence for the status line ("allocating float (24 B) from the float free list at line 7"). */
  description: string;
}

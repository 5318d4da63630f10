/**
 * The one sentence the status line shows for a pause at an allocation or a GC phase, e.g.
 * "allocating float (24 B) from the float free list at line 7" or
 * "GC gen 0: move_unreachable — 3 objects unreachable (line 12)".
 */
import { formatPlace } from '../../protocol/fileLines';
import type { GcPhaseName, PausedAllocation, PausedGcPhase } from '../../protocol/pausedEvent';

const address = (n: number): string => `0x${n.toString(16)}`;
const objects = (n: number): string => `${n} object${n === 1 ? '' : 's'}`;

/** What a phase did, in the words of gc_collect_main's comments. */
const phaseResult: Record<GcPhaseName, (n: number, generation: number) => string> = {
  update_refs: (n) => `gc_refs = refcount for the ${objects(n)} being collected`,
  subtract_refs: (n, g) => `${objects(n)} still referenced from outside generation ${g}`,
  move_unreachable: (n) => `${objects(n)} unreachable`,
  handle_weakrefs: (n) => `weakrefs to ${n} unreachable object${n === 1 ? '' : 's'} cleared, callbacks of live weakrefs run`,
  finalize_garbage: (n) => `${n} __del__ method${n === 1 ? '' : 's'} ran`,
  handle_resurrected_objects: (n) => `${objects(n)} still unreachable after the finalizers`,
  delete_garbage: (n) => `${objects(n)} cleared and freed`,
};

/** The sentence for `detail`. */
export function describePause(detail: PausedAllocation | PausedGcPhase): string {
  if (detail.kind === 'gc') {
    return `GC gen ${detail.generation}: ${detail.phase} — ${phaseResult[detail.phase](detail.count, detail.generation)} (line ${formatPlace(detail.line, detail.file)})`;
  }
  const verb = detail.oldSize === null ? `allocating ${detail.what} (${detail.size} B)` : `resizing ${detail.what} ${detail.oldSize} → ${detail.size} B`;
  return `${verb} ${source(detail)} at line ${formatPlace(detail.line, detail.file)}`;
}

function source(a: PausedAllocation): string {
  if (a.allocator === 'freelist') return `from the ${a.what} free list`;
  if (a.allocator === 'raw') return 'from raw malloc';
  return `from pymalloc: size class ${a.sizeClassIndex} (${a.blockSize} B blocks), pool ${address(a.poolAddress ?? 0)}, arena ${a.arenaIndex}`;
}

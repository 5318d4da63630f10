/**
 * What the collector reports after each phase of `gc_collect_main`, for stepping through a
 * collection: the phase, the generation being collected and the objects the phase is about.
 *
 *   update_refs                 every object of the young list (gc_refs = refcount)
 *   subtract_refs               those still referenced from outside the generation (gc_refs > 0)
 *   move_unreachable            the tentatively unreachable
 *   handle_weakrefs             the unreachable, their weakrefs cleared
 *   finalize_garbage            those whose `__del__` ran
 *   handle_resurrected_objects  the still unreachable after the finalizers
 *   delete_garbage              the garbage just cleared (tp_clear) and freed
 */
import type { GcPhaseName } from '../../protocol/pausedEvent';
import type { PyGCObject } from '../objects/object';

/** One phase done. */
export interface GcPhaseEvent {
  phase: GcPhaseName;
  generation: number;
  objects: PyGCObject[];
}

/** Receives phases; set on the collector only when someone listens. */
export type GcPhaseListener = (event: GcPhaseEvent) => void;

/**
 * Where a run paused inside a line: the allocation or GC phase, as the one sentence the engine
 * wrote for it, and which objects and pool the heap views highlight for it.
 */
import type { PanelState } from '../../src/protocol/panelProtocol';
import { h, icon } from '../dom';

/** The line under the status saying what the run is paused at, if it is paused at an event. */
export function renderPause(state: PanelState): HTMLElement | null {
  const pause = state.pause;
  if (!pause) return null;
  const kind = pause.detail.kind === 'alloc' ? 'debug-step-into' : 'symbol-event';
  return h('div', { class: `pause pause-${pause.detail.kind}`, 'data-testid': 'pause', role: 'status' },
    icon(kind), ` ${pause.description}`, h('small', {}, ` · event ${pause.position.event} of line step ${pause.position.step + 1}`));
}

/** The objects to highlight: the object just allocated, or those the GC phase is about. */
export function pausedObjects(state: PanelState): ReadonlySet<number> {
  const detail = state.pause?.detail;
  if (!detail) return new Set();
  if (detail.kind === 'gc') return new Set(detail.objectIds);
  return new Set(detail.objectId === null ? [] : [detail.objectId]);
}

/** The pool the paused allocation came from, if pymalloc served it. */
export function pausedPool(state: PanelState): number | null {
  const detail = state.pause?.detail;
  return detail?.kind === 'alloc' ? detail.poolAddress : null;
}

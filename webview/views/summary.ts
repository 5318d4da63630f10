/** The heap's totals as a row of figures. */
import type { HeapSummary } from '../../src/protocol/heapModel';
import { bytes, h } from '../dom';

/** The figures for `summary`. */
export function renderSummary(summary: HeapSummary): HTMLElement {
  const figure = (label: string, value: string, testid: string) =>
    h('div', { class: 'figure', 'data-testid': testid }, h('div', { class: 'figure-value' }, value), h('div', { class: 'figure-label' }, label));
  return h('div', { class: 'figures' },
    figure('live objects', summary.liveObjects.toLocaleString('en-US'), 'fig-objects'),
    figure(`pymalloc · ${summary.pymallocBlocks.toLocaleString('en-US')} blocks`, bytes(summary.pymallocBytes), 'fig-pymalloc'),
    figure(`raw malloc · ${summary.rawBlocks.toLocaleString('en-US')} blocks`, bytes(summary.rawBytes), 'fig-raw'),
    figure(`arenas (high-water ${summary.arenasHighWater})`, String(summary.arenasAllocated), 'fig-arenas'),
    figure('pools in use', String(summary.poolsInUse), 'fig-pools'),
  );
}

/** The GC generations: count against threshold, and tracked objects in each. */
import type { GenerationView } from '../../src/protocol/heapModel';
import { h } from '../dom';

/** One row per generation. */
export function renderGenerations(generations: GenerationView[]): HTMLElement {
  if (generations.length === 0) return h('p', { class: 'empty' }, 'No GC state yet.');
  return h('div', { class: 'bars', 'data-testid': 'generations' }, ...generations.map((g) => {
    const bar = h('div', { class: 'bar-fill' });
    bar.style.width = `${g.threshold === 0 ? 0 : Math.min(100, (100 * g.count) / g.threshold)}%`;
    return h('div', { class: 'bar-row' }, h('span', { class: 'bar-name' }, `generation ${g.generation}`), h('div', { class: 'bar' }, bar),
      h('span', { class: 'bar-value' }, `count ${g.count} / ${g.threshold} · ${g.objects} tracked`));
  }));
}

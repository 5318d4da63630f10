/** The type-specific free lists: how many entries each holds of its capacity. */
import type { FreeListView } from '../../src/protocol/heapModel';
import { h } from '../dom';

/** One bar per free list. */
export function renderFreeLists(freeLists: FreeListView[]): HTMLElement {
  if (freeLists.length === 0) return h('p', { class: 'empty' }, 'No free lists in this model yet.');
  return h('div', { class: 'bars', 'data-testid': 'free-lists' }, ...freeLists.map((f) => {
    const bar = h('div', { class: 'bar-fill' });
    bar.style.width = `${f.capacity === 0 ? 0 : Math.min(100, (100 * f.size) / f.capacity)}%`;
    return h('div', { class: 'bar-row' }, h('span', { class: 'bar-name' }, f.name), h('div', { class: 'bar' }, bar),
      h('span', { class: 'bar-value' }, `${f.size} / ${f.capacity}`));
  }));
}

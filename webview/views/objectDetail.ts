/**
 * The selected object: its facts, what it references and what references it (among the objects
 * the snapshot lists), each a link that selects that object — a walk through the heap's graph.
 */
import { formatPlace } from '../../src/protocol/fileLines';
import type { ObjectView } from '../../src/protocol/heapModel';
import { h, hex } from '../dom';

function objectLink(o: ObjectView, onSelect: (id: number) => void): HTMLElement {
  const a = h('a', { href: '#', class: 'object-link', 'data-id': o.id }, `${o.typeName} ${o.label}`);
  a.addEventListener('click', (e) => { e.preventDefault(); onSelect(o.id); });
  return a;
}

/** The detail pane for `selected`, or nothing when no listed object is selected. */
export function renderObjectDetail(objects: ObjectView[], selected: number | null, onSelect: (id: number) => void): HTMLElement | null {
  const o = objects.find((x) => x.id === selected);
  if (!o) return null;
  const byId = new Map(objects.map((x) => [x.id, x]));
  const referents = o.references.map((id) => byId.get(id)).filter((x): x is ObjectView => x !== undefined);
  const referrers = objects.filter((x) => x.references.includes(o.id));
  const list = (items: ObjectView[], empty: string) => items.length === 0
    ? h('span', { class: 'empty' }, empty)
    : h('ul', { class: 'links' }, ...items.slice(0, 50).map((x) => h('li', {}, objectLink(x, onSelect))));
  return h('section', { class: 'object-detail', 'data-testid': 'object-detail' },
    h('h2', {}, `${o.typeName} ${o.label}`),
    h('p', { class: 'facts' },
      `id ${hex(o.id)} · getsizeof ${o.size} B · refcount ${o.refcount} · ${o.allocator} · `,
      o.generation === null ? 'not tracked by the GC' : `GC generation ${o.generation}`,
      o.line === null ? ' · from before the first line' : o.file === undefined ? ` · allocated by line ${o.line}` : ` · allocated by ${formatPlace(o.line, o.file)}`),
    h('div', { class: 'edges' },
      h('div', {}, h('h3', {}, `references (${o.references.length})`), list(referents, 'nothing it references is listed')),
      h('div', {}, h('h3', {}, `referenced by (${referrers.length} listed)`), list(referrers, 'no listed object references it (names and frames do not show here)'))));
}

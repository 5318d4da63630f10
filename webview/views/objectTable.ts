/** The live objects: id, type, getsizeof, refcount, allocator, GC generation, line, references. */
import type { ObjectView } from '../../src/protocol/heapModel';
import { formatPlace } from '../../src/protocol/fileLines';
import { h, hex } from '../dom';
import { renderObjectDetail } from './objectDetail';

/** Most rows drawn at once; the rest are counted. */
const maxRows = 500;

/**
 * The table; `onLine` reveals the allocating line in the editor. Objects from before the script's
 * first line (constants, module state) are listed only when `showStartup` is set. `highlighted`
 * objects (the one just allocated, those a GC phase is about) are marked and listed first.
 */
export function renderObjectTable(all: ObjectView[], selected: number | null, onLine: (line: number, file?: string) => void,
  showStartup: boolean, onToggleStartup: (show: boolean) => void, onSelect: (id: number) => void,
  highlighted: ReadonlySet<number> = new Set()): HTMLElement {
  const startup = all.filter((o) => o.line === null).length;
  const shown = showStartup ? all : all.filter((o) => o.line !== null || highlighted.has(o.id));
  const objects = highlighted.size === 0 ? shown : [...shown.filter((o) => highlighted.has(o.id)), ...shown.filter((o) => !highlighted.has(o.id))];
  const toggle = h('label', { class: 'toggle' }, h('input', { type: 'checkbox', 'data-testid': 'show-startup', checked: showStartup }),
    ` also show ${startup.toLocaleString('en-US')} objects from before the first line (constants, modules)`);
  toggle.querySelector('input')?.addEventListener('change', (e) => onToggleStartup((e.target as HTMLInputElement).checked));
  if (objects.length === 0) return h('div', {}, toggle, h('p', { class: 'empty' }, 'No live objects allocated by the script.'));
  const body = h('tbody');
  for (const o of objects.slice(0, maxRows)) {
    const line = o.line === null ? h('td', {}, '—') : h('td', {}, h('a', { href: '#', class: 'line-link' }, formatPlace(o.line, o.file)));
    if (o.line !== null) {
      const l = o.line;
      line.querySelector('a')?.addEventListener('click', (e) => { e.preventDefault(); onLine(l, o.file); });
    }
    const classes = [o.id === selected ? 'selected' : '', highlighted.has(o.id) ? 'paused-object' : ''].filter(Boolean).join(' ');
    const row = h('tr', { class: classes || null, 'data-id': o.id, id: `obj-${o.id}` },
      h('td', { class: 'mono' }, hex(o.id)),
      h('td', {}, o.typeName),
      h('td', { class: 'label mono' }, o.label),
      h('td', { class: 'num' }, String(o.size)),
      h('td', { class: 'num' }, String(o.refcount)),
      h('td', {}, o.allocator),
      h('td', {}, o.generation === null ? 'untracked' : String(o.generation)),
      line,
      h('td', { class: 'num' }, String(o.references.length)),
    );
    row.addEventListener('click', (e) => {
      if ((e.target as HTMLElement).closest('a')) return;
      onSelect(o.id);
    });
    body.append(row);
  }
  const head = h('thead', {}, h('tr', {}, ...['id', 'type', 'value', 'getsizeof', 'refcount', 'allocator', 'gen', 'line', 'refs']
    .map((t) => h('th', {}, t))));
  const more = objects.length > maxRows ? h('p', { class: 'more' }, `… and ${(objects.length - maxRows).toLocaleString('en-US')} more`) : null;
  return h('div', { 'data-testid': 'object-table' }, renderObjectDetail(all, selected, onSelect), toggle, h('div', { class: 'scroll-x' }, h('table', { class: 'grid' }, head, body)), more);
}

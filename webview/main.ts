/**
 * The inspector webview. It says `panel/ready`, receives the whole state, and from then on renders
 * as a pure function of the last state it received. UI-only state (the open tab, the selected
 * object) lives in the webview's `setState`, so it survives the panel being hidden or reloaded.
 */
import '@vscode-elements/elements/dist/vscode-button/index.js';
import '@vscode-elements/elements/dist/vscode-tabs/index.js';
import '@vscode-elements/elements/dist/vscode-tab-header/index.js';
import '@vscode-elements/elements/dist/vscode-tab-panel/index.js';
import type { CommandMessage, HostNotification, PanelState, PanelTab } from '../src/protocol/panelProtocol';
import { HostChannel } from './channel';
import { h } from './dom';
import { renderArenaMap } from './views/arenaMap';
import { renderComparison } from './views/comparison';
import { renderFreeLists } from './views/freeLists';
import { renderGenerations } from './views/generations';
import { renderObjectTable } from './views/objectTable';
import { renderOutput } from './views/output';
import { renderSummary } from './views/summary';
import { renderTimeline } from './views/timeline';
import { renderNotice, renderStatus, renderToolbar } from './views/toolbar';
import { pausedObjects, pausedPool, renderPause } from './views/pause';

/** What the webview remembers for itself. */
interface UiState {
  tab: number;
  selected: number | null;
  /** List objects allocated before the script's first line too. */
  showStartup?: boolean;
}

const tabNames = ['Heap', 'Objects', 'Free lists & GC', 'Timeline', 'Output', 'Real CPython'] as const;
const tabIds: PanelTab[] = ['heap', 'objects', 'freeLists', 'timeline', 'output', 'comparison'];

let last: PanelState | null = null;
let ui: UiState = { tab: 0, selected: null };

const channel = new HostChannel(onNotification);
const saved = channel.api.getState() as UiState | undefined;
if (saved && typeof saved.tab === 'number') ui = saved;

const root = document.getElementById('root') as HTMLElement;
const header = h('header', { class: 'header' });
const panels = tabNames.map((_, i) => h('vscode-tab-panel', { 'data-testid': `panel-${i}` }));
const tabs = h('vscode-tabs', { 'selected-index': ui.tab, 'data-testid': 'tabs' },
  ...tabNames.map((name, i) => h('vscode-tab-header', { slot: 'header', 'data-testid': `tab-${i}` }, name)), ...panels);
tabs.addEventListener('vsc-tabs-select', (e) => {
  ui = { ...ui, tab: (e as CustomEvent<{ selectedIndex: number }>).detail.selectedIndex };
  channel.api.setState(ui);
});
root.append(h('h1', { class: 'title' }, 'Python Heap Inspector'), header, tabs);

function onNotification(note: HostNotification): void {
  switch (note.type) {
    case 'host/state':
      render(note.state);
      return;
    case 'host/selectTab': {
      const tab = tabIds.indexOf(note.tab);
      ui = { ...ui, tab };
      channel.api.setState(ui);
      tabs.setAttribute('selected-index', String(tab));
      return;
    }
    case 'host/selectObject':
      ui = { ...ui, tab: 1, selected: note.id };
      channel.api.setState(ui);
      tabs.setAttribute('selected-index', '1');
      if (last) render(last);
      document.getElementById(`obj-${note.id}`)?.scrollIntoView({ block: 'center' });
      return;
  }
}

function run(command: CommandMessage['command']): void {
  void channel.request({ type: 'panel/command', command }).then((r) => render(r.state));
}

function goToStep(step: number): void {
  void channel.request({ type: 'panel/goToStep', step }).then((r) => render(r.state));
}

function selectObject(id: number): void {
  ui = { ...ui, selected: id };
  channel.api.setState(ui);
  if (last) render(last);
  document.getElementById(`obj-${id}`)?.scrollIntoView({ block: 'nearest' });
}

function revealLine(line: number, file?: string): void {
  void channel.request({ type: 'panel/revealLine', line, ...(file === undefined ? {} : { file }) });
}

/** Redraws everything from `state`. */
function render(state: PanelState): void {
  last = state;
  root.dataset.status = state.status;
  header.replaceChildren(renderToolbar(state, run), renderStatus(state), renderPause(state) ?? '', renderNotice(state) ?? '');
  const heap = state.heap;
  const none = () => h('p', { class: 'empty' }, state.status === 'running' ? 'Running…'
    : 'Open a Python file and run "Python Heap: Run Script" or "Step Line" to see its simulated heap.');
  panels[0].replaceChildren(...(heap ? [renderSummary(heap.summary), renderArenaMap(heap.arenas, pausedPool(state))] : [none()]));
  panels[1].replaceChildren(heap ? renderObjectTable(heap.objects, ui.selected, revealLine, ui.showStartup === true, (show) => {
    ui = { ...ui, showStartup: show };
    channel.api.setState(ui);
    if (last) render(last);
  }, selectObject, pausedObjects(state)) : none());
  panels[2].replaceChildren(...(heap ? [h('h2', {}, 'Free lists'), renderFreeLists(heap.freeLists), h('h2', {}, 'GC generations'), renderGenerations(heap.generations)] : [none()]));
  panels[3].replaceChildren(heap ? renderTimeline(heap.timeline, state.step, goToStep) : none());
  panels[4].replaceChildren(renderOutput(state));
  panels[5].replaceChildren(renderComparison(state.comparison, state.footprints, state.version));
}

void channel.request({ type: 'panel/ready' }).then((r) => render(r.state));

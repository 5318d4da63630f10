/**
 * The side view ("Python Heap" in the activity bar): the run's status and the heap's totals, its
 * free lists and GC generations, as a tree that redraws with the session.
 */
import * as vscode from 'vscode';
import type { PanelState } from '../../protocol/panelProtocol';
import type { HeapSession } from '../heapSession';
import { formatBytes } from './formatBytes';

/** One row of the tree. */
interface Row {
  label: string;
  description?: string;
  icon?: string;
  children?: Row[];
}

/** The rows for a state (exported for tests). */
export function heapRows(state: PanelState): Row[] {
  const rows: Row[] = [
    { label: 'CPython', description: state.version, icon: 'versions' },
    { label: 'Status', description: state.script ? `${state.status} · ${state.script}` : 'no run yet', icon: 'debug' },
  ];
  if (state.line !== null) rows.push({ label: 'Line', description: String(state.line), icon: 'arrow-right' });
  const heap = state.heap;
  if (heap) {
    const s = heap.summary;
    rows.push({
      label: 'Heap', icon: 'database', description: `${s.liveObjects.toLocaleString('en-US')} objects`,
      children: [
        { label: 'pymalloc', description: `${formatBytes(s.pymallocBytes)} in ${s.pymallocBlocks} blocks` },
        { label: 'raw (malloc)', description: `${formatBytes(s.rawBytes)} in ${s.rawBlocks} blocks` },
        { label: 'arenas', description: `${s.arenasAllocated} (high-water ${s.arenasHighWater})` },
        { label: 'pools in use', description: String(s.poolsInUse) },
      ],
    });
    rows.push({
      label: 'Free lists', icon: 'list-flat',
      children: heap.freeLists.map((f) => ({ label: f.name, description: `${f.size} / ${f.capacity}` })),
    });
    rows.push({
      label: 'GC generations', icon: 'recycle',
      children: heap.generations.map((g) => ({
        label: `generation ${g.generation}`, description: `count ${g.count} / ${g.threshold} · ${g.objects} objects`,
      })),
    });
  }
  if (state.comparison) {
    rows.push({ label: 'Real CPython', description: `${state.comparison.version} · traced ${formatBytes(state.comparison.tracedCurrent)}`, icon: 'diff' });
  }
  if (state.error) rows.push({ label: 'Error', description: state.error.split('\n').filter(Boolean).pop(), icon: 'error' });
  return rows;
}

/** The tree data provider behind the side view. */
export class HeapTreeProvider implements vscode.TreeDataProvider<Row> {
  private readonly onDidChangeEmitter = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.onDidChangeEmitter.event;

  constructor(private readonly session: HeapSession) {
    session.onDidChangeState(() => this.onDidChangeEmitter.fire());
  }

  getTreeItem(row: Row): vscode.TreeItem {
    const item = new vscode.TreeItem(
      row.label, row.children?.length ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.None,
    );
    item.description = row.description;
    if (row.icon) item.iconPath = new vscode.ThemeIcon(row.icon);
    return item;
  }

  getChildren(row?: Row): Row[] {
    return row ? row.children ?? [] : heapRows(this.session.state);
  }
}

/**
 * Code lenses above each line of the running script: what the line allocated, freed and still holds
 * at the current step (tracemalloc-style requested bytes). A module the script imported from beside
 * it gets the lenses of its own lines in its own editor.
 */
import * as vscode from 'vscode';
import type { LineFootprint } from '../../protocol/heapModel';
import type { HeapSession } from '../heapSession';
import { readSettings } from '../settings';
import { formatBytes } from './formatBytes';

/** The lens title for one line's footprint. */
export function footprintTitle(f: LineFootprint): string {
  const parts = [`${f.allocations.toLocaleString('en-US')} alloc · ${formatBytes(f.allocatedBytes)}`];
  if (f.frees > 0) parts.push(`${f.frees.toLocaleString('en-US')} freed · ${formatBytes(f.freedBytes)}`);
  parts.push(`retained ${formatBytes(f.retainedBytes)}`);
  return `$(pulse) ${parts.join('  |  ')}`;
}

/** Provides the footprint lenses for the session's script. */
export class FootprintCodeLensProvider implements vscode.CodeLensProvider {
  private readonly onDidChangeEmitter = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.onDidChangeEmitter.event;

  constructor(private readonly session: HeapSession) {
    session.onDidChangeState(() => this.onDidChangeEmitter.fire());
  }

  provideCodeLenses(document: vscode.TextDocument): vscode.CodeLens[] {
    if (!readSettings().codeLensEnabled) return [];
    const lenses: vscode.CodeLens[] = [];
    for (const f of this.session.footprintsFor(document.uri)) {
      if (f.line < 1 || f.line > document.lineCount || (f.allocations === 0 && f.frees === 0)) continue;
      const range = document.lineAt(f.line - 1).range;
      lenses.push(new vscode.CodeLens(range, {
        title: footprintTitle(f),
        tooltip: `Line ${f.line}: ${f.allocations} allocations (${f.allocatedBytes} B requested), ` +
          `${f.frees} frees (${f.freedBytes} B); ${f.retainedBlocks} blocks (${f.retainedBytes} B) still alive`,
        command: 'pythonHeap.openInspector',
      }));
    }
    return lenses;
  }
}

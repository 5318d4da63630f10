/**
 * Highlights the line a paused run is about to execute, as a debugger marks its current line, in
 * every editor showing the run's script; the highlight follows stepping and disappears when the
 * run finishes or is reset.
 */
import * as vscode from 'vscode';
import type { HeapSession } from '../heapSession';

/** Keeps the paused-line decoration in step with the session. */
export class PausedLineDecorator implements vscode.Disposable {
  private readonly decoration = vscode.window.createTextEditorDecorationType({
    isWholeLine: true,
    backgroundColor: new vscode.ThemeColor('editor.stackFrameHighlightBackground'),
    overviewRulerColor: new vscode.ThemeColor('editorOverviewRuler.infoForeground'),
    overviewRulerLane: vscode.OverviewRulerLane.Full,
  });
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly session: HeapSession) {
    this.disposables.push(
      session.onDidChangeState(() => this.update()),
      vscode.window.onDidChangeVisibleTextEditors(() => this.update()),
    );
  }

  dispose(): void {
    for (const d of this.disposables.splice(0)) d.dispose();
    this.decoration.dispose();
  }

  private update(): void {
    const uri = this.session.document?.toString();
    const { status, line, pause } = this.session.state;
    for (const editor of vscode.window.visibleTextEditors) {
      const paused = uri !== undefined && editor.document.uri.toString() === uri && status === 'paused' && line !== null;
      if (!paused || line === null || line > editor.document.lineCount) {
        editor.setDecorations(this.decoration, []);
        continue;
      }
      const range = editor.document.lineAt(line - 1).range;
      editor.setDecorations(this.decoration, [{ range, hoverMessage: pause ? `Python Heap: paused inside line ${line}: ${pause.description}` : `Python Heap: paused before line ${line}` }]);
      if (!editor.visibleRanges.some((r) => r.contains(range))) editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    }
  }
}

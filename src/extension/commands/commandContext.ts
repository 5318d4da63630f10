/** What every command handler is given: the session, the extension's location, its settings. */
import * as vscode from 'vscode';
import type { HeapSession } from '../heapSession';

/** Shared by all commands. */
export interface CommandContext {
  readonly session: HeapSession;
  readonly extensionUri: vscode.Uri;
}

/** The active editor's document if it is Python; otherwise tells the user why nothing happens. */
export function activePythonDocument(): vscode.TextDocument | undefined {
  const editor = vscode.window.activeTextEditor;
  if (editor?.document.languageId === 'python') return editor.document;
  void vscode.window.showInformationMessage('Python Heap: open a Python file first (the command runs the active editor).');
  return undefined;
}

/** The Python document of the current run, or the active one to start a run with. */
export function sessionOrActiveDocument(ctx: CommandContext): vscode.TextDocument | undefined {
  const uri = ctx.session.document;
  if (uri) {
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (open) return open;
  }
  return activePythonDocument();
}

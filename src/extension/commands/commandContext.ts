/** What every command handler is given: the session, the extension's location, its settings. */
import * as vscode from 'vscode';
import type { HeapSession } from '../heapSession';
import { InspectorPanel } from '../panel/inspectorPanel';

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

/**
 * A run to step through: the current one, or a fresh run of the active Python file (paused before
 * its first line, the inspector shown). False when there is neither.
 */
export async function ensureRun(ctx: CommandContext): Promise<boolean> {
  if (ctx.session.active) return true;
  const document = activePythonDocument();
  if (!document) return false;
  InspectorPanel.show(ctx.extensionUri, ctx.session);
  await ctx.session.start(document);
  return true;
}

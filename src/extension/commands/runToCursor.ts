/** "Python Heap: Run to Cursor": runs the active file until the cursor's line is about to run. */
import * as vscode from 'vscode';
import { InspectorPanel } from '../panel/inspectorPanel';
import { activePythonDocument, type CommandContext } from './commandContext';

/** Registers the command. */
export function registerRunToCursor(ctx: CommandContext): vscode.Disposable {
  return vscode.commands.registerCommand('pythonHeap.runToCursor', async () => {
    const document = activePythonDocument();
    const editor = vscode.window.activeTextEditor;
    if (!document || !editor) return;
    const line = editor.selection.active.line + 1;
    InspectorPanel.show(ctx.extensionUri, ctx.session);
    const sameScript = ctx.session.document?.toString() === document.uri.toString();
    if (!sameScript || ctx.session.state.status === 'finished' || (ctx.session.state.line ?? 0) >= line) {
      await ctx.session.start(document);
    }
    if (ctx.session.active && ctx.session.state.status === 'paused') await ctx.session.continue(line);
  });
}

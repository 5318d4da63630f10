/** "Python Heap: Run Script": runs the active Python file on the simulated heap to its end. */
import * as vscode from 'vscode';
import { InspectorPanel } from '../panel/inspectorPanel';
import { activePythonDocument, type CommandContext } from './commandContext';

/** Registers the command. */
export function registerRunScript(ctx: CommandContext): vscode.Disposable {
  return vscode.commands.registerCommand('pythonHeap.runScript', async () => {
    const document = activePythonDocument();
    if (!document) return;
    InspectorPanel.show(ctx.extensionUri, ctx.session);
    await ctx.session.start(document);
    if (ctx.session.active && ctx.session.state.status === 'paused') await ctx.session.continue(null);
  });
}

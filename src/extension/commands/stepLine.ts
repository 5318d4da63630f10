/** "Python Heap: Step Line": runs one line, starting a run of the active file if there is none. */
import * as vscode from 'vscode';
import { InspectorPanel } from '../panel/inspectorPanel';
import { activePythonDocument, type CommandContext } from './commandContext';

/** Registers the command. */
export function registerStepLine(ctx: CommandContext): vscode.Disposable {
  return vscode.commands.registerCommand('pythonHeap.stepLine', async () => {
    if (ctx.session.active) return ctx.session.step();
    const document = activePythonDocument();
    if (!document) return;
    InspectorPanel.show(ctx.extensionUri, ctx.session);
    await ctx.session.start(document);
  });
}

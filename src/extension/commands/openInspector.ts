/** "Python Heap: Open Inspector": shows the inspector panel. */
import * as vscode from 'vscode';
import { InspectorPanel } from '../panel/inspectorPanel';
import type { CommandContext } from './commandContext';

/** Registers the command. */
export function registerOpenInspector(ctx: CommandContext): vscode.Disposable {
  return vscode.commands.registerCommand('pythonHeap.openInspector', () => {
    InspectorPanel.show(ctx.extensionUri, ctx.session);
  });
}

/** "Python Heap: Collect Garbage": runs `gc.collect()` in the paused script, as if it had called it. */
import * as vscode from 'vscode';
import type { CommandContext } from './commandContext';

/** Registers the command. */
export function registerCollectGarbage(ctx: CommandContext): vscode.Disposable {
  return vscode.commands.registerCommand('pythonHeap.collectGarbage', async () => {
    if (!ctx.session.active) {
      void vscode.window.showInformationMessage('Python Heap: start a run first; the collection runs in its heap.');
      return;
    }
    await ctx.session.collect(2);
  });
}

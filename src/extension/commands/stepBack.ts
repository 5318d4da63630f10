/** "Python Heap: Step Back": returns to the previous recorded step. */
import * as vscode from 'vscode';
import type { CommandContext } from './commandContext';

/** Registers the command. */
export function registerStepBack(ctx: CommandContext): vscode.Disposable {
  return vscode.commands.registerCommand('pythonHeap.stepBack', async () => {
    if (!ctx.session.active) {
      void vscode.window.showInformationMessage('Python Heap: nothing to step back through; run or step a script first.');
      return;
    }
    if (ctx.session.state.step === 0) {
      void vscode.window.showInformationMessage('Python Heap: already at the first step.');
      return;
    }
    await ctx.session.goToStep(ctx.session.state.step - 1);
  });
}

/** "Python Heap: Step Back": returns to the previous recorded step, or from a pause inside a line to the previous pause there. */
import * as vscode from 'vscode';
import type { CommandContext } from './commandContext';

/** Registers the command. */
export function registerStepBack(ctx: CommandContext): vscode.Disposable {
  return vscode.commands.registerCommand('pythonHeap.stepBack', async () => {
    if (!ctx.session.active) {
      void vscode.window.showInformationMessage('Python Heap: nothing to step back through; run or step a script first.');
      return;
    }
    const pause = ctx.session.state.pause;
    if (pause) {
      // From an allocation or GC phase: the previous one of its kind in the line, else the line's start.
      await ctx.session.goTo({ step: pause.position.step, event: pause.previousOfKind });
      return;
    }
    if (ctx.session.state.step === 0) {
      void vscode.window.showInformationMessage('Python Heap: already at the first step.');
      return;
    }
    await ctx.session.goToStep(ctx.session.state.step - 1);
  });
}

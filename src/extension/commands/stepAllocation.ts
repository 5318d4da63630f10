/** "Python Heap: Step to Next Allocation": runs to the next allocation, starting a run of the active file if there is none. */
import * as vscode from 'vscode';
import { ensureRun, type CommandContext } from './commandContext';

/** Registers the command. */
export function registerStepAllocation(ctx: CommandContext): vscode.Disposable {
  return vscode.commands.registerCommand('pythonHeap.stepAllocation', async () => {
    if (await ensureRun(ctx)) await ctx.session.stepEvent('alloc');
  });
}

/** "Python Heap: Step to Next GC Phase": runs to the next phase of a cyclic collection (gc.collect or an automatic one), starting a run of the active file if there is none. */
import * as vscode from 'vscode';
import { ensureRun, type CommandContext } from './commandContext';

/** Registers the command. */
export function registerStepGcPhase(ctx: CommandContext): vscode.Disposable {
  return vscode.commands.registerCommand('pythonHeap.stepGcPhase', async () => {
    if (await ensureRun(ctx)) await ctx.session.stepEvent('gc');
  });
}

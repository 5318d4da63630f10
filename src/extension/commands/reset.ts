/** "Python Heap: Reset": forgets the current run. */
import * as vscode from 'vscode';
import type { CommandContext } from './commandContext';

/** Registers the command. */
export function registerReset(ctx: CommandContext): vscode.Disposable {
  return vscode.commands.registerCommand('pythonHeap.reset', () => ctx.session.reset());
}

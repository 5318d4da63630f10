/** "Python Heap: Select CPython Version": picks the modelled CPython (3.11, 3.12, 3.13). */
import * as vscode from 'vscode';
import { cpythonVersions, type CPythonVersion } from '../../protocol/heapModel';
import type { CommandContext } from './commandContext';

const details: Record<CPythonVersion, string> = {
  '3.11': 'GC thresholds (700, 10, 10), collections inside the allocation, no immortal objects',
  '3.12': 'Immortal objects (PEP 683), collections at the next eval-breaker check',
  '3.13': 'GC threshold 2000, inline instance values',
};

/** Registers the command. */
export function registerSelectVersion(ctx: CommandContext): vscode.Disposable {
  return vscode.commands.registerCommand('pythonHeap.selectVersion', async () => {
    const current = ctx.session.state.version;
    const pick = await vscode.window.showQuickPick(
      cpythonVersions.map((v) => ({ label: `CPython ${v}`, description: v === current ? 'current' : '', detail: details[v], version: v })),
      { title: 'Python Heap: CPython version to model', placeHolder: `Modelling CPython ${current}` },
    );
    if (!pick) return;
    await vscode.workspace.getConfiguration('pythonHeap').update('cpythonVersion', pick.version, vscode.ConfigurationTarget.Global);
    ctx.session.setVersion(pick.version);
  });
}

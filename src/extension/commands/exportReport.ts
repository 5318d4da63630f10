/** "Python Heap: Export Report (JSON)": writes the run's report (footprints, heap, GC) to a file. */
import * as vscode from 'vscode';
import { buildReport } from '../../protocol/report';
import { streamText } from '../../protocol/outputChunks';
import type { CommandContext } from './commandContext';

/** Registers the command. */
export function registerExportReport(ctx: CommandContext): vscode.Disposable {
  return vscode.commands.registerCommand('pythonHeap.exportReport', async () => {
    const state = ctx.session.state;
    if (!ctx.session.active || !state.heap) {
      void vscode.window.showInformationMessage('Python Heap: there is no run to report on yet; run a script first.');
      return;
    }
    const base = ctx.session.document ?? vscode.workspace.workspaceFolders?.[0]?.uri;
    const target = await vscode.window.showSaveDialog({
      defaultUri: base ? vscode.Uri.joinPath(base, '..', 'pyheap-report.json') : undefined,
      filters: { JSON: ['json'] },
      title: 'Export heap report',
    });
    if (!target) return;
    const report = buildReport({
      script: state.script ?? '', python: state.version, status: state.status, steps: state.step,
      lines: state.footprints, heap: state.heap.summary, gc: state.gcHistory, stdout: streamText(state.output, 'stdout'), error: state.error,
    });
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(JSON.stringify(report, null, 2) + '\n'));
    void vscode.window.showInformationMessage(`Python Heap: report written to ${vscode.workspace.asRelativePath(target)}`);
  });
}

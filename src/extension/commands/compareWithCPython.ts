/**
 * "Python Heap: Compare with Real CPython": runs the active script under the user's real Python with
 * tracemalloc and shows its per-line retained bytes beside the simulation's.
 */
import * as vscode from 'vscode';
import { runUnderRealCPython } from '../compare/realCPython';
import { InspectorPanel } from '../panel/inspectorPanel';
import { readSettings } from '../settings';
import { activePythonDocument, type CommandContext } from './commandContext';

/** Registers the command. */
export function registerCompareWithCPython(ctx: CommandContext): vscode.Disposable {
  return vscode.commands.registerCommand('pythonHeap.compareWithCPython', async () => {
    const document = activePythonDocument();
    if (!document) return;
    if (document.isUntitled || document.uri.scheme !== 'file') {
      void vscode.window.showInformationMessage('Python Heap: save the script to a file first; the real CPython runs it from disk.');
      return;
    }
    if (document.isDirty) await document.save();
    InspectorPanel.show(ctx.extensionUri, ctx.session);
    const settings = readSettings();
    await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: 'Python Heap: running under real CPython…', cancellable: true },
      async (_progress, token) => {
        const abort = new AbortController();
        token.onCancellationRequested(() => abort.abort());
        try {
          const run = await runUnderRealCPython({
            python: settings.pythonPath,
            runnerPath: vscode.Uri.joinPath(ctx.extensionUri, 'media', 'python', 'tracemallocRunner.py').fsPath,
            scriptPath: document.uri.fsPath,
            timeoutMs: settings.timeoutSeconds * 1000,
            signal: abort.signal,
          });
          // Both columns: run the script on the simulated heap too, from the runner's startup state
          // (runpy and tracemalloc ran before the script's first line, as in the real run).
          await ctx.session.start(document, 'tracemallocRunner');
          if (ctx.session.state.status === 'paused') await ctx.session.continue(null);
          ctx.session.setComparison(document, run);
          InspectorPanel.selectTab('comparison');
        } catch (e) {
          if (abort.signal.aborted) return;
          void vscode.window.showErrorMessage(`Python Heap: ${e instanceof Error ? e.message : String(e)}`);
        }
      },
    );
  });
}

/**
 * The extension's entry point: wires the engine worker, the session, the commands, the inspector
 * panel, code lenses, hovers and the side view. This folder is the only code that imports `vscode`.
 */
import * as vscode from 'vscode';
import { registerCollectGarbage } from './commands/collectGarbage';
import type { CommandContext } from './commands/commandContext';
import { registerCompareWithCPython } from './commands/compareWithCPython';
import { registerExportReport } from './commands/exportReport';
import { registerOpenInspector } from './commands/openInspector';
import { registerReset } from './commands/reset';
import { registerRunScript } from './commands/runScript';
import { registerRunToCursor } from './commands/runToCursor';
import { registerSelectVersion } from './commands/selectVersion';
import { registerStepAllocation } from './commands/stepAllocation';
import { registerStepBack } from './commands/stepBack';
import { registerStepGcPhase } from './commands/stepGcPhase';
import { registerStepLine } from './commands/stepLine';
import { FootprintCodeLensProvider } from './editor/footprintCodeLens';
import { HeapHoverProvider } from './editor/heapHover';
import { HeapTreeProvider } from './editor/heapTreeView';
import { PausedLineDecorator } from './editor/pausedLine';
import { EngineClient } from './engineClient';
import { HeapSession } from './heapSession';
import { InspectorPanelSerializer, inspectorViewType } from './panel/inspectorPanel';

/** Called by VS Code on the first Python file or command. */
export function activate(context: vscode.ExtensionContext): void {
  const engine = new EngineClient(vscode.Uri.joinPath(context.extensionUri, 'out', 'engineWorker.js').fsPath);
  const session = new HeapSession(engine);
  const ctx: CommandContext = { session, extensionUri: context.extensionUri };
  const python: vscode.DocumentSelector = { language: 'python' };
  context.subscriptions.push(
    engine,
    session,
    registerOpenInspector(ctx),
    registerRunScript(ctx),
    registerStepLine(ctx),
    registerStepAllocation(ctx),
    registerStepGcPhase(ctx),
    registerStepBack(ctx),
    registerRunToCursor(ctx),
    registerReset(ctx),
    registerCollectGarbage(ctx),
    registerSelectVersion(ctx),
    registerCompareWithCPython(ctx),
    registerExportReport(ctx),
    vscode.window.registerWebviewPanelSerializer(inspectorViewType, new InspectorPanelSerializer(context.extensionUri, session)),
    vscode.languages.registerCodeLensProvider(python, new FootprintCodeLensProvider(session)),
    vscode.languages.registerHoverProvider(python, new HeapHoverProvider(session)),
    new PausedLineDecorator(session),
    vscode.window.createTreeView('pythonHeap.overview', { treeDataProvider: new HeapTreeProvider(session) }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('pythonHeap.cpythonVersion')) {
        const version = vscode.workspace.getConfiguration('pythonHeap').get<string>('cpythonVersion');
        if (version && version !== session.state.version) session.setVersion(version as typeof session.state.version);
      }
    }),
  );
}

/** Nothing to do: every resource is in `context.subscriptions`. */
export function deactivate(): void {}

/**
 * The inspector panel: one webview panel showing the current run. It answers the webview's
 * `panel/ready` with the whole state and pushes the whole state on every change; the webview's
 * toolbar requests run the same commands as the palette.
 */
import * as vscode from 'vscode';
import { answer } from '../../protocol/requestReply';
import type { HostToWebview, PanelReply, PanelRequest, PanelTab, WebviewToHost } from '../../protocol/panelProtocol';
import type { HeapSession } from '../heapSession';
import { inspectorHtml, webviewOptions } from './webviewHtml';

/** The webview panel's view type (also in package.json's activation events). */
export const inspectorViewType = 'pythonHeap.inspector';

/** The single inspector panel, created on demand and revived after a window reload. */
export class InspectorPanel implements vscode.Disposable {
  private static current: InspectorPanel | undefined;
  private readonly disposables: vscode.Disposable[] = [];

  /** Shows the panel, creating it if needed. */
  static show(extensionUri: vscode.Uri, session: HeapSession): InspectorPanel {
    if (InspectorPanel.current) {
      InspectorPanel.current.panel.reveal(vscode.ViewColumn.Beside, true);
      return InspectorPanel.current;
    }
    const panel = vscode.window.createWebviewPanel(
      inspectorViewType, 'Python Heap Inspector', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      webviewOptions(extensionUri),
    );
    return new InspectorPanel(panel, extensionUri, session);
  }

  /** Adopts a panel VS Code restored after a reload. */
  static revive(panel: vscode.WebviewPanel, extensionUri: vscode.Uri, session: HeapSession): InspectorPanel {
    InspectorPanel.current?.dispose();
    panel.webview.options = webviewOptions(extensionUri);
    return new InspectorPanel(panel, extensionUri, session);
  }

  /** Brings a tab of the open panel to the front, if there is a panel. */
  static selectTab(tab: PanelTab): void {
    InspectorPanel.current?.post({ kind: 'notify', body: { type: 'host/selectTab', tab } });
  }

  /** Selects an object in the open panel, if there is one. */
  static selectObject(id: number): void {
    InspectorPanel.current?.post({ kind: 'notify', body: { type: 'host/selectObject', id } });
  }

  private constructor(
    private readonly panel: vscode.WebviewPanel,
    extensionUri: vscode.Uri,
    private readonly session: HeapSession,
  ) {
    InspectorPanel.current = this;
    panel.iconPath = vscode.Uri.joinPath(extensionUri, 'media', 'activity.svg');
    panel.webview.html = inspectorHtml(panel.webview, extensionUri);
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((m: WebviewToHost) => this.onMessage(m)),
      session.onDidChangeState((state) => this.post({ kind: 'notify', body: { type: 'host/state', state } })),
    );
  }

  dispose(): void {
    if (InspectorPanel.current === this) InspectorPanel.current = undefined;
    for (const d of this.disposables.splice(0)) d.dispose();
    this.panel.dispose();
  }

  private post(message: HostToWebview): void {
    void this.panel.webview.postMessage(message);
  }

  private onMessage(message: WebviewToHost): void {
    if (message.kind !== 'request') return;
    void answer<PanelRequest, PanelReply>(message, async (request) => {
      await this.handle(request);
      return { state: this.session.state };
    }).then((reply) => this.post(reply));
  }

  private async handle(request: PanelRequest): Promise<void> {
    switch (request.type) {
      case 'panel/ready':
        return;
      case 'panel/command':
        await vscode.commands.executeCommand(`pythonHeap.${request.command}`);
        return;
      case 'panel/goToStep':
        await this.session.goToStep(request.step);
        return;
      case 'panel/revealLine':
        // An imported module's line opens that module's file (an absolute path beside the script).
        await revealLine(request.file === undefined ? this.session.document : vscode.Uri.file(request.file), request.line);
        return;
    }
  }
}

/** Shows `line` (1-based) of the run's script, or of a module it imported, in an editor. */
async function revealLine(uri: vscode.Uri | undefined, line: number): Promise<void> {
  if (!uri) return;
  const editor = await vscode.window.showTextDocument(uri, { viewColumn: vscode.ViewColumn.One, preserveFocus: false });
  const position = new vscode.Position(Math.max(0, line - 1), 0);
  editor.selection = new vscode.Selection(position, position);
  editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

/** Restores the panel after a window reload (VS Code keeps the webview's `setState`). */
export class InspectorPanelSerializer implements vscode.WebviewPanelSerializer {
  constructor(private readonly extensionUri: vscode.Uri, private readonly session: HeapSession) {}

  async deserializeWebviewPanel(panel: vscode.WebviewPanel): Promise<void> {
    InspectorPanel.revive(panel, this.extensionUri, this.session);
  }
}

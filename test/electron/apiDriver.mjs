// The driver of test/e2e/driver.mjs inside desktop VS Code's extension host: the same scenarios,
// asked through the `vscode` API instead of the UI. It cannot see what the palette offers or the
// webview's DOM, so scenarios that need those are skipped here (and run under code-server).
import { join } from 'node:path';
import { extensionId, idOf } from '../e2e/driver.mjs';

/** An ApiDriver over the `vscode` module (passed in: ES modules cannot import it). */
export function createApiDriver(vscode, workspaceDir) {
  const activeUri = () => {
    const editor = vscode.window.activeTextEditor;
    if (!editor) throw new Error('no active text editor');
    return editor.document.uri;
  };
  return {
    can: { palette: false, registry: true, webviewDom: false, quickPick: false, sideView: false },

    async openFile(name) {
      const document = await vscode.workspace.openTextDocument(vscode.Uri.file(join(workspaceDir, name)));
      await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.One, preserveFocus: false });
    },

    async isActive() {
      return vscode.extensions.getExtension(extensionId)?.isActive ?? false;
    },

    async runCommand(title) {
      await vscode.commands.executeCommand(idOf(title));
    },

    registeredCommands() {
      return vscode.commands.getCommands(true);
    },

    async tabLabels() {
      return vscode.window.tabGroups.all.flatMap((group) => group.tabs.map((tab) => tab.label));
    },

    async codeLenses() {
      const lenses = (await vscode.commands.executeCommand('vscode.executeCodeLensProvider', activeUri(), 100)) ?? [];
      return lenses.map((lens) => ({ line: lens.range.start.line + 1, title: lens.command?.title ?? '' }));
    },

    async hover(line, token) {
      const document = vscode.window.activeTextEditor.document;
      const column = document.lineAt(line - 1).text.indexOf(token);
      if (column < 0) throw new Error(`"${token}" is not on line ${line} of ${document.uri.fsPath}`);
      const position = new vscode.Position(line - 1, column + 1);
      const hovers = (await vscode.commands.executeCommand('vscode.executeHoverProvider', document.uri, position)) ?? [];
      return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    },

    async screenshot() {
      // No page to take a picture of.
    },

    /** Closes every editor, so the next scenario starts from an empty window. */
    async reset() {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    },
  };
}

/**
 * The inspector's HTML shell: a strict CSP with a nonce, scripts and styles only from the
 * extension's own `out/webview` folder, no inline handlers, no remote content.
 */
import * as vscode from 'vscode';

/** A fresh nonce for one page load. */
export function makeNonce(): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  let nonce = '';
  for (let i = 0; i < 32; i++) nonce += alphabet.charAt(Math.floor(Math.random() * alphabet.length));
  return nonce;
}

/** The folder the webview may load from. */
export function webviewRoot(extensionUri: vscode.Uri): vscode.Uri {
  return vscode.Uri.joinPath(extensionUri, 'out', 'webview');
}

/** Options every inspector webview is created with. */
export function webviewOptions(extensionUri: vscode.Uri): vscode.WebviewOptions & vscode.WebviewPanelOptions {
  return { enableScripts: true, localResourceRoots: [webviewRoot(extensionUri)], retainContextWhenHidden: false };
}

/** The page for `webview`. */
export function inspectorHtml(webview: vscode.Webview, extensionUri: vscode.Uri): string {
  const root = webviewRoot(extensionUri);
  const script = webview.asWebviewUri(vscode.Uri.joinPath(root, 'main.js'));
  const codicons = webview.asWebviewUri(vscode.Uri.joinPath(root, 'codicon.css'));
  const styles = webview.asWebviewUri(vscode.Uri.joinPath(root, 'inspector.css'));
  const nonce = makeNonce();
  const csp = [
    "default-src 'none'",
    `img-src ${webview.cspSource} data:`,
    `font-src ${webview.cspSource}`,
    `style-src ${webview.cspSource} 'unsafe-inline'`,
    `script-src 'nonce-${nonce}'`,
  ].join('; ');
  return `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="UTF-8">
  <meta http-equiv="Content-Security-Policy" content="${csp}">
  <meta name="viewport" content="width=device-width, initial-scale=1.0">
  <link href="${codicons}" rel="stylesheet" id="vscode-codicon-stylesheet">
  <link href="${styles}" rel="stylesheet">
  <title>Python Heap Inspector</title>
</head>
<body>
  <main id="root" data-testid="inspector-root"></main>
  <script type="module" nonce="${nonce}" src="${script}"></script>
</body>
</html>`;
}

// What the end-to-end scenarios may ask of a VS Code, so one set of test bodies runs under both
// runners: `WorkbenchDriver` (test/e2e/workbench.mjs: code-server in Chromium, the real UI) and
// `ApiDriver` (test/electron/apiDriver.mjs: inside desktop VS Code's extension host, through the
// `vscode` API). A scenario is `{ name, needs?, run(driver) }`; `needs` lists capabilities a driver
// must have, and a driver without one skips the scenario instead of passing it vacuously.
//
// Capabilities (`driver.can`):
//   palette       what the command palette offers (when-clauses evaluated by the workbench)
//   registry      the set of registered command ids
//   webviewDom    the DOM inside the inspector webview
//   quickPick     choosing an item in a quick pick a command opened
//   sideView      the rows of the "Heap" tree view in the Python Heap side bar
//
// Methods every driver has:
//   openFile(path)                   open <path> of the workspace (examples/ and test/e2e/fixtures/),
//                                    a name or a relative path: `module_imports/palette.py`
//   isActive()                       whether the extension has been activated
//   runCommand(title)                run a command by its palette title, "Python Heap: Open Inspector"
//   tabLabels()                      labels of the open editor tabs
//   codeLenses()                     the active editor's code lenses, [{ line (1-based), title }]
//   hover(line, token)               text of the hover over `token` on 1-based `line`, '' if none
//   screenshot(name)                 a picture of this step (a no-op where there is no page)
// With `palette`:    paletteLabels(query), the command titles the palette offers for `query`
// With `registry`:   registeredCommands(), every registered command id
// With `webviewDom`: webviewText(testid), text of [data-testid=testid] in the inspector;
//                    webviewTextIfAny(testid), the same without waiting, null when absent;
//                    waitForWebviewText(testid, pattern), the same once it matches `pattern`;
//                    clickWebview(testid); clickWebviewSelector(css), the first match
// With `quickPick`:  pick(label), choose the item labelled exactly `label`
// With `sideView`:   sideViewRows(), "label description" of each visible row of the Heap view
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * One end-to-end test body.
 * @typedef {object} Scenario
 * @property {string} name
 * @property {('palette' | 'registry' | 'webviewDom' | 'quickPick' | 'sideView')[]} [needs]
 * @property {number} [timeoutMs]
 * @property {(driver: any) => Promise<void>} run
 */

/** The repo's root. */
export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The extension's manifest. */
export const manifest = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));

/** The extension's id as VS Code knows it. */
export const extensionId = `${manifest.publisher}.${manifest.name}`;

/** Every contributed command with its palette title and its commandPalette when-clause (if any). */
export function contributedCommands() {
  const when = new Map((manifest.contributes.menus?.commandPalette ?? []).map((m) => [m.command, m.when]));
  return manifest.contributes.commands.map((c) => ({
    id: c.command,
    title: c.category ? `${c.category}: ${c.title}` : c.title,
    when: when.get(c.command),
  }));
}

/**
 * Whether the palette should offer a command with when-clause `when` given the context keys in
 * `context`. Only the clause forms the manifest uses are understood; any other throws, so a new
 * form is taught here rather than silently passing.
 */
export function paletteShows(when, context) {
  if (when === undefined) return true;
  if (when.includes(' || ')) return when.split(' || ').some((part) => paletteShows(part, context));
  const equals = /^(\S+) == (\S+)$/.exec(when);
  if (equals) return context[equals[1]] === equals[2];
  if (/^[\w.]+$/.test(when)) return Boolean(context[when]);
  if (/^![\w.]+$/.test(when)) return !context[when.slice(1)];
  throw new Error(`test/e2e/driver.mjs cannot evaluate the when-clause "${when}": teach paletteShows() its form`);
}

/** The command's palette title for `id` ("pythonHeap.openInspector" → "Python Heap: Open Inspector"). */
export function titleOf(id) {
  const command = contributedCommands().find((c) => c.id === id);
  if (!command) throw new Error(`package.json contributes no command ${id}`);
  return command.title;
}

/** The command id whose palette title is `title`. */
export function idOf(title) {
  const command = contributedCommands().find((c) => c.title === title);
  if (!command) throw new Error(`package.json contributes no command titled "${title}"`);
  return command.id;
}

/** Polls `probe` until it returns a truthy value or `timeoutMs` passes; returns the last value. */
export async function eventually(probe, timeoutMs = 20_000, intervalMs = 250) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

/**
 * Thrown by a scenario whose feature the extension does not have yet (it says so itself, e.g. in
 * the inspector's notice): the runner reports the scenario as skipped with this reason, never as
 * passed.
 */
export class ScenarioSkipped extends Error {}

/**
 * Runs the open script and waits for the run to settle: finished, failed, or turned away with a
 * notice. Skips the scenario while the extension says running is not built yet; fails with the
 * traceback when the script raised.
 */
export async function runToEnd(driver) {
  await driver.runCommand('Python Heap: Run Script');
  let status = '';
  let notice = null;
  await eventually(async () => {
    status = (await driver.webviewTextIfAny('status')) ?? '';
    notice = await driver.webviewTextIfAny('notice');
    return /finished|error|cancelled/.test(status) || notice !== null;
  }, 90_000, 500);
  if (!/finished|error|cancelled/.test(status) && notice && /not built yet/.test(notice)) throw new ScenarioSkipped(notice);
  if (!/finished/.test(status)) {
    const traceback = await driver.webviewTextIfAny('traceback');
    assert.fail(`the run did not finish: ${status}${notice ? `\nnotice: ${notice}` : ''}${traceback ? `\n${traceback}` : ''}`);
  }
  return status;
}

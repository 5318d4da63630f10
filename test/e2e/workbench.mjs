// Driving the VS Code workbench (code-server) in Chromium with playwright-core: the selectors and
// key presses a person's actions map to. The scenarios never touch Playwright themselves; they talk
// to a driver (see driver.mjs), and this file's `WorkbenchDriver` is the one that uses the real UI.
//
// What the workbench renders, as relied on here (VS Code 1.100):
//   .monaco-workbench                       the workbench is up
//   .quick-input-widget / .monaco-list-row  quick open (Control+P) and the command palette (F1)
//   .tabs-container .tab[data-resource-name] editor tabs
//   .codelens-decoration                    code lenses
//   .monaco-hover                           hovers
//   iframes                                 a webview's DOM sits in a frame nested in another
// Functions passed to page.evaluate()/waitForFunction() run in the page, where these exist:
/* global document, NodeFilter, getComputedStyle */
import { chromium } from 'playwright-core';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { eventually, manifest } from './driver.mjs';

/** Debian's Chromium with the flags that keep it off the closed network (shared/E2E-RECIPE.md). */
export const chromiumLaunchOptions = {
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
};

/** How long a single UI wait may take before the step fails. */
const stepTimeoutMs = 30_000;

/** Starts Chromium. */
export function launchBrowser() {
  return chromium.launch(chromiumLaunchOptions);
}

/** Opens the workbench at `url` in a fresh browser context and waits until it is usable. */
export async function openWorkbench(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 860 } });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
  // The explorer listing the folder means the remote file system and extension host are connected.
  await page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: 60_000 });
  return page;
}

/**
 * Opens a file of the workspace through quick open, and waits for its editor. `path` is a name
 * (`footprints.py`) or a workspace-relative path (`module_imports/palette.py`); quick open matches
 * either, and its rows and the editor tab show only the file's name.
 */
export async function openFile(page, path) {
  const name = path.slice(path.lastIndexOf('/') + 1);
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: stepTimeoutMs });
  await input.fill(path);
  // Click the file's own row: Enter would take whichever row is first, and while the list still
  // filters that can be a recently opened file (palette.py instead of module_imports.py).
  await page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first().click({ timeout: stepTimeoutMs });
  await page.locator(`.tabs-container .tab.active[data-resource-name="${name}"]`).waitFor({ timeout: stepTimeoutMs });
  await page.locator('.editor-instance .monaco-editor .view-lines').first().waitFor({ timeout: stepTimeoutMs });
}

/**
 * Opens the command palette on `query` and returns the labels of the commands it offers, in order.
 * The palette stays open; `closeQuickInput` closes it.
 */
export async function paletteLabels(page, query) {
  await openPalette(page, query);
  // The list filters as the query settles; wait until every row matches the query's words.
  const rows = page.locator('.quick-input-list .monaco-list-row');
  await rows.first().waitFor({ timeout: stepTimeoutMs }).catch(() => {});
  await page.waitForTimeout(300);
  // The label itself, not aria-label, which gains suffixes such as ", recently used".
  return rows.evaluateAll((els) => els.map((el) => el.querySelector('.label-name')?.textContent?.trim() ?? ''));
}

/** Runs a command by its full palette title ("Python Heap: Open Inspector"). */
export async function runCommand(page, title) {
  await openPalette(page, title);
  const row = page.locator('.quick-input-list .monaco-list-row').filter({ has: page.locator('.label-name', { hasText: exactText(title) }) });
  await row.first().waitFor({ timeout: stepTimeoutMs });
  await row.first().click();
  // The palette closes; the command may open a quick pick of its own in the same widget at once,
  // so wait for the palette's `>` query to be gone rather than for the widget to hide.
  await page.waitForFunction(() => {
    const widget = document.querySelector('.quick-input-widget');
    if (!widget || getComputedStyle(widget).display === 'none') return true;
    return !widget.querySelector('input')?.value.startsWith('>');
  }, null, { timeout: stepTimeoutMs });
}

/** Chooses the item labelled exactly `label` in the quick pick that is open. */
export async function pickQuickItem(page, label) {
  const row = page.locator('.quick-input-widget .quick-input-list .monaco-list-row')
    .filter({ has: page.locator('.label-name', { hasText: exactText(label) }) });
  await row.first().waitFor({ timeout: stepTimeoutMs });
  await row.first().click();
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: stepTimeoutMs });
}

/**
 * Shows a side bar tree view with its "Focus on" command (e.g. "Python Heap: Focus on Heap View")
 * and returns the text of the side bar's rows, label and description joined by a space.
 */
export async function treeViewRows(page, focusCommandTitle) {
  await runCommand(page, focusCommandTitle);
  // The command shows the view's container in the side bar; its only view is that one.
  const rows = page.locator('.part.sidebar .monaco-list-row');
  await rows.first().waitFor({ timeout: stepTimeoutMs });
  return rows.evaluateAll((els) => els.map((el) =>
    [el.querySelector('.label-name')?.textContent, el.querySelector('.label-description')?.textContent].filter(Boolean).join(' ').trim()));
}

/** Closes quick input if it is open. */
export async function closeQuickInput(page) {
  if (await page.locator('.quick-input-widget').isVisible()) await page.keyboard.press('Escape');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: stepTimeoutMs });
}

async function openPalette(page, query) {
  await closeQuickInput(page);
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: stepTimeoutMs });
  await input.fill(`>${query}`);
}

/** A regular expression matching exactly `text`. */
function exactText(text) {
  return new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
}

/** The labels of the open editor tabs. */
export function tabLabels(page) {
  return page.locator('.tabs-container .tab').evaluateAll((els) => els.map((el) => el.getAttribute('aria-label') ?? ''));
}

/**
 * The frame of a webview whose DOM has an element matching `selector`. Webviews are an iframe
 * (VS Code's host page) holding another iframe (the extension's page), so every frame is searched.
 */
export async function findWebviewFrame(page, selector, timeoutMs = stepTimeoutMs) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    for (const frame of page.frames()) {
      if (frame === page.mainFrame()) continue;
      try {
        if ((await frame.locator(selector).count()) > 0) return frame;
      } catch {
        // a frame that navigated or went away while we looked
      }
    }
    if (Date.now() > deadline) throw new Error(`no webview frame has ${selector} after ${timeoutMs / 1000} s`);
    await page.waitForTimeout(250);
  }
}

/**
 * The code lenses shown in the active editor, each with the 1-based line it stands above: the
 * first line number rendered below the lens (lenses live in view zones between lines).
 */
export function codeLenses(page) {
  return page.locator('.editor-group-container.active .monaco-editor').first().evaluate((editor) => {
    const numbers = [...editor.querySelectorAll('.line-numbers')]
      .map((n) => ({ line: Number(n.textContent?.trim()), top: n.getBoundingClientRect().top }))
      .filter((n) => Number.isInteger(n.line))
      .sort((a, b) => a.top - b.top);
    return [...editor.querySelectorAll('.codelens-decoration')].map((lens) => {
      const bottom = lens.getBoundingClientRect().bottom;
      const below = numbers.find((n) => n.top >= bottom - 2);
      return { line: below ? below.line : -1, title: lens.textContent?.trim() ?? '' };
    });
  });
}

/**
 * Hovers over the first `token` on 1-based `line` of the active editor and returns the hover's
 * text ('' when no hover shows). Go to Line brings the line into view first; the token's place is
 * measured with a DOM Range over the rendered line, so the mouse lands on its middle.
 */
export async function hoverText(page, line, token) {
  await page.keyboard.press('Control+G');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: stepTimeoutMs });
  await input.fill(`:${line}`);
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: stepTimeoutMs });
  // This function runs in the page, not in Node.
  const point = await page.evaluate(({ line, token }) => {
    const editor = document.querySelector('.editor-group-container.active .monaco-editor');
    const number = [...(editor?.querySelectorAll('.line-numbers') ?? [])].find((n) => n.textContent?.trim() === String(line));
    if (!number) return null;
    const top = number.getBoundingClientRect().top;
    const viewLine = [...editor.querySelectorAll('.view-line')].find((v) => Math.abs(v.getBoundingClientRect().top - top) < 3);
    const walker = document.createTreeWalker(viewLine ?? editor, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent.replace(/\u00a0/g, ' ').indexOf(token);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + token.length);
      const box = range.getBoundingClientRect();
      return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    }
    return null;
  }, { line, token });
  assert.ok(point, `"${token}" is not on line ${line} of the active editor (is it rendered in one span?)`);
  await page.mouse.move(point.x, point.y);
  await page.mouse.move(point.x + 1, point.y);
  const hover = page.locator('.monaco-hover:not(.hidden) .monaco-hover-content, .monaco-hover:not(.hidden) .hover-contents').first();
  try {
    await hover.waitFor({ state: 'visible', timeout: 10_000 });
  } catch {
    return '';
  }
  await page.waitForTimeout(300); // let the fade-in finish, for the screenshot's sake
  return (await hover.innerText()).trim();
}

/** Screenshots of one test, numbered in order, under test-results/. */
export function screenshots(page, prefix) {
  const dir = process.env.PYHEAP_E2E_RESULTS ?? 'test-results';
  mkdirSync(dir, { recursive: true });
  let n = 0;
  return async (name) => {
    n += 1;
    const path = join(dir, `${prefix}-${String(n).padStart(2, '0')}-${name}.png`);
    await page.screenshot({ path });
    return path;
  };
}

/** The workbench URL the driver started code-server on. */
export function workbenchUrl() {
  const url = process.env.PYHEAP_E2E_URL;
  assert.ok(url, 'PYHEAP_E2E_URL is not set: run the e2e tests with `node test/e2e/runE2e.mjs`');
  return url;
}

/** The driver of test/e2e/driver.mjs over the real workbench UI. */
export class WorkbenchDriver {
  static can = { palette: true, registry: false, webviewDom: true, quickPick: true, sideView: true };
  can = WorkbenchDriver.can;

  /** Opens a fresh workbench page; `prefix` names this test's screenshots. */
  static async open(browser, url, prefix) {
    const page = await openWorkbench(browser, url);
    return new WorkbenchDriver(page, prefix);
  }

  constructor(page, prefix) {
    this.page = page;
    this.shoot = screenshots(page, prefix);
  }

  openFile(name) {
    return openFile(this.page, name);
  }

  /**
   * Reads "Developer: Show Running Extensions", which lists only the extensions whose activation
   * has started, then closes it again so the previous editor is active once more.
   */
  async isActive() {
    await runCommand(this.page, 'Developer: Show Running Extensions');
    const rows = this.page.locator('.runtime-extensions-editor .monaco-list-row');
    await rows.first().waitFor({ timeout: stepTimeoutMs });
    const names = await rows.evaluateAll((els) => els.map((el) => el.getAttribute('aria-label')));
    await runCommand(this.page, 'View: Close Editor');
    return names.includes(manifest.name);
  }

  runCommand(title) {
    return runCommand(this.page, title);
  }

  async paletteLabels(query) {
    const labels = await paletteLabels(this.page, query);
    await closeQuickInput(this.page);
    return labels;
  }

  tabLabels() {
    return tabLabels(this.page);
  }

  async webviewText(testid) {
    const frame = await findWebviewFrame(this.page, '[data-testid="inspector-root"]');
    const element = frame.locator(`[data-testid="${testid}"]`).first();
    await element.waitFor({ state: 'attached', timeout: stepTimeoutMs });
    return (await element.innerText()).trim();
  }

  async webviewTextIfAny(testid) {
    const frame = await findWebviewFrame(this.page, '[data-testid="inspector-root"]');
    const element = frame.locator(`[data-testid="${testid}"]`).first();
    return (await element.count()) > 0 ? (await element.innerText()).trim() : null;
  }

  async waitForWebviewText(testid, pattern, timeoutMs = stepTimeoutMs) {
    let last = '';
    const matched = await eventually(async () => {
      last = await this.webviewText(testid).catch((error) => `(${error.message})`);
      return pattern.test(last);
    }, timeoutMs);
    assert.ok(matched, `webview [data-testid="${testid}"] never matched ${pattern}; last text: ${JSON.stringify(last)}`);
    return last;
  }

  /** Clicks the element [data-testid=testid] in the inspector webview. */
  async clickWebview(testid) {
    const frame = await findWebviewFrame(this.page, '[data-testid="inspector-root"]');
    await frame.locator(`[data-testid="${testid}"]`).first().click({ timeout: stepTimeoutMs });
  }

  /** Clicks the first element matching a CSS `selector` in the inspector webview. */
  async clickWebviewSelector(selector) {
    const frame = await findWebviewFrame(this.page, '[data-testid="inspector-root"]');
    await frame.locator(selector).first().click({ timeout: stepTimeoutMs });
  }

  pick(label) {
    return pickQuickItem(this.page, label);
  }

  sideViewRows() {
    return treeViewRows(this.page, 'Python Heap: Focus on Heap View');
  }

  codeLenses() {
    return codeLenses(this.page);
  }

  hover(line, token) {
    return hoverText(this.page, line, token);
  }

  screenshot(name) {
    return this.shoot(name);
  }

  async close() {
    await this.page.context().close();
  }
}

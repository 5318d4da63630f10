/**
 * Hovers over the running script: a line's footprint, and (when the interpreter reports which
 * objects a line allocated) each object's size, refcount and place in the heap.
 */
import * as vscode from 'vscode';
import type { HeapSession } from '../heapSession';
import { formatBytes } from './formatBytes';
import { formatPlace, samePath } from '../../protocol/fileLines';

/** Provides the heap hovers. */
export class HeapHoverProvider implements vscode.HoverProvider {
  constructor(private readonly session: HeapSession) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const script = this.session.document?.toString() === document.uri.toString();
    if (!script && !this.session.draws(document.uri)) return undefined;
    const line = position.line + 1;
    const heap = this.session.state.heap;
    const footprint = this.session.footprintsFor(document.uri).find((f) => f.line === line);
    // Names are looked up in the script's globals and the paused frame: only the script's editor
    // shows what a name is bound to (a module's globals are its own namespace).
    const word = script ? document.getWordRangeAtPosition(position, /[A-Za-z_][A-Za-z0-9_]*/) : undefined;
    const name = word ? document.getText(word) : null;
    const variables = heap?.variables.filter((v) => v.name === name) ?? [];
    const variable = variables.find((v) => v.scope === 'local') ?? variables[0];
    const bound = variable ? heap?.objects.find((o) => o.id === variable.id) : undefined;
    // Objects allocated by this line of this file (a module's objects carry its path).
    const ofThisFile = (file: string | undefined) => script ? file === undefined : file !== undefined && samePath(file, document.uri.fsPath);
    const objects = bound ? [bound] : heap?.objects.filter((o) => o.line === line && ofThisFile(o.file)) ?? [];
    if (!footprint && objects.length === 0) return undefined;
    const md = new vscode.MarkdownString(undefined, true);
    md.appendMarkdown(`**Python Heap** · line ${line} · CPython ${this.session.state.version}\n\n`);
    if (footprint) {
      const blocks = (n: number) => `${n} block${n === 1 ? '' : 's'}`;
      md.appendMarkdown(
        `allocated **${blocks(footprint.allocations)}** (${formatBytes(footprint.allocatedBytes)}) · ` +
          `freed **${blocks(footprint.frees)}** (${formatBytes(footprint.freedBytes)}) · ` +
          `retains **${blocks(footprint.retainedBlocks)}** (${formatBytes(footprint.retainedBytes)})\n\n`,
      );
    }
    for (const o of objects.slice(0, 8)) {
      const generation = o.generation === null ? 'untracked' : `generation ${o.generation}`;
      const lead = bound && variable ? `\`${variable.name}\` (${variable.scope}) → ` : '';
      const origin = o.line === null ? 'from before the first line' : `allocated by line ${formatPlace(o.line, o.file)}`;
      md.appendMarkdown(
        `- ${lead}\`${o.typeName}\` ${o.label} — id \`0x${o.id.toString(16)}\`, getsizeof ${o.size} B, ` +
          `refcount ${o.refcount}, ${o.allocator}, GC: ${generation}, ${origin}\n`,
      );
    }
    if (objects.length > 8) md.appendMarkdown(`- … ${objects.length - 8} more\n`);
    return new vscode.Hover(md);
  }
}

/**
 * The manifest and the code agree: every contributed command is registered by exactly one file
 * of src/extension/commands, sits in the "Python Heap" category, and has a palette `when` clause
 * where it needs a run or a Python editor.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(__dirname, '../../../..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  contributes: { commands: { command: string; title: string; category: string }[]; menus: { commandPalette: { command: string; when: string }[] } };
  activationEvents: string[];
};
const commandsDir = join(root, 'src/extension/commands');
const registered = readdirSync(commandsDir).flatMap((f) =>
  [...readFileSync(join(commandsDir, f), 'utf8').matchAll(/registerCommand\('([^']+)'/g)].map((m) => ({ id: m[1], file: f })));

test('the commands of the foundation issue and of stepping by event (issue #4) are contributed', () => {
  const titles = manifest.contributes.commands.map((c) => c.title).sort();
  assert.deepEqual(titles, [
    'Collect Garbage', 'Compare with Real CPython', 'Export Report (JSON)', 'Open Inspector', 'Reset', 'Run Script',
    'Run to Cursor', 'Select CPython Version', 'Step Back', 'Step Line', 'Step to Next Allocation', 'Step to Next GC Phase',
  ]);
});

for (const c of manifest.contributes.commands) {
  test(`${c.command} is in the "Python Heap" category and registered once`, () => {
    assert.equal(c.category, 'Python Heap');
    assert.equal(registered.filter((r) => r.id === c.command).length, 1, `registrations of ${c.command}`);
  });
}

test('no command is registered without being contributed', () => {
  const contributed = new Set(manifest.contributes.commands.map((c) => c.command));
  assert.deepEqual(registered.filter((r) => !contributed.has(r.id)), []);
});

test('palette entries have when clauses', () => {
  for (const m of manifest.contributes.menus.commandPalette) assert.ok(m.when, `${m.command} has no when clause`);
});

/**
 * The layering of ARCHITECTURE.md is enforced by ESLint; these tests prove the rules bite, so a
 * refactor of eslint.config.mjs cannot silently switch them off.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { ESLint } from 'eslint';

const root = resolve(__dirname, '../../../..');

async function layeringErrors(filePath: string, code: string): Promise<string[]> {
  const eslint = new ESLint({
    cwd: root,
    overrideConfig: {
      languageOptions: { parserOptions: { projectService: false, project: null } },
      rules: { '@typescript-eslint/no-floating-promises': 'off' },
    },
  });
  const [result] = await eslint.lintText(code, { filePath: resolve(root, filePath) });
  return result.messages.filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-properties').map((m) => m.message);
}

const cases: { file: string; code: string; allowed: boolean }[] = [
  { file: 'src/engine/probe.ts', code: "import * as vscode from 'vscode';\nexport const v = vscode;\n", allowed: false },
  { file: 'src/engine/probe.ts', code: "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n", allowed: false },
  { file: 'src/engine/probe.ts', code: "import { x } from '../interpreter/x';\nexport const y = x;\n", allowed: false },
  { file: 'src/interpreter/probe.ts', code: "import { x } from '../extension/x';\nexport const y = x;\n", allowed: false },
  { file: 'src/interpreter/probe.ts', code: "import * as vscode from 'vscode';\nexport const v = vscode;\n", allowed: false },
  { file: 'src/protocol/probe.ts', code: "import { x } from '../engine/x';\nexport const y = x;\n", allowed: false },
  { file: 'webview/probe.ts', code: "import { x } from '../src/engine/x';\nexport const y = x;\n", allowed: false },
  { file: 'webview/probe.ts', code: "document.body.innerHTML = '<b>x</b>';\n", allowed: false },
  { file: 'src/worker/probe.ts', code: "import * as vscode from 'vscode';\nexport const v = vscode;\n", allowed: false },
  { file: 'src/cli/probe.ts', code: "import { x } from '../extension/x';\nexport const y = x;\n", allowed: false },
  // What each layer may do:
  { file: 'src/interpreter/probe.ts', code: "import { x } from '../engine/x';\nexport const y = x;\n", allowed: true },
  { file: 'src/engine/probe.ts', code: "import { x } from '../protocol/x';\nexport const y = x;\n", allowed: true },
  { file: 'src/extension/probe.ts', code: "import * as vscode from 'vscode';\nexport const v = vscode;\n", allowed: true },
  { file: 'webview/probe.ts', code: "import { x } from '../src/protocol/x';\nexport const y = x;\n", allowed: true },
];

for (const c of cases) {
  test(`${c.file}: ${c.code.split('\n')[0]} is ${c.allowed ? 'allowed' : 'a layering error'}`, async () => {
    const errors = await layeringErrors(c.file, c.code);
    if (c.allowed) assert.deepEqual(errors, []);
    else assert.ok(errors.length > 0, 'expected a layering error');
  });
}

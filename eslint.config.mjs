// ESLint flat config. Besides style, it enforces the layering of ARCHITECTURE.md:
//
//   protocol  <-  engine  <-  interpreter  <-  worker / cli / extension
//   protocol  <-  webview
//
// A lower layer never imports a higher one; the pure layers (protocol, engine, interpreter) import
// neither `vscode` nor Node built-ins; only src/extension imports `vscode`.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const nodeBuiltins = [
  'node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'worker_threads', 'crypto', 'util',
  'events', 'stream', 'http', 'https', 'net', 'url', 'process', 'buffer', 'assert', 'timers',
];

/** `no-restricted-imports` patterns forbidding the given layers (as relative-path globs). */
function layers(...names) {
  return names.map((n) => ({
    group: [`**/${n}`, `**/${n}/**`],
    message: `layering: this folder may not import src/${n} (see ARCHITECTURE.md)`,
  }));
}
const noVscode = { group: ['vscode'], message: 'layering: only src/extension may import vscode' };
const noNode = {
  group: nodeBuiltins,
  message: 'layering: the pure layers (protocol, engine, interpreter) use no Node built-ins',
};
const rule = (...patterns) => ['error', { patterns }];

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', '.cache/**', 'test-results/**', '.vscode-test/**', '**/*.js'] },
  js.configs.recommended,
  { files: ['**/*.mjs'], languageOptions: { globals: globals.node } },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: ['*.mjs'] }, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // node:test's test()/describe() return promises the runner itself awaits.
    files: ['**/*.test.ts', 'test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-floating-promises': ['error', {
        allowForKnownSafeCalls: [{ from: 'package', package: 'node:test', name: ['test', 'it', 'describe', 'suite'] }],
      }],
    },
  },
  { files: ['src/protocol/**/*.ts'], ignores: ['**/*.test.ts'],
    rules: { 'no-restricted-imports': rule(noVscode, noNode, ...layers('engine', 'interpreter', 'extension', 'worker', 'cli'), { group: ['**/webview/**'], message: 'layering: protocol may not import the webview' }) } },
  { files: ['src/engine/**/*.ts'], ignores: ['**/*.test.ts'],
    rules: { 'no-restricted-imports': rule(noVscode, noNode, ...layers('interpreter', 'extension', 'worker', 'cli'), { group: ['**/webview/**'], message: 'layering: the engine may not import the webview' }) } },
  { files: ['src/interpreter/**/*.ts'], ignores: ['**/*.test.ts'],
    rules: { 'no-restricted-imports': rule(noVscode, noNode, ...layers('extension', 'worker', 'cli'), { group: ['**/webview/**'], message: 'layering: the interpreter may not import the webview' }) } },
  { files: ['src/worker/**/*.ts', 'src/cli/**/*.ts'],
    rules: { 'no-restricted-imports': rule(noVscode, ...layers('extension'), { group: ['**/webview/**'], message: 'layering: may not import the webview' }) } },
  { files: ['src/extension/**/*.ts'],
    rules: { 'no-restricted-imports': rule(...layers('cli'), { group: ['**/webview/**'], message: 'layering: the host talks to the webview through src/protocol only' }) } },
  { files: ['webview/**/*.ts'], ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': rule(noVscode, noNode, ...layers('engine', 'interpreter', 'extension', 'worker', 'cli')),
      'no-restricted-properties': ['error',
        { property: 'innerHTML', message: 'no innerHTML in the webview: build DOM nodes' },
        { property: 'outerHTML', message: 'no outerHTML in the webview: build DOM nodes' }],
      'no-restricted-syntax': ['error', { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'no HTML strings in the webview' }],
    } },
);

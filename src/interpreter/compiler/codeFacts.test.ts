// Compares our code objects' constants and scoping with CPython's, snippet by snippet, for each
// version: test/parser/codeFacts-3.1x.json were produced by test/parser/dumpCodeFacts.py from
// test/parser/codeSnippets.json (rerun it after adding a snippet).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from '../parser/index';
import { PySyntaxError } from '../parser/syntaxError';
import { compile } from './compiler';
import { codeFacts } from './codeFacts';
import type { PythonVersion } from './codeObject';

const dir = join(process.cwd(), 'test', 'parser');
const snippets = JSON.parse(readFileSync(join(dir, 'codeSnippets.json'), 'utf8')) as Record<string, string>;

for (const version of ['3.11', '3.12', '3.13'] as PythonVersion[]) {
  const expected = JSON.parse(readFileSync(join(dir, `codeFacts-${version}.json`), 'utf8')) as Record<string, unknown>;
  for (const [name, source] of Object.entries(snippets)) {
    test(`${version} ${name}: co_consts/names/varnames/cellvars/freevars match CPython`, () => {
      const want = expected[name] as { error?: string };
      let got: unknown;
      try {
        got = codeFacts(compile(parse(source, '<snippet>'), { version, filename: '<snippet>' }));
      } catch (e) {
        if (!(e instanceof PySyntaxError)) throw e;
        got = { error: `${e.type}: ${e.msg} (${e.lineno})` };
      }
      assert.deepEqual(got, want);
    });
  }
}

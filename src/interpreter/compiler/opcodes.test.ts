// The instruction table stays documented: every opcode has a doc and a row in README.md.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { OPCODES } from './opcodes';

test('every opcode is documented in opcodes.ts and listed in the README', () => {
  const readme = readFileSync(join(process.cwd(), 'src', 'interpreter', 'compiler', 'README.md'), 'utf8');
  for (const [name, info] of Object.entries(OPCODES)) {
    assert.ok(info.doc.length > 5, name);
    assert.ok(readme.includes(`| \`${name}\` |`), `README lacks ${name}`);
  }
});

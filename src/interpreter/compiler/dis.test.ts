// Golden disassemblies (3.12): each golden/<name>.py compiles to exactly golden/<name>.dis.
// RESET_RESULTS=1 rewrites the .dis files; a mismatch writes <name>.dis.actual beside them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from '../parser/index';
import { compile } from './compiler';
import { dis } from './dis';

const dir = join(process.cwd(), 'src', 'interpreter', 'compiler', 'golden');

for (const file of readdirSync(dir).filter((f) => f.endsWith('.py'))) {
  test(`dis golden ${file}`, () => {
    const src = readFileSync(join(dir, file), 'utf8');
    const actual = dis(compile(parse(src, file), { version: '3.12', filename: file }));
    const golden = join(dir, file.replace(/\.py$/, '.dis'));
    if (process.env.RESET_RESULTS === '1' || !existsSync(golden)) writeFileSync(golden, actual);
    const expected = readFileSync(golden, 'utf8');
    if (actual !== expected) writeFileSync(golden + '.actual', actual);
    assert.equal(actual, expected);
  });
}

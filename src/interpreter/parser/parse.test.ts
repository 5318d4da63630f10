// Our parser against CPython 3.12's: the ast.dump of each test/parser/parseSources.json entry
// (or its SyntaxError) must equal test/parser/parseCases-3.12.json, produced by
// test/parser/dumpParseCases.py. Plus direct checks of the literal repairs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { astDump } from './astDump';
import { parse } from './pyAstAdapter';
import { PySyntaxError } from './syntaxError';
import type { Assign, ExprStmt } from './ast';

const dir = join(process.cwd(), 'test', 'parser');
const sources = JSON.parse(readFileSync(join(dir, 'parseSources.json'), 'utf8')) as Record<string, string>;
const expected = JSON.parse(readFileSync(join(dir, 'parseCases-3.12.json'), 'utf8')) as Record<string, unknown>;

for (const [name, source] of Object.entries(sources)) {
  test(`parse ${name} like CPython 3.12`, () => {
    let got: unknown;
    try {
      got = { dump: astDump(parse(source, '<test>')) };
    } catch (e) {
      if (!(e instanceof PySyntaxError)) throw e;
      got = { error: [e.type, e.msg, e.lineno, e.offset] };
    }
    assert.deepEqual(got, expected[name]);
  });
}

function value(src: string): unknown {
  const s = parse(src).body[0] as Assign | ExprStmt;
  return (s.value as { value?: unknown }).value;
}

test('int and float literals are told apart and big ints stay exact', () => {
  assert.deepEqual(value('x = 1\n'), { type: 'int', value: 1n });
  assert.deepEqual(value('x = 1.0\n'), { type: 'float', value: 1 });
  assert.deepEqual(value('x = 2**64\n'), undefined); // a BinOp, not folded by the parser
  assert.deepEqual(value('x = 18446744073709551617\n'), { type: 'int', value: 18446744073709551617n });
  assert.deepEqual(value('x = 1e400\n'), { type: 'float', value: Infinity });
});

test('bytes, Ellipsis and u-strings', () => {
  assert.deepEqual(value("b'\\xff'\n"), { type: 'bytes', value: new Uint8Array([255]) });
  assert.deepEqual(value('...\n'), { type: 'ellipsis' });
  assert.equal(value("'...'\n"), '...');
  assert.equal((parse("u'x'\n").body[0] as ExprStmt).value._type, 'Constant');
});

test('columns are UTF-8 byte offsets', () => {
  const s = parse("é = 'é'\n").body[0] as Assign;
  assert.equal(s.value.col_offset, 5);
  assert.equal(s.value.end_col_offset, 9);
});

test('syntax errors carry CPython positions', () => {
  assert.throws(() => parse('x = (1,\n', 'f.py'), (e: unknown) => e instanceof PySyntaxError
    && e.msg === "'(' was never closed" && e.lineno === 1 && e.offset === 5 && e.filename === 'f.py');
});

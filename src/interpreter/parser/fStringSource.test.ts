import { test } from 'node:test';
import assert from 'node:assert/strict';
import { maskEscapedNames, SingleBraceError, stringTokens, undoubleBraces } from './fStringSource';
import { parse } from './index';

// Expected values: what CPython 3.11.7, 3.12.1 and 3.13.0 evaluate these literals to (the same in
// all three; test/corpus/programs/fstring_named_escapes.py checks them end to end).

test('undoubleBraces keeps escapes whole: \\\\ pairs, and \\N{ runs to the first }', () => {
  assert.equal(undoubleBraces('\\\\N{{BULLET}}', false), '\\\\N{BULLET}');
  assert.equal(undoubleBraces('\\N{BULLET}{{}}', false), '\\N{BULLET}{}');
  assert.equal(undoubleBraces('\\N{{X}}', true), '\\N{X}');
  assert.throws(() => undoubleBraces('ab\\N{{X}}cd', false), (e: unknown) => e instanceof SingleBraceError && e.at === 8);
});

test('stringTokens skips replacement fields, comments and the space between pieces', () => {
  const src = 'f"a{x!r:>{w}}" # c\n  rb\'\\\'\' """z"""';
  const toks = stringTokens(src, [[3, 13]]);
  assert.deepEqual(toks.map((t) => [t.prefix, t.quote, src.slice(t.bodyStart, t.bodyEnd)]), [['f', '"', 'a{x!r:>{w}}'], ['rb', "'", "\\'"], ['', '"""', 'z']]);
});

test('maskEscapedNames hides only the \\N{ that are not named escapes, column for column', () => {
  const src = 'x = f"\\\\N{a}\\N{BULLET}" + rf"\\N{b}" + "\\\\N{c}"';
  const masked = maskEscapedNames(src);
  assert.equal(masked, 'x = f"\\\\M{a}\\N{BULLET}" + rf"\\M{b}" + "\\\\N{c}"');
});

function constants(src: string): unknown[] {
  const mod = parse(src, '<t>', '3.12') as unknown as { body: { value: { values: { _type: string; value?: unknown }[] } }[] };
  return mod.body[0]!.value.values.map((v) => v._type === 'Constant' ? v.value : v._type);
}

test('f-string pieces are decoded from the source', () => {
  assert.deepEqual(constants('f"\\\\N{{BULLET}}"'), ['\\N{BULLET}']);
  assert.deepEqual(constants('f"\\N{bullet}\\\\N{x}"'), ['\u2022\\N', 'FormattedValue']);
  assert.deepEqual(constants('rf"\\N{{B}}\\x41{y}"'), ['\\N{B}\\x41', 'FormattedValue']);
  assert.deepEqual(constants('f"\\x5cN{{B}}" "\\N{BULLET}" f"\\101"'), ['\\N{B}\u2022A']);
});

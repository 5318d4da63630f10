// The arena references of a script's constants (astArena.ts); the counts themselves are checked
// against CPython by the corpus program main_constant_refcounts (test/oracle/astConstantRefs.py).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from '../parser/index';
import { arenaConstantRefs, isOneToken, literalRefs } from './astArena';
import { compile } from './compiler';
import type { PythonVersion } from './codeObject';

function refs(source: string, version: PythonVersion): Record<string, number> {
  const mod = parse(source, '<t>');
  const literals = literalRefs(mod, source, version);
  compile(mod, { version, filename: '<t>' });
  return Object.fromEntries(arenaConstantRefs(mod, literals));
}

test('one string token, not an implicit concatenation', () => {
  assert.equal(isOneToken('b"ab"'), true);
  assert.equal(isOneToken("rb'a\\'b'"), true);
  assert.equal(isOneToken('b"""a"b"""'), true);
  assert.equal(isOneToken('b"a" b"b"'), false);
  assert.equal(isOneToken('b"a"\nb"b"'), false);
});

test('one reference per value, whatever the number of equal literals; folded values hold one', () => {
  const r = refs('x = 1000\ny = 1000\nz = -5000\ndef f():\n    return "s t"\n', '3.12');
  assert.equal(r.i1000, 1);
  assert.equal(r['i-5000'], 1);
  assert.equal(r['i5000'], undefined); // folded away: its object is no constant
  assert.equal(r['ss t'], 1);
});

test('a one-token bytes literal is in the arena twice on 3.12+, once on 3.11', () => {
  const src = 'a = b"xy"\nb = b"p" b"q"\n';
  assert.deepEqual([refs(src, '3.11').b7879, refs(src, '3.11').b7071], [1, 1]);
  assert.deepEqual([refs(src, '3.13').b7879, refs(src, '3.13').b7071], [2, 1]);
});

test('tuple items keep their literals; a frozenset holds none, its items do', () => {
  const r = refs('t = (1000.5, "a b")\nc = x in {7000, 8000}\n', '3.12');
  assert.equal(r['t(f1000.5\u0000sa b)'], 1);
  assert.equal(r['f1000.5'], 1);
  assert.equal(r['i7000'], 1);
  assert.equal(Object.keys(r).some((k) => k.startsWith('z(')), false);
});

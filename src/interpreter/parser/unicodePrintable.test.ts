import { test } from 'node:test';
import assert from 'node:assert/strict';
import { strRepr } from './pyRepr';
import { isPrintableCodePoint } from './unicodePrintable';

// Expected values: `repr(chr(cp))` / `chr(cp).isprintable()` printed by 3.11.7, 3.12.1, 3.13.0
// (test/corpus/programs/unicode_repr_escapes.py, test/oracle/unicodePrintable.py).
test('repr escapes what each version calls non-printable', () => {
  assert.equal(strRepr('\ufeffname', '3.12'), "'\\ufeffname'");
  assert.equal(strRepr('x\xa0\xady', '3.11'), "'x\\xa0\\xady'");
  assert.equal(strRepr('a\u3000\u2028', '3.13'), "'a\\u3000\\u2028'");
  assert.equal(strRepr('\ud800\ue000\u{1f600}', '3.13'), "'\\ud800\\ue000\u{1f600}'");
  assert.equal(strRepr('\u{e0001}', '3.11'), "'\\U000e0001'");
});

test('the Unicode version differs per CPython version', () => {
  assert.deepEqual(['3.11', '3.12', '3.13'].map((v) => isPrintableCodePoint(0x1e030, v as '3.11')), [false, true, true]);
  assert.deepEqual(['3.11', '3.12', '3.13'].map((v) => isPrintableCodePoint(0x2ffc, v as '3.11')), [false, false, true]);
  assert.equal(isPrintableCodePoint(0x20, '3.12'), true);
  assert.equal(isPrintableCodePoint(0x10ffff, '3.12'), false);
});

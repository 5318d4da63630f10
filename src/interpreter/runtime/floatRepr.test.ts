/** Float reprs checked against CPython's (values printed by `python3 -c 'print(repr(x))'`). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { floatRepr } from './floatRepr';

const cases: [number, string][] = [
  [0.1, '0.1'], [1.0, '1.0'], [-2.5, '-2.5'], [1e16, '1e+16'], [1e15, '1000000000000000.0'], [1.2345678901234568e17, '1.2345678901234568e+17'],
  [0.0001, '0.0001'], [0.00001, '1e-05'], [1.5e-7, '1.5e-07'], [0.1 + 0.2, '0.30000000000000004'], [1 / 3, '0.3333333333333333'],
  [2 ** 0.5, '1.4142135623730951'], [-0.0, '-0.0'], [Infinity, 'inf'], [-Infinity, '-inf'], [NaN, 'nan'], [1e300 * 10, '1e+301'],
  [5e-324, '5e-324'], [1.7976931348623157e308, '1.7976931348623157e+308'], [100.0, '100.0'], [12345.678, '12345.678'],
];

for (const [x, expected] of cases) {
  test(`repr(${expected})`, () => assert.equal(floatRepr(x), expected));
}

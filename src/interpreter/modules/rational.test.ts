/**
 * Exact rational helpers against values printed by CPython 3.12.1 (the same on 3.11.7 and 3.13.0):
 * hashes, correctly rounded float values, limit_denominator, round half even and decimal digits.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as Q from './rational';

test('hash(Fraction) is the modular-inverse hash CPython prints', () => {
  assert.equal(Q.rationalHash([1n, 3n]), 1537228672809129301n);
  assert.equal(Q.rationalHash([-1n, 3n]), -1537228672809129301n);
  assert.equal(Q.rationalHash([5n, 1n]), 5n);
  assert.equal(Q.rationalHash([1n, 2n ** 61n - 1n]), 314159n);
  assert.equal(Q.rationalHash([1n, 2n]), 1152921504606846976n); // hash(0.5)
  assert.equal(Q.rationalHash([-1n, 1n]), -2n);
});

test('float(Fraction) is int true division, correctly rounded', () => {
  assert.equal(Q.ratioToFloat(1n, 3n), 0.3333333333333333);
  assert.equal(Q.ratioToFloat(10n ** 30n, 3n), 3.333333333333333e29);
  assert.equal(Q.ratioToFloat(1n, 10n ** 400n), 0);
  assert.equal(Q.ratioToFloat(10n ** 400n, 3n), null);
  assert.equal(Q.ratioToFloat(3602879701896397n, 36028797018963968n), 0.1);
});

test('limit_denominator, round and formatting digits', () => {
  assert.deepEqual(Q.limitDenominator([314159265358979n, 100000000000000n], 1000n), [355n, 113n]);
  assert.deepEqual(Q.limitDenominator([7n, 3n], 2n), [5n, 2n]);
  assert.equal(Q.roundHalfEven([5n, 2n]), 2n);
  assert.equal(Q.roundHalfEven([-5n, 2n]), -2n);
  assert.equal(Q.roundHalfEven([7n, 2n]), 4n);
  assert.equal(Q.fixedDigits([1n, 3n], 5, false), '0.33333');
  assert.equal(Q.exponentBody([123456789n, 1000n], 3, false), '1.235e+05');
  assert.equal(Q.generalBody([1n, 8000n], 6, false), '0.000125');
  assert.deepEqual(Q.parseRational('\t-1.25E+2 ', false), { n: -12500n, d: 100n });
  assert.equal(Q.parseRational('3 / 4', false), null);
  assert.deepEqual(Q.parseRational('3 / 4', true), { n: 3n, d: 4n });
});

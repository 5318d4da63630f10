/**
 * decimal's arithmetic against what CPython 3.12.1 printed for test/oracle/decimalProbe.py (the
 * same on 3.11.7 and 3.13.0): rounding modes, exact quotients at their ideal exponent, square
 * roots, integer powers, divide-int/remainder, and the to-scientific-string rules.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as N from './decimalNumber';

const ctx = (prec = 28, rounding: N.Rounding = 'ROUND_HALF_EVEN'): N.Ctx => ({ prec, rounding, emin: -999999, emax: 999999, clamp: 0, status: 0 });
const D = (s: string): N.Dec => N.parseDecimal(s) as N.Dec;
const S = (d: N.Dec): string => N.toSci(d);

test('to-scientific-string switches to exponents as the spec says', () => {
  const got = ['0.000001', '0.0000001', '1E+2', '100', '1.00E-5', '-0.0', '123E-10', '1e6', '0E-7', 'nan', '-sNaN12', 'inf'].map((s) => S(D(s)));
  assert.deepEqual(got, ['0.000001', '1E-7', '1E+2', '100', '0.0000100', '-0.0', '1.23E-8', '1E+6', '0E-7', 'NaN', '-sNaN12', 'Infinity']);
});

test('division: rounded to the precision, exact quotients at the ideal exponent', () => {
  assert.equal(S(N.div(D('1'), D('3'), ctx())), '0.3333333333333333333333333333');
  assert.equal(S(N.div(D('1'), D('7'), ctx(5))), '0.14286');
  assert.equal(S(N.div(D('1'), D('4'), ctx())), '0.25');
  const c = ctx();
  assert.equal(S(N.div(D('0'), D('0'), c)), 'NaN');
  assert.equal(c.status, N.MPD.DivisionUndefined);
});

test('rounding modes on 2.5 and -2.5 (quantize to 1)', () => {
  const one = D('1');
  const modes: N.Rounding[] = ['ROUND_UP', 'ROUND_DOWN', 'ROUND_CEILING', 'ROUND_FLOOR', 'ROUND_HALF_UP', 'ROUND_HALF_DOWN', 'ROUND_HALF_EVEN', 'ROUND_05UP'];
  assert.deepEqual(modes.map((m) => S(N.quantize(D('2.5'), one, ctx(), m))), ['3', '2', '3', '2', '3', '2', '2', '2']);
  assert.deepEqual(modes.map((m) => S(N.quantize(D('-2.5'), one, ctx(), m))), ['-3', '-2', '-2', '-3', '-3', '-2', '-2', '-2']);
  assert.equal(S(N.quantize(D('1.23'), D('1E+30'), ctx(), 'ROUND_HALF_EVEN')), '0E+30');
});

test('sqrt, powers, multiplication and addition keep the spec exponents', () => {
  assert.equal(S(N.sqrt(D('2'), ctx())), '1.414213562373095048801688724');
  assert.equal(S(N.sqrt(D('4'), ctx())), '2');
  assert.equal(S(N.sqrt(D('0.0400'), ctx())), '0.20');
  assert.equal(S(N.powInt(D('1.1'), 20n, ctx())), '6.72749994932560009201');
  assert.equal(S(N.powInt(D('10'), -2n, ctx())), '0.01');
  assert.equal(S(N.mul(D('12345678901234567890'), D('98765432109876543210'), ctx())), '1.219326311370217952237463801E+39');
  assert.equal(S(N.add(D('1.30'), D('1.20'), ctx())), '2.50');
  assert.equal(S(N.add(D('-0'), D('0'), ctx())), '0');
  assert.equal(S(N.normalize(D('12.50'), ctx())), '12.5');
});

test('divide-int and remainder truncate; the exact value of a float', () => {
  assert.deepEqual(N.divRem(D('-7.5'), D('2'), ctx()).map(S), ['-3', '-1.5']);
  const c = ctx();
  N.divRem(D('1E+30'), D('0.001'), c, 'q');
  assert.equal(c.status, N.MPD.DivisionImpossible);
  assert.equal(S(N.fromFloat(0.1)), '0.1000000000000000055511151231257827021181583404541015625');
});

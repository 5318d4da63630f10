/** int getsizeof over magnitudes and the requests of each creation path. */
import {
  longAddRequest, longAddSubRequest, longDigitCount, longMulRequest, longSizeof, longSubRequest,
} from '../../src/engine/objects/layout/longLayout';
import { checkOracle, upTo, type FactModel } from './facts';

const pow2 = (k: number): bigint => 2n ** BigInt(k);
const big = (k: number): bigint => 2n ** BigInt(30 * k);
const one = 1n;

const models: Record<string, FactModel> = {
  'getsizeof.pow2': () => upTo(201, (k) => longSizeof(longDigitCount(pow2(k)))),
  'getsizeof.neg.pow2': () => upTo(201, (k) => longSizeof(longDigitCount(-pow2(k)))),
  'getsizeof.pow2minus1': () => upTo(201, (k) => longSizeof(longDigitCount(pow2(k) - 1n))),
  'getsizeof.zero': () => longSizeof(0),
  'request.small': () => [],
  'request.medium': () => [longAddSubRequest(one, 1000n, '+')],
  'request.mediumNegative': () => [longAddSubRequest(-1000n, one, '-')],
  'request.twoDigitsFromCompact': () => [longAddSubRequest(2n ** 30n - 1n, (2n ** 30n - 1n) * one, '+')],
  'request.xAdd': () => upTo(7, (i) => [longAddRequest(longDigitCount(big(i + 1)), 1)]),
  'request.xSub': () => upTo(7, (i) => [longSubRequest(longDigitCount(big(i + 1)), 1)]),
  'request.xMul': () => upTo(7, (i) => [longMulRequest(longDigitCount(big(i + 1)), 1)]),
};
checkOracle('ints', models);

/**
 * MT19937 against CPython 3.12.1 (identical in 3.11 and 3.13): for each seed, three raw words, a
 * `random()`, `getrandbits(70)` and `randrange(10**i)` for i = 1..5, as
 * `random.Random(seed)` gave them. Seeds cover zero, one and several 32-bit key words and a
 * negative int (the absolute value is used).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MersenneTwister } from './mersenneTwister';

const expected: [string, number[], number, string, number[]][] = [
  ['0', [3626764237, 1654615998, 3255389356], 0.890243920837131, '1130027559504484052788', [8, 62, 414, 4969, 62468]],
  ['1', [577090037, 2444712010, 3639700191], 0.8022650611681835, '133832401659235910865', [7, 97, 460, 7737, 85405]],
  ['42', [2746317213, 478163327, 107420369], 0.7415504997598329, '151691464061534419856', [1, 86, 758, 8935, 11395]],
  ['4294967295', [2728839433, 2661025012, 872737089], 0.21534345751528883, '706350466668003319252', [5, 48, 688, 4581, 46541]],
  ['4294967296', [485306839, 1508871100, 1794561286], 0.9347212762883035, '1044301937310655031053', [5, 69, 462, 229, 18099]],
  ['18446744073709551619', [3921169615, 2134766284, 3962962676], 0.09865903727429792, '1162536741249816997708', [3, 33, 2, 5030, 49826]],
  ['-5', [2675342405, 1097127993, 3185950873], 0.35853551175589526, '995062575023895158750', [8, 3, 860, 7628, 32643]],
  ['1000000000000000000000000000000', [4012147334, 2100903950, 2256175901], 0.12390350065504763, '1131337832500313228130', [2, 52, 465, 2211, 55726]],
];

test('MT19937 draws what CPython draws for int seeds', () => {
  for (const [seed, words, float, bits, below] of expected) {
    const mt = new MersenneTwister();
    mt.seedInt(BigInt(seed));
    assert.deepEqual([mt.next32(), mt.next32(), mt.next32()], words, `seed ${seed}`);
    assert.equal(mt.random(), float, `seed ${seed}`);
    assert.equal(mt.getrandbits(70), BigInt(bits), `seed ${seed}`);
    assert.deepEqual([1, 2, 3, 4, 5].map((i) => Number(mt.randbelow(10n ** BigInt(i)))), below, `seed ${seed}`);
  }
});

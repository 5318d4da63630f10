/** bytearray buffer sizes along its growth paths, and its requests. */
import {
  bytearrayAppendMany, bytearrayGetsizeof, bytearrayNew, bytearrayObjectRequest, bytearrayResize, emptyByteArray,
  type ByteArrayState,
} from '../../src/engine/objects/layout/bytearrayLayout';
import { checkOracle, trajectory, upTo, type FactModel } from './facts';

const size = (s: ByteArrayState): number => bytearrayGetsizeof(s.alloc);
const grow = (count: number, k: number): number[] => trajectory(emptyByteArray(), count, (s) => bytearrayResize(s, s.size + k), size);
const shrinking = (start: ByteArrayState): number[] => trajectory(start, start.size, (s) => bytearrayResize(s, s.size - 1), size);
const each = (f: (n: number) => ByteArrayState): FactModel => () => upTo(41, (n) => size(f(n)));

const models: Record<string, FactModel> = {
  append: () => grow(200, 1),
  extend3: () => grow(60, 3),
  iadd5: () => grow(60, 5),
  'bytearray.count': each(bytearrayNew),
  'bytearray.bytes': each(bytearrayNew),
  'bytearray.range': each((n) => bytearrayAppendMany(emptyByteArray(), n)),
  'pop.from100': () => shrinking(bytearrayNew(100)),
  'pop.fromAppend50': () => shrinking(bytearrayAppendMany(emptyByteArray(), 50)),
  'delFront.from40': () => shrinking(bytearrayNew(40)),
  'request.bytearray.count': () => [0, 1, 10, 100].map((n) => {
    const alloc = bytearrayNew(n).alloc;
    return [bytearrayObjectRequest(), alloc].filter((x) => x > 0).sort((a, b) => b - a);
  }),
};
checkOracle('bytearrays', models);

/**
 * The eval loop's int/float shortcuts agree with the general `binaryOp`/`compare` on every pair of
 * a grid of operands (signs, zero, -0.0, NaN, infinities, the compact-int boundary 2^30, a bigint):
 * the same result (type, value, allocation size, heap bytes) or a refusal (undefined).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newFloat, type PyFloatObject } from '../../engine/objects/floatObject';
import { newInt, type PyLongObject } from '../../engine/objects/longObject';
import type { PyObject } from '../../engine/objects/object';
import { binaryOp } from '../objects/numberProtocol';
import { compare } from '../objects/richCompare';
import { bootstrap } from '../runtime/bootstrap';
import { fastBinaryOp, fastCompare } from './numberFastPaths';

const ints = [0, 1, -1, 7, -7, 300, -300, 2 ** 30 - 1, -(2 ** 30 - 1), 2 ** 30, 2 ** 40, 2n ** 70n];
const floats = [0, -0, 0.5, -2.5, 1e300, NaN, Infinity, -Infinity, 3];

function describe(o: PyObject): string {
  const v = (o as PyLongObject | PyFloatObject).value;
  return `${o.type.name}:${Object.is(v, -0) ? '-0' : String(v)}:${o.type.sizeof?.(o) ?? ''}`;
}

test('fast BINARY_OP and COMPARE_OP give what the general paths give', () => {
  const { interp } = bootstrap('3.12');
  const rt = interp.rt;
  const operands: PyObject[] = [...ints.map((v) => newInt(rt, v)), ...floats.map((v) => newFloat(rt, v)), rt.True];
  let taken = 0;
  for (const a of operands) {
    for (const b of operands) {
      for (let nb = 0; nb < 26; nb++) {
        const before = rt.heap.memory.pymallocBytes;
        const fast = fastBinaryOp(rt, nb, a, b);
        if (fast === undefined) continue;
        taken++;
        const fastBytes = rt.heap.memory.pymallocBytes - before;
        const general = binaryOp(interp, nb, a, b);
        const generalBytes = rt.heap.memory.pymallocBytes - before - fastBytes;
        assert.equal(describe(fast), describe(general), `${describe(a)} op${nb} ${describe(b)}`);
        assert.equal(fastBytes, generalBytes);
        rt.heap.decref(fast);
        rt.heap.decref(general);
      }
      for (let op = 0; op < 6; op++) {
        const fast = fastCompare(rt, op, a, b);
        if (fast !== undefined) assert.equal(fast, compare(interp, op, a, b), `${describe(a)} cmp${op} ${describe(b)}`);
      }
    }
  }
  assert.ok(taken > 300, `${taken} fast results`);
  assert.equal(fastBinaryOp(rt, 2, newInt(rt, 5), newInt(rt, 0)), undefined, 'a zero divisor takes the raising path');
});

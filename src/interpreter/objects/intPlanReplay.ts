/**
 * Replays an int operation's allocation plan (intPaths.ts) on the heap: temporaries as plain
 * traced blocks (`PyObject_Malloc` / `PyObject_Free` of a PyLongObject nobody sees), the results as
 * int objects in the block the plan made for them, so peaks, blocks and bytes per line are
 * CPython's.
 */
import type { PyLongObject } from '../../engine/objects/longObject';
import { newInt, newIntBlock } from '../../engine/objects/longObject';
import type { PyObject } from '../../engine/objects/object';
import type { Runtime } from '../../engine/runtime';
import { planUnary } from './intPaths';
import { ndigits, type IntPlan } from './intPlanner';
import type { Interp } from '../runtime/interp';

/** The plan's results as new references; `operands` are what a result of -2 - i hands back. */
export function replayIntPlan(rt: Runtime, plan: IntPlan, operands: readonly PyLongObject[]): PyObject[] {
  const memory = rt.heap.memory;
  const owners = new Map<number, number>();
  plan.results.forEach((r, i) => { if (r.block >= 0) owners.set(r.block, i); });
  const out: (PyObject | null)[] = plan.results.map(() => null);
  const addresses: number[] = [];
  for (const e of plan.events) {
    if (e > 0) {
      const owner = owners.get(addresses.length);
      if (owner === undefined) addresses.push(memory.objectMalloc(e, 'int'));
      else {
        out[owner] = newIntBlock(rt, plan.results[owner].value, e);
        addresses.push(0);
      }
    } else memory.free(addresses[~e], 'int', 'obj');
  }
  return plan.results.map((r, i) => {
    const made = out[i];
    if (made) return made;
    if (r.block <= -2) {
      const o = operands[-2 - r.block];
      // long_long: the operand itself when it is an exact int, else `_PyLong_Copy` (bool, subclasses).
      if (o.type === rt.types.int) {
        rt.heap.incref(o);
        return o;
      }
      const n = ndigits(r.value);
      return n <= 1 && r.value >= -5n && r.value <= 256n ? newInt(rt, r.value) : newIntBlock(rt, r.value, 24 + 4 * Math.max(1, n));
    }
    return newInt(rt, r.value);
  });
}

/** The one result of a plan. */
export function replayIntPlan1(rt: Runtime, plan: IntPlan, operands: readonly PyLongObject[]): PyObject {
  return replayIntPlan(rt, plan, operands)[0];
}

/** `-v`, `~v`, `abs(v)` of an exact int (`long_neg`, `long_invert`, `long_abs`); compact values stay on the fast path. */
export function intUnary(interp: Interp, v: PyLongObject, op: '-' | '~' | 'abs'): PyObject {
  const rt = interp.rt;
  const x = v.value;
  if (typeof x === 'number' && Math.abs(x) < 2 ** 30) {
    if (op === 'abs' && x >= 0) {
      rt.heap.incref(v);
      return v;
    }
    return newInt(rt, op === '~' ? -x - 1 : -x);
  }
  return replayIntPlan1(rt, planUnary(x, op), [v]);
}

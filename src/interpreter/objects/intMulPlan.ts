/**
 * `_PyLong_Multiply`'s allocations (Objects/longobject.c, 3.11–3.13): `x_mul` below the
 * Karatsuba cutoff, else `k_mul`'s halves (`kmul_split`), partial products and sums, and
 * `k_lopsided_mul`'s reused slice for operands of very different sizes.
 */
import type { IntValue } from '../../engine/objects/longObject';
import { SHIFT, NONE, ndigits, abs, newRequest, Planner, small, operand, compact, xAdd, type IntPlan, type PlannedInt as M } from './intPlanner';

/** `KARATSUBA_CUTOFF`: below it (in the smaller operand's digits) `k_mul` is `x_mul`. */
const KARATSUBA_CUTOFF = 70;
/** `KARATSUBA_SQUARE_CUTOFF`: the same for a square (both operands one object). */
const KARATSUBA_SQUARE_CUTOFF = 2 * KARATSUBA_CUTOFF;
/** Past this many digits a multiplication is planned as its result alone (k_mul's tree would be huge). */
const KMUL_PLAN_LIMIT = 20000;

/** `kmul_split`: the high and low halves (at `size` digits) of |m|, each a new normalised block. */
function kmulSplit(p: Planner, m: M, size: number): [M, M] {
  const sizeLo = Math.min(m.n, size);
  const sizeHi = m.n - sizeLo;
  const a = abs(m.v);
  const hi = p.block(a >> (SHIFT * BigInt(sizeLo)), newRequest(sizeHi));
  const lo = p.block(a & ((1n << (SHIFT * BigInt(sizeLo))) - 1n), newRequest(sizeLo));
  return [hi, lo];
}

/**
 * `k_mul`'s allocations for |a| * |b| (`same`: one object squared). Returns the result's block
 * (NONE when an operand is zero), its value left to the caller.
 */
function kmul(p: Planner, a: M, b: M, same: boolean): M {
  if (a.n > b.n) [a, b] = [b, a];
  if (a.n <= (same ? KARATSUBA_SQUARE_CUTOFF : KARATSUBA_CUTOFF) || a.n > KMUL_PLAN_LIMIT) {
    if (a.n === 0) return small(0n);
    return p.block(0n, newRequest(a.n + b.n), a.n + b.n);
  }
  if (2 * a.n <= b.n) return kLopsidedMul(p, a, b);
  const shift = b.n >> 1;
  const [ah, al] = kmulSplit(p, a, shift);
  const [bh, bl] = same ? [p.incref(ah), p.incref(al)] : kmulSplit(p, b, shift);
  const ret = p.block(0n, newRequest(a.n + b.n), a.n + b.n);
  const t1 = kmul(p, ah, bh, same);
  const t2 = kmul(p, al, bl, same);
  p.decref(t2);
  p.decref(t1);
  const s1 = xAdd(p, ah, al);
  p.decref(ah);
  p.decref(al);
  const s2 = same ? p.incref(s1) : xAdd(p, bh, bl);
  p.decref(bh);
  p.decref(bl);
  const t3 = kmul(p, s1, s2, same);
  p.decref(s1);
  p.decref(s2);
  p.decref(t3);
  return ret;
}

/** `k_lopsided_mul`: b in slices of a's width, one reused slice block, each partial product freed. */
function kLopsidedMul(p: Planner, a: M, b: M): M {
  const ret = p.block(0n, newRequest(a.n + b.n), a.n + b.n);
  const slice = p.block(0n, newRequest(a.n), a.n);
  const bv = abs(b.v);
  let done = 0;
  for (let left = b.n; left > 0;) {
    const use = Math.min(left, a.n);
    const part: M = { v: (bv >> (SHIFT * BigInt(done))) & ((1n << (SHIFT * BigInt(use))) - 1n), n: use, h: NONE, rc: 1 };
    p.decref(kmul(p, a, part, false));
    left -= use;
    done += use;
  }
  p.decref(slice);
  return ret;
}

/** `_PyLong_Multiply` of a and b (`same`: one object), the product's value set. */
export function longMul(p: Planner, a: M, b: M, same: boolean): M {
  if (compact(a) && compact(b)) return p.fromValue(a.v * b.v);
  const z = kmul(p, a, b, same);
  z.v = a.v * b.v;
  z.n = ndigits(z.v);
  return z;
}

/** `a * b` (`same`: one object). */
export function planMul(a: IntValue, b: IntValue, same: boolean): IntPlan {
  const p = new Planner();
  const x = operand(a, 0);
  const y = operand(b, 1);
  return p.plan([longMul(p, x, y, same)]);
}

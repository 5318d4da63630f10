/**
 * Floor division and modulo's allocations (`long_div`, `long_mod`, `long_divmod`,
 * Objects/longobject.c 3.11–3.13): `divrem1` for a one-digit divisor, else `x_divrem`'s shifted
 * copies, then `l_mod`/`l_divmod`'s sign fix-ups; |a| < |b| hands a itself back.
 */
import { bitLength, type IntValue } from '../../engine/objects/longObject';
import { SHIFT, MEDIUM, abs, newRequest, digit, Planner, small, operand, longAdd, longSub, type IntPlan, type PlannedInt as M } from './intPlanner';

/** `x_divrem`: the shifted copies (v freed at the end), the quotient (k digits) and the remainder in w's copy. */
function xDivrem(p: Planner, v: M, w: M): { q: M; r: M } {
  let sizeV = v.n;
  const sizeW = w.n;
  const vv = p.block(0n, newRequest(sizeV + 1));
  const r = p.block(abs(v.v) % abs(w.v), newRequest(sizeW));
  const d = 30n - BigInt(bitLength(digit(w.v, sizeW - 1)));
  const shiftedV = abs(v.v) << d;
  const carry = shiftedV >> (SHIFT * BigInt(sizeV));
  const vTop = (shiftedV >> (SHIFT * BigInt(sizeV - 1))) & (MEDIUM - 1n);
  const wTop = ((abs(w.v) << d) >> (SHIFT * BigInt(sizeW - 1))) & (MEDIUM - 1n);
  if (carry !== 0n || vTop >= wTop) sizeV++;
  const q = p.block(abs(v.v) / abs(w.v), newRequest(sizeV - sizeW));
  p.decref(vv);
  return { q, r };
}

/** Whether |a| < |b| by `long_divrem`'s test (digit counts, then top digits). */
function smallerMagnitude(a: M, b: M): boolean {
  return a.n < b.n || (a.n === b.n && digit(a.v, a.n - 1) < digit(b.v, b.n - 1));
}

/** `long_divrem`: truncated quotient and remainder (sign of a). */
function longDivrem(p: Planner, a: M, b: M): { q: M; r: M } {
  if (smallerMagnitude(a, b)) return { q: small(0n), r: p.incref(a) };
  let q: M;
  let r: M;
  if (b.n === 1) {
    q = p.block(abs(a.v) / abs(b.v), newRequest(a.n));
    r = p.fromValue(abs(a.v) % abs(b.v));
  } else {
    ({ q, r } = xDivrem(p, a, b));
    r = p.maybeSmall(r);
  }
  if ((a.v < 0n) !== (b.v < 0n)) q = p.negate(q);
  if (a.v < 0n && r.v !== 0n) r = p.negate(r);
  return { q: p.maybeSmall(q), r };
}

/** `long_rem`: the remainder alone (the quotient x_divrem made is freed at once). */
function longRem(p: Planner, a: M, b: M): M {
  if (smallerMagnitude(a, b)) return p.incref(a);
  let r: M;
  if (b.n === 1) r = p.fromValue(abs(a.v) % abs(b.v));
  else {
    const d = xDivrem(p, a, b);
    p.decref(d.q);
    r = p.maybeSmall(d.r);
  }
  return a.v < 0n && r.v !== 0n ? p.negate(r) : r;
}

const wrongSign = (r: M, w: M): boolean => (r.v < 0n && w.v > 0n) || (r.v > 0n && w.v < 0n);

/** `l_mod`. */
export function lMod(p: Planner, v: M, w: M): M {
  if (v.n === 1 && w.n === 1) return p.fromValue(floorMod(v.v, w.v));
  let r = longRem(p, v, w);
  if (wrongSign(r, w)) {
    const t = longAdd(p, r, w);
    p.decref(r);
    r = t;
  }
  return r;
}

/** `l_divmod` (wantDiv / wantMod: which parts the caller keeps). */
function lDivmod(p: Planner, v: M, w: M, wantDiv: boolean, wantMod: boolean): { q: M | null; r: M | null } {
  if (v.n === 1 && w.n === 1) {
    const q = wantDiv ? p.fromValue(floorDiv(v.v, w.v)) : null;
    const r = wantMod ? p.fromValue(floorMod(v.v, w.v)) : null;
    return { q, r };
  }
  let { q, r } = longDivrem(p, v, w);
  if (wrongSign(r, w)) {
    const t = longAdd(p, r, w);
    p.decref(r);
    r = t;
    const one = small(1n);
    const u = longSub(p, q, one);
    p.decref(q);
    q = u;
  }
  if (!wantDiv) p.decref(q);
  if (!wantMod) p.decref(r);
  return { q: wantDiv ? q : null, r: wantMod ? r : null };
}

export function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return (a % b !== 0n) && ((a < 0n) !== (b < 0n)) ? q - 1n : q;
}

/** Python's `a % b` on bigints. */
function floorMod(a: bigint, b: bigint): bigint {
  const r = a % b;
  return r !== 0n && (r < 0n) !== (b < 0n) ? r + b : r;
}

/** `a // b`, `a % b` or `divmod(a, b)` (b non-zero): `long_div`, `long_mod`, `long_divmod`. */
export function planDivision(a: IntValue, b: IntValue, op: '//' | '%' | 'divmod'): IntPlan {
  const p = new Planner();
  const x = operand(a, 0);
  const y = operand(b, 1);
  if (op === '%') return p.plan([lMod(p, x, y)]);
  if (op === '//' && x.n === 1 && y.n === 1) return p.plan([p.fromValue(floorDiv(x.v, y.v))]);
  const { q, r } = lDivmod(p, x, y, true, op === 'divmod');
  return p.plan(op === 'divmod' ? [q as M, r as M] : [q as M]);
}

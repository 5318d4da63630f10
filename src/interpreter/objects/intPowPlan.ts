/**
 * `long_pow`'s allocations (Objects/longobject.c 3.11–3.13): the left-to-right binary method for
 * exponents up to two digits, else the 5-ary window over a table of 16 odd powers; with a
 * modulus, every product reduced by `l_mod`, and a negative exponent through `long_invmod`.
 */
import { bitLength, type IntValue } from '../../engine/objects/longObject';
import { ndigits, newRequest, Planner, small, operand, longSub, type IntPlan, type PlannedInt as M } from './intPlanner';
import { longMul } from './intMulPlan';
import { floorDiv, lMod } from './intDivPlan';

/** `HUGE_EXP_CUTOFF / PyLong_SHIFT`: exponents of more digits take the 5-ary window. */
const BINARY_EXP_DIGITS = 2;
/** `EXP_TABLE_LEN`: the window's table of odd powers. */
const EXP_TABLE_LEN = 16;
/** `EXP_WINDOW_SIZE`. */
const EXP_WINDOW_SIZE = 5;

/**
 * `pow(a, b[, c])` (c non-zero when given; b < 0 only with c, invertible): `long_pow`. Obscurity: a
 * negative exponent works on a copy of it, negated, and on `long_invmod`'s inverse, the raw
 * result of the extended Euclid loop (possibly negative, then reduced); the loop's own
 * temporaries are not modelled, only its result's block.
 */
export function planPow(a: IntValue, b: IntValue, c: IntValue | null): IntPlan {
  const p = new Planner();
  let base = operand(a, 0);
  let exp = BigInt(b);
  let expBlock: M | null = null;
  let mod: M | null = c === null ? null : operand(c, 2);
  let negativeOutput = false;
  let z: M;
  if (mod && mod.v < 0n) {
    negativeOutput = true;
    const copy = p.block(mod.v, newRequest(mod.n));
    mod = p.negate(copy);
  }
  const reduce = (x: M): M => {
    if (!mod) return x;
    const t = lMod(p, x, mod);
    p.decref(x);
    return t;
  };
  const mult = (x: M, y: M, old: M | null): M => {
    const t = longMul(p, x, y, x === y);
    p.decref(old);
    return reduce(t);
  };
  const table: M[] = [];
  if (mod && mod.n === 1 && mod.v === 1n) z = small(0n);
  else {
    if (mod && exp < 0n) {
      expBlock = p.block(-exp, newRequest(ndigits(exp)));
      exp = -exp;
      const inverse = rawInverse(base.v, mod.v);
      base = p.block(inverse, newRequest(ndigits(inverse)));
    }
    if (mod && (base.v < 0n || base.n > mod.n)) {
      const reduced = lMod(p, base, mod);
      p.decref(base);
      base = reduced;
    }
    z = small(1n);
    const digits = ndigits(exp);
    if (digits <= 1 && exp <= 3n) {
      if (exp >= 2n) {
        z = mult(base, base, z);
        if (exp === 3n) z = mult(z, base, z);
      } else if (exp === 1n) z = mult(base, z, z);
    } else if (digits <= BINARY_EXP_DIGITS) {
      z = p.incref(base);
      for (let i = bitLength(exp) - 2; i >= 0; i--) {
        z = mult(z, z, z);
        if ((exp >> BigInt(i)) & 1n) z = mult(z, base, z);
      }
    } else {
      table.push(p.incref(base));
      const a2 = mult(base, base, null);
      for (let i = 1; i < EXP_TABLE_LEN; i++) table.push(mult(table[i - 1], a2, null));
      p.decref(a2);
      let pending = 0;
      let blen = 0;
      const absorb = () => {
        let ntz = 0;
        while ((pending & 1) === 0) { ntz++; pending >>= 1; }
        blen -= ntz;
        do z = mult(z, z, z); while (--blen);
        z = mult(z, table[pending >> 1], z);
        while (ntz-- > 0) z = mult(z, z, z);
        pending = 0;
      };
      for (let i = ndigits(exp) * 30 - 1; i >= 0; i--) {
        pending = (pending << 1) | Number((exp >> BigInt(i)) & 1n);
        if (pending) {
          if (++blen === EXP_WINDOW_SIZE) absorb();
        } else z = mult(z, z, z);
      }
      if (pending) absorb();
    }
    if (negativeOutput && mod && z.v !== 0n) {
      const t = longSub(p, z, mod);
      p.decref(z);
      z = t;
    }
  }
  for (const t of table) p.decref(t);
  p.decref(base);
  p.decref(expBlock);
  p.decref(mod);
  return p.plan([z]);
}

/** `long_invmod`'s result before any reduction: what the extended Euclid loop leaves in b. */
function rawInverse(a: bigint, n: bigint): bigint {
  let [x, y] = [a, n];
  let [b, c] = [1n, 0n];
  while (y !== 0n) {
    const q = floorDiv(x, y);
    [x, y, b, c] = [y, x - q * y, c, b - q * c];
  }
  return b;
}

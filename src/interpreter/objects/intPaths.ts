/**
 * What CPython's Objects/longobject.c allocates for an int operation beyond the compact fast paths
 * (3.11–3.13 agree; measured by test/oracle/intPaths/intPathsProbe.py), as a plan of requests and
 * frees replayed on the heap so tracemalloc sees the same peak, blocks and bytes per line:
 *
 *   result sizes   each path requests its digits before normalising: `x_mul`/`k_mul` size_a +
 *                  size_b, `divrem1` size_a, `x_divrem` k = size_v - size_w (+1), `long_lshift1`
 *                  size + wordshift (+1), `long_bitwise` the chosen operand's size (+1 if
 *                  negative), `PyLong_FromString` the worst case for the text's digits
 *   temporaries    `kmul_split`'s halves, `k_mul`'s partial products and sums, `k_lopsided_mul`'s
 *                  slice, `x_divrem`'s shifted copies, `long_bitwise`'s two's complements,
 *                  `long_pow`'s intermediate powers and reductions, `l_divmod`'s sign fix-ups,
 *                  and results `maybe_small_long` frees for a cached small int
 *   same object    `abs(x)` of x >= 0, `x % y` / `x // y` with |x| < |y| (long_long: no block)
 *
 * Every model works on magnitudes and digit counts only; the caller's bigint arithmetic gives the
 * values, so a plan costs a few shifts per step and nothing on the compact paths, which never get
 * here.
 */
import { bitLength, type IntValue } from '../../engine/objects/longObject';

/** `PyLong_SHIFT`. */
const SHIFT = 30n;
/** `KARATSUBA_CUTOFF`: below it (in the smaller operand's digits) `k_mul` is `x_mul`. */
const KARATSUBA_CUTOFF = 70;
/** `KARATSUBA_SQUARE_CUTOFF`: the same for a square (both operands one object). */
const KARATSUBA_SQUARE_CUTOFF = 2 * KARATSUBA_CUTOFF;
/** `HUGE_EXP_CUTOFF / PyLong_SHIFT`: exponents of more digits take the 5-ary window. */
const BINARY_EXP_DIGITS = 2;
/** `EXP_TABLE_LEN`: the window's table of odd powers. */
const EXP_TABLE_LEN = 16;
/** `EXP_WINDOW_SIZE`. */
const EXP_WINDOW_SIZE = 5;
/** Past this many digits a multiplication is planned as its result alone (k_mul's tree would be huge). */
const KMUL_PLAN_LIMIT = 20000;

/** No block: a static small int, or a borrowed operand. */
const NONE = -1;

/** One int while a plan runs: value, digit count as stored (a `k_lopsided_mul` slice may have leading zeros), block and references. */
interface M {
  v: bigint;
  n: number;
  /** Index of the plan allocation holding it, or NONE. */
  h: number;
  rc: number;
  /** Which operand it is (0, 1), when the plan may hand an operand back. */
  operand?: number;
}

/** The allocations an operation makes, in order, and where its results live. */
export interface IntPlan {
  /** n > 0: allocate n bytes (allocation i is the i-th of these); ~i: free allocation i. */
  readonly events: number[];
  /** Each result: its value and the allocation that becomes it, or -1 (a small int), or -2 - i (operand i itself). */
  readonly results: { value: bigint; block: number }[];
}

const SMALL_MIN = -5n;
const SMALL_MAX = 256n;
const MEDIUM = 1n << SHIFT;

/** Digit count of |v|. */
export function ndigits(v: bigint): number {
  if (v === 0n) return 0;
  return Math.ceil(bitLength(v) / 30);
}

const abs = (v: bigint): bigint => (v < 0n ? -v : v);
const isSmall = (v: bigint): boolean => v >= SMALL_MIN && v <= SMALL_MAX;
/** `_PyLong_New(n)`'s request. */
const newRequest = (n: number): number => 24 + 4 * Math.max(1, n);
/** Digit i of |v|. */
const digit = (v: bigint, i: number): bigint => (abs(v) >> (SHIFT * BigInt(i))) & (MEDIUM - 1n);

/** Records a plan's events and reference counts. */
class Planner {
  readonly events: number[] = [];
  private count = 0;

  /** A new block of `bytes` for value v with `n` digits as stored. */
  block(v: bigint, bytes: number, n = ndigits(v)): M {
    this.events.push(bytes);
    return { v, n, h: this.count++, rc: 1 };
  }

  /** `_PyLong_FromSTwoDigits` / `PyLong_FromLong`: cached, medium (sizeof(PyLongObject)) or exact digits. */
  fromValue(v: bigint): M {
    if (isSmall(v)) return small(v);
    return this.block(v, abs(v) < MEDIUM ? 32 : newRequest(ndigits(v)));
  }

  incref(m: M): M {
    if (m.h !== NONE) m.rc++;
    return m;
  }

  decref(m: M | null): void {
    if (!m || m.h === NONE) return;
    if (--m.rc === 0) this.events.push(~m.h);
  }

  /** `maybe_small_long`: a result that is a small int gives its block back. */
  maybeSmall(m: M): M {
    if (!isSmall(m.v)) return m;
    this.decref(m);
    return small(m.v);
  }

  /** `_PyLong_Negate`: in place when the block is ours alone, else a new one. */
  negate(m: M): M {
    if (m.h !== NONE && m.rc === 1 && m.operand === undefined) {
      m.v = -m.v;
      return m;
    }
    const r = this.fromValue(-m.v);
    this.decref(m);
    return r;
  }

  plan(results: M[]): IntPlan {
    return { events: this.events, results: results.map((m) => ({ value: m.v, block: m.operand !== undefined && m.h === NONE ? -2 - m.operand : m.h })) };
  }
}

function small(v: bigint): M {
  return { v, n: ndigits(v), h: NONE, rc: 1 };
}

/** A borrowed operand. */
function operand(v: IntValue, index: number): M {
  const b = BigInt(v);
  return { v: b, n: ndigits(b), h: NONE, rc: 1, operand: index };
}

const compact = (m: M): boolean => m.n <= 1;

/** `x_add`: size_a + 1 digits for |a| + |b|. */
function xAdd(p: Planner, a: M, b: M): M {
  return p.block(abs(a.v) + abs(b.v), newRequest(Math.max(a.n, b.n) + 1));
}

/** `x_sub`: |a| - |b| (signed) in as many digits as the longer, or up to the highest differing digit. */
function xSub(p: Planner, a: M, b: M): M {
  const d = abs(a.v) - abs(b.v);
  let size = Math.max(a.n, b.n);
  if (a.n === b.n) {
    const diff = abs(a.v) ^ abs(b.v);
    if (diff === 0n) return small(0n);
    size = Math.floor((bitLength(diff) - 1) / 30) + 1;
  }
  return p.maybeSmall(p.block(d, newRequest(size)));
}

/** `_PyLong_Add`. */
function longAdd(p: Planner, a: M, b: M): M {
  if (compact(a) && compact(b)) return p.fromValue(a.v + b.v);
  if (a.v < 0n) {
    if (b.v < 0n) { const z = xAdd(p, a, b); z.v = -z.v; return z; }
    return xSub(p, b, a);
  }
  return b.v < 0n ? xSub(p, a, b) : xAdd(p, a, b);
}

/** `_PyLong_Subtract`. */
function longSub(p: Planner, a: M, b: M): M {
  if (compact(a) && compact(b)) return p.fromValue(a.v - b.v);
  if (a.v < 0n) {
    if (b.v < 0n) return xSub(p, b, a);
    const z = xAdd(p, a, b);
    z.v = -z.v;
    return z;
  }
  return b.v < 0n ? xAdd(p, a, b) : xSub(p, a, b);
}

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
function longMul(p: Planner, a: M, b: M, same: boolean): M {
  if (compact(a) && compact(b)) return p.fromValue(a.v * b.v);
  const z = kmul(p, a, b, same);
  z.v = a.v * b.v;
  z.n = ndigits(z.v);
  return z;
}

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
function lMod(p: Planner, v: M, w: M): M {
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

function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return (a % b !== 0n) && ((a < 0n) !== (b < 0n)) ? q - 1n : q;
}

function floorMod(a: bigint, b: bigint): bigint {
  const r = a % b;
  return r !== 0n && (r < 0n) !== (b < 0n) ? r + b : r;
}

/** `a * b` (`same`: one object). */
export function planMul(a: IntValue, b: IntValue, same: boolean): IntPlan {
  const p = new Planner();
  const x = operand(a, 0);
  const y = operand(b, 1);
  return p.plan([longMul(p, x, y, same)]);
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

/** `a << s` / `a >> s` for 0 <= s < 2^53: `long_lshift1` / `long_rshift1`. */
export function planShift(a: IntValue, s: number, left: boolean): IntPlan {
  const p = new Planner();
  const x = operand(a, 0);
  const wordshift = Math.floor(s / 30);
  const remshift = s % 30;
  if (x.v === 0n) return p.plan([small(0n)]);
  if (left) {
    const value = x.v << BigInt(s);
    if (wordshift === 0 && compact(x)) return p.plan([p.fromValue(value)]);
    return p.plan([p.maybeSmall(p.block(value, newRequest(x.n + wordshift + (remshift ? 1 : 0))))]);
  }
  const value = x.v >> BigInt(s);
  if (compact(x)) return p.plan([p.fromValue(value)]);
  let ws = wordshift;
  if (x.v < 0n && remshift === 0) {
    if (ws === 0) return p.plan([p.incref(x)]);
    ws--;
  }
  const size = x.n - ws;
  if (size <= 0) return p.plan([small(value)]);
  return p.plan([p.maybeSmall(p.block(value, newRequest(size)))]);
}

/** `a & b`, `a | b`, `a ^ b`: `long_and`/`long_or`/`long_xor` and `long_bitwise`. */
export function planBitwise(a: IntValue, b: IntValue, op: '&' | '|' | '^'): IntPlan {
  const p = new Planner();
  let x = operand(a, 0);
  let y = operand(b, 1);
  const x0 = BigInt(a);
  const y0 = BigInt(b);
  const value = op === '&' ? x0 & y0 : op === '|' ? x0 | y0 : x0 ^ y0;
  if (compact(x) && compact(y)) return p.plan([p.fromValue(value)]);
  // Two's complements of negative operands: temporary copies.
  const tx = x.v < 0n ? p.block(0n, newRequest(x.n), x.n) : null;
  const ty = y.v < 0n ? p.block(0n, newRequest(y.n), y.n) : null;
  if (x.n < y.n) [x, y] = [y, x];
  const nega = x.v < 0n;
  const negb = y.v < 0n;
  const negz = op === '^' ? nega !== negb : op === '&' ? nega && negb : nega || negb;
  const sizeZ = op === '^' ? x.n : op === '&' ? (negb ? x.n : y.n) : (negb ? y.n : x.n);
  const z = p.block(value, newRequest(sizeZ + (negz ? 1 : 0)));
  p.decref(tx);
  p.decref(ty);
  return p.plan([p.maybeSmall(z)]);
}

/** `-a`, `~a`, `abs(a)` of an exact int: `long_neg`, `long_invert`, `long_abs`. */
export function planUnary(a: IntValue, op: '-' | '~' | 'abs'): IntPlan {
  const p = new Planner();
  const x = operand(a, 0);
  if (op === 'abs' && x.v >= 0n) return p.plan([p.incref(x)]);
  if (op === '~') {
    if (compact(x)) return p.plan([p.fromValue(-x.v - 1n)]);
    const t = longAdd(p, x, small(1n));
    return p.plan([p.negate(t)]);
  }
  if (compact(x)) return p.plan([p.fromValue(-x.v)]);
  return p.plan([p.block(-x.v, newRequest(x.n))]);
}

/**
 * `int(text, base)` (`PyLong_FromString`): `long_from_binary_base` asks ceil(digits * bits / 30)
 * digits, `long_from_non_binary_base` digits * log(base) / log(2**30) + 1, counting digit
 * characters only (underscores and signs not: measured on 3.11–3.13); a small result gives its
 * block back.
 */
export function planFromText(value: bigint, base: number, digits: number): IntPlan {
  const p = new Planner();
  let size: number;
  if ((base & (base - 1)) === 0) {
    const bits = Math.log2(base);
    size = Math.ceil((digits * bits) / 30);
  } else {
    size = Math.trunc(digits * (Math.log(base) / Math.log(2 ** 30)) + 1);
    // The rare regrow of a too-small estimate (one digit more, the old block freed).
    if (ndigits(value) > size) {
      const old = p.block(0n, newRequest(size), size);
      const grown = p.block(value, newRequest(size + 1));
      p.decref(old);
      return p.plan([p.maybeSmall(grown)]);
    }
  }
  return p.plan([p.maybeSmall(p.block(value, newRequest(size)))]);
}

/**
 * `long_to_decimal_string`'s scratch: 1 + n + n / 99 base-10**9 digits (`_PyLong_New`), alive
 * while the str is made.
 */
export function decimalScratchRequest(v: IntValue): number {
  const n = typeof v === 'number' ? (v === 0 ? 0 : Math.abs(v) < 2 ** 30 ? 1 : Math.abs(v) < 2 ** 60 ? 2 : 3) : ndigits(v);
  return newRequest(1 + n + Math.floor(n / 99));
}

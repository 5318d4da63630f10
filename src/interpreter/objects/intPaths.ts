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
 *
 * This file has the single-step paths (shifts, bitwise operations, negation, `int(text)`, the
 * decimal scratch of `str(int)`); the planner is intPlanner.ts, the rest intMulPlan.ts,
 * intDivPlan.ts and intPowPlan.ts.
 */
import type { IntValue } from '../../engine/objects/longObject';
import { ndigits, newRequest, Planner, small, operand, compact, longAdd, type IntPlan } from './intPlanner';

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

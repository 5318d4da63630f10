/**
 * The planner under intPaths.ts, intMulPlan.ts, intDivPlan.ts and intPowPlan.ts: an int while a
 * plan runs (value, digit count, block, references), the recorded requests and frees, and the
 * additions (`x_add`, `x_sub`, `_PyLong_Add`, `_PyLong_Subtract`) the other paths build on.
 */
import { bitLength, type IntValue } from '../../engine/objects/longObject';

/** `PyLong_SHIFT`. */
export const SHIFT = 30n;

/** No block: a static small int, or a borrowed operand. */
export const NONE = -1;

/** One int while a plan runs: value, digit count as stored (a `k_lopsided_mul` slice may have leading zeros), block and references. */
export interface PlannedInt {
  v: bigint;
  n: number;
  /** Index of the plan allocation holding it, or NONE. */
  h: number;
  rc: number;
  /** Which operand it is (0, 1), when the plan may hand an operand back. */
  operand?: number;
}

type M = PlannedInt;

/** The allocations an operation makes, in order, and where its results live. */
export interface IntPlan {
  /** n > 0: allocate n bytes (allocation i is the i-th of these); ~i: free allocation i. */
  readonly events: number[];
  /** Each result: its value and the allocation that becomes it, or -1 (a small int), or -2 - i (operand i itself). */
  readonly results: { value: bigint; block: number }[];
}

const SMALL_MIN = -5n;
const SMALL_MAX = 256n;
export const MEDIUM = 1n << SHIFT;

/** Digit count of |v|. */
export function ndigits(v: bigint): number {
  if (v === 0n) return 0;
  return Math.ceil(bitLength(v) / 30);
}

/** |v|. */
export function abs(v: bigint): bigint {
  return v < 0n ? -v : v;
}
const isSmall = (v: bigint): boolean => v >= SMALL_MIN && v <= SMALL_MAX;
/** `_PyLong_New(n)`'s request. */
export function newRequest(n: number): number {
  return 24 + 4 * Math.max(1, n);
}
/** Digit i of |v|. */
export function digit(v: bigint, i: number): bigint {
  return (abs(v) >> (SHIFT * BigInt(i))) & (MEDIUM - 1n);
}

/** Records a plan's events and reference counts. */
export class Planner {
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

/** A small int: cached, no block. */
export function small(v: bigint): M {
  return { v, n: ndigits(v), h: NONE, rc: 1 };
}

/** A borrowed operand. */
export function operand(v: IntValue, index: number): M {
  const b = BigInt(v);
  return { v: b, n: ndigits(b), h: NONE, rc: 1, operand: index };
}

/** One digit at most: `_PyLong_IsCompact`. */
export function compact(m: M): boolean {
  return m.n <= 1;
}

/** `x_add`: size_a + 1 digits for |a| + |b|. */
export function xAdd(p: Planner, a: M, b: M): M {
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
export function longAdd(p: Planner, a: M, b: M): M {
  if (compact(a) && compact(b)) return p.fromValue(a.v + b.v);
  if (a.v < 0n) {
    if (b.v < 0n) { const z = xAdd(p, a, b); z.v = -z.v; return z; }
    return xSub(p, b, a);
  }
  return b.v < 0n ? xSub(p, a, b) : xAdd(p, a, b);
}

/** `_PyLong_Subtract`. */
export function longSub(p: Planner, a: M, b: M): M {
  if (compact(a) && compact(b)) return p.fromValue(a.v - b.v);
  if (a.v < 0n) {
    if (b.v < 0n) return xSub(p, b, a);
    const z = xAdd(p, a, b);
    z.v = -z.v;
    return z;
  }
  return b.v < 0n ? xAdd(p, a, b) : xSub(p, a, b);
}

/**
 * The arithmetic of `decimal` (the General Decimal Arithmetic specification, as libmpdec computes
 * it for CPython's `_decimal`): values are a sign, a bigint coefficient and an exponent, or a
 * special (Infinity, NaN, sNaN). Every operation computes its exact result with bigints, then
 * rounds once to the context's precision (`finish`), so results are correctly rounded as
 * libmpdec's are. Conditions are libmpdec's status bits (`MPD.*`), ORed into `status`.
 *
 * Obscurity: the ideal exponent of an exact quotient or square root is kept by stripping
 * trailing zeros only down to it (`Decimal(1) / 4` is `0.25`, `Decimal('0.0400').sqrt()` is
 * `0.20`).
 */

/** libmpdec's status bits (mpdecimal.h), in the order CPython lists them in a Context repr. */
export const MPD = {
  Clamped: 1, ConversionSyntax: 2, DivisionByZero: 4, DivisionImpossible: 8, DivisionUndefined: 16,
  FpuError: 32, Inexact: 64, InvalidContext: 128, InvalidOperation: 256, MallocError: 512,
  FloatOperation: 1024, Overflow: 2048, Rounded: 4096, Subnormal: 8192, Underflow: 16384,
} as const;

/** `MPD_IEEE_Invalid_operation`: every condition the InvalidOperation signal stands for. */
export const IEEE_INVALID = MPD.ConversionSyntax | MPD.DivisionImpossible | MPD.DivisionUndefined | MPD.InvalidContext | MPD.InvalidOperation | MPD.MallocError;

/** A decimal value. `coeff` is 0n for specials except a NaN's payload. */
export interface Dec { sign: 0 | 1; coeff: bigint; exp: number; special: 'F' | 'inf' | 'nan' | 'snan' }

/** The rounding modes, by their `decimal` names. */
export const ROUNDINGS = ['ROUND_UP', 'ROUND_DOWN', 'ROUND_CEILING', 'ROUND_FLOOR', 'ROUND_HALF_UP', 'ROUND_HALF_DOWN', 'ROUND_HALF_EVEN', 'ROUND_05UP'] as const;
export type Rounding = typeof ROUNDINGS[number];

/** The arithmetic part of a context; `status` accumulates the conditions of an operation. */
export interface Ctx { prec: number; rounding: Rounding; emin: number; emax: number; clamp: number; status: number }

/** A finite value. */
export function fin(sign: 0 | 1, coeff: bigint, exp: number): Dec {
  return { sign, coeff, exp, special: 'F' };
}

const NAN: Dec = { sign: 0, coeff: 0n, exp: 0, special: 'nan' };

/** The default quiet NaN with the InvalidOperation condition `cond`. */
function invalid(ctx: Ctx, cond: number = MPD.InvalidOperation): Dec {
  ctx.status |= cond;
  return NAN;
}

/** Decimal digits of a non-negative coefficient (0 has one). */
export function digits(c: bigint): number {
  return c === 0n ? 1 : c.toString().length;
}

const pow10Cache: bigint[] = [];
/** 10**n. */
export function p10(n: number): bigint {
  if (n < 64) return (pow10Cache[n] ??= 10n ** BigInt(n));
  return 10n ** BigInt(n);
}

/** `mpd_qset_string`: a value, or null for a conversion syntax error (underscores and spaces already handled). */
export function parseDecimal(text: string): Dec | null {
  const m = /^([+-])?(?:(\d+)(?:\.(\d*))?|\.(\d+))(?:[eE]([+-]?\d+))?$/.exec(text);
  const sign = (t: string | undefined): 0 | 1 => (t === '-' ? 1 : 0);
  if (m) {
    const int = m[2] ?? '';
    const frac = m[3] ?? m[4] ?? '';
    const exp = (m[5] ? Number(m[5]) : 0) - frac.length;
    return fin(sign(m[1]), BigInt(int + frac || '0'), exp);
  }
  const s = /^([+-])?(?:(inf|infinity)|(s?nan)(\d*))$/i.exec(text);
  if (!s) return null;
  if (s[2]) return { sign: sign(s[1]), coeff: 0n, exp: 0, special: 'inf' };
  return { sign: sign(s[1]), coeff: BigInt(s[4] || '0'), exp: 0, special: s[3].length === 4 ? 'snan' : 'nan' };
}

/** `mpd_to_sci`: the spec's to-scientific-string (`capitals` picks `E` or `e`). */
export function toSci(d: Dec, capitals = true): string {
  const sign = d.sign ? '-' : '';
  if (d.special === 'inf') return `${sign}Infinity`;
  if (d.special !== 'F') return `${sign}${d.special === 'snan' ? 'sNaN' : 'NaN'}${d.coeff ? d.coeff.toString() : ''}`;
  const c = d.coeff.toString();
  const adjusted = d.exp + c.length - 1;
  if (d.exp <= 0 && adjusted >= -6) {
    if (d.exp === 0) return sign + c;
    const point = c.length + d.exp;
    return sign + (point > 0 ? `${c.slice(0, point)}.${c.slice(point)}` : `0.${'0'.repeat(-point)}${c}`);
  }
  const e = capitals ? 'E' : 'e';
  return `${sign}${c[0]}${c.length > 1 ? '.' + c.slice(1) : ''}${e}${adjusted >= 0 ? '+' : ''}${adjusted}`;
}

/** Whether rounding `q` (the kept digits) with remainder `r` of `half*2` must increment. */
function roundsUp(mode: Rounding, sign: 0 | 1, q: bigint, r: bigint, half: bigint): boolean {
  if (r === 0n) return false;
  switch (mode) {
    case 'ROUND_DOWN': return false;
    case 'ROUND_UP': return true;
    case 'ROUND_CEILING': return sign === 0;
    case 'ROUND_FLOOR': return sign === 1;
    case 'ROUND_HALF_UP': return r >= half;
    case 'ROUND_HALF_DOWN': return r > half;
    case 'ROUND_HALF_EVEN': return r > half || (r === half && (q & 1n) === 1n);
    case 'ROUND_05UP': { const last = q % 10n; return last === 0n || last === 5n; }
  }
}

/** The finite `d` rounded to drop `drop` > 0 digits (exponent + drop); sets Rounded/Inexact. */
function dropDigits(d: Dec, drop: number, mode: Rounding, ctx: Ctx | null): Dec {
  const scale = p10(drop);
  let q = d.coeff / scale;
  const r = d.coeff % scale;
  if (roundsUp(mode, d.sign, q, r, scale / 2n)) q += 1n;
  if (ctx) ctx.status |= MPD.Rounded | (r !== 0n ? MPD.Inexact : 0);
  return fin(d.sign, q, d.exp + drop);
}

/** `mpd_qfinalize`: rounds a finite result to the precision and checks overflow and the tiny exponents. */
export function finish(d: Dec, ctx: Ctx): Dec {
  if (d.special !== 'F') return d;
  let r = d;
  const n = digits(r.coeff);
  if (n > ctx.prec) {
    r = dropDigits(r, n - ctx.prec, ctx.rounding, ctx);
    if (digits(r.coeff) > ctx.prec) r = fin(r.sign, r.coeff / 10n, r.exp + 1);
  }
  const adjusted = r.exp + digits(r.coeff) - 1;
  if (r.coeff !== 0n && adjusted > ctx.emax) {
    ctx.status |= MPD.Overflow | MPD.Inexact | MPD.Rounded;
    const m = ctx.rounding;
    const toMax = m === 'ROUND_DOWN' || m === 'ROUND_05UP' || (m === 'ROUND_CEILING' && r.sign === 1) || (m === 'ROUND_FLOOR' && r.sign === 0);
    return toMax ? fin(r.sign, p10(ctx.prec) - 1n, ctx.emax - ctx.prec + 1) : { sign: r.sign, coeff: 0n, exp: 0, special: 'inf' };
  }
  const etiny = ctx.emin - ctx.prec + 1;
  if (r.exp < etiny) {
    const sub = adjusted < ctx.emin;
    const before = ctx.status;
    r = dropDigits(r, etiny - r.exp, ctx.rounding, ctx);
    if (sub) ctx.status |= MPD.Subnormal | ((ctx.status & ~before & MPD.Inexact) ? MPD.Underflow : 0);
    if (r.coeff === 0n) ctx.status |= MPD.Clamped;
  } else if (r.coeff !== 0n && adjusted < ctx.emin) {
    ctx.status |= MPD.Subnormal;
  }
  if (r.coeff === 0n && r.exp > ctx.emax) { ctx.status |= MPD.Clamped; r = fin(r.sign, 0n, ctx.emax); }
  return r;
}

/** The NaN an operation on `a` and `b` returns when either is one (sNaN signals), else null. */
export function nanOperand(a: Dec, b: Dec | null, ctx: Ctx): Dec | null {
  for (const x of b ? [a, b] : [a]) {
    if (x.special === 'snan') { ctx.status |= MPD.InvalidOperation; return { ...x, special: 'nan' }; }
  }
  for (const x of b ? [a, b] : [a]) if (x.special === 'nan') return x;
  return null;
}

const inf = (sign: 0 | 1): Dec => ({ sign, coeff: 0n, exp: 0, special: 'inf' });

/** The two finite coefficients at their common (smaller) exponent. */
function aligned(a: Dec, b: Dec): [bigint, bigint, number] {
  const e = Math.min(a.exp, b.exp);
  return [a.coeff * p10(a.exp - e), b.coeff * p10(b.exp - e), e];
}

/** `a + b` (`negateB`: `a - b`). */
export function add(a: Dec, b0: Dec, ctx: Ctx, negateB = false): Dec {
  const b = negateB ? { ...b0, sign: (1 - b0.sign) as 0 | 1 } : b0;
  const nan = nanOperand(a, b, ctx);
  if (nan) return nan;
  if (a.special === 'inf' || b.special === 'inf') {
    if (a.special === 'inf' && b.special === 'inf' && a.sign !== b.sign) return invalid(ctx);
    return a.special === 'inf' ? a : b;
  }
  const [x, y, e] = aligned(a, b);
  const sum = (a.sign ? -x : x) + (b.sign ? -y : y);
  let sign: 0 | 1 = sum < 0n ? 1 : 0;
  if (sum === 0n) sign = a.sign === b.sign ? a.sign : ctx.rounding === 'ROUND_FLOOR' ? 1 : 0;
  return finish(fin(sign, sum < 0n ? -sum : sum, e), ctx);
}

/** `a * b`. */
export function mul(a: Dec, b: Dec, ctx: Ctx): Dec {
  const nan = nanOperand(a, b, ctx);
  if (nan) return nan;
  const sign = (a.sign ^ b.sign) as 0 | 1;
  if (a.special === 'inf' || b.special === 'inf') {
    const other = a.special === 'inf' ? b : a;
    return other.special === 'F' && other.coeff === 0n ? invalid(ctx) : inf(sign);
  }
  return finish(fin(sign, a.coeff * b.coeff, a.exp + b.exp), ctx);
}

/** Removes trailing zeros of an exact finite result down to exponent `ideal`. */
function towardIdeal(d: Dec, ideal: number): Dec {
  let { coeff, exp } = d;
  while (exp < ideal && coeff !== 0n && coeff % 10n === 0n) { coeff /= 10n; exp += 1; }
  if (coeff === 0n && exp < ideal) exp = ideal;
  return fin(d.sign, coeff, exp);
}

/** `a / b`. */
export function div(a: Dec, b: Dec, ctx: Ctx): Dec {
  const nan = nanOperand(a, b, ctx);
  if (nan) return nan;
  const sign = (a.sign ^ b.sign) as 0 | 1;
  if (a.special === 'inf') return b.special === 'inf' ? invalid(ctx) : inf(sign);
  if (b.special === 'inf') {
    ctx.status |= MPD.Clamped;
    return fin(sign, 0n, ctx.emin - ctx.prec + 1);
  }
  if (b.coeff === 0n) {
    if (a.coeff === 0n) return invalid(ctx, MPD.DivisionUndefined);
    ctx.status |= MPD.DivisionByZero;
    return inf(sign);
  }
  const ideal = a.exp - b.exp;
  if (a.coeff === 0n) return finish(fin(sign, 0n, ideal), ctx);
  const k = Math.max(0, ctx.prec + digits(b.coeff) - digits(a.coeff) + 1);
  const n = a.coeff * p10(k);
  let q = n / b.coeff;
  const r = n % b.coeff;
  let exp = ideal - k;
  if (r !== 0n) { q = q * 10n + 1n; exp -= 1; return finish(fin(sign, q, exp), ctx); }
  return finish(towardIdeal(fin(sign, q, exp), ideal), ctx);
}

/** The truncated quotient and the remainder of finite `a` and `b` (`divmod`'s parts), or a NaN with its condition. */
export function divRem(a: Dec, b: Dec, ctx: Ctx, part: 'q' | 'r' | 'both' = 'both'): [Dec, Dec] {
  const nan = nanOperand(a, b, ctx);
  if (nan) return [nan, nan];
  const sign = (a.sign ^ b.sign) as 0 | 1;
  if (a.special === 'inf') return b.special === 'inf' ? [invalid(ctx), NAN] : [inf(sign), invalid(ctx)];
  if (b.special === 'inf') return [fin(sign, 0n, 0), finish(a, ctx)];
  if (b.coeff === 0n) {
    if (a.coeff === 0n) return [invalid(ctx, MPD.DivisionUndefined), NAN];
    if (part === 'r') return [NAN, invalid(ctx)];
    ctx.status |= MPD.DivisionByZero;
    return [inf(sign), part === 'q' ? NAN : invalid(ctx)];
  }
  const [x, y, e] = aligned(a, b);
  const q = x / y;
  if (digits(q) > ctx.prec) return [invalid(ctx, MPD.DivisionImpossible), NAN];
  const r = x - q * y;
  return [fin(sign, q, 0), finish(fin(a.sign, r, e), ctx)];
}

/** `a ** n` for an integer `n` (exact, then rounded once; a negative power divides). */
export function powInt(a: Dec, n: bigint, ctx: Ctx): Dec {
  const nan = nanOperand(a, null, ctx);
  if (nan) return nan;
  const sign = (a.sign === 1 && (n & 1n) === 1n ? 1 : 0) as 0 | 1;
  if (n === 0n) {
    if (a.special === 'F' && a.coeff === 0n) return invalid(ctx);
    return fin(0, 1n, 0);
  }
  if (a.special === 'inf') return n > 0n ? inf(sign) : fin(sign, 0n, 0);
  if (a.coeff === 0n) {
    if (n < 0n) return inf(sign);
    return finish(fin(sign, 0n, 0), ctx);
  }
  const m = n < 0n ? -n : n;
  const exact = fin(sign, a.coeff ** m, a.exp * Number(m));
  if (n > 0n) return finish(exact, ctx);
  const wide: Ctx = { ...ctx, prec: ctx.prec + 3, status: 0 };
  const q = div(fin(0, 1n, 0), exact, wide);
  ctx.status |= wide.status & ~(MPD.Rounded | MPD.Inexact);
  const r = finish(q, ctx);
  if (wide.status & MPD.Inexact) ctx.status |= MPD.Inexact | MPD.Rounded;
  return r;
}

/** Integer square root (floor): Newton's iteration from a start above the root. */
function isqrt(n: bigint): bigint {
  if (n < 2n) return n;
  let x = 1n << BigInt(Math.ceil(n.toString(2).length / 2));
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return x;
    x = y;
  }
}

/** `sqrt`: correctly rounded, the ideal exponent floor(exp/2) when exact. */
export function sqrt(a: Dec, ctx: Ctx): Dec {
  const nan = nanOperand(a, null, ctx);
  if (nan) return nan;
  const ideal = Math.floor(a.exp / 2);
  if (a.special === 'F' && a.coeff === 0n) return fin(a.sign, 0n, ideal);
  if (a.sign === 1) return invalid(ctx);
  if (a.special === 'inf') return a;
  let c = a.coeff;
  let e = a.exp;
  if (e % 2 !== 0) { c *= 10n; e -= 1; }
  const k = Math.max(0, Math.ceil((2 * ctx.prec + 2 - digits(c)) / 2));
  const n = c * p10(2 * k);
  let s = isqrt(n);
  let exp = e / 2 - k;
  if (s * s !== n) { s = s * 10n + 1n; exp -= 1; return finish(fin(0, s, exp), ctx); }
  return finish(towardIdeal(fin(0, s, exp), ideal), ctx);
}

/** `quantize`: `a` at `b`'s exponent, rounded with `mode`. */
export function quantize(a: Dec, b: Dec, ctx: Ctx, mode: Rounding): Dec {
  const nan = nanOperand(a, b, ctx);
  if (nan) return nan;
  if (a.special === 'inf' || b.special === 'inf') return a.special === 'inf' && b.special === 'inf' ? a : invalid(ctx);
  if (b.exp > ctx.emax || b.exp < ctx.emin - ctx.prec + 1) return invalid(ctx);
  let r: Dec;
  if (a.exp >= b.exp) r = fin(a.sign, a.coeff * p10(a.exp - b.exp), b.exp);
  else r = dropDigits(a, b.exp - a.exp, mode, ctx);
  if (digits(r.coeff) > ctx.prec) return invalid(ctx);
  return r;
}

/** `to_integral_value`: rounded to exponent 0 without Inexact/Rounded. */
export function toIntegral(a: Dec, mode: Rounding, ctx: Ctx): Dec {
  const nan = nanOperand(a, null, ctx);
  if (nan) return nan;
  if (a.special !== 'F' || a.exp >= 0) return a;
  return dropDigits(a, -a.exp, mode, null);
}

/** `normalize` (`reduce`): rounded, then without trailing zeros; zero is `0`. */
export function normalize(a: Dec, ctx: Ctx): Dec {
  const nan = nanOperand(a, null, ctx);
  if (nan) return nan;
  if (a.special === 'inf') return a;
  const r = finish(a, ctx);
  if (r.special !== 'F') return r;
  if (r.coeff === 0n) return fin(r.sign, 0n, 0);
  return towardIdeal(r, Infinity);
}

/** Numeric comparison of two non-NaN values: -1, 0 or 1. */
export function compare(a: Dec, b: Dec): number {
  const val = (d: Dec): number => (d.special === 'inf' ? (d.sign ? -2 : 2) : d.coeff === 0n ? 0 : d.sign ? -1 : 1);
  const va = val(a);
  const vb = val(b);
  if (va !== vb || Math.abs(va) !== 1) return Math.sign(va - vb);
  const [x, y] = aligned(a, b);
  const c = x === y ? 0 : x < y ? -1 : 1;
  return a.sign ? -c : c;
}

/** The finite value as a ratio of bigints (numerator signed). */
export function ratio(d: Dec): [bigint, bigint] {
  const n = d.sign ? -d.coeff : d.coeff;
  return d.exp >= 0 ? [n * p10(d.exp), 1n] : [n, p10(-d.exp)];
}

/** The exact value of a finite double. */
export function fromFloat(x: number): Dec {
  if (Number.isNaN(x)) return { ...NAN };
  const sign: 0 | 1 = x < 0 || Object.is(x, -0) ? 1 : 0;
  if (!Number.isFinite(x)) return inf(sign);
  let m = Math.abs(x);
  let k = 0;
  while (!Number.isInteger(m)) { m *= 2; k += 1; }
  const int = BigInt(m);
  return towardIdeal(fin(sign, int * 5n ** BigInt(k), -k), 0);
}

/** The value truncated toward zero, as an integer. */
export function truncated(d: Dec): bigint {
  const v = d.exp >= 0 ? d.coeff * p10(d.exp) : d.coeff / p10(-d.exp);
  return d.sign ? -v : v;
}

/** The value rounded to an integer with `mode`. */
export function roundedInt(d: Dec, mode: Rounding): bigint {
  return truncated(d.exp >= 0 ? d : dropDigits(d, -d.exp, mode, null));
}

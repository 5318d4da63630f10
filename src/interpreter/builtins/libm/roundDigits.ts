/**
 * `round(x, n)` for a float: CPython rounds the exact binary value of x half-to-even at the n-th
 * decimal (`double_round` through dtoa), then reads the decimal back correctly rounded. Done here
 * in exact integer arithmetic; JavaScript's number parsing is correctly rounded too.
 */

const view = new DataView(new ArrayBuffer(8));

/** |d| = mantissa * 2^exponent, for a finite d. */
function decompose(d: number): [bigint, number] {
  view.setFloat64(0, d);
  const bits = view.getBigUint64(0) & 0x7fffffffffffffffn;
  const biased = Number(bits >> 52n);
  const frac = bits & 0xfffffffffffffn;
  return biased === 0 ? [frac, -1074] : [frac | (1n << 52n), biased - 1075];
}

/** num / den rounded half to even, for den > 0. */
function divRoundHalfEven(num: bigint, den: bigint): bigint {
  const q = num / den;
  const r2 = 2n * (num - q * den);
  if (r2 > den || (r2 === den && (q & 1n) === 1n)) return q + 1n;
  return q;
}

/** x rounded to n decimal places (n may be negative); Infinity when the result overflows. */
export function roundDigits(x: number, n: number): number {
  if (!Number.isFinite(x) || x === 0) return x;
  if (n > 330) return x;
  const sign = x < 0 ? '-' : '';
  if (n < -330) return x < 0 ? -0 : 0;
  const [m, e] = decompose(x);
  let num = m;
  let den = 1n;
  if (e >= 0) num <<= BigInt(e); else den <<= BigInt(-e);
  if (n >= 0) num *= 10n ** BigInt(n); else den *= 10n ** BigInt(-n);
  const q = divRoundHalfEven(num, den);
  return Number.parseFloat(`${sign}${q}e${-n}`);
}

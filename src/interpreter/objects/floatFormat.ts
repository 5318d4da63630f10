/**
 * Fixed, exponent and general notation of a double with Python's rounding
 * (Python/pystrtod.c `PyOS_double_to_string`, over dtoa's correctly rounded modes 2 and 3): the
 * exact binary value is scaled by a power of ten in BigInt arithmetic and rounded half-even, so
 * `format(2.675, '.2f')` is '2.67' (2.675 is 2.67499999...) and `format(0.125, '.2f')` is '0.12'.
 * JavaScript's `toFixed` rounds exact ties up and would print '0.13'.
 */
import { decomposeDouble } from '../../engine/objects/doubleBits';

/** round-half-even(|x| × 10^k) as a BigInt, exactly. */
function roundScaled(x: number, k: number): bigint {
  const { mant, exp } = decomposeDouble(Math.abs(x));
  let num = mant;
  let den = 1n;
  if (exp >= 0) num <<= BigInt(exp);
  else den <<= BigInt(-exp);
  if (k >= 0) num *= 10n ** BigInt(k);
  else den *= 10n ** BigInt(-k);
  const q = num / den;
  const r2 = (num % den) * 2n;
  if (r2 > den || (r2 === den && (q & 1n) === 1n)) return q + 1n;
  return q;
}

/** `|x|` with `prec` digits after the point ('f'), no sign. */
export function fixedAbs(x: number, prec: number, alt = false): string {
  const digits = roundScaled(x, prec).toString().padStart(prec + 1, '0');
  if (prec === 0) return alt ? `${digits}.` : digits;
  return `${digits.slice(0, -prec)}.${digits.slice(-prec)}`;
}

/** `|x|` rounded to `prec + 1` significant digits: the digit string and the decimal exponent. */
function significant(x: number, prec: number): { digits: string; exp: number } {
  if (x === 0) return { digits: '0'.repeat(prec + 1), exp: 0 };
  let e = Math.floor(Math.log10(Math.abs(x)));
  for (;;) {
    const n = roundScaled(x, prec - e);
    const s = n.toString();
    if (s.length > prec + 1) { e++; continue; }
    if (s.length < prec + 1) { e--; continue; }
    return { digits: s, exp: e };
  }
}

function exponentText(e: number): string {
  return `${e < 0 ? '-' : '+'}${String(Math.abs(e)).padStart(2, '0')}`;
}

/** `|x|` in exponent notation with `prec` digits after the point ('e'), no sign. */
export function exponentAbs(x: number, prec: number, alt = false): string {
  const { digits, exp } = significant(x, prec);
  const mantissa = prec === 0 ? (alt ? `${digits}.` : digits) : `${digits[0]}.${digits.slice(1)}`;
  return `${mantissa}e${exponentText(exp)}`;
}

/**
 * `|x|` in general notation ('g') with `prec` significant digits: exponent notation when the
 * exponent is below -4 or at least `prec` (at least `prec - 1` with `addDot0`, the no-type form
 * with a precision), trailing zeros dropped unless `alt`; `addDot0` keeps a '.0' on integers.
 */
export function generalAbs(x: number, prec: number, alt = false, addDot0 = false): string {
  const p = prec === 0 ? 1 : prec;
  const { digits, exp } = significant(x, p - 1);
  const decpt = exp + 1;
  const useExp = decpt <= -4 || decpt > (addDot0 ? p - 1 : p);
  let mantissa: string;
  if (useExp) {
    mantissa = p === 1 ? digits : `${digits[0]}.${digits.slice(1)}`;
  } else if (decpt <= 0) {
    mantissa = `0.${'0'.repeat(-decpt)}${digits}`;
  } else if (decpt >= digits.length) {
    mantissa = digits + '0'.repeat(decpt - digits.length);
  } else {
    mantissa = `${digits.slice(0, decpt)}.${digits.slice(decpt)}`;
  }
  if (!alt) {
    if (mantissa.includes('.')) mantissa = mantissa.replace(/0+$/, '').replace(/\.$/, '');
  } else if (!mantissa.includes('.')) {
    mantissa += '.';
  }
  if (addDot0 && !useExp && !mantissa.includes('.')) mantissa += '.0';
  return useExp ? `${mantissa}e${exponentText(exp)}` : mantissa;
}

/**
 * Exact rational arithmetic on bigints, the arithmetic underneath `fractions.Fraction` and the
 * exact sums of `statistics`: a rational is a pair `[n, d]` with `d > 0` and `gcd(n, d) == 1`
 * (Lib/fractions.py's invariant). Pure functions, no interpreter: what CPython prints for a
 * Fraction's float value, hash, rounding and decimal formatting is decided here.
 */

/** A normalised rational: `d > 0`, `gcd(|n|, d) == 1`. */
export type Rational = readonly [n: bigint, d: bigint];

/** `_PyHASH_MODULUS`: 2^61 − 1. */
const MODULUS = (1n << 61n) - 1n;
/** `_PyHASH_INF`: the hash of a Fraction whose denominator is a multiple of the modulus. */
const HASH_INF = 314159n;

/** `math.gcd` of two bigints (non-negative result). */
export function gcd(a: bigint, b: bigint): bigint {
  if (a < 0n) a = -a;
  if (b < 0n) b = -b;
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

/** `n / d` reduced with the sign on the numerator; `d` must not be 0. */
export function normalize(n: bigint, d: bigint): Rational {
  let g = gcd(n, d);
  if (d < 0n) g = -g;
  return g === 1n ? [n, d] : [n / g, d / g];
}

/** Python's `a // b` on bigints (floor division). */
export function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return (a % b !== 0n) && ((a < 0n) !== (b < 0n)) ? q - 1n : q;
}

export function add(a: Rational, b: Rational): Rational {
  return normalize(a[0] * b[1] + b[0] * a[1], a[1] * b[1]);
}

export function sub(a: Rational, b: Rational): Rational {
  return normalize(a[0] * b[1] - b[0] * a[1], a[1] * b[1]);
}

export function mul(a: Rational, b: Rational): Rational {
  return normalize(a[0] * b[0], a[1] * b[1]);
}

/** `a / b`; the caller rules out a zero `b`. */
export function div(a: Rational, b: Rational): Rational {
  return normalize(a[0] * b[1], a[1] * b[0]);
}

/** Sign of `a - b`: -1, 0 or 1. */
export function cmp(a: Rational, b: Rational): number {
  const x = a[0] * b[1];
  const y = b[0] * a[1];
  return x < y ? -1 : x > y ? 1 : 0;
}

function bitLength(x: bigint): number {
  return x === 0n ? 0 : x.toString(2).length;
}

/**
 * `int / int` correctly rounded (`long_true_divide`): the quotient with 55+ bits and a sticky bit
 * so that BigInt → Number's round-half-even sees no false tie; null when it overflows a double.
 */
export function ratioToFloat(n: bigint, d: bigint): number | null {
  const negative = (n < 0n) !== (d < 0n);
  const a = n < 0n ? -n : n;
  const b = d < 0n ? -d : d;
  if (a === 0n) return negative ? -0 : 0;
  if (a < 2n ** 53n && b < 2n ** 53n) return Number(n) / Number(d);
  const exponent = bitLength(a) - bitLength(b);
  if (exponent < -1020) {
    // Subnormal range: round once, at 2^-1074.
    const q = roundHalfEven(normalize(a << 1074n, b));
    const x = Number(q) / 2 ** 1000 / 2 ** 74;
    return negative ? -x : x;
  }
  const shift = 55 - exponent;
  const num = shift >= 0 ? a << BigInt(shift) : a;
  const den = shift >= 0 ? b : b << BigInt(-shift);
  let q = num / den;
  if (num % den !== 0n) q |= 1n;
  let x = Number(q);
  // Scale by 2^-shift in steps that stay exact (no intermediate overflow or underflow).
  let s = -shift;
  while (s > 0) { const k = Math.min(s, 1000); x *= 2 ** k; s -= k; }
  while (s < 0) { const k = Math.min(-s, 1000); x /= 2 ** k; s += k; }
  if (!Number.isFinite(x)) return null;
  return negative ? -x : x;
}

/** `float.as_integer_ratio` of a finite double. */
export function floatRatio(x: number): Rational {
  if (Number.isInteger(x)) return [BigInt(x), 1n];
  let d = 1n;
  let m = x;
  while (!Number.isInteger(m)) { m *= 2; d *= 2n; }
  return normalize(BigInt(m), d);
}

function modPow(base: bigint, exp: bigint, mod: bigint): bigint {
  let r = 1n;
  base %= mod;
  while (exp > 0n) {
    if (exp & 1n) r = (r * base) % mod;
    base = (base * base) % mod;
    exp >>= 1n;
  }
  return r;
}

/**
 * `Fraction.__hash__`: |n| times the inverse of d modulo 2^61 − 1 (Fermat), `_PyHASH_INF` when d
 * is a multiple of the modulus; the numerator's sign, and -1 becomes -2. Equal to `hash(int)` and
 * `hash(float)` for the same value.
 */
export function rationalHash([n, d]: Rational): bigint {
  const dinv = d % MODULUS === 0n ? 0n : modPow(d, MODULUS - 2n, MODULUS);
  const a = n < 0n ? -n : n;
  const h = dinv === 0n ? HASH_INF : ((a % MODULUS) * dinv) % MODULUS;
  const r = n < 0n ? -h : h;
  return r === -1n ? -2n : r;
}

/** Round half to even of `n / d` to an integer (`Fraction.__round__()`). */
export function roundHalfEven([n, d]: Rational): bigint {
  const floor = floorDiv(n, d);
  const twice = 2n * (n - floor * d);
  if (twice < d) return floor;
  if (twice > d) return floor + 1n;
  return floor % 2n === 0n ? floor : floor + 1n;
}

/**
 * The literal forms `Fraction(str)` accepts: optional sign, then `int`, `int/int`, or a decimal
 * with optional exponent; `_` only between digits. 3.12 allows blanks around the slash.
 */
export function parseRational(text: string, spacesAroundSlash: boolean): { n: bigint; d: bigint } | null {
  const digits = String.raw`\d+(?:_\d+)*`;
  const slash = spacesAroundSlash ? String.raw`\s*/\s*` : '/';
  const re = new RegExp(String.raw`^\s*([-+]?)(?=\d|\.\d)(${digits}|)(?:${slash}(${digits})|(?:\.(${digits}|))?(?:[eE]([-+]?${digits}))?)\s*$`);
  const m = re.exec(text);
  if (!m) return null;
  const clean = (s: string): bigint => BigInt(s.replace(/_/g, '') || '0');
  let n = clean(m[2]);
  let d = 1n;
  if (m[3] !== undefined) d = clean(m[3]);
  else {
    if (m[4]) {
      const frac = m[4].replace(/_/g, '');
      n = n * 10n ** BigInt(frac.length) + BigInt(frac);
      d = 10n ** BigInt(frac.length);
    }
    if (m[5]) {
      const e = Number(m[5].replace(/_/g, ''));
      if (e >= 0) n *= 10n ** BigInt(e);
      else d *= 10n ** BigInt(-e);
    }
  }
  return { n: m[1] === '-' ? -n : n, d };
}

/** `limit_denominator`: the closest rational with denominator at most `max` (ties to the convergent). */
export function limitDenominator(self: Rational, max: bigint): Rational {
  if (self[1] <= max) return self;
  let [p0, q0, p1, q1] = [0n, 1n, 1n, 0n];
  let [n, d] = self;
  for (;;) {
    const a = floorDiv(n, d);
    const q2 = q0 + a * q1;
    if (q2 > max) break;
    [p0, q0, p1, q1] = [p1, q1, p0 + a * p1, q2];
    [n, d] = [d, n - a * d];
  }
  const k = floorDiv(max - q0, q1);
  const bound1 = normalize(p0 + k * p1, q0 + k * q1);
  const bound2 = normalize(p1, q1);
  const dist = (r: Rational): Rational => { const s = sub(r, self); return [s[0] < 0n ? -s[0] : s[0], s[1]]; };
  return cmp(dist(bound2), dist(bound1)) <= 0 ? bound2 : bound1;
}

/** |n/d| × 10^exp rounded half to even to an integer. */
function scaledRound(n: bigint, d: bigint, exp: number): bigint {
  const a = n < 0n ? -n : n;
  return exp >= 0 ? roundHalfEven([a * 10n ** BigInt(exp), d]) : roundHalfEven([a, d * 10n ** BigInt(-exp)]);
}

/** Digits of |r| in fixed point with `prec` places, exactly rounded half to even ('f'). */
export function fixedDigits([n, d]: Rational, prec: number, alt: boolean): string {
  const s = scaledRound(n, d, prec).toString().padStart(prec + 1, '0');
  const point = prec > 0 || alt ? '.' : '';
  return `${s.slice(0, s.length - prec)}${point}${s.slice(s.length - prec)}`;
}

/** |r| in scientific notation with `prec` places ('e'): digits and exponent. */
export function exponentParts([n, d]: Rational, prec: number): { digits: string; exp: number } {
  const a = n < 0n ? -n : n;
  if (a === 0n) return { digits: '0'.repeat(prec + 1), exp: 0 };
  // Estimate the decimal exponent, then correct it so the rounded mantissa has prec+1 digits.
  let exp = a.toString().length - d.toString().length;
  if (cmp([a, d], [10n ** BigInt(Math.max(exp, 0)), 10n ** BigInt(Math.max(-exp, 0))]) < 0) exp--;
  let m = scaledRound(a, d, prec - exp);
  if (m.toString().length > prec + 1) { exp++; m = scaledRound(a, d, prec - exp); }
  return { digits: m.toString(), exp };
}

/** `'e'` body: `d.ddde±XX`. */
export function exponentBody(r: Rational, prec: number, alt: boolean): string {
  const { digits, exp } = exponentParts(r, prec);
  const point = prec > 0 || alt ? '.' : '';
  const e = `e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  return `${digits[0]}${point}${digits.slice(1)}${e}`;
}

/** `'g'` body: 'e' or 'f' by the exponent after rounding to `prec` significant digits, trailing zeros dropped unless `alt`. */
export function generalBody(r: Rational, prec: number, alt: boolean): string {
  const p = prec === 0 ? 1 : prec;
  const { exp } = exponentParts(r, p - 1);
  const zero = r[0] === 0n;
  let body = (!zero && (exp < -4 || exp >= p)) ? exponentBody(r, p - 1, alt) : fixedDigits(r, Math.max(p - 1 - (zero ? 0 : exp), 0), alt);
  if (!alt) {
    const m = /^([^e]*?)(\.?0*)?(e.*)?$/.exec(body) as RegExpExecArray;
    const mant = m[1].includes('.') || (m[2] ?? '').includes('.') ? `${m[1]}${m[2] ?? ''}`.replace(/\.?0+$/, '').replace(/\.$/, '') : `${m[1]}${m[2] ?? ''}`;
    body = mant + (m[3] ?? '');
  }
  return body;
}

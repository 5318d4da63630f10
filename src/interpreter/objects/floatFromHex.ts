/**
 * `float.fromhex(string)` (Objects/floatobject.c `float_fromhex`): `[sign] ['0x'] digits ['.'
 * digits] ['p' [sign] exponent]` with optional surrounding whitespace, or inf/infinity/nan in any
 * case; the value rounded once, half to even, to the nearest double (subnormals included). A
 * subclass calls itself on the float (`F.fromhex(s)` is `F(float.fromhex(s))`).
 */
import { newFloat } from '../../engine/objects/floatObject';
import { PyUnicodeObject } from '../../engine/objects/unicodeObject';
import type { Interp } from '../runtime/interp';
import type { NativeImpl } from '../vm/callables';

const INVALID = 'invalid hexadecimal floating-point string';
const TOO_LARGE = 'hexadecimal value too large to represent as a float';

/** M * 2**e rounded half-even to a double, or null past the largest finite double. */
function scaledToDouble(m: bigint, e: number): number | null {
  if (m === 0n) return 0;
  const bits = m.toString(2).length;
  // Keep 53 significant bits, fewer where the result is subnormal (lowest bit 2**-1074).
  const shift = Math.max(bits - 53, -1074 - e);
  if (shift > 0) {
    const s = BigInt(shift);
    const q = m >> s;
    const rest = m - (q << s);
    const half = 1n << (s - 1n);
    m = rest > half || (rest === half && (q & 1n) === 1n) ? q + 1n : q;
    e += shift;
  }
  // m now fits in 53 bits (or is 2**53 after a carry): scale in two exact steps.
  if (e + m.toString(2).length - 1 > 1023) return null;
  const half = Math.trunc(e / 2);
  return Number(m) * 2 ** half * 2 ** (e - half);
}

/** The value of `text` as float.fromhex reads it; ValueError/OverflowError as CPython's. */
export function parseHexFloat(interp: Interp, text: string): number {
  const s = text.trim();
  const special = /^([+-]?)(inf|infinity|nan)$/i.exec(s);
  if (special) {
    const v = special[2].toLowerCase() === 'nan' ? NaN : Infinity;
    return special[1] === '-' ? -v : v;
  }
  const m = /^([+-]?)(?:0x)?([0-9a-f]*)(?:\.([0-9a-f]*))?(?:p([+-]?[0-9]+))?$/i.exec(s);
  if (!m || (m[2] + (m[3] ?? '')).length === 0) return interp.raise('ValueError', INVALID);
  const digits = m[2] + (m[3] ?? '');
  const mant = BigInt('0x' + digits);
  const expText = m[4] ?? '0';
  // A huge written exponent: zero stays zero, anything else is out of range either way.
  const exp = Number(expText);
  const e = exp - 4 * (m[3] ?? '').length;
  let v: number | null;
  if (mant === 0n) v = 0;
  else if (e > 5000 + 4 * digits.length) v = null;
  else if (e < -5000 - 4 * digits.length) v = 0;
  else v = scaledToDouble(mant, e);
  if (v === null) return interp.raise('OverflowError', TOO_LARGE);
  return m[1] === '-' ? -v : v;
}

/** The class method's exact float (subclassResult makes `cls(value)` for a subclass). */
export const floatFromhex: NativeImpl = (interp, args) => {
  if (args.length !== 2) interp.typeError(`float.fromhex() takes exactly one argument (${args.length - 1} given)`);
  const arg = args[1];
  if (!(arg instanceof PyUnicodeObject)) return interp.typeError('bad argument type for built-in operation');
  return newFloat(interp.rt, parseHexFloat(interp, arg.value));
};

// Python numeric literals from their source text (Lexical analysis §2.4.5–2.4.7): py-ast gives
// plain JS numbers, which lose `1` vs `1.0` and exactness past 2^53, so we reread the text.
import type { PyComplex, PyFloat, PyInt } from './pyConstant';

/** The value of a numeric literal's text (`0x_FF`, `1_000`, `1e400`, `2.5j`), or null if not one. */
export function parseNumberLiteral(text: string): PyInt | PyFloat | PyComplex | null {
  const t = text.replace(/_/g, '');
  if (/^0[xX][0-9a-fA-F]+$|^0[oO][0-7]+$|^0[bB][01]+$/.test(t)) {
    return { type: 'int', value: BigInt(t.toLowerCase()) };
  }
  if (/^[0-9]+$/.test(t)) return { type: 'int', value: BigInt(t) };
  const imaginary = /[jJ]$/.test(t);
  const body = imaginary ? t.slice(0, -1) : t;
  if (!/^(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?$/.test(body)) return null;
  const value = Number(body);
  return imaginary ? { type: 'complex', real: 0, imag: value } : { type: 'float', value };
}

/** CPython's tokenizer error for a malformed literal py-ast accepts (`at`: 0-based index in it), or null. */
export function numberLiteralError(text: string): { msg: string; at: number } | null {
  const bad = /__|_$|_[.eEjJ]|[.eE]_/.exec(text);
  if (bad) return { msg: 'invalid decimal literal', at: bad.index };
  if (/^0+[1-9][0-9_]*$/.test(text)) {
    return { msg: 'leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers', at: 0 };
  }
  return null;
}

/** `sys.int_info.default_max_str_digits`: the most digits a decimal int literal may have. */
export const MAX_STR_DIGITS = 4300;

/**
 * CPython's error for a decimal int literal past MAX_STR_DIGITS (underscores do not count), or
 * null. The parser's action raises it while building the constant, so it carries the line but no
 * column; hex, octal and binary literals and floats are exempt (no decimal conversion).
 */
export function intDigitsLimitError(text: string): string | null {
  const digits = text.replace(/_/g, '');
  if (digits.length <= MAX_STR_DIGITS || !/^[0-9]+$/.test(digits)) return null;
  return `Exceeds the limit (${MAX_STR_DIGITS} digits) for integer string conversion: value has ${digits.length} digits; `
    + 'use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.';
}

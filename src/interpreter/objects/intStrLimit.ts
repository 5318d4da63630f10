/**
 * The int <-> decimal str digit limit (CPython 3.11+, CVE-2020-10735): `int(s)` and `str(n)` in a
 * base that is not a power of two refuse more than `sys.get_int_max_str_digits()` digits (4300 by
 * default, 0 for no limit), with the messages of Objects/longobject.c, the same in 3.11-3.13.
 */
import { bitLength, DIGIT_BITS, type IntValue } from '../../engine/objects/longObject';
import type { Interp } from '../runtime/interp';

/** `sys.int_info.default_max_str_digits`. */
export const DEFAULT_MAX_STR_DIGITS = 4300;
/** `sys.int_info.str_digits_check_threshold`: the smallest non-zero limit allowed. */
export const STR_DIGITS_CHECK_THRESHOLD = 640;

const advice = 'use sys.set_int_max_str_digits() to increase the limit';

/**
 * `long_to_decimal_string_internal` with the limit: an int clearly too long is refused from its
 * 30-bit digit count before any string is built (so a 10^9-bit int never becomes a JS string);
 * otherwise from the decimal digits produced. The sign does not count.
 */
export function intToDecimal(interp: Interp, v: IntValue): string {
  const limit = interp.intMaxStrDigits;
  if (typeof v === 'number' || limit === 0) return String(v);
  const size = Math.ceil(bitLength(v) / DIGIT_BITS);
  if (size >= Math.floor((10 * limit) / (3 * DIGIT_BITS)) + 2) tooManyDigits(interp);
  const s = String(v);
  if (s.length - (v < 0n ? 1 : 0) > limit) tooManyDigits(interp);
  return s;
}

function tooManyDigits(interp: Interp): never {
  return interp.raise('ValueError', `Exceeds the limit (${interp.intMaxStrDigits} digits) for integer string conversion; ${advice}`);
}

/** `long_from_string_base`'s check: `digits` decimal digits (underscores and sign not counted) in base `base`. */
export function checkStrToIntDigits(interp: Interp, digits: number, base: number): void {
  const limit = interp.intMaxStrDigits;
  if (limit === 0 || (base & (base - 1)) === 0 || digits <= limit) return;
  interp.raise('ValueError', `Exceeds the limit (${limit} digits) for integer string conversion: value has ${digits} digits; ${advice}`);
}

/** `sys.set_int_max_str_digits(n)`'s validation. */
export function setIntMaxStrDigits(interp: Interp, n: number): void {
  if (n !== 0 && !(n >= STR_DIGITS_CHECK_THRESHOLD)) interp.raise('ValueError', `maxdigits must be 0 or larger than ${STR_DIGITS_CHECK_THRESHOLD}`);
  interp.intMaxStrDigits = n;
}

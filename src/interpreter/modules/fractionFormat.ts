/**
 * `Fraction.__format__` (Lib/fractions.py, 3.12+): the float presentation types `e E f F g G %`
 * computed exactly from the rational (round half to even on the exact value, not on a double),
 * with fill, align, sign, 'z', '#', '0', width, grouping and precision as for floats. 3.13 also
 * lays out `str(fraction)` when no type is given. Every non-empty spec on 3.11 is
 * `object.__format__`'s TypeError; a spec 3.12+ does not accept is "Invalid format specifier".
 */
import type { Interp } from '../runtime/interp';
import { layoutNumber, parseFormatSpec } from '../objects/formatSpec';
import { exponentBody, fixedDigits, generalBody, type Rational } from './rational';

/** `format(Fraction, spec)`. */
export function formatRational(interp: Interp, r: Rational, text: string): string {
  const [n, d] = r;
  const str = d === 1n ? `${n}` : `${n}/${d}`;
  if (text === '') return str;
  const version = interp.rt.profile.version;
  const unsupported = (): never => interp.typeError('unsupported format string passed to Fraction.__format__');
  if (version === '3.11') return unsupported();
  const invalid = (): never => interp.raise('ValueError', `Invalid format specifier '${text}' for object of type 'Fraction'`);
  const last = text[text.length - 1];
  const typed = 'eEfFgG%'.includes(last);
  if (!typed && version === '3.12') return invalid();
  let spec;
  try {
    spec = parseFormatSpec(interp, text, 'Fraction', '>');
  } catch {
    return invalid();
  }
  const negative = n < 0n;
  const abs: Rational = [negative ? -n : n, d];
  if (!typed) {
    if (spec.precision >= 0 || spec.type !== '') return invalid();
    return layoutNumber(spec, negative, abs[1] === 1n ? `${abs[0]}` : `${abs[0]}/${abs[1]}`);
  }
  const prec = spec.precision < 0 ? 6 : spec.precision;
  let body: string;
  switch (spec.type) {
    case 'f': case 'F': body = fixedDigits(abs, prec, spec.alt); break;
    case '%': body = `${fixedDigits([abs[0] * 100n, abs[1]], prec, spec.alt)}%`; break;
    case 'e': case 'E': body = exponentBody(abs, prec, spec.alt); break;
    default: body = generalBody(abs, prec, spec.alt);
  }
  if (spec.type === 'E' || spec.type === 'G') body = body.toUpperCase();
  const isZero = !/[1-9]/.test(body.replace(/[eE].*$/, ''));
  return layoutNumber(spec, negative && !(spec.z && isZero), body);
}

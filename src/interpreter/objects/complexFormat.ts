/**
 * `format(complex, spec)` (`format_complex_internal`, Python/formatter_unicode.c 3.11-3.13): the
 * real and imaginary parts are formatted as floats one by one, each grouped on its own, the
 * imaginary part always signed and suffixed `j`; fill, alignment and width then pad the whole.
 * With no type the result reads like `str()` (parenthesised unless the real part is +0 and
 * omitted), and zero padding and '=' alignment are refused.
 */
import type { Interp } from '../runtime/interp';
import { floatRepr } from '../parser/pyRepr';
import { formatFloatSpec, layoutNumber, parseFormatSpec, type FormatSpec } from './formatSpec';

/** `complex.__format__(spec)`. */
export function formatComplex(interp: Interp, re: number, im: number, text: string): string {
  const spec = parseFormatSpec(interp, text, 'complex', '>');
  if (spec.type !== '' && !'eEfFgGn'.includes(spec.type)) {
    interp.raise('ValueError', `Unknown format code '${spec.type}' for object of type 'complex'`);
  }
  if (spec.fill === '0') interp.raise('ValueError', 'Zero padding is not allowed in complex format specifier');
  if (spec.align === '=') interp.raise('ValueError', "'=' alignment flag is not allowed in complex format specifier");
  let type = spec.type === 'n' ? 'g' : spec.type;
  let skipRe = false;
  let parens = false;
  if (type === '') {
    skipRe = re === 0 && !Object.is(re, -0);
    parens = !skipRe;
    if (spec.precision >= 0) type = 'g';
  }
  const part = (x: number, sign: FormatSpec['sign']): string => {
    const sub: FormatSpec = { ...spec, fill: ' ', align: '', width: -1, sign, type };
    if (type !== '') return formatFloatSpec(interp, x, sub);
    // Repr-style digits ('r' at precision 0): no forced '.0'; NaN has no sign.
    const negative = !Number.isNaN(x) && (x < 0 || Object.is(x, -0));
    return layoutNumber(sub, negative, floatRepr(Math.abs(x), false), Number.isFinite(x));
  };
  const reText = skipRe ? '' : part(re, spec.sign);
  const imText = part(im, skipRe ? spec.sign : '+') + 'j';
  const body = parens ? `(${reText}${imText})` : reText + imText;
  return padded(spec, body);
}

/** Fill and alignment around the composed number (right-aligned by default). */
function padded(spec: FormatSpec, body: string): string {
  const n = Array.from(body).length;
  if (spec.width <= n) return body;
  const gap = spec.width - n;
  const fill = spec.fill;
  if (spec.align === '<') return body + fill.repeat(gap);
  if (spec.align === '^') return fill.repeat(gap >> 1) + body + fill.repeat(gap - (gap >> 1));
  return fill.repeat(gap) + body;
}

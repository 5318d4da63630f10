/**
 * Python's format-spec mini-language for int, float and str (Python/formatter_unicode.c,
 * 3.11–3.13): `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`. Returns JS
 * strings; the caller allocates the result str. Errors carry CPython's messages.
 *
 *   int    d n b o x X c, and e f g % (through float); ',' or '_' grouping ('_' in 4s for b o x X)
 *   float  e E f F g G n %, and none: repr without a precision, else 'g' keeping a '.0'
 *   str    s and none; precision truncates
 *
 * Obscurity: a '0' before the width means fill '0' with '=' alignment for numbers, and then the
 * zeros take part in grouping (`format(1234, '09,')` is '0,001,234'); for strs it is only a fill.
 */
import { intToDecimal } from './intStrLimit';
import type { IntValue } from '../../engine/objects/longObject';
import type { Interp } from '../runtime/interp';
import { exponentAbs, fixedAbs, generalAbs } from './floatFormat';
import { floatRepr } from '../runtime/floatRepr';

/** A parsed spec. */
export interface FormatSpec {
  fill: string;
  align: '<' | '>' | '=' | '^' | '';
  sign: '+' | '-' | ' ' | '';
  z: boolean;
  alt: boolean;
  width: number;
  grouping: ',' | '_' | '';
  precision: number;
  type: string;
}

const ALIGNS = '<>=^';

/** `parse_internal_render_format_spec`; `defaultAlign` is '>' for numbers, '<' for strs. */
export function parseFormatSpec(interp: Interp, text: string, typeName: string, defaultAlign: '<' | '>'): FormatSpec {
  const cps = Array.from(text);
  const spec: FormatSpec = { fill: ' ', align: '', sign: '', z: false, alt: false, width: -1, grouping: '', precision: -1, type: '' };
  let i = 0;
  let fillGiven = false;
  if (cps.length >= 2 && ALIGNS.includes(cps[1])) {
    spec.fill = cps[0];
    spec.align = cps[1] as FormatSpec['align'];
    fillGiven = true;
    i = 2;
  } else if (cps.length >= 1 && ALIGNS.includes(cps[0])) {
    spec.align = cps[0] as FormatSpec['align'];
    i = 1;
  }
  if (i < cps.length && '+- '.includes(cps[i])) spec.sign = cps[i++] as FormatSpec['sign'];
  if (i < cps.length && cps[i] === 'z') { spec.z = true; i++; }
  if (i < cps.length && cps[i] === '#') { spec.alt = true; i++; }
  if (!fillGiven && i < cps.length && cps[i] === '0') {
    spec.fill = '0';
    if (spec.align === '' && defaultAlign === '>') spec.align = '=';
    i++;
  }
  let digits = '';
  while (i < cps.length && cps[i] >= '0' && cps[i] <= '9') digits += cps[i++];
  if (digits) spec.width = Number(digits);
  // The padded result is allocated before anything is written: a huge width is a MemoryError.
  if (spec.width > 0) interp.reserveStr(spec.width);
  if (i < cps.length && (cps[i] === ',' || cps[i] === '_')) {
    spec.grouping = cps[i++] as ',' | '_';
    if (i < cps.length && (cps[i] === ',' || cps[i] === '_')) interp.raise('ValueError', 'Cannot specify both \',\' and \'_\'.');
  }
  if (i < cps.length && cps[i] === '.') {
    i++;
    let p = '';
    while (i < cps.length && cps[i] >= '0' && cps[i] <= '9') p += cps[i++];
    if (!p) interp.raise('ValueError', 'Format specifier missing precision');
    spec.precision = Number(p);
  }
  if (cps.length - i > 1) {
    const message = interp.rt.profile.version === '3.11' ? 'Invalid format specifier' : `Invalid format specifier '${text}' for object of type '${typeName}'`;
    interp.raise('ValueError', message);
  }
  if (i < cps.length) spec.type = cps[i];
  if (spec.grouping) {
    const allowed = spec.grouping === ',' ? 'dfFgGeE%' : 'dfFgGeE%boxX';
    if (spec.type !== '' && !allowed.includes(spec.type)) {
      interp.raise('ValueError', `Cannot specify '${spec.grouping}' with '${spec.type}'.`);
    }
  }
  return spec;
}

/**
 * `_PyUnicode_InsertThousandsGrouping`: `sep` every `every` digits from the right; with
 * `minWidth` (zero padding), groups of zeros are added until the width is reached.
 */
function group(digits: string, sep: string, every: number, minWidth: number): string {
  if (!sep) return digits.length < minWidth ? digits.padStart(minWidth, '0') : digits;
  const groups: string[] = [];
  let remaining = digits.length;
  let width = minWidth;
  for (;;) {
    const l = Math.min(every, Math.max(remaining, width, 1));
    const nChars = Math.max(0, Math.min(remaining, l));
    groups.unshift('0'.repeat(Math.max(0, l - remaining)) + digits.slice(remaining - nChars, remaining));
    remaining -= nChars;
    width -= l;
    if (remaining <= 0 && width <= 0) break;
    width -= sep.length;
  }
  return groups.join(sep);
}

/** Pads `body` (sign and prefix already split off for '=') to the width. */
function pad(spec: FormatSpec, signAndPrefix: string, body: string, defaultAlign: '<' | '>'): string {
  const text = signAndPrefix + body;
  const n = Array.from(text).length;
  if (spec.width <= n) return text;
  const fill = spec.fill.repeat(spec.width - n);
  const align = spec.align || defaultAlign;
  switch (align) {
    case '<': return text + fill;
    case '>': return fill + text;
    case '=': return signAndPrefix + fill + body;
    default: {
      const left = Math.floor((spec.width - n) / 2);
      return spec.fill.repeat(left) + text + spec.fill.repeat(spec.width - n - left);
    }
  }
}

function signText(spec: FormatSpec, negative: boolean): string {
  if (negative) return '-';
  return spec.sign === '+' ? '+' : spec.sign === ' ' ? ' ' : '';
}

/** Digits' width when zero padding joins the grouping (fill '0' with '='). */
function zeroWidth(spec: FormatSpec, lead: string, trail = 0): number {
  return spec.fill === '0' && spec.align === '=' ? spec.width - lead.length - trail : 0;
}

/** `format(int, spec)`. */
export function formatInt(interp: Interp, value: IntValue, text: string, typeName = 'int'): string {
  const spec = parseFormatSpec(interp, text, typeName, '>');
  if ('eEfFgG%'.includes(spec.type) && spec.type !== '') return formatFloatSpec(interp, Number(value), spec);
  if (spec.precision >= 0) interp.raise('ValueError', 'Precision not allowed in integer format specifier');
  if (spec.z) interp.raise('ValueError', 'Negative zero coercion (z) not allowed in integer format specifier');
  const big = BigInt(value);
  const negative = big < 0n;
  const abs = negative ? -big : big;
  let digits: string;
  let prefix = '';
  let every = 3;
  switch (spec.type) {
    case '': case 'd': case 'n': digits = intToDecimal(interp, abs); break;
    case 'b': digits = abs.toString(2); prefix = '0b'; every = 4; break;
    case 'o': digits = abs.toString(8); prefix = '0o'; every = 4; break;
    case 'x': digits = abs.toString(16); prefix = '0x'; every = 4; break;
    case 'X': digits = abs.toString(16).toUpperCase(); prefix = '0X'; every = 4; break;
    case 'c': {
      if (spec.sign) interp.raise('ValueError', "Sign not allowed with integer format specifier 'c'");
      if (spec.alt) interp.raise('ValueError', "Alternate form (#) not allowed with integer format specifier 'c'");
      if (big < -(2n ** 63n) || big >= 2n ** 63n) interp.raise('OverflowError', 'Python int too large to convert to C long');
      if (big < 0n || big > 0x10ffffn) interp.raise('OverflowError', '%c arg not in range(0x110000)');
      return pad(spec, '', String.fromCodePoint(Number(big)), '>');
    }
    default:
      return interp.raise('ValueError', `Unknown format code '${spec.type}' for object of type '${typeName}'`);
  }
  const lead = signText(spec, negative) + (spec.alt ? prefix : '');
  const grouped = group(digits, spec.grouping, every, zeroWidth(spec, lead));
  return pad(spec, lead, grouped, '>');
}

/** `format(float, spec)`. */
export function formatFloat(interp: Interp, value: number, text: string): string {
  return formatFloatSpec(interp, value, parseFormatSpec(interp, text, 'float', '>'));
}

/** `format_float_internal` for a parsed spec. */
export function formatFloatSpec(interp: Interp, value: number, spec: FormatSpec): string {
  let type = spec.type;
  if (type !== '' && !'eEfFgGn%'.includes(type)) {
    interp.raise('ValueError', `Unknown format code '${type}' for object of type 'float'`);
  }
  if (type === 'n') type = 'g';
  let x = value;
  let suffix = '';
  if (type === '%') {
    x *= 100;
    type = 'f';
    suffix = '%';
  }
  const upper = type === 'E' || type === 'F' || type === 'G';
  let negative = x < 0 || Object.is(x, -0);
  let body: string;
  if (!Number.isFinite(x)) {
    body = Number.isNaN(x) ? 'nan' : 'inf';
    if (Number.isNaN(x)) negative = false;
  } else {
    const prec = spec.precision < 0 ? 6 : spec.precision;
    switch (type.toLowerCase()) {
      case 'f': body = fixedAbs(x, prec, spec.alt); break;
      case 'e': body = exponentAbs(x, prec, spec.alt); break;
      case 'g': body = generalAbs(x, prec, spec.alt); break;
      default:
        body = spec.precision < 0 ? floatRepr(Math.abs(x)) : generalAbs(x, spec.precision, spec.alt, true);
    }
    // 'z': a negative zero after rounding is shown as positive zero.
    if (spec.z && negative && !/[1-9]/.test(body.replace(/e.*$/, ''))) negative = false;
  }
  if (upper) body = body.toUpperCase();
  return layoutNumber(spec, negative, body + suffix, Number.isFinite(x));
}

/** A number's body (digits, point, exponent, '%') with its sign, grouping and padding laid out. */
export function layoutNumber(spec: FormatSpec, negative: boolean, body: string, finite = true): string {
  const lead = signText(spec, negative);
  if (spec.grouping && finite) {
    const m = /^(\d*)(.*)$/.exec(body) as RegExpExecArray;
    const intPart = group(m[1], spec.grouping, 3, zeroWidth(spec, lead, m[2].length));
    return pad(spec, lead, intPart + m[2], '>');
  }
  return pad(spec, lead, body, '>');
}

/** `format(str, spec)`. */
export function formatStr(interp: Interp, value: string, text: string): string {
  const spec = parseFormatSpec(interp, text, 'str', '<');
  if (spec.type !== '' && spec.type !== 's') interp.raise('ValueError', `Unknown format code '${spec.type}' for object of type 'str'`);
  if (spec.sign) interp.raise('ValueError', 'Sign not allowed in string format specifier');
  if (spec.alt) interp.raise('ValueError', 'Alternate form (#) not allowed in string format specifier');
  if (spec.align === '=') interp.raise('ValueError', "'=' alignment not allowed in string format specifier");
  if (spec.grouping) interp.raise('ValueError', `Cannot specify '${spec.grouping}' with 's'.`);
  let s = value;
  if (spec.precision >= 0) s = Array.from(s).slice(0, spec.precision).join('');
  return pad(spec, '', s, '<');
}

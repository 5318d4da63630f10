// `repr()` of constants, as CPython prints them (Objects/unicodeobject.c unicode_repr,
// Objects/floatobject.c float_repr with 'r' formatting, Objects/bytesobject.c bytes_repr).
import type { PyConstant } from './pyConstant';
import { defaultCPythonVersion, type CPythonVersion } from '../../protocol/heapModel';
import { isPrintableCodePoint } from './unicodePrintable';

/** CPython's `repr(c)` for a constant (code objects print as `<code object NAME>`). */
export function constantRepr(c: PyConstant): string {
  if (c === null) return 'None';
  if (c === true) return 'True';
  if (c === false) return 'False';
  if (typeof c === 'string') return strRepr(c);
  switch (c.type) {
    case 'int': return c.value.toString();
    case 'float': return floatRepr(c.value);
    case 'complex': return complexRepr(c.real, c.imag);
    case 'bytes': return bytesRepr(c.value);
    case 'ellipsis': return 'Ellipsis';
    case 'tuple': return c.items.length === 1 ? `(${constantRepr(c.items[0])},)` : `(${c.items.map(constantRepr).join(', ')})`;
    case 'frozenset': return c.items.length === 0 ? 'frozenset()' : `frozenset({${c.items.map(constantRepr).join(', ')}})`;
    case 'code': return `<code object ${(c.code as { name?: string }).name ?? '?'}>`;
  }
}

/**
 * `repr(str)` (`unicode_repr`): single quotes unless the text has ' and no ", the code points
 * `version`'s Unicode database calls non-printable escaped. The compiler's own uses (`dis`,
 * unparsed annotations) take the default version.
 */
export function strRepr(s: string, version: CPythonVersion = defaultCPythonVersion): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (!isPrintableCodePoint(cp, version)) {
      out += cp <= 0xff ? '\\x' + hex(cp, 2) : cp <= 0xffff ? '\\u' + hex(cp, 4) : '\\U' + hex(cp, 8);
    } else out += ch;
  }
  return out + quote;
}

/** `repr(bytes)`. */
export function bytesRepr(b: Uint8Array): string {
  let hasSingle = false;
  let hasDouble = false;
  for (const x of b) {
    if (x === 0x27) hasSingle = true;
    if (x === 0x22) hasDouble = true;
  }
  const quote = hasSingle && !hasDouble ? '"' : "'";
  let out = 'b' + quote;
  for (const x of b) {
    const ch = String.fromCharCode(x);
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (x === 0x0a) out += '\\n';
    else if (x === 0x0d) out += '\\r';
    else if (x === 0x09) out += '\\t';
    else if (x < 0x20 || x >= 0x7f) out += '\\x' + hex(x, 2);
    else out += ch;
  }
  return out + quote;
}

/** `repr(float)`: shortest round-trip digits, scientific below 1e-4 or from 1e16. */
export function floatRepr(x: number, forceDecimal = true): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  if (x === 0) return (Object.is(x, -0) ? '-0' : '0') + (forceDecimal ? '.0' : '');
  const [mantissa, expText] = Math.abs(x).toExponential().split('e');
  const exp = Number(expText);
  const digits = mantissa.replace('.', '');
  const sign = x < 0 ? '-' : '';
  if (exp < -4 || exp >= 16) {
    const m = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    return `${sign}${m}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  }
  if (exp < 0) return `${sign}0.${'0'.repeat(-exp - 1)}${digits}`;
  const intPart = digits.slice(0, exp + 1).padEnd(exp + 1, '0');
  const frac = digits.slice(exp + 1);
  return sign + intPart + (frac ? '.' + frac : forceDecimal ? '.0' : '');
}

/** `repr(complex)`: `2j`, `(1+2j)`, `(-0-1j)`. */
export function complexRepr(real: number, imag: number): string {
  const im = floatRepr(imag, false);
  if (real === 0 && !Object.is(real, -0)) return `${im}j`;
  const sign = imag < 0 || Object.is(imag, -0) || (Number.isNaN(imag) && false) ? '' : '+';
  return `(${floatRepr(real, false)}${sign}${im}j)`;
}

function hex(n: number, width: number): string {
  return n.toString(16).padStart(width, '0');
}

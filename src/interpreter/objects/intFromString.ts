/**
 * `int(text, base)`: the parse of CPython's `PyLong_FromString` (Objects/longobject.c, 3.11-3.13),
 * fed as `PyLong_FromUnicodeObject` feeds it: first every non-ASCII character becomes ASCII
 * (`_PyUnicode_TransformDecimalAndSpaceToASCII`: Unicode whitespace → ' ', a decimal digit (Nd) →
 * its ASCII digit, anything else → '?'), then
 *
 *   [spaces] [+|-] [0x|0o|0b [_]] digit { [_] digit } [spaces]
 *
 * where "spaces" are the six ASCII ones of `Py_ISSPACE` only (so '\x1c' is not a space here, though
 * str.isspace() says it is). Base 0 takes the base from the prefix (none: 10); an explicit base
 * still allows its own prefix. Obscurity: in base 0 a decimal with a leading zero must be zero
 * ('000' and '0_0' are fine, '010' is not).
 *
 * The digit limit (CVE-2020-10735) is checked once the digits are scanned. Obscurity: 3.11 checks it
 * before looking at what follows them (`int('1' * 5000 + 'x')` is the limit's ValueError); 3.12+
 * first requires the rest to be spaces up to the end or a NUL (the C string's end), so the same call
 * is "invalid literal" there.
 */

/** What a parse found: the value, or null for "invalid literal"; `digits` counted for the limit. */
export type ParsedInt = { value: bigint; digits: number; base: number } | { value: null };

/** `Py_ISSPACE`: the ASCII whitespace `PyLong_FromString` skips. */
const ASCII_SPACE = new Set([' ', '\t', '\n', '\v', '\f', '\r']);
/** `Py_UNICODE_ISSPACE` beyond ASCII: the characters the transform turns into ' '. */
const UNICODE_SPACE = /^[\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]$/u;
const DECIMAL = /^\p{Nd}$/u;

/**
 * `_PyUnicode_TransformDecimalAndSpaceToASCII`. A decimal digit's value is its place in its run:
 * Unicode encodes every Nd digit set as ten consecutive code points, 0 first.
 */
export function decimalAndSpaceToAscii(text: string): string {
  let out = '';
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c < 127) { out += ch; continue; }
    if (UNICODE_SPACE.test(ch)) { out += ' '; continue; }
    if (DECIMAL.test(ch)) {
      let start = c;
      while (DECIMAL.test(String.fromCodePoint(start - 1))) start--;
      out += String((c - start) % 10);
      continue;
    }
    out += '?';
  }
  return out;
}

/** `_PyLong_DigitValue`: 0-9, a-z/A-Z as 10-35, 37 for anything else. */
function digitValue(ch: string | undefined): number {
  if (ch === undefined) return 37;
  const c = ch.charCodeAt(0);
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 122) return c - 87;
  if (c >= 65 && c <= 90) return c - 55;
  return 37;
}

/**
 * Parses ASCII `s` (already transformed, or bytes as latin-1) in `base` (0 or 2..36). `checkDigits`
 * is the digit-limit check (it throws); it is called only for bases that are not powers of two;
 * `tailFirst` is 3.12+'s order (the text after the digits is checked before the limit).
 */
export function parseIntText(s: string, base: number, checkDigits: (digits: number, base: number) => void, tailFirst: boolean): ParsedInt {
  let i = 0;
  while (ASCII_SPACE.has(s[i])) i++;
  let negative = false;
  if (s[i] === '+') i++;
  else if (s[i] === '-') { negative = true; i++; }
  let errorIfNonzero = false;
  const p = s[i + 1]?.toLowerCase();
  if (base === 0) {
    if (s[i] !== '0') base = 10;
    else if (p === 'x') base = 16;
    else if (p === 'o') base = 8;
    else if (p === 'b') base = 2;
    else { errorIfNonzero = true; base = 10; }
  }
  if (s[i] === '0' && ((base === 16 && p === 'x') || (base === 8 && p === 'o') || (base === 2 && p === 'b'))) {
    i += 2;
    if (s[i] === '_') i++;
  }
  if (s[i] === '_') return { value: null };
  const start = i;
  let digits = 0;
  let prev = '';
  let body = '';
  while (digitValue(s[i]) < base || s[i] === '_') {
    if (s[i] === '_') {
      if (prev === '_') return { value: null };
    } else {
      digits++;
      body += s[i];
    }
    prev = s[i];
    i++;
  }
  if (prev === '_') return { value: null };
  if (tailFirst) {
    let j = i;
    while (ASCII_SPACE.has(s[j])) j++;
    if (j < s.length && s[j] !== '\0') return { value: null };
  }
  if ((base & (base - 1)) !== 0) checkDigits(digits, base);
  if (i === start) return { value: null };
  const value = digitsValue(body, base);
  if (errorIfNonzero && value !== 0n) return { value: null };
  while (ASCII_SPACE.has(s[i])) i++;
  if (i !== s.length) return { value: null };
  return { value: negative ? -value : value, digits, base };
}

/** The value of valid `digits` in `base`, exactly: chunks small enough for a double, then bigints. */
function digitsValue(digits: string, base: number): bigint {
  if (base === 10) return BigInt(digits);
  if (base === 16) return BigInt('0x' + digits);
  if (base === 8) return BigInt('0o' + digits);
  if (base === 2) return BigInt('0b' + digits);
  // base**chunk stays below 2**53 for every base up to 36 when chunk is 10.
  const chunk = 10;
  let acc = 0n;
  for (let k = 0; k < digits.length; k += chunk) {
    const part = digits.slice(k, k + chunk);
    acc = acc * BigInt(base) ** BigInt(part.length) + BigInt(parseInt(part, base));
  }
  return acc;
}

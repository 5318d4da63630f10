// The escapes of one str literal piece, decoded as CPython's parser does (Parser/string_parser.c
// decode_unicode_with_escapes, then the 'unicodeescape' codec): py-ast leaves `\N{...}` as text
// and masks octal escapes to a byte, so pieces holding either are decoded again here.
import type { CPythonVersion } from '../../protocol/heapModel';
import { lookupUnicodeName } from './unicodeNames';

/** A 'unicodeescape' decoding error: the message and the positions CPython reports. */
export class StrEscapeError extends Error {
  constructor(readonly reason: string, readonly start: number, readonly end: number) {
    super(`(unicode error) 'unicodeescape' codec can't decode bytes in position ${start}-${end - 1}: ${reason}`);
  }
}

const SIMPLE: Record<string, string> = {
  '\n': '', '\\': '\\', "'": "'", '"': '"', a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v',
};

/**
 * Decodes the body (between the quotes) of a non-raw str literal piece; throws StrEscapeError.
 * Positions count the buffer the codec sees: CPython first rewrites each non-ASCII character as a
 * 10-byte `\UXXXXXXXX` escape (and a backslash before one as `\u005c`).
 */
export function decodeStrBody(body: string, version: CPythonVersion): string {
  let out = '';
  let pos = 0; // position in CPython's buffer
  const chars = Array.from(body);
  for (let i = 0; i < chars.length;) {
    const c = chars[i]!;
    if (c !== '\\') {
      out += c;
      pos += c.codePointAt(0)! < 0x80 ? 1 : 10;
      i++;
      continue;
    }
    const start = pos;
    const next = chars[i + 1];
    if (next === undefined || next.codePointAt(0)! >= 0x80) {
      out += '\\';
      pos += next === undefined ? 1 : 6;
      i++;
      continue;
    }
    if (next in SIMPLE) {
      out += SIMPLE[next];
      pos += 2;
      i += 2;
      continue;
    }
    if (next >= '0' && next <= '7') {
      let digits = next;
      while (digits.length < 3 && /[0-7]/.test(chars[i + 1 + digits.length] ?? '')) digits += chars[i + 1 + digits.length];
      out += String.fromCharCode(parseInt(digits, 8));
      pos += 1 + digits.length;
      i += 1 + digits.length;
      continue;
    }
    const width = next === 'x' ? 2 : next === 'u' ? 4 : next === 'U' ? 8 : 0;
    if (width) {
      let hex = '';
      while (hex.length < width && /[0-9a-fA-F]/.test(chars[i + 2 + hex.length] ?? '')) hex += chars[i + 2 + hex.length];
      if (hex.length < width) throw new StrEscapeError(`truncated \\${next}${'X'.repeat(width)} escape`, start, start + 2 + hex.length);
      const cp = parseInt(hex, 16);
      if (cp > 0x10ffff) throw new StrEscapeError('illegal Unicode character', start, start + 2 + width);
      out += String.fromCodePoint(cp);
      pos += 2 + width;
      i += 2 + width;
      continue;
    }
    if (next === 'N') {
      // `\N{name}`: the name runs to the first '}'; none, or an empty name, is malformed.
      let j = i + 2;
      let reason = 'malformed \\N character escape';
      let end = start + 2;
      if (chars[j] === '{') {
        const close = chars.indexOf('}', j + 1);
        const name = close < 0 ? null : chars.slice(j + 1, close).join('');
        if (name === null) {
          end = start + bufferLength(chars.slice(i));
        } else if (name === '') {
          end = start + 3;
        } else {
          const cp = /^[\x20-\x7e]+$/.test(name) ? lookupUnicodeName(name, version) : null;
          j = close + 1;
          if (cp !== null) {
            out += String.fromCodePoint(cp);
            pos += bufferLength(chars.slice(i, j));
            i = j;
            continue;
          }
          reason = 'unknown Unicode character name';
          end = start + bufferLength(chars.slice(i, j));
        }
      }
      throw new StrEscapeError(reason, start, end);
    }
    // An unknown escape keeps its backslash (the warning is escapeWarnings.ts's).
    out += '\\';
    pos += 1;
    i++;
  }
  return out;
}

/** The length of `chars` in CPython's rewritten buffer. */
function bufferLength(chars: string[]): number {
  return chars.reduce((n, c) => n + (c.codePointAt(0)! < 0x80 ? 1 : 10), 0);
}

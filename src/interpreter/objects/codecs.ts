/**
 * The three codecs scripts use most (`utf-8`, `ascii`, `latin-1`) with the `strict`, `ignore` and
 * `replace` error handlers, as Objects/unicodeobject.c and Objects/stringlib/codecs.h run them:
 * the first bad character or byte range raises UnicodeEncodeError/UnicodeDecodeError with
 * CPython's message; other encodings raise LookupError.
 */
import type { Interp } from '../runtime/interp';

/** A codec we simulate, by its normalized name. */
export type CodecName = 'utf-8' | 'ascii' | 'latin-1';

const ALIASES: Record<string, CodecName> = {
  utf8: 'utf-8', u8: 'utf-8', utf: 'utf-8', cp65001: 'utf-8',
  ascii: 'ascii', usascii: 'ascii', 646: 'ascii',
  latin1: 'latin-1', latin: 'latin-1', l1: 'latin-1', iso88591: 'latin-1', iso885911987: 'latin-1', 8859: 'latin-1', cp819: 'latin-1',
};

/** `_Py_normalize_encoding` + the codec registry for our three codecs; LookupError otherwise. */
export function lookupCodec(interp: Interp, encoding: string): CodecName {
  const key = encoding.toLowerCase().replace(/[-_ ]/g, '');
  const c = ALIASES[key];
  if (!c) interp.raise('LookupError', `unknown encoding: ${encoding}`);
  return c;
}

/** The error handler, looked up only when an error happens (an unknown name is then LookupError). */
function handler(interp: Interp, errors: string): 'strict' | 'ignore' | 'replace' {
  if (errors === 'strict' || errors === 'ignore' || errors === 'replace') return errors;
  return interp.raise('LookupError', `unknown error handler name '${errors}'`);
}

/** `\xe9`, `\u20ac`, `\U0001f600`: how the messages show a character. */
function charEscape(c: number): string {
  if (c < 0x100) return `\\x${c.toString(16).padStart(2, '0')}`;
  if (c < 0x10000) return `\\u${c.toString(16).padStart(4, '0')}`;
  return `\\U${c.toString(16).padStart(8, '0')}`;
}

/** `str.encode(encoding, errors)`: the bytes. */
export function encodeText(interp: Interp, s: string, encoding: string, errors: string): Uint8Array {
  const codec = lookupCodec(interp, encoding);
  const points = Array.from(s, (ch) => ch.codePointAt(0) as number);
  const out: number[] = [];
  const limit = codec === 'ascii' ? 0x80 : 0x100;
  for (let i = 0; i < points.length; i++) {
    const c = points[i];
    if (codec === 'utf-8') {
      if (c >= 0xd800 && c < 0xe000) {
        const mode = handler(interp, errors);
        if (mode === 'strict') interp.raise('UnicodeEncodeError', `'utf-8' codec can't encode character '${charEscape(c)}' in position ${i}: surrogates not allowed`);
        if (mode === 'replace') out.push(0x3f);
      } else if (c < 0x80) out.push(c);
      else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
      else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
      else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
      continue;
    }
    if (c < limit) { out.push(c); continue; }
    // A run of unencodable characters is one error (unicode_encode_ucs1 collects it).
    let end = i + 1;
    while (end < points.length && points[end] >= limit) end++;
    const mode = handler(interp, errors);
    if (mode === 'strict') {
      const where = end - i === 1 ? `character '${charEscape(c)}' in position ${i}` : `characters in position ${i}-${end - 1}`;
      interp.raise('UnicodeEncodeError', `'${codec}' codec can't encode ${where}: ordinal not in range(${limit})`);
    }
    if (mode === 'replace') for (let k = i; k < end; k++) out.push(0x3f);
    i = end - 1;
  }
  return Uint8Array.from(out);
}

/** How many continuation bytes a UTF-8 lead byte announces, and the second byte's range. */
function utf8Lead(b: number): { n: number; lo: number; hi: number } | null {
  if (b >= 0xc2 && b <= 0xdf) return { n: 1, lo: 0x80, hi: 0xbf };
  if (b === 0xe0) return { n: 2, lo: 0xa0, hi: 0xbf };
  if (b === 0xed) return { n: 2, lo: 0x80, hi: 0x9f };
  if (b >= 0xe1 && b <= 0xef) return { n: 2, lo: 0x80, hi: 0xbf };
  if (b === 0xf0) return { n: 3, lo: 0x90, hi: 0xbf };
  if (b === 0xf4) return { n: 3, lo: 0x80, hi: 0x8f };
  if (b >= 0xf1 && b <= 0xf3) return { n: 3, lo: 0x80, hi: 0xbf };
  return null;
}

/** `bytes.decode(encoding, errors)`: the text. */
export function decodeBytes(interp: Interp, data: Uint8Array, encoding: string, errors: string): string {
  const codec = lookupCodec(interp, encoding);
  let out = '';
  const bad = (start: number, end: number, reason: string): void => {
    const mode = handler(interp, errors);
    if (mode === 'strict') {
      const where = end - start === 1 ? `byte 0x${data[start].toString(16).padStart(2, '0')} in position ${start}` : `bytes in position ${start}-${end - 1}`;
      interp.raise('UnicodeDecodeError', `'${codec}' codec can't decode ${where}: ${reason}`);
    }
    if (mode === 'replace') out += '\ufffd';
  };
  if (codec === 'latin-1') return String.fromCharCode(...data);
  if (codec === 'ascii') {
    for (let i = 0; i < data.length; i++) {
      if (data[i] < 0x80) out += String.fromCharCode(data[i]);
      else bad(i, i + 1, 'ordinal not in range(128)');
    }
    return out;
  }
  for (let i = 0; i < data.length;) {
    const b = data[i];
    if (b < 0x80) { out += String.fromCharCode(b); i++; continue; }
    const lead = utf8Lead(b);
    if (!lead) { bad(i, i + 1, 'invalid start byte'); i++; continue; }
    let k = 1;
    let ok = true;
    for (; k <= lead.n; k++) {
      if (i + k >= data.length) { ok = false; break; }
      const c = data[i + k];
      const [lo, hi] = k === 1 ? [lead.lo, lead.hi] : [0x80, 0xbf];
      if (c < lo || c > hi) { ok = false; break; }
    }
    if (!ok) {
      // The bytes read so far are one error: truncated at the end, else an invalid continuation.
      bad(i, i + k, i + k >= data.length ? 'unexpected end of data' : 'invalid continuation byte');
      i += k;
      continue;
    }
    let cp = b & (lead.n === 1 ? 0x1f : lead.n === 2 ? 0x0f : 0x07);
    for (let j = 1; j <= lead.n; j++) cp = (cp << 6) | (data[i + j] & 0x3f);
    out += String.fromCodePoint(cp);
    i += lead.n + 1;
  }
  return out;
}

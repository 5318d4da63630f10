/**
 * A script file's bytes as CPython's file tokenizer reads them (Parser/tokenizer.c): a UTF-8 BOM
 * is skipped, a PEP 263 coding cookie on line 1 or 2 names the encoding, and without one bytes that
 * are not UTF-8 are a SyntaxError before any line runs, worded as 3.11-3.13 word it:
 *
 *   SyntaxError: Non-UTF-8 code starting with '\xff' in file /tmp/x.py on line 1, but no encoding
 *   declared; see https://peps.python.org/pep-0263/ for details
 */

/** The decoded text, or the SyntaxError line CPython prints (its exit status is 1). */
export type ScriptSource = { text: string; error?: undefined } | { error: string; text?: undefined };

const COOKIE = /^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)/;

/** Decodes `bytes`, the file at `path`. */
export function decodeScript(bytes: Uint8Array, path: string): ScriptSource {
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  const encoding = bom ? null : codingCookie(body);
  if (encoding && !/^utf[-_]?8/i.test(encoding)) {
    // WHATWG's "latin1" is windows-1252; Python's latin-1 maps each byte to its code point.
    if (/^(latin[-_]?1|iso[-_]?8859[-_]1|l1)$/i.test(encoding)) return { text: Array.from(body, (b) => String.fromCharCode(b)).join('') };
    try {
      return { text: new TextDecoder(encoding.replace(/_/g, '-')).decode(body) };
    } catch {
      return { error: `SyntaxError: encoding problem: ${encoding}\n` };
    }
  }
  const bad = firstInvalidUtf8(body);
  if (bad < 0) return { text: new TextDecoder('utf-8').decode(body) };
  let line = 1;
  for (let i = 0; i < bad; i++) if (body[i] === 0x0a) line++;
  const hex = (body[bad] as number).toString(16).padStart(2, '0');
  return { error: `SyntaxError: Non-UTF-8 code starting with '\\x${hex}' in file ${path} on line ${line}, but no encoding declared; see https://peps.python.org/pep-0263/ for details\n` };
}

/** The encoding a `# -*- coding: NAME -*-` comment on the first or second line declares. */
function codingCookie(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 400)).split('\n').slice(0, 2);
  for (const line of head) {
    const m = COOKIE.exec(line);
    if (m) return m[1] as string;
    if (!/^[ \t\f]*(#|\r?$)/.test(line)) break;
  }
  return null;
}

/** The index of the first byte that does not start a well-formed UTF-8 sequence, or -1. */
function firstInvalidUtf8(b: Uint8Array): number {
  for (let i = 0; i < b.length;) {
    const c = b[i] as number;
    const n = c < 0x80 ? 0 : c >= 0xc2 && c < 0xe0 ? 1 : c >= 0xe0 && c < 0xf0 ? 2 : c >= 0xf0 && c < 0xf5 ? 3 : -1;
    if (n < 0) return i;
    for (let k = 1; k <= n; k++) if (((b[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    if (n > 0) {
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(b.subarray(i, i + n + 1));
      } catch {
        return i;
      }
    }
    i += n + 1;
  }
  return -1;
}

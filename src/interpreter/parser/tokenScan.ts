// CPython's tokenizer-level errors, found by a light scan of the whole source that skips strings
// and comments: bad brackets ("unmatched ')'", "closing parenthesis ']' does not match opening
// parenthesis '{'"), bad number literals ("invalid decimal literal", "leading zeros in decimal
// integer literals are not permitted..."), characters no token may hold ("invalid character '…'
// (U+2026)"), a backslash not ending its line, unterminated strings, and the brackets still open
// at the end. Mirrors tok_get and verify_end_of_number, Parser/tokenizer.c (3.12: lexer.c).
//
// Obscurity: CPython reports a tokenizer error even when the parser failed earlier in the file:
// after a failed parse, `_PyPegen_tokenize_full_source_to_check_for_errors` tokenizes the rest of
// the source and a tokenizer error found there replaces the parser's. So the first error of this
// scan, anywhere in the file, is the one CPython reports.

/** A tokenizer error: message and position (line 1-based; columns 1-based characters). */
export interface TokenError {
  msg: string;
  lineno: number;
  offset: number;
  /** 1-based end column, when CPython reports a range. */
  endOffset?: number;
}

/** What the scan found: the first tokenizer error, or else the brackets open at the end. */
export interface TokenScan {
  error: TokenError | null;
  /** Brackets never closed, outermost first (empty when the scan stopped at an error). */
  open: { ch: string; lineno: number; col: number }[];
}

/** `MAXLEVEL`, Parser/tokenizer.c: brackets nest at most 200 deep (the 201st is refused). */
const MAXLEVEL = 200;
/** The tokenizer's message for the 201st open bracket. */
export const TOO_DEEP = 'too many nested parentheses';

const CLOSERS: Record<string, string> = { ')': '(', ']': '[', '}': '{' };
/** Words that may follow a number literal directly in valid code ("1if x else 2"). */
const AFTER_NUMBER = /^(and|else|for|if|in|is|or|not)/;
const ID_START = /[\p{ID_Start}_]/u;
const ID_CONTINUE = /[\p{ID_Continue}]/u;
const NON_PRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;

/**
 * Scans `lines` (the source split at line ends) as CPython's tokenizer would; `stack` holds the
 * brackets already open (a scan resumed after a string spanning lines).
 */
export function scanTokens(lines: readonly string[], stack: TokenScan['open'] = []): TokenScan {
  const fail = (msg: string, lineno: number, offset: number, endOffset?: number): TokenScan =>
    ({ error: endOffset === undefined ? { msg, lineno, offset } : { msg, lineno, offset, endOffset }, open: [] });
  for (let l = 1; l <= lines.length; l++) {
    const line = lines[l - 1] as string;
    let i = 0;
    while (i < line.length) {
      const c = line[i] as string;
      if (c === '#') break;
      const str = /^([rRbBuUfF]{0,2})('''|"""|'|")/.exec(line.slice(i, i + 5));
      // Names are consumed whole below, so a quote here starts a string (`c'x'` is a name and a string).
      if (str) {
        const end = skipString(lines, l, i + str[0].length, str[2] as string);
        if (!end) {
          const triple = (str[2] as string).length === 3;
          const kind = triple ? 'unterminated triple-quoted string literal' : 'unterminated string literal';
          return fail(`${kind} (detected at line ${triple ? lines.length - (lines[lines.length - 1] === '' ? 1 : 0) : l})`, l, i + 1);
        }
        if (end.lineno !== l) return continueFrom(lines, end.lineno, end.col, stack, fail);
        i = end.col;
        continue;
      }
      const r = scanChar(line, l, i, stack, fail);
      if (typeof r !== 'number') return r;
      i = r;
    }
  }
  return { error: null, open: stack };
}

type Fail = (msg: string, lineno: number, offset: number, endOffset?: number) => TokenScan;

/** The scan resumed at (lineno, col) after a string spanning lines. */
function continueFrom(lines: readonly string[], lineno: number, col: number, stack: TokenScan['open'], fail: Fail): TokenScan {
  const rest = [' '.repeat(col) + (lines[lineno - 1] as string).slice(col), ...lines.slice(lineno)];
  const padded = [...Array<string>(lineno - 1).fill(''), ...rest];
  // The brackets open before the string stay open after it: `f("""...""")` closes them there.
  const inner = scanTokens(padded, stack);
  if (inner.error) return fail(inner.error.msg, inner.error.lineno, inner.error.offset, inner.error.endOffset);
  return inner;
}

/** One token (not a string) at `line[i]`: the index after it, or the scan's end. */
function scanChar(line: string, l: number, i: number, stack: TokenScan['open'], fail: Fail): number | TokenScan {
  const c = line[i] as string;
  if (c === '(' || c === '[' || c === '{') {
    if (stack.length >= MAXLEVEL) return fail(TOO_DEEP, l, i + 1);
    stack.push({ ch: c, lineno: l, col: i });
    return i + 1;
  }
  if (c in CLOSERS) {
    const open = stack.pop();
    if (!open) return fail(`unmatched '${c}'`, l, i + 1);
    if (open.ch !== CLOSERS[c]) {
      const msg = `closing parenthesis '${c}' does not match opening parenthesis '${open.ch}'`;
      return fail(open.lineno === l ? msg : `${msg} on line ${open.lineno}`, l, i + 1);
    }
    return i + 1;
  }
  if (c === '\\') {
    if (i + 1 < line.length) return fail('unexpected character after line continuation character', l, i + 2, 0);
    return i + 1;
  }
  if (/[0-9]/.test(c) || (c === '.' && /[0-9]/.test(line[i + 1] ?? ''))) {
    const r = scanNumber(line, i);
    return typeof r === 'number' ? r : fail(r.msg, l, r.offset, r.endOffset);
  }
  const cp = line.codePointAt(i) as number;
  if (cp >= 128 || /[A-Za-z_]/.test(c)) {
    // CPython reads any non-ASCII run as an identifier, then checks each character of it.
    let j = i;
    while (j < line.length && (isIdChar(line[j] as string) || (line.codePointAt(j) as number) >= 128)) {
      const ch = String.fromCodePoint(line.codePointAt(j) as number);
      if ((line.codePointAt(j) as number) >= 128 && !(j === i ? ID_START : ID_CONTINUE).test(ch)) {
        const hex = (line.codePointAt(j) as number).toString(16).toUpperCase().padStart(4, '0');
        const msg = NON_PRINTABLE.test(ch) ? `invalid non-printable character U+${hex}` : `invalid character '${ch}' (U+${hex})`;
        return fail(msg, l, j + 1);
      }
      j += ch.length;
    }
    return j;
  }
  return i + 1;
}

function isIdChar(c: string): boolean {
  return /[A-Za-z0-9_]/.test(c);
}

/** A number literal at `line[i]`: the index after it, or CPython's complaint. */
function scanNumber(line: string, i: number): number | { msg: string; offset: number; endOffset?: number } {
  const bad = (kind: string, at: number): { msg: string; offset: number } => ({ msg: `invalid ${kind} literal`, offset: at });
  /** verify_end_of_number: a letter straight after a literal (offsets count the characters before it). */
  const end = (j: number, kind: string): number | { msg: string; offset: number } => {
    const c = line[j] ?? '';
    if (AFTER_NUMBER.test(line.slice(j))) return j;
    return /[A-Za-z0-9_]/.test(c) ? bad(kind, j) : j;
  };
  const radix = /^0([xXoObB])/.exec(line.slice(i));
  if (radix) {
    const kind = { x: 'hexadecimal', o: 'octal', b: 'binary' }[(radix[1] as string).toLowerCase()] as string;
    const digit = { hexadecimal: /[0-9a-fA-F]/, octal: /[0-7]/, binary: /[01]/ }[kind] as RegExp;
    let j = i + 2;
    let any = false;
    for (;;) {
      if (line[j] === '_') j++;
      if (!digit.test(line[j] ?? '')) break;
      while (digit.test(line[j] ?? '')) j++;
      any = true;
      if (line[j] !== '_') break;
    }
    if (kind !== 'hexadecimal' && /[0-9]/.test(line[j] ?? '')) return { msg: `invalid digit '${line[j]}' in ${kind} literal`, offset: j + 1 };
    if (!any || line[j - 1] === '_') return bad(kind, j);
    return end(j, kind);
  }
  let j = i;
  const digits = (): number | null => {
    while (/[0-9]/.test(line[j] ?? '')) {
      j++;
      if (line[j] === '_') {
        j++;
        if (!/[0-9]/.test(line[j] ?? '')) return j;
      }
    }
    return null;
  };
  let under = digits();
  if (under !== null) return bad('decimal', under);
  const intEnd = j;
  let isFloat = false;
  if (line[j] === '.') {
    j++;
    isFloat = true;
    under = digits();
    if (under !== null) return bad('decimal', under);
  }
  if (line[j] === 'e' || line[j] === 'E') {
    const e = j;
    j++;
    if (line[j] === '+' || line[j] === '-') j++;
    if (!/[0-9]/.test(line[j] ?? '')) return end(e, 'decimal');
    isFloat = true;
    under = digits();
    if (under !== null) return bad('decimal', under);
  }
  if (line[j] === 'j' || line[j] === 'J') return end(j + 1, 'imaginary');
  if (!isFloat && line[i] === '0' && /[1-9]/.test(line.slice(i, intEnd).replace(/_/g, ''))) {
    let zeros = i;
    while (line[zeros] === '0' || line[zeros] === '_') zeros++;
    return { msg: 'leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers', offset: i + 1, endOffset: zeros + 1 };
  }
  return end(j, 'decimal');
}

/** Where the string whose body starts at (lineno, col) ends: the position after its closing quote. */
function skipString(lines: readonly string[], lineno: number, col: number, quote: string): { lineno: number; col: number } | null {
  for (let l = lineno; l <= lines.length; l++) {
    const line = lines[l - 1] as string;
    let i = l === lineno ? col : 0;
    while (i < line.length) {
      if (line[i] === '\\') i += 2;
      else if (line.startsWith(quote, i)) return { lineno: l, col: i + quote.length };
      else i++;
    }
    // A backslash at the end of a line continues a one-quote string.
    if (quote.length === 1 && !line.endsWith('\\')) return null;
  }
  return null;
}

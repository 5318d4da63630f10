// The string tokens of one f-string expression (`f"a{x}b" "c"`), read from the source, so that its
// literal parts can be decoded as CPython decodes them: py-ast hands back text where `\\N{{X}}`
// (an escaped backslash, then doubled braces) and `\N{X}` (a named escape) read the same, and it
// ignores raw prefixes for `\N`. Whether a backslash starts an escape is decided here, from the
// source: backslashes are consumed in pairs, raw tokens have no escapes, and `{{`/`}}` are undone
// only outside escapes (`\N{...}` runs to the first `}`, as CPython's tokenizer reads it).
import { lex } from './roughLexer';

/** One string token of the expression; offsets index the expression's source slice. */
export interface StrToken {
  prefix: string;
  quote: string;
  start: number;
  bodyStart: number;
  bodyEnd: number;
  end: number;
}

/**
 * The string tokens of `src` (the source of a JoinedStr, lines joined by '\n'); `fields` are the
 * `{...}` replacement fields' [start, end) offsets, skipped inside f-tokens (they may hold quotes).
 */
export function stringTokens(src: string, fields: [number, number][]): StrToken[] {
  const toks: StrToken[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i]!;
    if (c === '#') {
      while (i < src.length && src[i] !== '\n') i++;
      continue;
    }
    if (!/[A-Za-z'"]/.test(c)) {
      i++; // whitespace, newlines, a line continuation, the parentheses around the pieces
      continue;
    }
    const start = i;
    while (/[A-Za-z]/.test(src[i] ?? '')) i++;
    const prefix = src.slice(start, i);
    const quote = src.startsWith(src[i]!.repeat(3), i) ? src[i]!.repeat(3) : src[i]!;
    i += quote.length;
    const bodyStart = i;
    const isF = /f/i.test(prefix);
    while (i < src.length && !src.startsWith(quote, i)) {
      const field = isF ? fields.find(([a]) => a === i) : undefined;
      if (field) i = field[1];
      else i += src[i] === '\\' ? 2 : 1;
    }
    toks.push({ prefix, quote, start, bodyStart, bodyEnd: i, end: i + quote.length });
    i += quote.length;
  }
  return toks;
}

/** A lone `}` in an f-string's literal text; `at` indexes the text given to undoubleBraces. */
export class SingleBraceError extends Error {
  constructor(readonly at: number) {
    super("f-string: single '}' is not allowed");
  }
}

/**
 * An f-token's literal text with `{{`/`}}` undone, escapes left for the str decoder. Outside raw
 * tokens a backslash takes the next character with it, and `\N{` takes everything to the first
 * `}`: so `\\N{{X}}` is `\\N{X}` (a backslash, then text) while `\N{{X}}` is the name `{X`
 * followed by a lone `}`.
 */
export function undoubleBraces(text: string, raw: boolean): string {
  let out = '';
  for (let i = 0; i < text.length;) {
    const c = text[i]!;
    if (c === '\\' && !raw) {
      let j = i + 2;
      if (text[i + 1] === 'N' && text[j] === '{') {
        const close = text.indexOf('}', j);
        j = close < 0 ? text.length : close + 1;
      }
      out += text.slice(i, j);
      i = j;
    } else if ((c === '{' || c === '}') && text[i + 1] === c) {
      out += c;
      i += 2;
    } else if (c === '}') {
      throw new SingleBraceError(i);
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

/**
 * `source` with the `N` of each `\N{` that is not a named escape inside an f-string turned into
 * `M` (same length, so every column stands): py-ast reads `\\N{x}` and `rf"\N{x}"` as a named
 * escape and loses the `{x}` field. The values of the pieces are decoded from the unmasked source.
 * The tokens come from the rough lexer (one without PEP 701's nested quotes: good enough here).
 */
export function maskEscapedNames(source: string): string {
  if (!source.includes('\\N{')) return source;
  const lines = source.split('\n');
  let changed = false;
  for (const tok of lex(source)) {
    const prefix = /^[A-Za-z]*/.exec(tok.text)![0];
    if (tok.kind !== 'string' || !/f/i.test(prefix) || !tok.text.includes('\\N{')) continue;
    const raw = /r/i.test(prefix);
    let text = tok.text;
    for (let i = prefix.length; i < text.length; i++) {
      if (text[i] !== '\\') continue;
      const escaped = !raw && text[i + 1] === '\\';
      if ((raw || escaped) && text.startsWith('N{', i + (raw ? 1 : 2))) {
        const at = i + (raw ? 1 : 2);
        text = text.slice(0, at) + 'M' + text.slice(at + 1);
      }
      if (!raw) i++;
    }
    if (text === tok.text) continue;
    changed = true;
    const first = tok.line - 1;
    const parts = text.split('\n');
    lines[first] = lines[first]!.slice(0, tok.col) + parts[0] + lines[first]!.slice(tok.col + parts[0]!.length);
    for (let k = 1; k < parts.length; k++) lines[first + k] = parts[k]! + lines[first + k]!.slice(parts[k]!.length);
  }
  return changed ? lines.join('\n') : source;
}

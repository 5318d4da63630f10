// A rough Python lexer for error messages: names, numbers, strings, operators with their positions
// and bracket depth; whitespace and comments dropped. Good enough to find the tokens around a
// parser error (CPython reports many errors over a token's or an expression's range).

/** A rough token: kind, text and position (line 1-based, columns 0-based characters). */
export interface Tok { kind: 'name' | 'number' | 'string' | 'op'; text: string; line: number; col: number; end: number; depth: number }

/** One token, whitespace or comment. */
const TOKEN = /\s+|#.*|[rRbBuUfF]{0,2}(?:'''[\s\S]*?'''|"""[\s\S]*?"""|'(?:\\.|[^'\\\n])*'|"(?:\\.|[^"\\\n])*")|\d[\d_]*(?:\.[\d_]*)?(?:[eE][+-]?\d+)?[jJ]?|\.\d[\d_]*(?:[eE][+-]?\d+)?[jJ]?|[\p{L}_][\p{L}\p{N}_]*|\*\*=?|\/\/=?|<<=?|>>=?|->|:=|\.\.\.|[-+*/%&|^@<>!=]=|[^\s]/gu;
/** The tokens of `source`. */
export function lex(source: string): Tok[] {
  const toks: Tok[] = [];
  let line = 1;
  let lineStart = 0;
  let depth = 0;
  for (const m of source.matchAll(TOKEN)) {
    const text = m[0];
    const at = m.index;
    if (!/^\s/.test(text) && !text.startsWith('#')) {
      const kind = /^[\p{L}_]/u.test(text) && !/^[rRbBuUfF]{0,2}['"]/.test(text) ? 'name'
        : /^[rRbBuUfF]{0,2}['"]/.test(text) ? 'string' : /^\.?\d/.test(text) ? 'number' : 'op';
      if (text in OPEN) depth++;
      toks.push({ kind, text, line, col: at - lineStart, end: at - lineStart + text.length, depth });
      if (text === ')' || text === ']' || text === '}') depth = Math.max(0, depth - 1);
    }
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
      line++;
      lineStart = at + i + 1;
    }
  }
  return toks;
}


/** Brackets and their closers. */
export const OPEN: Record<string, string> = { '(': ')', '[': ']', '{': '}' };

/** The 0-based column just after the token starting at `line[col]` (col + 1 at the line's end). */
export function tokenEndAt(line: string, col: number): number {
  TOKEN_AT.lastIndex = col;
  const m = TOKEN_AT.exec(line);
  return m && !/^\s/.test(m[0]) ? col + m[0].length : col + 1;
}

/**
 * `source` with each form feed between tokens made a space: CPython's tokenizer skips one there as
 * it skips a blank (py-ast refuses it). Strings and comments keep theirs; columns do not move.
 */
export function formFeedsAsSpaces(source: string): string {
  return source.replace(TOKEN, (m) => (m.includes('\f') && /^\s/.test(m) ? m.replace(/\f/g, ' ') : m));
}

/** TOKEN anchored where it is asked (its own regex: `lex` must not inherit a lastIndex). */
const TOKEN_AT = new RegExp(TOKEN.source, 'uy');

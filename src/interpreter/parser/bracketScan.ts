// CPython's tokenizer-level bracket errors ("'(' was never closed", "unmatched ')'",
// "closing parenthesis ']' does not match opening parenthesis '{'"), found by a light scan that
// skips strings and comments. Mirrors the checks in tok_get, Parser/tokenizer.c.
import type { SourceText } from './sourceText';

/** A bracket error: message and position (line 1-based, column 0-based characters). */
export interface BracketError {
  msg: string;
  lineno: number;
  col: number;
  /** An opening bracket never closed (reported at end of file), not a bad closing one. */
  never: boolean;
}

const CLOSERS: Record<string, string> = { ')': '(', ']': '[', '}': '{' };

/** The first bracket error in `text`, or null if the brackets balance. */
export function scanBrackets(text: SourceText): BracketError | null {
  const stack: { ch: string; lineno: number; col: number }[] = [];
  let quote: string | null = null;
  for (let l = 1; l <= text.lines.length; l++) {
    const line = text.line(l);
    for (let i = 0; i < line.length; i++) {
      const c = line[i];
      if (quote !== null) {
        if (c === '\\') i++;
        else if (line.startsWith(quote, i)) {
          i += quote.length - 1;
          quote = null;
        }
        continue;
      }
      if (c === '#') break;
      if (c === '"' || c === "'") {
        quote = line.startsWith(c.repeat(3), i) ? c.repeat(3) : c;
        i += quote.length - 1;
      } else if (c === '(' || c === '[' || c === '{') {
        stack.push({ ch: c, lineno: l, col: i });
      } else if (c in CLOSERS) {
        const open = stack.pop();
        if (!open) return { msg: `unmatched '${c}'`, lineno: l, col: i, never: false };
        if (open.ch !== CLOSERS[c]) {
          const msg = `closing parenthesis '${c}' does not match opening parenthesis '${open.ch}'`;
          return { msg: open.lineno === l ? msg : `${msg} on line ${open.lineno}`, lineno: l, col: i, never: false };
        }
      }
    }
    if (quote !== null && quote.length === 1) quote = null;
  }
  const open = stack[0];
  return open ? { msg: `'${open.ch}' was never closed`, lineno: open.lineno, col: open.col, never: true } : null;
}

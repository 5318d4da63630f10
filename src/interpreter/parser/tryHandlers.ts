// CPython's "expected 'except' or 'finally' block": a `try:` block followed by a statement that is
// neither. Mirrors the second alternative of `invalid_try_stmt`, Grammar/python.gram
// (`'try' ':' block !('except' | 'finally')`), raised at the token after the block.
//
// py-ast accepts a bare `try:` and fails later (at the stray `except` further down, say), so the
// adapter asks this scan whether such a try comes first. Blocks are found from the rough tokens:
// a logical line starts at a token outside brackets on a new line (not after a backslash), and a
// block is the logical lines indented deeper than its header (or the rest of the header's line).
import { lex } from './roughLexer';
import type { Tok } from './roughLexer';

/** Where the token after a handler-less try block stands (line 1-based, col 0-based characters). */
export interface BareTry { lineno: number; col: number }

/** The first `try:` whose block is followed by something other than `except`/`finally`, or null. */
export function firstBareTry(source: string): BareTry | null {
  const toks = lex(source);
  const starts = logicalLineStarts(toks);
  for (let s = 0; s < starts.length; s++) {
    const head = toks[starts[s] as number] as Tok;
    if (head.text !== 'try' || toks[(starts[s] as number) + 1]?.text !== ':') continue;
    const colon = toks[(starts[s] as number) + 1] as Tok;
    const inline = toks[(starts[s] as number) + 2]?.line === colon.line;
    // An inline body is that one logical line; otherwise the lines indented past the header.
    let n = s + 1;
    if (!inline) {
      // The header's own logical line ends at the colon; the first deeper line starts the block.
      while (n < starts.length && (toks[starts[n] as number] as Tok).col > head.col) n++;
      if (n === s + 1) continue; // no indented block: "expected an indented block" (indentScan.ts)
    }
    const next = toks[starts[n] as number];
    if (!next) return null; // the file ends after the block: the converter's bareTry words it
    if (next.text === 'except' || next.text === 'finally') continue;
    return { lineno: next.line, col: next.col };
  }
  return null;
}

/** Indexes of the tokens that begin a logical line. */
function logicalLineStarts(toks: readonly Tok[]): number[] {
  const starts: number[] = [];
  let depth = 0;
  let lastLine = 0;
  let continued = false;
  toks.forEach((t, i) => {
    if (i === 0 || (depth === 0 && t.line > lastLine && !continued)) starts.push(i);
    if (t.text === '(' || t.text === '[' || t.text === '{') depth++;
    else if (t.text === ')' || t.text === ']' || t.text === '}') depth = Math.max(0, depth - 1);
    // A string may span lines: the logical line goes on to where it ends.
    lastLine = t.line + (t.text.match(/\n/g)?.length ?? 0);
    continued = t.text === '\\';
  });
  return starts;
}

// CPython 3.13's "'in' expected after for-loop variables": a comprehension's `for` whose targets
// are not followed by `in`. Mirrors `invalid_for_if_clause`, Grammar/python.gram (3.13):
// `'async'? 'for' (bitwise_or (',' bitwise_or)* [',']) !'in'`, raised over the last token the
// parser fetched: the one after the targets, or the one after a dangling operator (`a + in`).
// Statements' `for` is not concerned (it stays "invalid syntax"), nor are 3.11 and 3.12.
import { lex, OPEN } from './roughLexer';
import type { Tok } from './roughLexer';

/** Words that start no bitwise_or operand. */
const KEYWORDS = new Set(['and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def', 'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield']);
/** The binary operators a bitwise_or is made of (comparisons and boolean operators are above it). */
const BITWISE_OR_OPS = new Set(['+', '-', '*', '/', '//', '%', '**', '@', '<<', '>>', '&', '|', '^']);

/** The token CPython reports for a comprehension's `for` at toks[f] without `in`, or null. */
function missingIn(toks: readonly Tok[], f: number): Tok | null {
  let j = f + 1;
  /** Past one operand at toks[j] (unary signs, an atom, its trailers); false when there is none. */
  const operand = (): boolean => {
    while (toks[j] && (toks[j]!.text === '-' || toks[j]!.text === '+' || toks[j]!.text === '~' || toks[j]!.text === 'await')) j++;
    const t = toks[j];
    if (!t) return false;
    if (t.text in OPEN) j = closer(toks, j) + 1;
    else if (t.kind === 'number' || (t.kind === 'name' && !KEYWORDS.has(t.text)) || t.text === '...') j++;
    else if (t.kind === 'string') { while (toks[j]?.kind === 'string') j++; }
    else return false;
    for (;;) {
      const n = toks[j];
      if (n && (n.text === '(' || n.text === '[')) j = closer(toks, j) + 1;
      else if (n?.text === '.' && toks[j + 1]?.kind === 'name') j += 2;
      else return true;
    }
  };
  if (!operand()) return null;
  for (;;) {
    const t = toks[j];
    if (t && BITWISE_OR_OPS.has(t.text)) {
      j++;
      // A dangling operator: the parser fetched the token where the operand should start.
      if (!operand()) return toks[j] ?? null;
      continue;
    }
    if (t?.text === ',') {
      j++;
      const save = j;
      if (operand()) continue;
      j = save;
    }
    const next = toks[j];
    return next && next.text !== 'in' ? next : null;
  }
}

/** The index of the bracket closing toks[i] (the last token when it is never closed). */
function closer(toks: readonly Tok[], i: number): number {
  let level = 0;
  for (let j = i; j < toks.length; j++) {
    const t = toks[j] as Tok;
    if (t.text in OPEN) level++;
    else if (t.text === ')' || t.text === ']' || t.text === '}') level--;
    if (level === 0) return j;
  }
  return toks.length - 1;
}

/**
 * Where 3.13 reports "'in' expected after for-loop variables" for a parser error at (line, 0-based
 * char col): the nearest comprehension `for` before it whose targets lack their `in`, when the
 * error lies between that `for` and the token CPython names. Null when no such clause is there.
 */
export function missingForIn(source: string, line: number, col: number): { lineno: number; col: number; endCol: number } | null {
  const toks = lex(source);
  const before = (t: Tok, l: number, c: number): boolean => t.line < l || (t.line === l && t.col <= c);
  let f = -1;
  for (let i = 0; i < toks.length && before(toks[i] as Tok, line, col); i++) {
    const t = toks[i] as Tok;
    if (t.text === 'for' && t.depth > 0) f = i;
  }
  if (f < 0) return null;
  const at = missingIn(toks, f);
  if (!at || !before({ ...at, line, col } as Tok, at.line, at.col)) return null;
  return { lineno: at.line, col: at.col, endCol: at.end };
}

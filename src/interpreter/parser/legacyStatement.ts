// CPython's "Missing parentheses in call to 'print'. Did you mean print(...)?": Python 2's print
// and exec statements. The grammar's invalid_legacy_expression is `NAME !'(' star_expressions`
// where NAME is print or exec, wherever an expression may start; the error covers the name and
// the expressions after it (the longest run of them that parses, as the PEG parser takes it).
import { lex } from './roughLexer';
import type { Tok } from './roughLexer';

/** Python 2's statements that became functions. */
const LEGACY = new Set(['print', 'exec']);
/** Keywords after which an expression starts. */
const BEFORE_EXPRESSION = new Set(['return', 'if', 'elif', 'while', 'else', 'in', 'not', 'and', 'or', 'assert', 'del', 'yield', 'await', 'lambda', 'for', 'with', 'as', 'is', 'from']);
/** Closing tokens after which a name cannot start an expression. */
const CLOSERS = new Set([')', ']', '}', '.']);

/** Where the legacy statement's range lies on one line: columns 0-based (characters). */
export interface LegacyRange { name: string; col: number; end: number }

/**
 * The legacy print/exec on `line` at or before column `errorCol`, or null. `isExpressions(src)`
 * answers whether `src` alone is one expression statement (star_expressions, not yield).
 */
export function legacyStatementRange(line: string, errorCol: number, isExpressions: (src: string) => boolean): LegacyRange | null {
  const toks = lex(line);
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i] as Tok;
    if (t.col > errorCol) break;
    if (t.kind !== 'name' || !LEGACY.has(t.text)) continue;
    const prev = toks[i - 1];
    if (prev && (prev.kind === 'op' ? CLOSERS.has(prev.text) : !(prev.kind === 'name' && BEFORE_EXPRESSION.has(prev.text)))) continue;
    const next = toks[i + 1];
    if (!next || next.text === '(' || next.text === 'yield') continue;
    // The longest run of tokens after the name that is star_expressions.
    for (let j = toks.length - 1; j > i; j--) {
      const last = toks[j] as Tok;
      if (last.text === ';') continue;
      if (isExpressions(line.slice(next.col, last.end))) return { name: t.text, col: t.col, end: last.end };
    }
  }
  return null;
}

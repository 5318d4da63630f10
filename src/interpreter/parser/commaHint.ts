// CPython's "invalid syntax. Perhaps you forgot a comma?": inside brackets, two expressions side
// by side (`f(a b)`, `[x.y() z]`). Mirrors the first alternative of `invalid_expression`,
// Grammar/python.gram: `!(NAME STRING | SOFT_KEYWORD) a=disjunction b=expression_without_invalid`,
// reported over the range from a's start to b's end when b's last token is inside brackets and a
// is not the legacy `print`/`exec`. Found here with a rough lexer around the parser's error token.
import { lex, OPEN, type Tok } from './roughLexer';

const KEYWORDS = new Set(['False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def', 'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield']);
const ATOM_NAMES = new Set(['True', 'False', 'None']);
const SOFT_KEYWORDS = new Set(['match', 'case', '_', 'type']);
const BINARY = new Set(['+', '-', '*', '/', '//', '%', '**', '@', '<<', '>>', '&', '|', '^', '<', '>', '==', '!=', '<=', '>=', 'and', 'or', 'is', 'in', 'not', '.']);

const endsOperand = (t: Tok): boolean =>
  t.kind === 'number' || t.kind === 'string' || (t.kind === 'name' && (!KEYWORDS.has(t.text) || ATOM_NAMES.has(t.text))) || t.text === ')' || t.text === ']' || t.text === '}';
const startsOperand = (t: Tok): boolean =>
  t.kind === 'number' || t.kind === 'string' || (t.kind === 'name' && (!KEYWORDS.has(t.text) || ATOM_NAMES.has(t.text) || t.text === 'not' || t.text === 'await')) || t.text in OPEN || t.text === '~' || t.text === '...';

/** The index of the bracket matching toks[i] (an opener forward, a closer backward). */
function match(toks: Tok[], i: number, step: 1 | -1): number {
  let level = 0;
  for (let j = i; j >= 0 && j < toks.length; j += step) {
    const t = toks[j] as Tok;
    if (t.text in OPEN) level += step;
    else if (t.text === ')' || t.text === ']' || t.text === '}') level -= step;
    if (level === 0) return j;
  }
  return step === 1 ? toks.length - 1 : 0;
}

/**
 * Whether a at toks[s] is where CPython's grammar has an `expression` (whose invalid_expression
 * alternative gives the hint): not in a def's or lambda's parameters, not in a comprehension's
 * `in` or `if` part (those are disjunctions).
 */
function takesExpression(toks: Tok[], s: number): boolean {
  const words: string[] = [];
  let level = 0;
  for (let j = s - 1; j >= 0; j--) {
    const t = toks[j] as Tok;
    if (t.text === ')' || t.text === ']' || t.text === '}') level++;
    else if (t.text in OPEN) {
      if (level === 0) return !(toks[j - 2]?.text === 'def' && t.text === '(') && !lambdaOpen(words);
      level--;
    } else if (level === 0 && (t.text === 'for' || t.text === 'in' || t.text === 'if' || t.text === 'lambda' || t.text === ':' || t.text === ',')) {
      // Nearest first: after a comprehension's `for`, `in` and `if` parts are disjunctions; its
      // targets are star_expressions (invalid_for_target).
      if (t.text === 'for') return !words.some((w) => w === 'in' || w === 'if') && !lambdaOpen(words);
      words.push(t.text);
    }
  }
  return !lambdaOpen(words);
}

/** Whether the nearest-first words put a inside a lambda's parameters (no ':' since the lambda). */
function lambdaOpen(words: string[]): boolean {
  const l = words.indexOf('lambda');
  return l >= 0 && !words.slice(0, l).includes(':');
}

/**
 * `x [y for y in z]`, `env[]`: the parser fails inside what would be a subscript (a comprehension
 * or nothing is no slice), backs out of it, and the '[' then starts b, a list display: the index
 * of that '[' when the error token `toks[k]` is such a failure, else null.
 */
function failedSubscript(toks: Tok[], k: number): number | null {
  const cur = toks[k] as Tok;
  const empty = cur.text === ']' && toks[k - 1]?.text === '[';
  if (!empty && cur.text !== 'for') return null;
  let open = k - 1;
  while (!empty && open >= 0 && !((toks[open] as Tok).text in OPEN && (toks[open] as Tok).depth === cur.depth)) open--;
  if (open <= 0 || (toks[open] as Tok).text !== '[') return null;
  return endsOperand(toks[open - 1] as Tok) ? open : null;
}

/** The range CPython reports, if the parser's error at (line, 0-based char col) is a missing comma. */
export function missingCommaRange(source: string, line: number, col: number): { lineno: number; offset: number; endLineno: number; endOffset: number } | null {
  const toks = lex(source);
  let k = toks.findIndex((t) => t.line > line || (t.line === line && t.col >= col));
  if (k <= 0) return null;
  k = failedSubscript(toks, k) ?? k;
  const cur = toks[k] as Tok;
  const prev = toks[k - 1] as Tok;
  if (!endsOperand(prev) || !startsOperand(cur)) return null;
  // a: back over the disjunction ending at prev.
  let s = k - 1;
  for (;;) {
    const t = toks[s] as Tok;
    const start = t.text === ')' || t.text === ']' || t.text === '}' ? match(toks, s, -1) : s;
    const before = toks[start - 1];
    s = start;
    if (!before) break;
    if (BINARY.has(before.text) || before.text === '-' || before.text === '~' || before.text === 'await') {
      if (start - 2 < 0) break;
      s = start - 2;
      // A unary operator after a delimiter starts a.
      if (!endsOperand(toks[s] as Tok)) { s = start - 1; break; }
      continue;
    }
    if ((toks[start] as Tok).text in OPEN && endsOperand(before)) { s = start - 1; continue; }
    break;
  }
  const a = toks[s] as Tok;
  if (a.kind === 'name' && SOFT_KEYWORDS.has(a.text)) return null;
  if (a.kind === 'name' && (toks[s + 1] as Tok).kind === 'string') return null;
  if (s === k - 1 && (a.text === 'print' || a.text === 'exec')) return null;
  if (!takesExpression(toks, s)) return null;
  // b: forward over one expression starting at cur.
  let e = k;
  let operand = true;
  for (let j = k; j < toks.length; j++) {
    const t = toks[j] as Tok;
    if (operand) {
      if (t.text in OPEN) { j = match(toks, j, 1); e = j; operand = false; continue; }
      if (t.kind === 'name' && (t.text === 'not' || t.text === 'await')) continue;
      if (t.text === '-' || t.text === '+' || t.text === '~') continue;
      if (startsOperand(t)) { e = j; operand = false; continue; }
      break;
    }
    if ((t.text === '(' || t.text === '[') && t.line === (toks[e] as Tok).line) { j = match(toks, j, 1); e = j; continue; }
    if (BINARY.has(t.text)) { operand = true; continue; }
    break;
  }
  const b = toks[e] as Tok;
  if (b.depth === 0 || (b.text === ')' || b.text === ']' || b.text === '}' ? b.depth <= 1 : false)) return null;
  return { lineno: a.line, offset: a.col + 1, endLineno: b.line, endOffset: b.end + 1 };
}

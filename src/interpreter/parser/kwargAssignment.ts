// CPython's "expression cannot contain assignment, perhaps you meant \"==\"?": inside a call's
// parentheses, an argument that is an expression other than a bare name, followed by a single
// '=' (`f(a.b = 1)`, `f(x, 1 + 2 = 3)`). The grammar's invalid_kwarg alternative
// `!(NAME '=') a=expression b='='` reports it over a's start to the '=' end; it wins over
// "positional argument follows keyword argument". Found with the rough lexer around the '='
// where py-ast gave up.
import { lex, OPEN, type Tok } from './roughLexer';

/** Names that cannot start an operand before a call's '(' (`if (a.b = 1)` is no call). */
const NOT_CALLABLE = new Set(['if', 'elif', 'while', 'and', 'or', 'not', 'in', 'is', 'return', 'assert', 'del', 'yield', 'await', 'else', 'for', 'lambda', 'with']);

/** The range CPython reports if the parser's error at (line, 0-based char col) is an '=' after a call argument expression. */
export function kwargAssignmentRange(source: string, line: number, col: number): { lineno: number; offset: number; endLineno: number; endOffset: number } | null {
  const toks = lex(source);
  let k = toks.findIndex((t) => t.line === line && t.col === col);
  // "positional argument follows keyword argument" points at the argument, not its '='.
  const depth = toks[k]?.depth;
  while (k >= 0 && k < toks.length && (toks[k] as Tok).text !== '=' && ((toks[k] as Tok).depth > depth! || !/^[,)]$/.test((toks[k] as Tok).text))) k++;
  const eq = toks[k];
  if (!eq || eq.text !== '=' || eq.depth !== depth) return null;
  // Back to the call's '(' or the ',' before this argument, both at the '=''s depth.
  let j = k - 1;
  while (j >= 0 && !((toks[j] as Tok).depth === eq.depth && ((toks[j] as Tok).text === ',' || (toks[j] as Tok).text in OPEN))) j--;
  // `f(x=a b=1)`: an earlier '=' in the same argument, or two operands side by side, is the
  // comma hint's case (invalid_expression is tried before invalid_kwarg gets here).
  if (j < 0 || toks.slice(j + 1, k).some((t, i, arg) => (t.text === '=' && t.depth === eq.depth) || (i > 0 && sideBySide(arg[i - 1] as Tok, t)))) return null;
  let opener = j;
  while (opener >= 0 && !((toks[opener] as Tok).depth === eq.depth && (toks[opener] as Tok).text in OPEN)) opener--;
  const callee = toks[opener - 1];
  if (opener < 0 || (toks[opener] as Tok).text !== '(' || !callee) return null;
  const callable = callee.kind === 'string' || callee.text === ')' || callee.text === ']'
    || (callee.kind === 'name' && !NOT_CALLABLE.has(callee.text));
  if (!callable) return null;
  // a starts after the delimiter; a parenthesized argument's node starts inside its parentheses.
  let s = j + 1;
  while ((toks[s] as Tok).text === '(' && closerOf(toks, s) === k - 1) s++;
  const a = toks[s] as Tok;
  if (s >= k || a.text === '*' || a.text === '**') return null;
  // `f(x = 1)` is a keyword argument; `f(True = 1)` is "cannot assign to True".
  if (s === k - 1 && a.kind === 'name') return null;
  return { lineno: a.line, offset: a.col + 1, endLineno: eq.line, endOffset: eq.end + 1 };
}

const WORDS = new Set(['if', 'else', 'for', 'in', 'and', 'or', 'not', 'is', 'lambda', 'async', 'await']);
const endsOperand = (t: Tok): boolean => ((t.kind === 'name' && !WORDS.has(t.text)) || t.kind === 'number' || t.kind === 'string' || t.text === ')' || t.text === ']' || t.text === '}');

/** Whether b starts a second operand right after the operand ending in a (no operator between). */
function sideBySide(a: Tok, b: Tok): boolean {
  const starts = (b.kind === 'name' && !WORDS.has(b.text)) || b.kind === 'number' || (b.kind === 'string' && a.kind !== 'string') || b.text === '{';
  return endsOperand(a) && starts;
}

/** The index of the ')' closing the '(' at toks[i]. */
function closerOf(toks: Tok[], i: number): number {
  const depth = (toks[i] as Tok).depth;
  for (let j = i + 1; j < toks.length; j++) if ((toks[j] as Tok).text === ')' && (toks[j] as Tok).depth === depth) return j;
  return toks.length;
}

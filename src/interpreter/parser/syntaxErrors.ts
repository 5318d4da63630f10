// Turns py-ast's English parse errors into CPython's SyntaxError messages and positions.
// CPython reports a tokenizer error anywhere in the file before a parser error, so those are
// checked first (scanTokens); the rest is a table of py-ast message patterns. Anything
// unrecognised becomes CPython's generic "invalid syntax" at the same spot.
import type { CPythonVersion } from '../../protocol/heapModel';
import { missingCommaRange } from './commaHint';
import { kwargAssignmentRange } from './kwargAssignment';
import { legacyStatementRange } from './legacyStatement';
import { lex, tokenEndAt } from './roughLexer';
import type { Tok } from './roughLexer';
import { scanTokens } from './tokenScan';
import { firstBareTry } from './tryHandlers';
import { missingForIn } from './forClauseIn';
import type { IndentProblem } from './indentScan';
import type { SourceText } from './sourceText';
import { PySyntaxError } from './syntaxError';
import type { SyntaxErrorType } from './syntaxError';

/** Block openers and how CPython names them in "expected an indented block after ...". */
const BLOCK_NAMES: Record<string, string> = {
  def: 'function definition', class: 'class definition', if: "'if' statement",
  elif: "'elif' statement", else: "'else' statement", for: "'for' statement",
  while: "'while' statement", with: "'with' statement", try: "'try' statement",
  except: "'except' statement", finally: "'finally' statement", match: "'match' statement",
  case: "'case' statement",
};

/**
 * A `PySyntaxError` for an exception thrown by py-ast while parsing `text`; `isExpressions(src)`
 * answers whether `src` alone parses as one expression statement.
 */
export function translatePyAstError(
  e: unknown, text: SourceText, filename: string, version: CPythonVersion, isExpressions: (src: string) => boolean,
): PySyntaxError {
  const message = e instanceof Error ? e.message : String(e);
  const raw = e as { lineno?: number; col_offset?: number };
  const at = /at line (\d+)(?:, column (\d+))?/.exec(message);
  const lineno = raw.lineno ?? (at ? Number(at[1]) : 1);
  const byteCol = raw.col_offset ?? (at?.[2] !== undefined ? Number(at[2]) : 0);
  const bare = message.replace(/ at line \d+(, column \d+)?$/, '');
  const make = (msg: string, line: number, offset: number, type: SyntaxErrorType = 'SyntaxError', endOffset?: number): PySyntaxError =>
    new PySyntaxError({ msg, lineno: line, offset, text: text.line(line) + '\n', filename, type, ...(endOffset === undefined ? {} : { endLineno: line, endOffset }) });
  const charOffset = (line: number, col: number): number => text.charIndex(line, col) + 1;
  /** An error over the token at (line, byte column), as CPython's RAISE_SYNTAX_ERROR_KNOWN_LOCATION. */
  const atToken = (msg: string, line: number, col: number): PySyntaxError => {
    const start = text.charIndex(line, col);
    return make(msg, line, start + 1, 'SyntaxError', tokenEndAt(text.line(line), start) + 1);
  };

  const lastLine = text.lines.length - (text.lines[text.lines.length - 1] === '' ? 1 : 0);
  // "unexpected indent" is decided before CPython looks at the rest of the file.
  if (/^unexpected indent/.test(bare)) return make('unexpected indent', lineno, text.charIndex(lineno, byteCol), 'IndentationError', -1);
  // Any tokenizer error in the file replaces the parser's (tokenScan.ts says why); brackets still
  // open at the end do when the parser failed past the innermost one, or ran into the end.
  const scan = scanTokens(text.lines);
  if (scan.error) return make(scan.error.msg, scan.error.lineno, scan.error.offset, 'SyntaxError', scan.error.endOffset ?? scan.error.offset);
  const open = scan.open[scan.open.length - 1];
  const atEnd = lineno >= lastLine && !/\S/.test(text.lines.slice(lineno).join(''));
  if (open && (lineno > open.lineno || atEnd || lineno > lastLine)) return make(`'${open.ch}' was never closed`, open.lineno, open.col + 1, 'SyntaxError', 0);
  // A `try:` block without a handler before the point where py-ast gave up: CPython's parser
  // stops there (py-ast accepts the bare try and fails on a later line).
  const bareTry = firstBareTry(text.lines.join('\n'));
  if (bareTry && (bareTry.lineno < lineno || (bareTry.lineno === lineno && bareTry.col <= text.charIndex(lineno, byteCol)))) {
    const line = text.line(bareTry.lineno);
    return make("expected 'except' or 'finally' block", bareTry.lineno, bareTry.col + 1, 'SyntaxError', tokenEndAt(line, bareTry.col) + 1);
  }
  if (/^Indentation error/.test(bare)) {
    return make('unindent does not match any outer indentation level', lineno, text.line(lineno).length + 1, 'IndentationError');
  }
  const legacy = legacyStatementRange(text.line(lineno), text.charIndex(lineno, byteCol), isExpressions);
  if (legacy) {
    const { name, col, end } = legacy;
    return make(`Missing parentheses in call to '${name}'. Did you mean ${name}(...)?`, lineno, col + 1, 'SyntaxError', end + 1);
  }
  const forIn = version === '3.13' ? missingForIn(text.lines.join('\n'), lineno, text.charIndex(lineno, byteCol)) : null;
  if (forIn) return make("'in' expected after for-loop variables", forIn.lineno, forIn.col + 1, 'SyntaxError', forIn.endCol + 1);
  if (/^cannot have both 'except' and 'except\*'/.test(bare)) {
    // CPython points at the second kind's keyword (`except` or `except*`), not after it.
    const kw = /^(\s*)(except(?:\s*\*)?)/.exec(text.line(lineno));
    const start = kw ? kw[1].length + 1 : charOffset(lineno, byteCol);
    return make(bare, lineno, start, 'SyntaxError', kw ? start + kw[2].length : undefined);
  }
  // CPython says "expected ':'" only when the header's line ends where the ':' should be.
  if (/^Expected ':'/.test(bare) && /^\s*(#.*)?$/.test(text.line(lineno).slice(text.charIndex(lineno, byteCol)))) {
    // Over the NEWLINE token (from a comment's start to the line's end): 3.11's ends one column
    // earlier.
    const line = text.line(lineno);
    const tokens = lex(line);
    const comment = line.indexOf('#', tokens.length > 0 ? (tokens[tokens.length - 1] as Tok).end : 0);
    const start = comment >= 0 ? Math.min(comment + 1, charOffset(lineno, byteCol)) : charOffset(lineno, byteCol);
    return make("expected ':'", lineno, start, 'SyntaxError', line.length + (version === '3.11' ? 1 : 2));
  }
  // The grammar's forced ':' (`&&':'`) after a def header, `try`, `finally` and a statement's
  // `else` names whatever token stands there; the other headers' ':' is not forced.
  if (/^Expected ':' after (function header|try|finally|else)$/.test(bare)) return atToken("expected ':'", lineno, byteCol);
  if (/^Expected '\(' after function name$/.test(bare)) return atToken("expected '('", lineno, byteCol);
  if (/^Unexpected character/.test(bare)) return atToken('invalid syntax', lineno, byteCol);
  const kwarg = /^(Expected '\)' after arguments|positional argument follows keyword argument)/.test(bare)
    ? kwargAssignmentRange(text.lines.join('\n'), lineno, text.charIndex(lineno, byteCol)) : null;
  if (kwarg) {
    return new PySyntaxError({ msg: 'expression cannot contain assignment, perhaps you meant "=="?', ...kwarg, text: text.line(kwarg.lineno) + '\n', filename });
  }
  // py-ast already words these as CPython does.
  if (/^(positional argument follows|iterable argument unpacking|cannot assign to|cannot delete|invalid syntax)/.test(bare)) {
    const msg = bare.replace(/^cannot assign to expression$/, 'invalid syntax');
    return msg === 'invalid syntax' ? atToken(msg, lineno, byteCol) : make(msg, lineno, charOffset(lineno, byteCol));
  }
  const meant = meantComparison(text.line(lineno));
  if (meant) return make("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", lineno, meant.offset, 'SyntaxError', meant.endOffset);
  const comma = missingCommaRange(text.lines.join('\n'), lineno, text.charIndex(lineno, byteCol));
  if (comma) {
    return new PySyntaxError({ msg: 'invalid syntax. Perhaps you forgot a comma?', ...comma, text: text.line(comma.lineno) + '\n', filename });
  }
  return atToken('invalid syntax', lineno, byteCol);
}

/**
 * The error CPython raises for an indentation problem found by scanIndentation: a tokenizer
 * error (TabError, "unindent does not match ...") over no token, or the parser's
 * "unexpected indent" / "expected an indented block after X on line N".
 */
export function indentationError(problem: IndentProblem, text: SourceText, filename: string): PySyntaxError {
  const line = text.line(problem.lineno);
  const make = (msg: string, offset: number, type: SyntaxErrorType, endOffset: number): PySyntaxError =>
    new PySyntaxError({ msg, lineno: problem.lineno, offset, text: line + '\n', filename, type, endLineno: problem.lineno, endOffset });
  switch (problem.kind) {
    case 'tab': return make('inconsistent use of tabs and spaces in indentation', 1, 'TabError', 0);
    // The tokenizer has read the whole line: the position is past its end.
    case 'dedent': return make('unindent does not match any outer indentation level', line.length + 1, 'IndentationError', -1);
    case 'unexpected': return make('unexpected indent', problem.indent, 'IndentationError', -1);
    case 'expected': {
      const what = BLOCK_NAMES[problem.keyword] ?? `'${problem.keyword}' statement`;
      const msg = `expected an indented block after ${what} on line ${problem.header}`;
      if (problem.atEnd) return make(msg, line.length + 1, 'IndentationError', -1);
      if (problem.dedent) return make(msg, 0, 'IndentationError', -1);
      const start = /^\s*/.exec(line)![0].length;
      return make(msg, start + 1, 'IndentationError', tokenEndAt(line, start) + 1);
    }
  }
}

/**
 * `if x = 1:` (also elif, while): CPython's invalid_named_expression, "Maybe you meant '==' or
 * ':='", over the name and the bitwise_or after the '=' (it stops at a comparison, a boolean
 * operator, a conditional or the ':').
 */
function meantComparison(line: string): { offset: number; endOffset: number } | null {
  const m = /^(\s*(?:if|elif|while)\s+)([A-Za-z_]\w*\s*=(?!=)\s*)(.*)$/.exec(line);
  if (!m) return null;
  const rest = m[3] as string;
  const stop = /\s*(?::|\b(?:and|or|not|if|else|in|is)\b|[<>]|[=!]=|$)/.exec(rest);
  const value = rest.slice(0, stop ? stop.index : rest.length);
  if (value.trim() === '' || /^[=:]/.test(value)) return null;
  const start = (m[1] as string).length;
  return { offset: start + 1, endOffset: start + (m[2] as string).length + value.length + 1 };
}

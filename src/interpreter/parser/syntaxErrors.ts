// Turns py-ast's English parse errors into CPython's SyntaxError messages and positions.
// CPython's tokenizer reports bracket problems before the parser sees anything, so those are
// checked first (scanBrackets); the rest is a table of py-ast message patterns. Anything
// unrecognised becomes CPython's generic "invalid syntax" at the same spot.
import type { CPythonVersion } from '../../protocol/heapModel';
import { scanBrackets } from './bracketScan';
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

/** A `PySyntaxError` for an exception thrown by py-ast while parsing `text`. */
export function translatePyAstError(e: unknown, text: SourceText, filename: string, version: CPythonVersion): PySyntaxError {
  const message = e instanceof Error ? e.message : String(e);
  const raw = e as { lineno?: number; col_offset?: number };
  const at = /at line (\d+)(?:, column (\d+))?/.exec(message);
  const lineno = raw.lineno ?? (at ? Number(at[1]) : 1);
  const byteCol = raw.col_offset ?? (at?.[2] !== undefined ? Number(at[2]) : 0);
  const bare = message.replace(/ at line \d+(, column \d+)?$/, '');
  const make = (msg: string, line: number, offset: number, type: SyntaxErrorType = 'SyntaxError'): PySyntaxError =>
    new PySyntaxError({ msg, lineno: line, offset, text: text.line(line) + '\n', filename, type });
  const charOffset = (line: number, col: number): number => text.charIndex(line, col) + 1;

  const lastLine = text.lines.length - (text.lines[text.lines.length - 1] === '' ? 1 : 0);
  const unterminated = /^Unterminated (triple-quoted )?string literal/.exec(bare);
  if (unterminated) {
    const start = findUnterminatedQuote(text, lineno);
    const detected = unterminated[1] ? lastLine : lineno;
    const kind = unterminated[1] ? 'unterminated triple-quoted string literal' : 'unterminated string literal';
    return make(`${kind} (detected at line ${detected})`, lineno, start + 1);
  }
  // The tokenizer reports a bracket problem only once it reaches it: a parse error earlier wins,
  // and "never closed" needs the parse to have run into the end of the file.
  const bracket = scanBrackets(text);
  const atEnd = lineno >= lastLine && !/\S/.test(text.lines.slice(lineno).join(''));
  if (bracket && (bracket.never ? atEnd || lineno > lastLine : bracket.lineno < lineno || (bracket.lineno === lineno && bracket.col <= text.charIndex(lineno, byteCol)))) {
    return make(bracket.msg, bracket.lineno, bracket.col + 1);
  }
  if (/^unexpected indent/.test(bare)) return make('unexpected indent', lineno, text.charIndex(lineno, byteCol), 'IndentationError');
  if (/^Indentation error/.test(bare)) {
    return make('unindent does not match any outer indentation level', lineno, text.line(lineno).length + 1, 'IndentationError');
  }
  if (/^Expected indented block/.test(bare)) return expectedBlock(text, lineno, make);
  if (/^Expected ':'/.test(bare)) return make("expected ':'", lineno, charOffset(lineno, byteCol));
  if (/^Unexpected character/.test(bare)) return make('invalid syntax', lineno, charOffset(lineno, byteCol));
  // py-ast already words these as CPython does.
  if (/^(positional argument follows|iterable argument unpacking|cannot assign to|cannot delete|invalid syntax)/.test(bare)) {
    return make(bare.replace(/^cannot assign to expression$/, 'invalid syntax'), lineno, charOffset(lineno, byteCol));
  }
  return make('invalid syntax', lineno, charOffset(lineno, byteCol));
}

/** CPython's "expected an indented block after X on line N" (an IndentationError). */
function expectedBlock(
  text: SourceText,
  lineno: number,
  make: (msg: string, line: number, offset: number, type: SyntaxErrorType) => PySyntaxError,
): PySyntaxError {
  let header = Math.min(lineno - 1, text.lines.length);
  while (header > 1 && !/:\s*(#.*)?$/.test(text.line(header))) header--;
  const word = /^\s*(?:async\s+)?(\w+)/.exec(text.line(header))?.[1] ?? '';
  const what = BLOCK_NAMES[word] ?? `'${word}' statement`;
  const msg = `expected an indented block after ${what} on line ${header}`;
  const body = text.line(lineno);
  if (lineno <= text.lines.length && body.trim() !== '') {
    return make(msg, lineno, /^\s*/.exec(body)![0].length + 1, 'IndentationError');
  }
  return make(msg, header, text.line(header).length + 1, 'IndentationError');
}

/** The 0-based character column of the quote opening the unterminated string on `lineno`. */
function findUnterminatedQuote(text: SourceText, lineno: number): number {
  const line = text.line(lineno);
  let i = 0;
  while (i < line.length) {
    const c = line[i];
    if (c === '#') break;
    if (c === '"' || c === "'") {
      const triple = line.startsWith(c.repeat(3), i);
      const quote = triple ? c.repeat(3) : c;
      let j = i + quote.length;
      while (j < line.length && !line.startsWith(quote, j)) j += line[j] === '\\' ? 2 : 1;
      if (j >= line.length) {
        let start = i;
        while (start > 0 && /[rRbBuUfF]/.test(line[start - 1])) start--;
        return start;
      }
      i = j + quote.length;
    } else i++;
  }
  return 0;
}

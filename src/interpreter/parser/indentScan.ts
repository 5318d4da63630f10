// CPython's indentation rules, checked line by line as its tokenizer and parser check them:
// py-ast (the parser we adapt) has its own idea of tabs, so the indentation of every logical
// line is measured here instead. Mirrors the `atbol` block of tok_get, CPython 3.12
// Parser/tokenizer.c (3.13: Parser/lexer/lexer.c), and the parser's INDENT checks.
//
// Each line's indentation is measured twice: `col` with tabs to the next multiple of 8 and
// `altcol` with tabs as one column. The stack of open blocks holds both. A line whose two
// comparisons with the innermost block disagree (deeper by one measure, not by the other) is
// "inconsistent use of tabs and spaces" (TabError); a dedent landing between two open levels is
// "unindent does not match any outer indentation level". Both are tokenizer errors: they stop
// the parse where the tokenizer reaches them. An INDENT the grammar does not expect (the line
// before does not end a block header with ':') is the parser's "unexpected indent"; a header
// followed by no INDENT is "expected an indented block after ...".
//
// Obscurity: blank lines and comment-only lines do not take part, nor do lines continuing a
// logical line (inside brackets, after a backslash, inside a triple-quoted string). A form feed
// in the indentation resets both measures to 0. A backslash in the indentation continues it on
// the next line and the first one fixes the line's indentation.

/** Tab stops of the two measures (`tok->tabsize`, ALTTABSIZE). */
const TAB_SIZE = 8;
const ALT_TAB_SIZE = 1;

/** The first indentation problem of a source, at its 1-based line. */
export type IndentProblem =
  /** TabError: the two measures disagree with the innermost open block. */
  | { kind: 'tab'; lineno: number }
  /** A dedent to a width no open block has. */
  | { kind: 'dedent'; lineno: number }
  /** An INDENT after a line that does not open a block; `indent` = the indentation's length. */
  | { kind: 'unexpected'; lineno: number; indent: number }
  /**
   * A block header (`header` its first line, `headerEnd` its last, `keyword` its first word) not followed by an INDENT;
   * `atEnd` when the source ends there (`lineno` is then its last line), `dedent` when the next
   * line closes blocks (the parser then stands on a DEDENT token, which has no position).
   */
  | { kind: 'expected'; lineno: number; header: number; headerEnd: number; keyword: string; atEnd: boolean; dedent: boolean };

/** How a logical line ends: its last physical line, whether it ends with ':' outside brackets. */
interface LogicalEnd { last: number; colon: boolean; complete: boolean }

/** The first indentation problem of `lines` (the source split at line ends), or null. */
export function scanIndentation(lines: readonly string[]): IndentProblem | null {
  const cols = [0];
  const altcols = [0];
  let header: { lineno: number; end: number; keyword: string } | null = null;
  let l = 1;
  for (; l <= lines.length; l++) {
    let line = lines[l - 1] as string;
    let col = 0;
    let altcol = 0;
    let contCol = -1;
    let i = 0;
    for (;;) {
      const c = line[i];
      if (c === ' ') { col++; altcol++; } else if (c === '\t') {
        col = (Math.floor(col / TAB_SIZE) + 1) * TAB_SIZE;
        altcol = (Math.floor(altcol / ALT_TAB_SIZE) + 1) * ALT_TAB_SIZE;
      } else if (c === '\f') { col = 0; altcol = 0; } else if (c === '\\' && i === line.length - 1 && l < lines.length) {
        if (contCol < 0) contCol = col;
        l++;
        line = lines[l - 1] as string;
        i = 0;
        continue;
      } else break;
      i++;
    }
    const rest = line.slice(i);
    if (rest === '' || rest.startsWith('#')) continue;
    if (contCol >= 0) { col = contCol; altcol = contCol; }
    const top = cols.length - 1;
    let indented = false;
    let dedent = false;
    if (col === cols[top]) {
      if (altcol !== altcols[top]) return { kind: 'tab', lineno: l };
    } else if (col > (cols[top] as number)) {
      if (altcol <= (altcols[top] as number)) return { kind: 'tab', lineno: l };
      cols.push(col);
      altcols.push(altcol);
      indented = true;
    } else {
      while (cols.length > 1 && col < (cols[cols.length - 1] as number)) { cols.pop(); altcols.pop(); dedent = true; }
      if (col !== cols[cols.length - 1]) return { kind: 'dedent', lineno: l };
      if (altcol !== altcols[altcols.length - 1]) return { kind: 'tab', lineno: l };
    }
    if (header && !indented) return { kind: 'expected', lineno: l, header: header.lineno, headerEnd: header.end, keyword: header.keyword, atEnd: false, dedent };
    if (!header && indented) return { kind: 'unexpected', lineno: l, indent: i };
    const end = logicalEnd(lines, l, i);
    if (!end.complete) return null;
    header = end.colon ? { lineno: l, end: end.last, keyword: /^(?:async\s+)?(\w+)/.exec(rest)?.[1] ?? '' } : null;
    l = end.last;
  }
  const lastLine = lines.length - (lines[lines.length - 1] === '' ? 1 : 0);
  if (header) return { kind: 'expected', lineno: lastLine, header: header.lineno, headerEnd: header.end, keyword: header.keyword, atEnd: true, dedent: false };
  return null;
}

const STRING_START = /^(?<![\w])([rRbBuUfF]{0,2})('''|"""|'|")/;

/**
 * Where the logical line starting at (`lineno`, `col`) ends, skipping strings, comments,
 * bracketed and backslash-continued lines. `complete` is false when a string or bracket is
 * still open at the end of the source (the tokenizer reports that, not the indentation).
 */
function logicalEnd(lines: readonly string[], lineno: number, col: number): LogicalEnd {
  let depth = 0;
  let last = '';
  let quote = '';
  let l = lineno;
  let i = col;
  while (l <= lines.length) {
    const line = lines[l - 1] as string;
    let backslash = false;
    while (i < line.length) {
      const c = line[i] as string;
      if (quote) {
        if (c === '\\') i += 2;
        else if (line.startsWith(quote, i)) { i += quote.length; quote = ''; last = 'str'; } else i++;
        continue;
      }
      if (c === '#') break;
      const s = STRING_START.exec(line.slice(i, i + 5));
      if (s && (i === 0 || !/[\w]/.test(line[i - 1] as string))) {
        quote = s[2] as string;
        i += s[0].length;
        continue;
      }
      if (c === '\\' && i === line.length - 1) { backslash = true; break; }
      if ('([{'.includes(c)) depth++;
      else if (')]}'.includes(c)) depth = Math.max(0, depth - 1);
      if (c !== ' ' && c !== '\t' && c !== '\f') last = c;
      if (/\w/.test(c)) { while (i < line.length && /\w/.test(line[i] as string)) i++; continue; }
      i++;
    }
    // A one-quote string continues past a backslash ending its line (the escape skipped the end).
    const continued = quote.length === 3 || depth > 0 || backslash || (quote.length === 1 && i > line.length);
    if (!continued) {
      // A one-quote string ends at its line's end (the tokenizer reports it as unterminated).
      if (quote.length === 1) return { last: l, colon: false, complete: false };
      return { last: l, colon: last === ':', complete: true };
    }
    l++;
    i = 0;
  }
  return { last: lines.length, colon: false, complete: false };
}

/**
 * The markers CPython 3.11+ print under the failing part of a traceback line
 * (Python/traceback.c `print_error_location_carets`, `extract_anchors_from_line`):
 *
 *       x = 1 + None          z = [1, 2, 3][1] / 0        print([][3])
 *           ~~^~~~~~              ~~~~~~~~~~~~~^~~              ~~^^^
 *
 * `^` marks the failing instruction's source range; when that range is a binary operation the
 * operands get `~` and the operator `^`, and for a subscript the container gets `~` and the
 * brackets `^`. 3.13's printer (Lib/traceback.py) also anchors calls: the callee gets `~` and
 * everything from its opening parenthesis `^`:
 *
 *       f(0)          print(f(0), 1)          math.sqrt(-1)
 *       ~^^^                ~^^^              ~~~~~~~~~^^^^
 *
 * No markers are printed when the range covers the whole (stripped) line and has no anchors; a
 * range that continues on later lines is marked to the first line's last non-blank character.
 *
 * Obscurity: blanks after the statement count differently in the two printers of 3.11/3.12. The
 * interpreter's own (C, `tb_displayline`) strips only the indentation, so trailing blanks are part
 * of "the whole line" and a call that is the whole statement gets `^^^^` once blanks follow it.
 * traceback.py strips both ends but subtracts the unstripped line's length (newline included)
 * from the caret column, so its markers move left by one column per trailing blank (at most to
 * the margin). 3.13's printer does neither.
 */
import { parse } from '../parser/pyAstAdapter';

/** The failing instruction's source range (lines 1-based, columns 0-based UTF-8 bytes). */
export interface SourceRange {
  line: number;
  endLine: number;
  col: number;
  endCol: number;
}

/** Character offset of a UTF-8 byte offset in `text` (`_PyPegen_byte_offset_to_character_offset`). */
export function byteToCharOffset(text: string, byteOffset: number): number {
  let bytes = 0;
  let chars = 0;
  for (const ch of text) {
    if (bytes >= byteOffset) break;
    const c = ch.codePointAt(0) as number;
    bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
    chars += ch.length;
  }
  return chars;
}

interface Anchors {
  left: number;
  right: number;
}

type Node = { _type: string; col_offset: number; end_col_offset: number; [k: string]: unknown };

const isWhitespace = (c: string | undefined): boolean => c === ' ' || c === '\t' || c === '\f' || c === '\n' || c === '\r';

/** The single statement `text` parses to, or null (a syntax error, or several statements). */
function statementOf(text: string): { _type: string; value?: Node; targets?: Node[] } | null {
  try {
    const mod = parse(text, '<traceback>') as unknown as { body: { _type: string; value?: Node; targets?: Node[] }[] };
    return mod.body.length === 1 ? mod.body[0] : null;
  } catch {
    return null;
  }
}

/**
 * `extract_anchors_from_line` for a segment: binary operators and subscripts, else none; 3.13's
 * Python printer (`_extract_caret_anchors_from_line_segment`) also anchors a call from its `(`.
 */
function anchorsOf(segment: string, minor: number): Anchors | null {
  const stmt = statementOf(segment);
  if (!stmt || stmt._type !== 'Expr' || !stmt.value) return null;
  const expr = stmt.value;
  const at = (byteOffset: number) => byteToCharOffset(segment, byteOffset);
  if (expr._type === 'BinOp') {
    const left = expr.left as Node;
    const right = expr.right as Node;
    const from = at(left.end_col_offset);
    const to = at(right.col_offset);
    for (let i = from; i < to; i++) {
      if (isWhitespace(segment[i])) continue;
      let r = i + 1;
      // A two-character operator (`//`, `**`, `<<`).
      if (i + 1 < to && !isWhitespace(segment[i + 1])) r++;
      // Skip the closing parentheses of the left operand.
      if (i + 1 < to && segment[i] === ')') continue;
      return { left: i, right: r };
    }
    return null;
  }
  if (expr._type === 'Subscript') {
    let left = at((expr.value as Node).end_col_offset);
    let right = at((expr.slice as Node).end_col_offset) + 1;
    while (left < segment.length && segment[left] !== '[') left++;
    while (right < segment.length && segment[right] !== ']') right++;
    if (right < segment.length) right++;
    return { left, right };
  }
  if (expr._type === 'Call' && minor >= 13) {
    let left = at((expr.func as Node).end_col_offset);
    while (left < segment.length && segment[left] !== '(') left++;
    return left < segment.length ? { left, right: at(expr.end_col_offset) } : null;
  }
  return null;
}

/**
 * 3.13's `_should_show_carets` rule that comes before the anchors: no carets under `return f(...)`
 * or `name = f(...)` when the call is the whole value (its range is the instruction's).
 */
function wholeCallStatement(stripped: string, start: number, end: number): boolean {
  const stmt = statementOf(stripped);
  if (!stmt || !stmt.value || stmt.value._type !== 'Call') return false;
  const v = stmt.value;
  if (stmt._type === 'Return' ? (v.func as Node)._type !== 'Name'
    : stmt._type !== 'Assign' || stmt.targets?.length !== 1 || stmt.targets[0]._type !== 'Name') return false;
  return byteToCharOffset(stripped, v.col_offset) === start && byteToCharOffset(stripped, v.end_col_offset) === end;
}

/** Which printer draws the line: the interpreter's C one (3.11/3.12, and unraisable reports) or traceback.py. */
export type TracebackPrinter = 'c' | 'python';

/**
 * The caret line for `sourceLine` (as in the file, indentation included), or null when CPython
 * prints none; `minor` 13 draws as 3.13's Python printer. The result is indented to follow the
 * 4-space margin of the printed source line.
 */
export function caretLine(sourceLine: string, range: SourceRange, minor = 12, printer: TracebackPrinter = 'python'): string | null {
  const text = sourceLine.replace(/\r?\n$/, '');
  const indent = text.length - text.replace(/^\s+/, '').length;
  const stripped = text.slice(indent).replace(/\s+$/, '');
  const trailing = text.length - indent - stripped.length;
  const start = byteToCharOffset(text, range.col);
  let end: number;
  let anchors: Anchors | null = null;
  if (range.line === range.endLine) {
    end = byteToCharOffset(text, range.endCol);
    anchors = anchorsOf(text.slice(start, end), minor);
  } else {
    end = text.replace(/\s+$/, '').length;
  }
  if (start < indent || end <= start) return null;
  if (minor >= 13 && range.line === range.endLine && wholeCallStatement(stripped, start - indent, end - indent)) return null;
  const lineLength = printer === 'c' ? stripped.length + trailing : stripped.length;
  if (end - start === lineLength && !anchors) return null;
  let marks = '';
  for (let i = start; i < end; i++) {
    const inOperator = anchors !== null && i - start >= anchors.left && i - start < anchors.right;
    marks += anchors === null ? '^' : inOperator ? '^' : '~';
  }
  const shift = printer === 'python' && minor < 13 ? trailing : 0;
  return `    ${' '.repeat(Math.max(0, start - indent - shift))}${marks}`;
}

/**
 * 3.13's Python printer (Lib/traceback.py `StackSummary.format_frame_summary`) for an instruction
 * whose range spans several lines: it prints every line of the range (dedented together, long runs
 * abbreviated to `...<N lines>...`) and marks each with carets, the anchors (binary operator,
 * subscript brackets, call parentheses) found by parsing the whole segment:
 *
 *       c = (a +                  result = max(
 *            ~~^                      [1, 2],
 *            b)                       foo=1,
 *            ~                    )
 *
 * 3.11 and 3.12's C printer shows only the first line, so this is used for 3.13 alone.
 * Columns count characters; 3.13 also widens East Asian wide characters, which we do not.
 */
import { parse } from '../parser/pyAstAdapter';
import { byteToCharOffset, type SourceRange } from './tracebackCarets';

type Node = { _type: string; lineno: number; col_offset: number; end_lineno: number; end_col_offset: number; [k: string]: unknown };

/** Where the `~` run ends and the `^` run starts and ends, as (line, column) in the segment. */
interface Anchors { leftLine: number; leftCol: number; rightLine: number; rightCol: number }

const isSpace = (c: string): boolean => /\s/.test(c);

function parseBody(source: string): Node[] | null {
  try {
    return (parse(source, '<traceback>') as unknown as { body: Node[] }).body;
  } catch {
    return null;
  }
}

/** `textwrap.dedent`: removes the longest leading whitespace common to the non-blank lines. */
function dedent(lines: string[]): string[] {
  let margin: string | null = null;
  for (const l of lines) {
    if (l.trim() === '') continue;
    const lead = /^[ \t]*/.exec(l)![0];
    if (margin === null) margin = lead;
    else {
      let k = 0;
      while (k < margin.length && k < lead.length && margin[k] === lead[k]) k++;
      margin = margin.slice(0, k);
    }
  }
  return lines.map((l) => (l.trim() === '' ? '' : l.slice(margin?.length ?? 0)));
}

/** `_extract_caret_anchors_from_line_segment` for a segment that may span lines. */
function anchorsOf(segment: string): Anchors | null {
  const body = parseBody(`(\n${segment}\n)`);
  if (!body || body.length !== 1 || body[0]._type !== 'Expr') return null;
  const expr = body[0].value as Node;
  const lines = segment.split('\n');
  const valid = (line: number, col: number): [number, number] => {
    while (line < lines.length && col >= lines[line].length) {
      col = 0;
      line++;
    }
    if (line >= lines.length) throw new Error('no valid character');
    return [line, col];
  };
  const until = (line: number, col: number, stop: (ch: string) => boolean): [number, number] => {
    for (;;) {
      const ch = lines[line][col];
      if (ch === '\\' || ch === '#') [line, col] = valid(line + 1, 0);
      else if (!stop(ch)) [line, col] = valid(line, col + 1);
      else return [line, col];
    }
  };
  // The end of `node`, as a (line, character) of the segment (the parse added one line above it).
  const endOf = (node: Node, force = true): [number, number] => {
    const line = node.end_lineno - 2;
    const col = byteToCharOffset(lines[line], node.end_col_offset);
    return force ? valid(line, col) : [line, col];
  };
  try {
    if (expr._type === 'BinOp') {
      const [line, col] = until(...endOf(expr.left as Node), (ch) => !isSpace(ch) && ch !== ')');
      let right = col + 1;
      const r = expr.right as Node;
      if (right < lines[line].length && (r.lineno - 2 > line || right < byteToCharOffset(lines[r.lineno - 2], r.col_offset))
        && !isSpace(lines[line][right]) && !'\\#'.includes(lines[line][right])) right++;
      return { leftLine: line, leftCol: col, rightLine: line, rightCol: right };
    }
    if (expr._type === 'Subscript' || expr._type === 'Call') {
      const open = expr._type === 'Call' ? '(' : '[';
      const [leftLine, leftCol] = until(...endOf((expr._type === 'Call' ? expr.func : expr.value) as Node), (ch) => ch === open);
      const [rightLine, rightCol] = endOf(expr, false);
      return { leftLine, leftCol, rightLine, rightCol };
    }
  } catch {
    return null;
  }
  return null;
}

/**
 * `_should_show_carets`: none under `return f(...)` / `name = f(...)` when the call is the whole
 * range, always with anchors, else only when the range leaves something of its lines unmarked.
 */
function showCarets(start: number, end: number, all: string[], anchors: Anchors | null): boolean {
  const body = parseBody(all.join('\n'));
  if (body) {
    if (!body.length) return false;
    const stmt = body[0];
    const v = stmt.value as Node | undefined;
    const targets = stmt.targets as Node[] | undefined;
    const call = v?._type === 'Call' && (stmt._type === 'Return' ? (v.func as Node)._type === 'Name'
      : stmt._type === 'Assign' && targets?.length === 1 && targets[0]._type === 'Name');
    if (call && v.lineno === 1 && v.end_lineno === all.length && v.col_offset === start && v.end_col_offset === end) return false;
  }
  if (anchors) return true;
  return all[0].slice(0, start).trimStart() !== '' || all[all.length - 1].slice(end).trimEnd() !== '';
}

/**
 * The source block 3.13 prints for `range` over `fileLines` (the file's lines, 1-based by
 * `range.line`), each line indented by the 4-space margin and ending in a newline.
 */
export function multilineSource(fileLines: string[], range: SourceRange): string {
  const original = fileLines.slice(range.line - 1, range.endLine).map((l) => l.replace(/\s+$/, ''));
  while (original.length < range.endLine - range.line + 1) original.push('');
  const all = dedent(original);
  const n = all.length;
  const dedented = original[0].length - all[0].length;
  const start = Math.max(0, byteToCharOffset(original[0], range.col) - dedented);
  const end = Math.max(0, byteToCharOffset(original[n - 1], range.endCol) - dedented);
  const joined = all.join('\n');
  const segment = joined.slice(start, joined.length - (all[n - 1].length - end));
  const anchors = anchorsOf(segment);
  const carets = showCarets(start, end, all, anchors);
  const significant = new Set([0, n - 1]);
  let leftEnd = 0;
  let rightStart = 0;
  if (anchors) {
    leftEnd = anchors.leftCol + (anchors.leftLine === 0 ? start : 0);
    rightStart = anchors.rightCol + (anchors.rightLine === 0 ? start : 0);
    for (const l of [anchors.leftLine, anchors.rightLine]) for (let k = l - 1; k <= l + 1; k++) if (k >= 0 && k < n) significant.add(k);
  }
  const result: string[] = [];
  const output = (line: number): void => {
    const text = all[line];
    result.push(text);
    if (!carets) return;
    const spaces = text.length - text.trimStart().length;
    const count = line === n - 1 ? end : text.length;
    let marks = '';
    for (let col = 0; col < count; col++) {
      if (col < spaces || (line === 0 && col < start)) marks += ' ';
      else if (anchors && (line > anchors.leftLine || (line === anchors.leftLine && col >= leftEnd))
        && (line < anchors.rightLine || (line === anchors.rightLine && col < rightStart))) marks += '^';
      else marks += anchors ? '~' : '^';
    }
    result.push(marks);
  };
  const sorted = [...significant].sort((a, b) => a - b);
  sorted.forEach((line, i) => {
    if (i) {
      const gap = line - sorted[i - 1];
      if (gap === 2) output(line - 1);
      else if (gap > 2) result.push(`...<${gap - 1} lines>...`);
    }
    output(line);
  });
  return dedent(result).map((l) => `    ${l}\n`).join('');
}

// PEP 701 (3.12) lets an f-string's replacement field use the f-string's own quotes
// (`f"{d["key"]}"`, `f"{f"{x}"}"`). py-ast knows the newest grammar, so this gate gives back the
// SyntaxError 3.11 raises: its tokenizer ends the string at that quote, and the f-string parser
// then finds the field cut short: "f-string: expecting '}'", or "f-string: unmatched '['" when a
// bracket of the field is still open (probed on 3.11.7). 3.11 points at the token after the cut
// string; the first offending f-string of the file is reported.
import type { CPythonVersion } from '../../protocol/heapModel';
import type { Module } from './ast';
import type { JoinedStr } from './astExpr';
import { stringTokens } from './fStringSource';
import type { SourceText } from './sourceText';
import { PySyntaxError } from './syntaxError';

interface Found { lineno: number; col: number; width: number; msg: string }

/** Throws 3.11's SyntaxError for an f-string whose replacement field reuses its quotes. */
export function checkFStringQuotes(mod: Module, text: SourceText, filename: string, version: CPythonVersion): void {
  if (version !== '3.11') return;
  let first: Found | null = null;
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) { node.forEach(visit); return; }
    if (typeof node !== 'object' || node === null) return;
    if ((node as { _type?: string })._type === 'JoinedStr') {
      const f = cutField(node as JoinedStr, text);
      if (f && (!first || f.lineno < first.lineno || (f.lineno === first.lineno && f.col < first.col))) first = f;
    }
    for (const [k, v] of Object.entries(node)) if (k !== '_type' && typeof v === 'object') visit(v);
  };
  visit(mod.body);
  if (!first) return;
  const f = first as Found;
  throw new PySyntaxError({ msg: f.msg, lineno: f.lineno, offset: f.col + 1, endLineno: f.lineno, endOffset: f.col + 1 + f.width, text: text.line(f.lineno) + '\n', filename });
}

/** Where 3.11 stops reading `n`, or null when none of its fields holds its own quote. */
function cutField(n: JoinedStr, text: SourceText): Found | null {
  const line = n.lineno;
  const col = n.col_offset;
  // A format spec's JoinedStr starts at its `:`, inside the field of the f-string around it.
  if (!/[A-Za-z'"]/.test(text.line(line)[text.charIndex(line, col)] ?? '')) return null;
  const src = text.slice(line, col, n.end_lineno, n.end_col_offset);
  const rel = (l: number, c: number): number => text.slice(line, col, l, c).length;
  const fields = n.values.filter((v) => v._type === 'FormattedValue').map((v): [number, number] => [rel(v.lineno, v.col_offset), rel(v.end_lineno, v.end_col_offset)]);
  for (const tok of stringTokens(src, fields)) {
    if (!/f/i.test(tok.prefix)) continue;
    for (const [a, b] of fields) {
      if (a < tok.bodyStart || b > tok.bodyEnd) continue;
      const q = src.slice(a, b).indexOf(tok.quote);
      if (q < 0) continue;
      const cut = a + q;
      let next = cut + tok.quote.length;
      while (src[next] === ' ' || src[next] === '\t') next++;
      const before = src.slice(0, next);
      const nl = before.lastIndexOf('\n');
      const lineno = line + (nl < 0 ? 0 : before.split('\n').length - 1);
      const at = nl < 0 ? text.charIndex(line, col) + next : next - nl - 1;
      const word = /^\w+/.exec(src.slice(next));
      return { lineno, col: at, width: word ? word[0].length : 1, msg: cutMessage(src.slice(a + 1, cut), tok.quote[0]!) };
    }
  }
  return null;
}

/** 3.11's complaint about a field cut short: its expression's innermost open bracket, else the missing `}`. */
function cutMessage(field: string, quote: string): string {
  const open: string[] = [];
  let inStr: string | null = null;
  for (let i = 0; i < field.length; i++) {
    const c = field[i]!;
    if (inStr) { if (c === inStr) inStr = null; continue; }
    // The expression ends at a top-level `:` or `!` conversion: a format spec's `{` is not counted.
    if (!open.length && (c === ':' || (c === '!' && field[i + 1] !== '='))) break;
    if ((c === '"' || c === "'") && c !== quote) inStr = c;
    else if ('([{'.includes(c)) open.push(c);
    else if (')]}'.includes(c)) open.pop();
  }
  return open.length ? `f-string: unmatched '${open[open.length - 1]}'` : "f-string: expecting '}'";
}

// The one file that knows py-ast (npm `py-ast` 1.16.0): it parses with it and converts the tree to
// our CPython-shaped nodes (ast.ts). Swap the parser by rewriting this file alone.
//
// What py-ast gets differently from CPython, and how it is repaired here:
//   - numbers are JS numbers: `1` vs `1.0`, big ints and `1e400` are reread from the source text;
//   - bytes are strings with a `quote_style` starting with b: converted to bytes;
//   - `...` is the string "..." without a `quote_style`: converted to Ellipsis;
//   - optional fields are absent: they become null / [] as in CPython;
//   - `ctx` and operators are objects: they become their class name;
//   - errors are plain `Error`s with English text: mapped to CPython's SyntaxError (syntaxErrors.ts);
//   - str pieces with `\N{...}` (left as text) or octal escapes (masked to a byte) are decoded
//     again from the source (strEscapes.ts); f-string literal parts are decoded from their source
//     tokens (fStringSource.ts: py-ast cannot tell `\\N{{X}}` from `\N{X}` and ignores raw prefixes).
// Columns: py-ast already reports UTF-8 byte offsets, as CPython does (checked by compareStdlib).
import { parse as pyAstParse } from 'py-ast';
import type { CPythonVersion } from '../../protocol/heapModel';
import type { Module } from './ast';
import { AST_FIELDS, PY_AST_RENAMES, UNLOCATED } from './astFields';
import { intDigitsLimitError, numberLiteralError, parseNumberLiteral } from './numberLiteral';
import { ELLIPSIS, pyBytesFromLatin1 } from './pyConstant';
import type { AstConstantValue } from './pyConstant';
import { formFeedsAsSpaces, lex } from './roughLexer';
import { SourceText } from './sourceText';
import { decodeStrBody, StrEscapeError } from './strEscapes';
import { maskEscapedNames, SingleBraceError, stringTokens, undoubleBraces } from './fStringSource';
import { PySyntaxError } from './syntaxError';
import { indentationError, translatePyAstError } from './syntaxErrors';
import { scanIndentation } from './indentScan';
import type { IndentProblem } from './indentScan';
import { checkTypeParamSyntax } from './typeParamGate';
import { checkFStringQuotes } from './fStringQuoteGate';
import { checkNestingLimits, parserStackOverflow } from './nestingLimits';
import { scanTokens, TOO_DEEP, type TokenError } from './tokenScan';

/** Fields that are lists in CPython (py-ast may omit them when empty). */
const LIST_FIELDS = new Set([
  'body', 'type_ignores', 'decorator_list', 'type_params', 'targets', 'orelse', 'items', 'cases',
  'handlers', 'finalbody', 'names', 'values', 'keys', 'elts', 'generators', 'ops', 'comparators',
  'keywords', 'ifs', 'posonlyargs', 'kwonlyargs', 'kw_defaults', 'defaults', 'patterns',
  'kwd_attrs', 'kwd_patterns', 'bases',
]);

type Raw = { nodeType: string; [field: string]: unknown };

/**
 * Parses Python source into a CPython-shaped `Module`; throws `PySyntaxError` on bad input, worded
 * as `version`'s parser words it (the messages changed between 3.11, 3.12 and 3.13).
 */
export function parse(source: string, filename = '<unknown>', version: CPythonVersion = '3.13'): Module {
  // compile() refuses a NUL anywhere before parsing, with no position (a script's is worded by
  // runSession.ts: CPython's file tokenizer reports the line).
  if (source.includes('\0')) throw new PySyntaxError({ msg: 'source code string cannot contain null bytes', lineno: 0, offset: 0, text: null, filename });
  const text = new SourceText(source);
  // py-ast measures indentation its own way: CPython's verdict on it comes from scanIndentation,
  // unless the parser fails on an earlier line (CPython's tokenizer never reaches the problem).
  const indent = scanIndentation(text.lines);
  if (indent) throw earlierParseError(text, indent, filename, version) ?? indentationError(indent, text, filename);
  const deep = tooDeeplyNested(text);
  if (deep) throw new PySyntaxError({ msg: deep.msg, lineno: deep.lineno, offset: deep.offset, text: text.line(deep.lineno) + '\n', filename, endLineno: deep.lineno, endOffset: deep.offset });
  let raw: Raw;
  try {
    raw = pyAstParse(maskEscapedNames(withoutFormFeeds(source)), { filename }) as unknown as Raw;
  } catch (e) {
    // py-ast's recursive descent ran out of JS stack: only far past CPython's own parser limit
    // in the engine worker's 4 MiB stack (10,000 unary operators parse there).
    if (e instanceof RangeError) throw parserStackOverflow(version);
    throw translatePyAstError(e, text, filename, version, isExpressionStatement);
  }
  checkNestingLimits(raw, version);
  const mod = new Converter(text, filename, version).node(raw) as unknown as Module;
  checkTypeParamSyntax(mod, text, filename, version);
  checkFStringQuotes(mod, text, filename, version);
  return mod;
}

/**
 * The parser's error in the lines before an indentation problem, or null when they parse (a block
 * header left without its body there counts as parsing: a body follows it in the full source).
 */
function earlierParseError(text: SourceText, problem: IndentProblem, filename: string, version: CPythonVersion): PySyntaxError | null {
  const before = text.lines.slice(0, problem.kind === 'expected' ? problem.headerEnd : problem.lineno - 1);
  if (problem.kind === 'expected') before.push(`${/^[ \t\f]*/.exec(text.line(problem.header))![0]} pass`);
  let raw: Raw;
  try {
    raw = pyAstParse(withoutFormFeeds(before.join('\n') + '\n')) as unknown as Raw;
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    if (/^(unexpected indent|Indentation error|Expected indented block)/i.test(message)) return null;
    // Cut right after a decorator, the lines lack the def it decorates: CPython's tokenizer
    // reports the indentation before its parser misses that def.
    if (/^Invalid decorator target/.test(message) && /^\s*@/.test(before.filter((l) => /\S/.test(l)).pop() ?? '')) return null;
    return translatePyAstError(e, text, filename, version, isExpressionStatement);
  }
  try {
    new Converter(text, filename, version).node(raw);
  } catch (e) {
    const limit = problem.kind === 'expected' ? problem.headerEnd : problem.lineno - 1;
    if (e instanceof PySyntaxError && e.lineno <= limit) return e;
  }
  return null;
}

/**
 * The source as py-ast reads it: a form feed in the indentation resets CPython's count to 0
 * (py-ast refuses it), so the indentation up to the last one goes. Those lines' columns are then
 * one or more short of CPython's (see KNOWN-DIFFERENCES.md). One between tokens is a blank.
 */
function withoutFormFeeds(source: string): string {
  return source.includes('\f') ? formFeedsAsSpaces(source.replace(/^[ \t\f]*\f/gm, '')) : source;
}

/** Whether `src` alone parses as one expression statement other than a bare yield. */
function isExpressionStatement(src: string): boolean {
  try {
    const mod = pyAstParse(src) as unknown as { body: Raw[] };
    const only = mod.body.length === 1 ? mod.body[0] as Raw : null;
    const value = only?.nodeType === 'Expr' ? only.value as Raw : null;
    return value !== null && value.nodeType !== 'Yield' && value.nodeType !== 'YieldFrom';
  } catch {
    return false;
  }
}

class Converter {
  constructor(private readonly text: SourceText, private readonly filename: string, private readonly version: CPythonVersion) {}

  node(raw: Raw, inJoinedStr = false): Record<string, unknown> {
    const kind = PY_AST_RENAMES[raw.nodeType] ?? raw.nodeType;
    const out: Record<string, unknown> = { _type: kind };
    const fields = AST_FIELDS[kind] ?? [];
    for (const f of fields) out[f] = this.field(kind, f, raw[f]);
    if (!UNLOCATED.has(kind)) {
      out.lineno = raw.lineno;
      out.col_offset = raw.col_offset;
      out.end_lineno = raw.end_lineno ?? raw.lineno;
      out.end_col_offset = raw.end_col_offset ?? raw.col_offset;
    }
    this.repair(kind, raw, out, inJoinedStr);
    return out;
  }

  /** Per-class repairs of what py-ast gets differently (see the file comment). */
  private repair(kind: string, raw: Raw, out: Record<string, unknown>, inJoinedStr: boolean): void {
    switch (kind) {
      case 'Constant':
        return this.fixConstant(raw, out, inJoinedStr);
      case 'JoinedStr':
        return this.fixJoinedStr(out);
      case 'Module':
        out.type_ignores = [];
        return;
      case 'MatchSingleton':
        out.value = raw.value ?? null;
        return;
      case 'Try':
      case 'TryStar':
        if (!(out.handlers as unknown[]).length && !(out.finalbody as unknown[]).length) this.bareTry(out.end_lineno as number);
        return;
      case 'Subscript': {
        // `a[*b]` (PEP 646): CPython's slice is a one-element Tuple around the Starred.
        const star = out.slice as Record<string, unknown>;
        if (star._type !== 'Starred') return;
        out.slice = {
          _type: 'Tuple', elts: [star], ctx: 'Load', lineno: star.lineno, col_offset: star.col_offset,
          end_lineno: star.end_lineno, end_col_offset: star.end_col_offset,
        };
        return;
      }
      case 'AnnAssign': {
        // `(y): int` is not "simple": py-ast drops the parentheses, the column shows them.
        const target = out.target as { _type: string; col_offset: number };
        if (target._type === 'Name' && target.col_offset !== out.col_offset) out.simple = 0;
        return;
      }
    }
  }

  /** py-ast accepts a bare `try:`; CPython's parser stops at the token after the block. */
  private bareTry(end: number): never {
    const msg = "expected 'except' or 'finally' block";
    let next = end + 1;
    while (next <= this.text.lines.length && /^\s*(#.*)?$/.test(this.text.line(next))) next++;
    if (next > this.text.lines.length) throw this.error(msg, end, this.text.line(end).length + 1);
    throw this.error(msg, next, /^\s*/.exec(this.text.line(next))![0].length + 1);
  }

  private field(kind: string, f: string, v: unknown): unknown {
    if (v === undefined || v === null) {
      if (f === 'args' && kind === 'Call') return [];
      return LIST_FIELDS.has(f) ? [] : null;
    }
    if (Array.isArray(v)) {
      if (f === 'ops') return v.map((x: Raw) => x.nodeType);
      const joined = kind === 'JoinedStr';
      const items: unknown[] = [];
      for (const x of v) {
        if (!isRaw(x)) items.push(x);
        else if (x.nodeType !== 'Comment') items.push(this.node(x, joined));
      }
      return items;
    }
    if (isRaw(v)) {
      // ctx, operators and cmpops are bare class names in our tree.
      if (f === 'ctx' || f === 'op') return v.nodeType;
      return this.node(v);
    }
    return v;
  }

  /** Repairs a Constant's value from its kind and source text (see the file comment). */
  private fixConstant(raw: Raw, out: Record<string, unknown>, inJoinedStr: boolean): void {
    const v = raw.value;
    const quote = typeof raw.quote_style === 'string' ? raw.quote_style : null;
    out.kind = raw.kind === 'u' ? 'u' : null;
    let value: AstConstantValue;
    if (typeof v === 'string') {
      if (quote !== null && /b/i.test(quote)) value = pyBytesFromLatin1(v);
      else if (quote === null && !inJoinedStr && v === '...') value = ELLIPSIS;
      else if (inJoinedStr) value = v; // decoded again from the source by fixJoinedStr
      else value = quote === null ? v : this.strFromSource(out) ?? v;
    } else if (typeof v === 'boolean') {
      value = v;
    } else if (v === null || typeof v === 'number' || typeof v === 'bigint' || typeof v === 'object') {
      value = this.numberFromSource(out) ?? (v === null ? null : Number(v) as never);
    } else {
      value = null;
    }
    out.value = value;
  }

  /**
   * A str constant's value decoded again from its source pieces when one holds `\N` or an octal
   * escape (null: py-ast's value stands); a bad escape is CPython's "(unicode error)" SyntaxError.
   */
  private strFromSource(out: Record<string, unknown>): string | null {
    const lineno = out.lineno as number;
    const literal = this.text.slice(lineno, out.col_offset as number, out.end_lineno as number, out.end_col_offset as number);
    if (!/\\[N0-7]/.test(literal)) return null;
    let value = '';
    for (const tok of lex(literal)) {
      if (tok.kind !== 'string') continue;
      const prefix = /^[a-zA-Z]*/.exec(tok.text)![0];
      const quote = /^(?:'''|""")/.test(tok.text.slice(prefix.length)) ? 3 : 1;
      const body = tok.text.slice(prefix.length + quote, tok.text.length - quote);
      if (/r/i.test(prefix)) {
        value += body;
        continue;
      }
      try {
        value += decodeStrBody(body, this.version);
      } catch (e) {
        if (!(e instanceof StrEscapeError)) throw e;
        throw this.pieceError(e.message, lineno, out.col_offset as number, tok);
      }
    }
    return value;
  }

  /**
   * The literal parts of an f-string expression decoded again from its source tokens (see
   * fStringSource.ts) when the source holds a backslash. A format spec's JoinedStr (it starts at
   * the `:`) is decoded with the expression around it.
   */
  private fixJoinedStr(out: Record<string, unknown>): void {
    const line = out.lineno as number;
    const col = out.col_offset as number;
    if (!/[A-Za-z'"]/.test(this.text.line(line)[this.text.charIndex(line, col)] ?? '')) return;
    const src = this.text.slice(line, col, out.end_lineno as number, out.end_col_offset as number);
    if (!src.includes('\\')) return;
    const rel = (n: Record<string, unknown>, end: boolean): number => end
      ? this.text.slice(line, col, n.end_lineno as number, n.end_col_offset as number).length
      : this.text.slice(line, col, n.lineno as number, n.col_offset as number).length;
    const values = out.values as Record<string, unknown>[];
    const fields = values.filter((n) => n._type === 'FormattedValue').map((n): [number, number] => [rel(n, false), rel(n, true)]);
    const toks = stringTokens(src, fields);
    const at = (off: number): { line: number; col: number } => {
      const before = src.slice(0, off);
      const nl = before.lastIndexOf('\n');
      return nl < 0 ? { line, col: this.text.charIndex(line, col) + off } : { line: line + before.split('\n').length - 1, col: off - nl - 1 };
    };
    const endOf11 = at(src.length);
    const fail = (msg: string, first: { line: number; col: number }, last: { line: number; col: number }): never => {
      // 3.11 reports the whole expression's end; 3.12+ the token (or the brace) at fault.
      if (this.version === '3.11') [first, last] = [endOf11, endOf11];
      throw new PySyntaxError({
        msg, lineno: first.line, offset: first.col + 1, endLineno: last.line, endOffset: last.col + 1,
        text: this.text.line(first.line) + '\n', filename: this.filename,
      });
    };
    const decode = (n: Record<string, unknown>): void => {
      const [a, b] = [rel(n, false), rel(n, true)];
      let value = '';
      for (const tok of toks) {
        const from = Math.max(a, tok.bodyStart);
        const to = Math.min(b, tok.bodyEnd);
        if (from > to || (from === to && a !== b)) continue;
        const raw = /r/i.test(tok.prefix);
        const piece = src.slice(from, to);
        let text = piece;
        try {
          if (/f/i.test(tok.prefix)) text = undoubleBraces(piece, raw);
          value += raw ? text : decodeStrBody(text, this.version);
        } catch (e) {
          if (e instanceof SingleBraceError) fail(e.message, at(from + e.at), at(from + e.at));
          if (!(e instanceof StrEscapeError)) throw e;
          const isF = /f/i.test(tok.prefix);
          fail(e.message, at(isF ? tok.bodyEnd : tok.start), at(tok.end));
        }
      }
      n.value = value;
    };
    const visit = (nodes: Record<string, unknown>[], spec: boolean): void => {
      for (const n of nodes) {
        if (n._type === 'Constant') {
          // The `x=` text of a self-documenting field lies inside its field: py-ast's value stands.
          const [a, b] = [rel(n, false), rel(n, true)];
          if (spec || !fields.some(([fa, fb]) => a < fb && b > fa)) decode(n);
        } else if (n._type === 'FormattedValue' && n.format_spec) {
          visit((n.format_spec as Record<string, unknown>).values as Record<string, unknown>[], true);
        }
      }
    };
    visit(values, false);
  }

  /** The SyntaxError of a bad escape in one piece: 3.11 points past its end, 3.12+ spans it. */
  private pieceError(msg: string, lineno: number, col: number, tok: { text: string; line: number; col: number }): PySyntaxError {
    const first = lineno + tok.line - 1;
    const startCol = (tok.line === 1 ? this.text.charIndex(lineno, col) : 0) + tok.col;
    const lines = tok.text.split('\n');
    const last = first + lines.length - 1;
    const endCol = (lines.length === 1 ? startCol : 0) + lines[lines.length - 1]!.length;
    const [startLine, startOffset] = this.version === '3.11' ? [last, endCol + 1] : [first, startCol + 1];
    return new PySyntaxError({
      msg, lineno: startLine, offset: startOffset, endLineno: last, endOffset: endCol + 1,
      text: this.text.line(startLine) + '\n', filename: this.filename,
    });
  }

  private numberFromSource(out: Record<string, unknown>): AstConstantValue | null {
    const lineno = out.lineno as number;
    const literal = this.text.slice(lineno, out.col_offset as number, out.end_lineno as number, out.end_col_offset as number);
    if (literal === 'None') return null;
    const problem = numberLiteralError(literal);
    if (problem) throw this.error(problem.msg, lineno, this.text.charIndex(lineno, out.col_offset as number) + problem.at + 1);
    const tooLong = intDigitsLimitError(literal);
    if (tooLong) throw new PySyntaxError({ msg: tooLong, lineno, offset: 0, endLineno: lineno, endOffset: 0, text: this.text.line(lineno) + '\n', filename: this.filename });
    return parseNumberLiteral(literal);
  }

  private error(msg: string, lineno: number, offset = 1): PySyntaxError {
    return new PySyntaxError({ msg, lineno, offset, text: this.text.line(lineno) + '\n', filename: this.filename });
  }
}

function isRaw(v: unknown): v is Raw {
  return typeof v === 'object' && v !== null && typeof (v as Raw).nodeType === 'string';
}

/**
 * The tokenizer's "too many nested parentheses" (more than 200 open brackets), which CPython
 * reports before parsing and py-ast does not know; the scan runs only for a source with more than
 * 200 bracket characters.
 */
function tooDeeplyNested(text: SourceText): TokenError | null {
  let brackets = 0;
  for (const line of text.lines) brackets += line.length - line.replace(/[([{]/g, '').length;
  if (brackets <= 200) return null;
  const error = scanTokens(text.lines).error;
  return error?.msg === TOO_DEEP ? error : null;
}

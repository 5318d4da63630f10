// The parser's "invalid escape sequence" warnings (Parser/string_parser.c, warn_invalid_escape_sequence):
// a str or bytes literal whose backslash is followed by a character with no escape meaning (`'\d'`,
// an ASCII-art docstring's `\ `), or an octal escape above 0o377. 3.12 and 3.13 issue a
// SyntaxWarning, printed by default; 3.11 a DeprecationWarning, which the default filters hide.
// Only the first such escape of each literal piece is reported, at the line where the piece starts,
// and in source order, before any warning of the compiler's.
import type { Module } from './ast';
import type { Located } from './astExpr';
import { lex } from './roughLexer';
import { SourceText } from './sourceText';

/** A warning of the parser: its line and message. */
export interface EscapeWarning {
  lineno: number;
  message: string;
}

/** The escapes a str literal accepts after `\` besides octal digits (bytes also lack N, u, U). */
const STR_ESCAPES = '\n\\\'"abfnrtvxNuU';
const BYTES_ESCAPES = '\n\\\'"abfnrtvx';

/** The warning message for the first invalid escape in one literal piece (`b'\d'`, `"""..."""`), or null. */
export function invalidEscapeMessage(piece: string): string | null {
  const prefix = /^[a-zA-Z]*/.exec(piece)![0].toLowerCase();
  // Raw pieces have no escapes; f-string pieces are left out (their literal parts are not checked here).
  if (prefix.includes('r') || prefix.includes('f')) return null;
  const bytes = prefix.includes('b');
  const quote = piece.startsWith('"""', prefix.length) || piece.startsWith("'''", prefix.length) ? 3 : 1;
  const body = piece.slice(prefix.length + quote, piece.length - quote);
  for (let i = 0; i < body.length; i++) {
    if (body[i] !== '\\') continue;
    const c = body[i + 1];
    if (c === undefined) return null;
    if (c >= '0' && c <= '7') {
      const digits = /^[0-7]{1,3}/.exec(body.slice(i + 1))![0];
      if (parseInt(digits, 8) > 0o377) return `invalid octal escape sequence '\\${digits}'`;
      i += digits.length;
      continue;
    }
    // A backslash before a non-ASCII character stays a backslash in a str (no warning).
    if ((bytes ? BYTES_ESCAPES : STR_ESCAPES).includes(c) || (!bytes && c.charCodeAt(0) >= 0x80)) {
      i++;
      continue;
    }
    return `invalid escape sequence '\\${c}'`;
  }
  return null;
}

/** Every invalid-escape warning of the module's str and bytes literals, in source order. */
export function invalidEscapeWarnings(mod: Module, source: string): EscapeWarning[] {
  const text = new SourceText(source);
  const found: { lineno: number; col: number; message: string }[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const n of node) visit(n);
      return;
    }
    if (node === null || typeof node !== 'object') return;
    const rec = node as Record<string, unknown>;
    if (rec._type === 'JoinedStr') return;
    if (rec._type === 'Constant') {
      const at = rec as unknown as Located;
      const slice = text.slice(at.lineno, at.col_offset, at.end_lineno, at.end_col_offset);
      for (const tok of lex(slice)) {
        if (tok.kind !== 'string') continue;
        const message = invalidEscapeMessage(tok.text);
        const lineno = at.lineno + tok.line - 1;
        if (message !== null) found.push({ lineno, col: tok.line === 1 ? at.col_offset + tok.col : tok.col, message });
      }
      return;
    }
    for (const [key, value] of Object.entries(rec)) if (key !== '_type' && typeof value === 'object') visit(value);
  };
  visit(mod.body);
  found.sort((a, b) => a.lineno - b.lineno || a.col - b.col);
  return found.map(({ lineno, message }) => ({ lineno, message }));
}

/**
 * Tracebacks and syntax errors in CPython's format (Python/traceback.c, `print_exception`):
 *
 *   Traceback (most recent call last):
 *     File "script.py", line 3, in <module>
 *       print(1 / 0)
 *   ZeroDivisionError: division by zero
 *
 * with the `~~^~~` markers 3.11+ print under the failing sub-expression (tracebackCarets.ts).
 */
import type { PyBaseExceptionObject } from '../../engine/objects/exceptionObject';
import type { PySyntaxError } from '../parser/syntaxError';
import { strOf } from '../objects/repr';
import type { Interp } from '../runtime/interp';
import type { TracebackEntry } from '../vm/evalLoop';
import { caretLine } from './tracebackCarets';

/** The text CPython prints for an uncaught exception. */
export function formatTraceback(interp: Interp, exc: PyBaseExceptionObject, entries: TracebackEntry[], sourceLines: string[], filename: string): string {
  const out = ['Traceback (most recent call last):'];
  for (const e of entries) {
    out.push(`  File "${e.filename}", line ${e.line}, in ${e.name}`);
    const text = e.filename === filename ? sourceLines[e.line - 1] : undefined;
    if (text !== undefined && text.trim() !== '') {
      out.push(`    ${text.trim()}`);
      const carets = e.range && e.range.line === e.line ? caretLine(text, e.range) : null;
      if (carets !== null) out.push(carets);
    }
  }
  const message = strOf(interp, exc);
  out.push(message === '' ? exc.type.name : `${exc.type.name}: ${message}`);
  return out.join('\n') + '\n';
}

/** The text CPython prints for a SyntaxError raised while compiling the script. */
export function formatSyntaxError(e: PySyntaxError, filename: string): string {
  const out = [`  File "${filename}", line ${e.lineno}`];
  if (e.text !== null && e.text !== undefined) {
    const raw = e.text.replace(/\n$/, '');
    const stripped = raw.replace(/^\s+/, '');
    const indent = raw.length - stripped.length;
    out.push(`    ${stripped}`);
    if (e.offset > 0) {
      const start = Math.max(0, e.offset - 1 - indent);
      const end = e.endLineno === e.lineno && e.endOffset && e.endOffset > e.offset ? e.endOffset - 1 - indent : start + 1;
      out.push(`    ${' '.repeat(start)}${'^'.repeat(Math.max(1, end - start))}`);
    }
  }
  out.push(`${e.type}: ${e.msg}`);
  return out.join('\n') + '\n';
}

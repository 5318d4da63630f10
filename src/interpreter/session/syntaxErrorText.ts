// The text CPython prints for an uncaught SyntaxError of the script itself: the File line, the
// source line without its indentation, the carets under the columns offset..end_offset, the
// message. 3.11 and 3.12 print it in C (print_error_text, Python/pythonrun.c); 3.13 in Python
// (TracebackException._format_syntax_error, Lib/traceback.py). They differ in two details:
// 3.13 keeps a leading tab on the line (and under it), and clips an end past the line one column
// earlier.
import type { PySyntaxError } from '../parser/syntaxError';
import type { CPythonVersion } from '../../protocol/heapModel';

/**
 * The text CPython `version` prints for `e`, raised while compiling `filename` whose lines are
 * `source` (the compiler's errors carry no text: CPython reads their line from the file).
 */
export function formatSyntaxError(e: PySyntaxError, filename: string, version: CPythonVersion, source?: readonly string[]): string {
  // A SyntaxError without a position (compile()'s NUL refusal) prints its message alone.
  if (e.lineno === 0) return `${e.type}: ${e.msg}\n`;
  const out = [`  File "${filename}", line ${e.lineno}`];
  const text = e.text ?? source?.[e.lineno - 1] ?? null;
  if (text !== null) {
    const rtext = text.replace(/\n+$/, '');
    const ltext = rtext.replace(version === '3.13' ? /^[ \n\f]+/ : /^[ \t\f]+/, '');
    const spaces = rtext.length - ltext.length;
    out.push(`    ${ltext}`);
    const lineEnd = rtext.length + 1;
    let offset = Math.min(e.offset, lineEnd);
    // A range over several lines is underlined to the end of its first line.
    let end = e.endLineno !== undefined && e.endLineno > e.lineno ? lineEnd : e.endOffset || offset;
    // 3.11 and 3.12 draw one caret for an IndentationError (and TabError), whatever its range.
    if (version !== '3.13' && e.type !== 'SyntaxError') end = offset;
    end = Math.min(end, version === '3.13' ? lineEnd : lineEnd + 1);
    if (offset >= end || end < 0) end = offset + 1;
    offset -= 1 + spaces;
    // No carets when the column is left of the text (an indentation error's column, or none).
    if (offset >= 0) {
      const pad = version === '3.13' ? ltext.slice(0, offset).replace(/\S/g, ' ') : ' '.repeat(offset);
      out.push(`    ${pad}${'^'.repeat(end - 1 - spaces - offset)}`);
    }
  }
  out.push(`${e.type}: ${e.msg}`);
  return out.join('\n') + '\n';
}

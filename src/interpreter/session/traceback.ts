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
import { PyBaseExceptionObject } from '../../engine/objects/exceptionObject';
import type { PyTracebackObject } from '../../engine/objects/frameObject';
import { strOf } from '../objects/repr';
import type { Interp } from '../runtime/interp';
import { PyError } from '../runtime/pyError';
import type { TracebackEntry } from '../vm/unwind';
import { tracebackEntries } from '../vm/tracebackHere';
import { caretLine } from './tracebackCarets';

const scriptSources = new WeakMap<Interp, Map<string, string[]>>();

/** Makes `lines` the source shown for `filename` in the tracebacks `interp` formats. */
export function registerScriptSource(interp: Interp, filename: string, lines: string[]): void {
  let m = scriptSources.get(interp);
  if (!m) scriptSources.set(interp, (m = new Map()));
  m.set(filename, lines);
}

/** Line `lineno` (1-based) of `filename` as registered, or undefined. */
export function sourceLine(interp: Interp, filename: string, lineno: number): string | undefined {
  return scriptSources.get(interp)?.get(filename)?.[lineno - 1];
}

/**
 * One entry as `traceback.format_tb` gives it: the File line, the source line (`text` when given,
 * as `format_list` of tuples) and its carets (3.13's Python printer draws them its own way).
 */
export function formatEntry(interp: Interp, e: TracebackEntry, text = sourceLine(interp, e.filename, e.line)): string {
  let out = `  File "${e.filename}", line ${e.line}, in ${e.name}\n`;
  if (text !== undefined && text.trim() !== '') {
    out += `    ${text.trim()}\n`;
    const carets = e.range && e.range.line === e.line ? caretLine(text, e.range, interp.rt.profile.versionInfo[1]) : null;
    if (carets !== null) out += `${carets}\n`;
  }
  return out;
}

/** The entries `limit` keeps (`islice`: the first n; negative: the last -n; null: all). */
export function limitEntries<T>(entries: T[], limit: number | null): T[] {
  if (limit === null) return entries;
  return limit >= 0 ? entries.slice(0, limit) : entries.slice(Math.max(0, entries.length + limit));
}

/**
 * `traceback.format_exception_only`'s line: `Type: message`, or the type alone. A `str()` that
 * raises prints `<exception str() failed>` in its place (both the C printer and 3.13's Python one).
 */
export function formatExceptionOnly(interp: Interp, exc: PyBaseExceptionObject): string {
  let message: string;
  try {
    message = strOf(interp, exc);
  } catch (e) {
    if (!(e instanceof PyError)) throw e;
    interp.rt.heap.decref(e.exc);
    message = '<exception str() failed>';
  }
  return message === '' ? `${exc.type.name}\n` : `${exc.type.name}: ${message}\n`;
}

/** Identical consecutive entries printed before the rest fold into one line (TB_RECURSIVE_CUTOFF). */
const RECURSIVE_CUTOFF = 3;
/** The C printer of 3.11/3.12 shows the last PyTraceBack_LIMIT entries; 3.13's Python printer all. */
const C_PRINTER_LIMIT = 1000;

/**
 * The entries as printed: runs of the same file, line and function beyond three become
 * `[Previous line repeated N more times]` (tb_print_internal, StackSummary.format).
 */
export function formatEntries(interp: Interp, entries: TracebackEntry[]): string[] {
  const shown = interp.rt.profile.version === '3.13' ? entries : entries.slice(-C_PRINTER_LIMIT);
  const out: string[] = [];
  let count = 0;
  const flush = () => {
    const more = count - RECURSIVE_CUTOFF;
    if (more > 0) out.push(`  [Previous line repeated ${more} more time${more > 1 ? 's' : ''}]\n`);
  };
  shown.forEach((e, i) => {
    const prev = shown[i - 1];
    if (!prev || prev.filename !== e.filename || prev.line !== e.line || prev.name !== e.name) {
      flush();
      count = 0;
    }
    count++;
    if (count <= RECURSIVE_CUTOFF) out.push(formatEntry(interp, e));
  });
  flush();
  return out;
}

const CAUSE = '\nThe above exception was the direct cause of the following exception:\n\n';
const CONTEXT = '\nDuring handling of the above exception, another exception occurred:\n\n';

/**
 * `traceback.format_exception(exc)`: the chain first (`__cause__`, or `__context__` unless
 * suppressed), each exception as its header, entries and final line, as the interpreter prints an
 * uncaught exception.
 */
export function formatException(
  interp: Interp, exc: PyBaseExceptionObject, chain = true, limit: number | null = null, seen = new Set<PyBaseExceptionObject>(),
): string[] {
  seen.add(exc);
  const out: string[] = [];
  if (chain) {
    const cause = exc.cause instanceof PyBaseExceptionObject ? exc.cause : null;
    const context = !exc.suppressContext && exc.context instanceof PyBaseExceptionObject ? exc.context : null;
    if (cause && !seen.has(cause)) out.push(...formatException(interp, cause, chain, limit, seen), CAUSE);
    else if (!cause && context && !seen.has(context)) out.push(...formatException(interp, context, chain, limit, seen), CONTEXT);
  }
  const entries = limitEntries(tracebackEntries(exc.traceback as PyTracebackObject | null), limit);
  if (entries.length) out.push('Traceback (most recent call last):\n', ...formatEntries(interp, entries));
  out.push(formatExceptionOnly(interp, exc));
  return out;
}

/** The text CPython prints for an uncaught exception. */
export function formatTraceback(interp: Interp, exc: PyBaseExceptionObject, sourceLines: string[], filename: string): string {
  registerScriptSource(interp, filename, sourceLines);
  return formatException(interp, exc).join('');
}

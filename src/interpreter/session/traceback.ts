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
import { reprOf, strOf } from '../objects/repr';
import { typeDisplayName, typeModule } from '../objects/typeModules';
import { PyHeapTypeObject } from '../../engine/objects/typeHeap';
import { groupExceptions, isGroup, notesOf } from '../objects/exceptionGroup';
import { PyListObject } from '../../engine/objects/listObject';
import type { PyObject } from '../../engine/objects/object';
import { PyTupleObject } from '../../engine/objects/tupleObject';
import { PyUnicodeObject } from '../../engine/objects/unicodeObject';
import type { Interp } from '../runtime/interp';
import { PyError } from '../runtime/pyError';
import type { TracebackEntry } from '../vm/unwind';
import { PyLongObject } from '../../engine/objects/longObject';
import type { PySyntaxError } from '../parser/syntaxError';
import { formatSyntaxError } from './syntaxErrorText';
import { tracebackEntries } from '../vm/tracebackHere';
import { caretLine, type TracebackPrinter } from './tracebackCarets';
import { multilineSource } from './tracebackMultiline';
import { suggestionSuffix } from './suggestions';

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
 * as `format_list` of tuples) and its carets (3.13's Python printer draws them its own way). The
 * C printer (`printer` 'c') strips only the indentation: blanks after the code stay on the line.
 */
export function formatEntry(
  interp: Interp, e: TracebackEntry, text = sourceLine(interp, e.filename, e.line), printer: TracebackPrinter = 'python',
): string {
  let out = `  File "${e.filename}", line ${e.line}, in ${e.name}\n`;
  const lines = scriptSources.get(interp)?.get(e.filename);
  if (e.range && e.range.endLine > e.range.line && e.range.line === e.line && interp.rt.profile.version === '3.13'
    && lines && text === lines[e.line - 1] && text.trim() !== '') return out + multilineSource(lines, e.range);
  if (text !== undefined && text.trim() !== '') {
    out += `    ${printer === 'c' ? text.replace(/^[ \t\f]+/, '') : text.trim()}\n`;
    const carets = e.range && e.range.line === e.line ? caretLine(text, e.range, interp.rt.profile.versionInfo[1], printer) : null;
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
 * A SyntaxError with a file and line (an imported module's, exec's) prints as the script's own
 * does: the File line, the source line and carets, then `Type: msg` (`print_exception`'s block).
 */
function syntaxErrorBlock(interp: Interp, exc: PyBaseExceptionObject): string | null {
  if (!exc.type.isSubtypeOf(interp.excType('SyntaxError'))) return null;
  const [msg, filename, lineno, offset, text, endLineno, endOffset] = exc.extra;
  if (!(filename instanceof PyUnicodeObject) || !(lineno instanceof PyLongObject) || !(msg instanceof PyUnicodeObject)) return null;
  const num = (o: PyObject | null | undefined) => (o instanceof PyLongObject ? Number(o.value) : undefined);
  const e = {
    type: exc.type.name, msg: msg.value, lineno: Number(lineno.value), offset: num(offset) ?? 0,
    endLineno: num(endLineno), endOffset: num(endOffset), text: text instanceof PyUnicodeObject ? text.value : null,
  } as PySyntaxError;
  return formatSyntaxError(e, filename.value, interp.rt.profile.version);
}

/**
 * `traceback.format_exception_only`'s line: `Type: message`, or the type alone. A `str()` that
 * raises prints `<exception str() failed>` in its place (both the C printer and 3.13's Python one).
 */
export function formatExceptionOnly(interp: Interp, exc: PyBaseExceptionObject, hints = false): string {
  const located = syntaxErrorBlock(interp, exc);
  if (located) return located;
  let message: string;
  try {
    message = strOf(interp, exc);
  } catch (e) {
    if (!(e instanceof PyError)) throw e;
    interp.rt.heap.decref(e.exc);
    message = '<exception str() failed>';
  }
  if (hints) message += suggestionSuffix(interp, exc);
  const module = typeModule(exc.type);
  // The type as both printers name it: qualified by its module unless that is builtins or __main__.
  const name = module === '__main__' ? (exc.type instanceof PyHeapTypeObject ? exc.type.qualname : exc.type.name) : typeDisplayName(exc.type);
  return message === '' ? `${name}\n` : `${name}: ${message}\n`;
}

/** Identical consecutive entries printed before the rest fold into one line (TB_RECURSIVE_CUTOFF). */
const RECURSIVE_CUTOFF = 3;
/** The C printer of 3.11/3.12 shows the last PyTraceBack_LIMIT entries; 3.13's Python printer all. */
const C_PRINTER_LIMIT = 1000;

/**
 * The entries as printed: runs of the same file, line and function beyond three become
 * `[Previous line repeated N more times]` (tb_print_internal, StackSummary.format).
 */
export function formatEntries(interp: Interp, entries: TracebackEntry[], printer: TracebackPrinter = 'python'): string[] {
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
    if (count <= RECURSIVE_CUTOFF) out.push(formatEntry(interp, e, undefined, printer));
  });
  flush();
  return out;
}

const CAUSE = '\nThe above exception was the direct cause of the following exception:\n\n';
const CONTEXT = '\nDuring handling of the above exception, another exception occurred:\n\n';
/** traceback.py's defaults (the C printer of 3.11/3.12 has the same limits). */
const MAX_GROUP_WIDTH = 15;
const MAX_GROUP_DEPTH = 10;

/**
 * The lines `format_exception_only` adds after the `Type: message` line: each note of `__notes__`
 * split at newlines (a `__notes__` that is not a list or tuple prints as its repr from 3.12).
 */
export function formatNotes(interp: Interp, exc: PyBaseExceptionObject): string[] {
  const notes = notesOf(interp, exc);
  if (!notes) return [];
  const safe = (o: PyObject, what: string): string => {
    try {
      return o instanceof PyUnicodeObject ? o.value : strOf(interp, o);
    } catch (e) {
      if (!(e instanceof PyError)) throw e;
      interp.rt.heap.decref(e.exc);
      return `<${what} str() failed>`;
    }
  };
  const items = notes instanceof PyListObject || notes instanceof PyTupleObject ? notes.items
    : notes instanceof PyUnicodeObject && interp.rt.profile.version === '3.11' ? null : undefined;
  if (items === undefined) return [`${reprOf(interp, notes)}\n`];
  const texts = items === null ? [...(notes as PyUnicodeObject).value] : items.map((n) => safe(n, 'note'));
  return texts.flatMap((t) => t.split('\n').map((l) => `${l}\n`));
}

/** The group nesting of TracebackException's `_ExceptionPrintContext`. */
interface PrintContext {
  depth: number;
  needClose: boolean;
  /** Whether final lines get the interpreter's "Did you mean" hints. */
  hints: boolean;
}

/** `_ExceptionPrintContext.emit`: inside a group every line gets the indent and its margin. */
function emit(ctx: PrintContext, out: string[], texts: string[], margin = '|'): void {
  const prefix = ctx.depth ? `${' '.repeat(2 * ctx.depth)}${margin} ` : '';
  for (const text of texts) {
    if (!prefix) { out.push(text); continue; }
    out.push(text.split(/(?<=\n)/).map((line) => prefix + line).join(''));
  }
}

/** One exception of a chain: a plain traceback, or a group's boxed one with its members. */
function formatOne(
  interp: Interp, exc: PyBaseExceptionObject, chain: boolean, limit: number | null, seen: Set<PyBaseExceptionObject>, ctx: PrintContext, out: string[],
): void {
  const entries = limitEntries(tracebackEntries(exc.traceback as PyTracebackObject | null), limit);
  const only = [formatExceptionOnly(interp, exc, ctx.hints), ...formatNotes(interp, exc)];
  // The interpreter's own printer is C until 3.13 (PyErr_Display), traceback.py from then on.
  const printer: TracebackPrinter = ctx.hints && interp.rt.profile.version !== '3.13' ? 'c' : 'python';
  if (!isGroup(interp, exc)) {
    if (entries.length) emit(ctx, out, ['Traceback (most recent call last):\n', ...formatEntries(interp, entries, printer)]);
    emit(ctx, out, only);
    return;
  }
  if (ctx.depth > MAX_GROUP_DEPTH) {
    emit(ctx, out, [`... (max_group_depth is ${MAX_GROUP_DEPTH})\n`]);
    return;
  }
  const topLevel = ctx.depth === 0;
  if (topLevel) ctx.depth++;
  if (entries.length) {
    emit(ctx, out, ['Exception Group Traceback (most recent call last):\n'], topLevel ? '+' : '|');
    emit(ctx, out, formatEntries(interp, entries, printer));
  }
  emit(ctx, out, only);
  const members = groupExceptions(exc);
  const n = members.length <= MAX_GROUP_WIDTH ? members.length : MAX_GROUP_WIDTH + 1;
  ctx.needClose = false;
  for (let i = 0; i < n; i++) {
    const last = i === n - 1;
    if (last) ctx.needClose = true;
    const truncated = i >= MAX_GROUP_WIDTH;
    out.push(`${' '.repeat(2 * ctx.depth)}${i === 0 ? '+-' : '  '}+---------------- ${truncated ? '...' : i + 1} ----------------\n`);
    ctx.depth++;
    if (!truncated) {
      formatChain(interp, members[i] as PyBaseExceptionObject, chain, limit, seen, ctx, out);
    } else {
      const remaining = members.length - MAX_GROUP_WIDTH;
      emit(ctx, out, [`and ${remaining} more exception${remaining > 1 ? 's' : ''}\n`]);
    }
    if (last && ctx.needClose) {
      out.push(`${' '.repeat(2 * ctx.depth)}+------------------------------------\n`);
      ctx.needClose = false;
    }
    ctx.depth--;
  }
  if (topLevel) ctx.depth = 0;
}

/** `TracebackException.format`: the chain (`__cause__`, or `__context__` unless suppressed) oldest first. */
function formatChain(
  interp: Interp, exc: PyBaseExceptionObject, chain: boolean, limit: number | null, seen: Set<PyBaseExceptionObject>, ctx: PrintContext, out: string[],
): void {
  const links: [string | null, PyBaseExceptionObject][] = [];
  let cur: PyBaseExceptionObject | null = exc;
  let message: string | null = null;
  while (cur) {
    seen.add(cur);
    links.push([message, cur]);
    if (!chain) break;
    const cause: PyBaseExceptionObject | null = cur.cause instanceof PyBaseExceptionObject ? cur.cause : null;
    const context: PyBaseExceptionObject | null = !cur.suppressContext && cur.context instanceof PyBaseExceptionObject ? cur.context : null;
    if (cause && !seen.has(cause)) [message, cur] = [CAUSE, cause];
    else if (!cause && context && !seen.has(context)) [message, cur] = [CONTEXT, context];
    else cur = null;
  }
  for (let i = links.length - 1; i >= 0; i--) {
    formatOne(interp, links[i][1], chain, limit, seen, ctx, out);
    const msg = links[i][0];
    if (msg !== null) emit(ctx, out, [msg]);
  }
}

/**
 * `traceback.format_exception(exc)`: the chain first (`__cause__`, or `__context__` unless
 * suppressed), each exception as its header, entries, final line and notes, an exception group as
 * CPython's box of its members; as the interpreter prints an uncaught exception.
 */
export function formatException(
  interp: Interp, exc: PyBaseExceptionObject, chain = true, limit: number | null = null, seen = new Set<PyBaseExceptionObject>(),
  hints = false,
): string[] {
  const out: string[] = [];
  formatChain(interp, exc, chain, limit, seen, { depth: 0, needClose: false, hints }, out);
  return out;
}

/** The text CPython prints for an uncaught exception. */
export function formatTraceback(interp: Interp, exc: PyBaseExceptionObject, sourceLines: string[], filename: string): string {
  registerScriptSource(interp, filename, sourceLines);
  // Only the interpreter's printer adds "Did you mean" hints: the traceback module's functions
  // differ by version (3.11 none, 3.12/3.13 without the traceback's frame for NameError).
  return formatException(interp, exc, true, null, new Set(), true).join('');
}
